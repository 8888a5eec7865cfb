"""Sync: this site and its fingerprint, the enrolled peers with what waits for each, bundle export
and import (button or drag and drop), the history of imports with their reports, and the review
queue of conflicts, the competing values side by side with one click to keep one, and the
changes an import set aside (ui/views/sync_quarantine.py)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDateTime, QFileInfo, Qt
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QFont
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.errors import DomainError
from app.services import office, reference
from app.services.dto import SiteInfo
from ui import labels, record_names
from ui.context import UiContext
from ui.events import EVERYTHING
from ui.models.reference_tables import SitesTableModel
from ui.permissions import Permission, offer
from ui.views.base import View
from ui.views.loading import Loader
from ui.views.sync_quarantine import QuarantinePage
from ui.widgets.page import SPACING, Card, PageHeader, heading, muted, page_layout, scaled_font
from ui.widgets.tables import fit_columns, style_table


@dataclass(frozen=True)
class SyncData:
    site: SiteInfo | None
    others: list[SiteInfo]
    changes: int
    english_countries: dict[str, str]
    status: Any  # app.sync.status.SyncStatus (imported lazily: no cryptography at start-up)
    set_aside: list[Any]  # app.sync.quarantine.QuarantinedChange


def load_sync(context: UiContext) -> SyncData:
    from app.sync.quarantine import list_quarantine
    from app.sync.status import sync_status

    desk = context.desk
    site = office.status(desk).site
    return SyncData(
        site=site,
        others=[s for s in reference.sites(desk) if site is None or s.id != site.id],
        changes=office.overview(desk).changes,
        english_countries={c.iso2: c.name_en for c in reference.countries(desk)},
        status=sync_status(desk) if site is not None else None,
        set_aside=list_quarantine(desk) if site is not None else [],
    )


def _translated(error: DomainError) -> str:
    from PySide6.QtCore import QCoreApplication

    return error.fill(QCoreApplication.translate(error.context, error.message), QCoreApplication.translate)


class SyncView(View):
    # every replicated write grows the change log, so any change is news here (empty = all)
    entities: frozenset[str] = frozenset()

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.data: SyncData | None = None
        self._keys: Any = None
        self.loader = Loader(context, self)
        self.header = PageHeader(self)
        self.setAcceptDrops(True)

        site_card = Card(self)
        self.site_title = heading(2, site_card)
        self.site_form = QFormLayout()
        self.site_form.setHorizontalSpacing(24)
        self.site_form.setVerticalSpacing(8)
        keys = ("code", "name", "agency", "country", "fingerprint")
        self.site_values = {key: QLabel(site_card) for key in keys}
        self.site_captions = {key: muted(site_card, wrap=False) for key in self.site_values}
        for key, value in self.site_values.items():
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.site_form.addRow(self.site_captions[key], value)
        self.site_values["fingerprint"].setFont(QFont("monospace"))
        site_card.body.addWidget(self.site_title)
        site_card.body.addLayout(self.site_form)
        site_card.body.addStretch(1)

        log_card = Card(self)
        self.log_title = heading(2, log_card)
        self.log_count = QLabel("–", log_card)
        self.log_count.setFont(scaled_font(self.log_count, 2.2, QFont.Weight.Bold))
        self.log_note = muted(log_card)
        log_card.body.addWidget(self.log_title)
        log_card.body.addWidget(self.log_count)
        log_card.body.addWidget(self.log_note)
        log_card.body.addStretch(1)

        exchange_card = Card(self)
        self.exchange_title = heading(2, exchange_card)
        self.peer_choice = QComboBox(exchange_card)
        self.export_button = QPushButton(exchange_card)
        self.export_button.clicked.connect(lambda: self.export_clicked())
        self.import_button = QPushButton(exchange_card)
        self.import_button.clicked.connect(lambda: self.import_clicked())
        self.resend_button = QPushButton(exchange_card)
        self.resend_button.setFlat(True)
        self.resend_button.clicked.connect(lambda: self.resend_clicked())
        self.drop_note = muted(exchange_card)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        row = QHBoxLayout()
        row.addWidget(self.export_button, 1)
        row.addWidget(self.import_button, 1)
        exchange_card.body.addWidget(self.exchange_title)
        exchange_card.body.addWidget(self.peer_choice)
        exchange_card.body.addLayout(row)
        exchange_card.body.addWidget(self.drop_note)
        self.not_offered = muted(exchange_card)
        exchange_card.body.addWidget(self.not_offered)
        self.may_sync = offer(
            context,
            Permission.SYNC,
            self.peer_choice,
            self.export_button,
            self.import_button,
            self.resend_button,
            self.drop_note,
        )
        self.not_offered.setVisible(not self.may_sync)
        exchange_card.body.addWidget(self.resend_button, 0, Qt.AlignmentFlag.AlignLeft)
        exchange_card.body.addStretch(1)

        self.tabs = QTabWidget(self)
        self.peers_table = QTableWidget(0, 8, self)
        self.imports_table = QTableWidget(0, 9, self)
        for table in (self.peers_table, self.imports_table):
            table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
            table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
            table.verticalHeader().setVisible(False)
            table.horizontalHeader().setStretchLastSection(True)
        self.conflicts_page = QWidget(self)
        self.conflict_list = QListWidget(self.conflicts_page)
        self.conflict_list.currentRowChanged.connect(lambda _row: self._show_candidates())
        self.candidates_box = QHBoxLayout()
        self.candidates_box.setSpacing(SPACING)
        self.no_conflicts = muted(self.conflicts_page)
        conflicts_layout = QHBoxLayout(self.conflicts_page)
        conflicts_layout.addWidget(self.conflict_list, 2)
        right = QVBoxLayout()
        right.addWidget(self.no_conflicts)
        right.addLayout(self.candidates_box)
        right.addStretch(1)
        conflicts_layout.addLayout(right, 5)
        self.candidate_cards: list[QFrame] = []
        self.keep_buttons: list[QPushButton] = []

        self.sites_model = SitesTableModel(context.language, self)
        self.sites_table = QTableView(self)
        self.sites_table.setModel(self.sites_model)
        style_table(self.sites_table)
        self.sites_table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.tabs.addTab(self.peers_table, "")
        self.tabs.addTab(self.imports_table, "")
        self.tabs.addTab(self.conflicts_page, "")
        self.tabs.addTab(self.sites_table, "")
        self.quarantine_page = QuarantinePage(
            context,
            self._run,
            lambda e, fields: f"{self._entity_label(e)} · {', '.join(map(self._field_label, fields))}",
            self,
        )
        self.tabs.addTab(self.quarantine_page, "")

        layout = page_layout(self)
        layout.addWidget(self.header)
        cards = QHBoxLayout()
        cards.setSpacing(SPACING)
        cards.addWidget(site_card, 3)
        cards.addWidget(log_card, 2)
        cards.addWidget(exchange_card, 3)
        layout.addLayout(cards)
        # what the last export or import did, the full width of the page: a report names counts,
        # senders and files, too long for the exchange card's column
        layout.addWidget(self.message)
        layout.addSpacing(4)
        layout.addWidget(self.tabs, 1)
        self.retranslate()

    def title(self) -> str:
        return self.tr("Sync")

    def retranslate(self) -> None:
        self.header.title.setText(self.tr("Sync"))
        self.header.subtitle.setText(
            self.tr("Signed, encrypted bundle files carry changes between sites that work offline.")
        )
        self.site_title.setText(self.tr("This site"))
        self.site_captions["code"].setText(self.tr("Site code"))
        self.site_captions["name"].setText(self.tr("Name"))
        self.site_captions["agency"].setText(self.tr("Agency"))
        self.site_captions["country"].setText(self.tr("Country"))
        self.site_captions["fingerprint"].setText(self.tr("Fingerprint"))
        self.log_title.setText(self.tr("Local change log"))
        self.log_note.setText(self.tr("Changes recorded at this desk, kept for exchange with other sites"))
        self.exchange_title.setText(self.tr("Exchange"))
        self.export_button.setText(self.tr("Export bundle…"))
        self.import_button.setText(self.tr("Import bundle…"))
        self.drop_note.setText(self.tr("Or drop a bundle file anywhere on this page."))
        self.not_offered.setText(
            self.tr("Bundles are exchanged by a supervisor or an administrator of this office.")
        )
        self.resend_button.setText(self.tr("Send everything again to this site…"))
        self.resend_button.setToolTip(
            self.tr(
                "After the site restored a backup, or to be sure it holds everything: harmless, only larger."
            )
        )
        self.tabs.setTabText(0, self.tr("Peers"))
        self.tabs.setTabText(1, self.tr("Imports"))
        self.tabs.setTabText(2, self.tr("Conflicts"))
        self.tabs.setTabText(3, self.tr("Known sites"))
        self.quarantine_page.retranslate()
        self.peers_table.setHorizontalHeaderLabels(
            [
                self.tr("Site"),
                self.tr("Name"),
                self.tr("Agency"),
                self.tr("Hub"),
                self.tr("Fingerprint"),
                self.tr("Last sent / received"),
                self.tr("Pending"),
                self.tr("Missing here"),
            ]
        )
        self.imports_table.setHorizontalHeaderLabels(
            [
                self.tr("Imported"),
                self.tr("From"),
                self.tr("Bundle"),
                self.tr("New"),
                self.tr("Updated"),
                self.tr("Unchanged"),
                self.tr("Conflicts"),
                self.tr("Quarantined"),
                self.tr("Missing here"),
            ]
        )
        self.no_conflicts.setText(self.tr("No conflicts to review."))
        self.sites_model.retranslate()
        self._show()

    def refresh(self) -> None:
        self.loader.load(lambda: load_sync(self.context), self._apply)

    def _apply(self, data: SyncData) -> None:
        self.data = data
        self.sites_model.set_sites(data.others, data.english_countries)
        header = self.sites_table.horizontalHeader()
        self.sites_model.sort(header.sortIndicatorSection(), header.sortIndicatorOrder())
        fit_columns(self.sites_table, extra=24)
        self._show()

    # -- showing ------------------------------------------------------------------------------

    def _when(self, value: datetime | None) -> str:
        if value is None:
            return "–"
        locale = labels.ui_locale(self.context.language())
        return locale.toString(
            QDateTime(value).toLocalTime(), locale.dateTimeFormat(locale.FormatType.ShortFormat)
        )

    def _show(self) -> None:
        if self.data is None:
            return
        language = self.context.language()
        site = self.data.site
        status = self.data.status
        if site is None:
            for value in self.site_values.values():
                value.setText("–")
        else:
            country = self.data.english_countries.get(site.country) if language == "en" else None
            city = f"{site.city}, " if site.city else ""
            self.site_values["code"].setText(site.code)
            self.site_values["name"].setText(site.name)
            self.site_values["agency"].setText(f"{site.agency_name} ({site.agency_code})")
            self.site_values["country"].setText(city + (country or site.country_name))
            fingerprint = status.fingerprint if status is not None else None
            self.site_values["fingerprint"].setText(fingerprint or self.tr("no keys yet"))
        self.log_count.setText(labels.number(self.data.changes, language))
        peers = status.peers if status is not None else ()
        current = self.peer_choice.currentData()
        self.peer_choice.clear()
        for peer in peers:
            if not peer.revoked:
                self.peer_choice.addItem(f"{peer.code} — {peer.name}", peer.code)
        if current is not None and self.peer_choice.findData(current) >= 0:
            self.peer_choice.setCurrentIndex(self.peer_choice.findData(current))
        self.export_button.setEnabled(self.peer_choice.count() > 0)
        self.resend_button.setEnabled(self.peer_choice.count() > 0)
        self.peers_table.setRowCount(len(peers))
        for row, peer in enumerate(peers):
            hub = self.tr("Yes") if peer.is_hub else ""
            sent = f"{self._when(peer.last_sent_at)} / {self._when(peer.last_received_at)}"
            waiting = self.tr("revoked") if peer.revoked else labels.number(peer.pending, language)
            # changes the peer's last bundle counted that this site lacks: empty when none
            missing = labels.number(peer.missing, language) if peer.missing else ""
            cells = (peer.code, peer.name, peer.agency_code, hub, peer.fingerprint, sent, waiting, missing)
            for column, text in enumerate(cells):
                self.peers_table.setItem(row, column, QTableWidgetItem(text))
            if peer.missing:
                self.peers_table.item(row, 7).setToolTip(self._ask_for_resend(peer.code))
        self.peers_table.resizeColumnsToContents()
        imports = status.imports if status is not None else ()
        self.imports_table.setRowCount(len(imports))
        for row, item in enumerate(imports):
            report = item.report
            missing = sum(int(d.get("missing", 0)) for d in report.get("diverged", ()))
            cells = [self._when(item.at), item.sender, str(item.sequence)] + [
                labels.number(int(report.get(key, 0)), language)
                for key in ("new", "updated", "unchanged", "conflicts", "quarantined")
            ]
            cells.append(labels.number(missing, language) if missing else "")
            for column, text in enumerate(cells):
                self.imports_table.setItem(row, column, QTableWidgetItem(text))
        self.imports_table.resizeColumnsToContents()
        conflicts = status.conflicts if status is not None else ()
        chosen = self.conflict_list.currentRow()
        self.conflict_list.clear()
        for conflict in conflicts:
            kind = (
                self.tr("edited after delete")
                if conflict.kind == "edit_after_delete"
                else self._field_label(conflict.field)
            )
            record = status.labels.get((conflict.entity, conflict.row_id), "")
            text = f"{self._entity_label(conflict.entity)} {record}\n{kind}"
            QListWidgetItem(text, self.conflict_list)
        self.tabs.setTabText(2, self.tr("Conflicts (%n)", "", len(conflicts)))
        if conflicts:
            self.conflict_list.setCurrentRow(min(max(chosen, 0), len(conflicts) - 1))
        self._show_candidates()
        self.quarantine_page.show_changes(self.data.set_aside)
        self.tabs.setTabText(4, self.tr("Set aside (%n)", "", len(self.data.set_aside)))

    def _entity_label(self, entity: str) -> str:
        known = {
            "case_file": self.tr("Case"),
            "worker": self.tr("Worker"),
            "referral": self.tr("Referral of case"),
            "case_task": self.tr("Task of case"),
            "timeline_entry": self.tr("Timeline of case"),
            "letter": self.tr("Letter"),
            "disposition": self.tr("Disposition of letter"),
            "forum": self.tr("Forum"),
            "meeting": self.tr("Meeting"),
            "agenda_item": self.tr("Agenda item of meeting"),
            "action_item": self.tr("Action item of meeting"),
        }
        return known.get(entity) or record_names.record_name(entity)

    def _field_label(self, field: str) -> str:
        known = {
            "status": self.tr("Stage"),
            "lead_agency_id": self.tr("Lead agency"),
            "priority": self.tr("Priority"),
            "life_threatening": self.tr("Life-threatening"),
            "due_on": self.tr("Due date"),
            "summary": self.tr("Summary"),
            "outcome": self.tr("Outcome"),
            "outcome_amount": self.tr("Amount recovered"),
            "outcome_currency": self.tr("Currency"),
            "closed_on": self.tr("Finished on"),
            "full_name": self.tr("Name"),
            "nik": self.tr("NIK"),
            "passport_no": self.tr("Passport number"),
            "birth_date": self.tr("Date of birth"),
            "to_agency_id": self.tr("Referred to"),
            "answered_on": self.tr("Answered on"),
            "done_on": self.tr("Done on"),
        }
        return known.get(field) or record_names.field_name(field)

    def _show_candidates(self) -> None:
        for card in self.candidate_cards:
            card.deleteLater()
        self.candidate_cards, self.keep_buttons = [], []
        conflicts = self.data.status.conflicts if self.data and self.data.status else ()
        row = self.conflict_list.currentRow()
        self.no_conflicts.setVisible(not conflicts)
        if not conflicts or row < 0:
            return
        conflict = conflicts[row]
        for candidate in conflict.candidates:
            card = Card(self.conflicts_page)
            title = heading(3, card)
            if conflict.kind == "edit_after_delete":
                title.setText(self.tr("Deleted") if candidate.winner else self.tr("Edited after"))
            else:
                title.setText(self.tr("Shown now") if candidate.winner else self.tr("Other value"))
            value = QLabel(json.dumps(candidate.value, ensure_ascii=False), card)
            value.setWordWrap(True)
            value.setFont(scaled_font(value, 1.2, QFont.Weight.Bold))
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            who = muted(card)
            who.setText(
                self.tr("{site}, {officer}, {when}").format(
                    site=candidate.site, officer=candidate.actor, when=self._when(candidate.at)
                )
            )
            keep = QPushButton(self.tr("Keep this"), card)
            keep.setVisible(self.may_sync)
            keep.clicked.connect(lambda _=False, c=conflict, k=candidate.change_id: self.keep(c, k))
            for widget in (title, value, who, keep):
                card.body.addWidget(widget)
            self.candidates_box.addWidget(card)
            self.candidate_cards.append(card)
            self.keep_buttons.append(keep)

    # -- actions ------------------------------------------------------------------------------

    def passphrase(self) -> str | None:
        """Ask the officer for the passphrase of this site's keys (None: cancelled)."""
        text, ok = QInputDialog.getText(
            self,
            self.tr("Site keys"),
            self.tr("Passphrase of this site's keys:"),
            QLineEdit.EchoMode.Password,
        )
        return text if ok else None

    def choose_export_path(self, peer: str) -> str:
        name = f"{self.context.desk.site_code}-to-{peer}.jejaring"
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Export bundle"), name, self.tr("Jejaring bundles (*.jejaring)")
        )
        return path

    def choose_import_path(self) -> str:
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Import bundle"), "", self.tr("Jejaring bundles (*.jejaring);;All files (*)")
        )
        return path

    def _with_keys(self, work: Any, done: Any, label: str) -> None:
        """Run `work(keys)` on the writer thread, unlocking the keys first if needed."""
        cached = self._keys
        passphrase = None
        if cached is None:
            passphrase = self.passphrase()
            if passphrase is None:
                return

        def job(_progress: Any) -> Any:
            from app.sync import sites

            keys = cached or sites.unlock(self.context.desk, passphrase or "")
            return keys, work(keys)

        def finished(result: Any) -> None:
            self._keys = result[0]
            done(result[1])

        self.message.setText("")
        self.context.tasks.run(job, on_done=finished, on_error=self._failed, label=label, parent=self)

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, DomainError):
            self.message.setStyleSheet("color: #b3261e;")
            self.message.setText(_translated(error))
            return
        raise error

    def resend_clicked(self, *, confirm: bool = True) -> None:
        from PySide6.QtWidgets import QMessageBox

        from app.sync import sites

        peer = self.peer_choice.currentData()
        if not peer:
            return
        if confirm:
            question = self.tr("The next bundle for %1 will carry every change again. Continue?").replace(
                "%1", peer
            )
            if (
                QMessageBox.question(self, self.tr("Send everything again"), question)
                != QMessageBox.StandardButton.Yes
            ):
                return
        self._run(
            lambda: sites.resend(self.context.desk, peer),
            lambda info: self.tr("The next bundle for %1 carries every change again.").replace(
                "%1", info.code
            ),
        )

    def _run(self, work: Any, message: Any) -> None:
        """Run `work()` on the writer thread, then say `message(result)` and refresh."""
        self.message.setText("")
        self.context.tasks.run(
            lambda _progress: work(),
            on_done=lambda result: self._done(message(result)),
            on_error=self._failed,
        )

    def _done(self, text: str) -> None:
        self.message.setStyleSheet("")
        self.message.setText(text)
        self.context.bus.changed.emit(EVERYTHING)
        self.refresh()

    def export_clicked(self) -> None:
        peer = self.peer_choice.currentData()
        if not peer:
            return
        path = self.choose_export_path(peer)
        if path:
            self.export_to(peer, Path(path))

    def export_to(self, peer: str, path: Path) -> None:
        from app.sync import export

        def done(result: Any) -> None:
            text = (
                self.tr("Bundle %1 for %2 written: %n change(s).", "", result.changes)
                .replace("%1", str(result.sequence))
                .replace("%2", result.peer)
            )
            if result.given_back:
                text += " " + self.tr(
                    "Of them, %n are changes %1 made itself and no longer holds (it was put back on an "
                    "older copy): given back.",
                    "",
                    result.given_back,
                ).replace("%1", result.peer)
            self._done(text)

        self._with_keys(
            lambda keys: export.export_bundle(self.context.desk, keys, peer, path),
            done,
            self.tr("Writing the bundle…"),
        )

    def import_clicked(self) -> None:
        path = self.choose_import_path()
        if path:
            self.import_path(Path(path))

    def import_path(self, path: Path) -> None:
        from app.sync import importer

        def done(report: Any) -> None:
            if report.replay:
                self._done(self.tr("This bundle was imported before; nothing changed."))
                return
            text = self.tr(
                "Bundle {sequence} from {sender}: {new} new, {updated} updated, {unchanged} unchanged, "
                "{conflicts} conflicts, {quarantined} quarantined."
            ).format(**json.loads(report.to_json()))
            lines = [text] + [self._divergence(report.sender, found) for found in report.diverged]
            if report.taken_back:
                lines.append(self._taken_back(report.sender, report.taken_back))
            elif report.behind:
                lines.append(self._older_copy(report.sender))
            if report.left_back:
                lines.append(self._left_back(report.sender, report.left_back))
            self._done("\n".join(lines))
            # not a failure of this import, but someone must act
            if report.diverged or report.left_back or (report.behind and not report.taken_back):
                self.message.setStyleSheet("color: #b3261e;")

        self._with_keys(
            lambda keys: importer.import_file(self.context.desk, keys, path),
            done,
            self.tr("Checking and importing the bundle…"),
        )

    def _divergence(self, sender: str, found: dict[str, Any]) -> str:
        return (
            self.tr(
                "%1 counts %2 changes of %3 up to number %4 that this site should hold; at least %5 of "
                "them are missing here."
            )
            .replace("%1", sender)
            .replace("%2", labels.number(int(found["expected"]), self.context.language()))
            .replace("%3", str(found["origin"]))
            .replace("%4", str(found["upto"]))
            .replace("%5", labels.number(int(found["missing"]), self.context.language()))
            + " "
            + self._ask_for_resend(sender)
        )

    def _older_copy(self, sender: str) -> str:
        return self.tr(
            "%1 has taken bundles from this site that this database does not remember sending: it is "
            "an older copy of this site's database (a restored backup?). Changes made here since it "
            "was put back reuse numbers that %1 holds, and %1 refuses them. If nothing was changed here "
            "since, send %1 a bundle: its next bundle gives this site's lost changes back. Otherwise "
            "tell your administrator."
        ).replace("%1", sender)

    def _taken_back(self, sender: str, count: int) -> str:
        return self.tr(
            "%1 gave back %n change(s) this site had made and lost when it was put back on an older "
            "copy: they are in again, and its next changes, cases and letters are numbered after them.",
            "",
            count,
        ).replace("%1", sender)

    def _left_back(self, sender: str, count: int) -> str:
        return self.tr(
            "%1 holds %n change(s) this site made before it was put back on an older copy. They were "
            "not taken back, because changes made here since then use the same numbers or records. "
            "Nothing is lost (%1 keeps them); tell your administrator.",
            "",
            count,
        ).replace("%1", sender)

    def _ask_for_resend(self, sender: str) -> str:
        return self.tr(
            "Ask the administrator of %1 to send everything again to this site (from their Sync view)."
        ).replace("%1", sender)

    def keep(self, conflict: Any, change_id: str) -> None:
        from app.sync import conflicts
        from app.sync.status import keep_value

        value = keep_value(conflict, change_id)

        def job(_progress: Any) -> None:
            conflicts.resolve(self.context.desk, conflict.entity, conflict.row_id, conflict.field, value)

        self.context.tasks.run(
            job, on_done=lambda _r: self._done(self.tr("Conflict resolved.")), on_error=self._failed
        )

    # -- drag and drop ------------------------------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        urls = event.mimeData().urls()
        if not self.may_sync:
            return
        if len(urls) == 1 and urls[0].isLocalFile() and QFileInfo(urls[0].toLocalFile()).isFile():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        urls = event.mimeData().urls()
        if urls and urls[0].isLocalFile():
            event.acceptProposedAction()
            self.import_path(Path(urls[0].toLocalFile()))
