"""Audit: the tamper-evident trail for an auditor. Filter by officer, record, period and action
(in SQL, a page at a time), see what an entry changed (old → new), verify the whole chain off
the GUI thread with progress, and export what the filter shows to a spreadsheet."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.errors import DomainError
from app.services import audit
from app.services.audit import AuditEntryInfo, AuditFilter, ChainReport
from ui import labels, record_names
from ui.context import UiContext
from ui.models.paged import Column, PagedTableModel
from ui.views.base import View
from ui.widgets.page import PageHeader, heading, muted, page_layout
from ui.widgets.tables import fit_columns, style_table

FILTER_DELAY_MS = 300
OK_STYLE = "color: #1b6e3a; font-weight: 600;"
BROKEN_STYLE = "color: #b3261e; font-weight: 600;"
#: the earliest date a period may name; a date edit showing it means "no limit"
NO_DATE = QDate(2000, 1, 1)


class AuditView(View):
    # every write appends an entry: any change is news here
    entities: frozenset[str] = frozenset()

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.header = PageHeader(self)
        self.flt = AuditFilter()
        self.report: ChainReport | None = None

        self.officer = QLineEdit(self)
        self.record = QLineEdit(self)
        self.start, self.end = self._date_edit(), self._date_edit()
        self.action = QComboBox(self)
        self.action.addItem("", "")
        for code in audit.ACTIONS:
            self.action.addItem("", code)
        self.captions = {name: QLabel(self) for name in ("officer", "record", "start", "end", "action")}
        self._debounce = QTimer(self, singleShot=True, interval=FILTER_DELAY_MS)
        self._debounce.timeout.connect(self.apply_filter)
        for edit in (self.officer, self.record):
            edit.textChanged.connect(lambda _t: self._debounce.start())
        for date_edit in (self.start, self.end):
            date_edit.dateChanged.connect(lambda _d: self._debounce.start())
        self.action.currentIndexChanged.connect(lambda _i: self.apply_filter())
        filters = QHBoxLayout()
        for name, widget in (
            ("officer", self.officer),
            ("record", self.record),
            ("start", self.start),
            ("end", self.end),
            ("action", self.action),
        ):
            self.captions[name].setBuddy(widget)
            filters.addWidget(self.captions[name])
            filters.addWidget(widget, 2 if name == "record" else 1)
        self.verify_button, self.export_button = QPushButton(self), QPushButton(self)
        self.verify_button.clicked.connect(self.verify)
        self.export_button.clicked.connect(self.export)
        filters.addSpacing(12)
        filters.addWidget(self.verify_button)
        filters.addWidget(self.export_button)

        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.hide()

        self.model: PagedTableModel[AuditEntryInfo] = PagedTableModel(
            context, self._columns(), lambda: 0, lambda _o, _l: []
        )
        self.model.counted.connect(lambda _n: self._subtitle())
        self.model.loaded.connect(lambda: fit_columns(self.table, extra=16))
        self.table = QTableView(self)
        self.table.setModel(self.model)
        style_table(self.table, sortable=False)
        self.table.selectionModel().currentRowChanged.connect(
            lambda current, _p: self.show_entry(current.row())
        )

        self.detail_title = heading(3, self)
        self.detail_note = muted(self)
        self.detail = QTableWidget(0, 3, self)
        self.detail.verticalHeader().hide()
        self.detail.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.detail.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.detail.setWordWrap(True)
        side = QWidget(self)
        column = QVBoxLayout(side)
        column.setContentsMargins(12, 0, 0, 0)
        column.addWidget(self.detail_title)
        column.addWidget(self.detail_note)
        column.addWidget(self.detail, 1)
        splitter = QSplitter(self)
        splitter.addWidget(self.table)
        splitter.addWidget(side)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)

        trail = QWidget(self)
        column = QVBoxLayout(trail)
        column.setContentsMargins(0, 12, 0, 0)
        column.addLayout(filters)
        column.addWidget(self.message)
        column.addWidget(splitter, 1)
        from ui.views.retention_panel import RetentionPanel

        self.retention = RetentionPanel(context, self)
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(trail, "")
        self.tabs.addTab(self.retention, "")
        from ui.views.breach_panel import BreachPanel

        self.breaches = BreachPanel(context, self)
        self.tabs.addTab(self.breaches, "")
        self.tabs.currentChanged.connect(self._tab_changed)
        layout = page_layout(self)
        layout.addWidget(self.header)
        layout.addWidget(self.tabs, 1)
        self.retranslate()

    def _date_edit(self) -> QDateEdit:
        edit = QDateEdit(self)
        edit.setCalendarPopup(True)
        edit.setMinimumDate(NO_DATE)
        edit.setDate(NO_DATE)
        edit.setDisplayFormat("dd/MM/yyyy")
        return edit

    def _columns(self) -> list[Column[AuditEntryInfo]]:
        language = self.context.language

        def action(entry: AuditEntryInfo) -> str:
            return self.tr_action(entry.action)

        return [
            Column(lambda: self.tr("No."), lambda e: labels.number(e.id, language())),
            Column(lambda: self.tr("When (UTC)"), lambda e: f"{e.at:%d/%m/%Y %H:%M:%S}"),
            Column(lambda: self.tr("Officer"), lambda e: e.actor),
            Column(
                lambda: self.tr("Action"),
                action,
                lambda e: "#1f4e8c" if e.action in audit.ACCESS_KINDS else None,
            ),
            Column(lambda: self.tr("Record"), lambda e: record_names.record_name(e.entity)),
            Column(lambda: self.tr("Record id"), lambda e: str(e.row_id)),
        ]

    def tr_action(self, code: str) -> str:
        from PySide6.QtCore import QCoreApplication

        return QCoreApplication.translate("audit", audit.ACTION_LABELS.get(code, code))

    def title(self) -> str:
        return self.tr("Audit")

    def retranslate(self) -> None:
        self.header.title.setText(self.tr("Audit trail"))
        self.tabs.setTabText(0, self.tr("&Trail"))
        self.tabs.setTabText(1, self.tr("&Retention"))
        self.tabs.setTabText(2, self.tr("&Breaches"))
        self.retention.retranslate()
        self.breaches.retranslate()
        self._subtitle()
        self.captions["officer"].setText(self.tr("&Officer"))
        self.officer.setPlaceholderText(self.tr("username"))
        self.captions["record"].setText(self.tr("&Record"))
        self.record.setPlaceholderText(self.tr("case number or kind:id"))
        self.captions["start"].setText(self.tr("&From"))
        self.captions["end"].setText(self.tr("&To"))
        for edit in (self.start, self.end):
            edit.setSpecialValueText(self.tr("any day"))
        self.captions["action"].setText(self.tr("&Action"))
        self.action.setItemText(0, self.tr("All actions"))
        for index, code in enumerate(audit.ACTIONS, start=1):
            self.action.setItemText(index, self.tr_action(code))
        self.verify_button.setText(self.tr("&Verify chain"))
        self.verify_button.setToolTip(
            self.tr("Check that no entry was altered, removed or slipped in since it was written.")
        )
        self.export_button.setText(self.tr("E&xport…"))
        self.detail_title.setText(self.tr("What the entry says"))
        self.detail.setHorizontalHeaderLabels([self.tr("Field"), self.tr("Before"), self.tr("After")])
        self.model.retranslate()
        if self.report is not None:
            self._show_report(self.report)
        self.show_entry(self.table.currentIndex().row())

    def _tab_changed(self, index: int) -> None:
        if index == 1:
            self.retention.refresh()
        elif index == 2:
            self.breaches.refresh()

    def _subtitle(self) -> str:
        count = labels.number(self.model.total, self.context.language())
        text = self.tr("%n entries", "", self.model.total).replace(str(self.model.total), count)
        self.header.subtitle.setText(
            text + " · " + self.tr("Each entry is chained by hash to the one before it.")
        )
        return text

    # --- loading --------------------------------------------------------------------------------
    def refresh(self) -> None:
        self.apply_filter()

    def _filter_values(self) -> tuple[str, str, Any, Any, str]:
        def day(edit: QDateEdit) -> Any:
            return None if edit.date() == NO_DATE else edit.date().toPython()

        return (
            self.officer.text().strip(),
            self.record.text().strip(),
            day(self.start),
            day(self.end),
            str(self.action.currentData() or ""),
        )

    def apply_filter(self) -> None:
        officer, record, start, end, action = self._filter_values()
        desk = self.context.desk

        def build(_progress: Any) -> AuditFilter:
            flt = AuditFilter(
                officer=officer or None,
                records=audit.parse_record(desk, record) if record else (),
                start=start,
                end=end,
                actions=(action,) if action else (),
            )
            audit.require_auditor(desk)  # refused here, in words, before the list asks
            return flt

        self.context.tasks.run(build, on_done=self._filtered, on_error=self._refused, writes=False)

    def _filtered(self, flt: AuditFilter) -> None:
        self.flt = flt
        self.message.hide()
        desk = self.context.desk
        self.model.set_query(
            lambda: audit.count_entries(desk, flt),
            lambda offset, limit: audit.list_entries(desk, flt, offset=offset, limit=limit),
        )

    def _refused(self, error: BaseException) -> None:
        if not isinstance(error, DomainError):
            raise error
        self._say(labels.error_text(error), BROKEN_STYLE)

    def _say(self, text: str, style: str) -> None:
        self.message.setStyleSheet(style)
        self.message.setText(text)
        self.message.show()

    # --- one entry ------------------------------------------------------------------------------
    def show_entry(self, row: int) -> None:
        entry = self.model.rows[row] if 0 <= row < len(self.model.rows) else None
        self.detail.setRowCount(0)
        if entry is None:
            self.detail_note.setText(self.tr("Select an entry to see what it recorded."))
            return
        self.detail_note.setText(
            self.tr("Entry {id} by {actor} at {site}: {action}. Hash {hash}…").format(
                id=entry.id,
                actor=entry.actor,
                site=entry.site,
                action=self.tr_action(entry.action),
                hash=entry.hash[:12],
            )
        )
        if entry.action in audit.ACCESS_KINDS:
            pairs = [(k, "", str(v)) for k, v in sorted(entry.changes.items())]
        else:
            pairs = []
            entity = entry.entity
            for name, pair in sorted(entry.changes.items()):
                old, new = [*pair, None, None][:2] if isinstance(pair, list) else (None, pair)
                if entry.action == "insert" and new in (None, ""):
                    continue
                pairs.append(
                    (
                        record_names.field_name(name),
                        record_names.value_text(entity, name, old),
                        record_names.value_text(entity, name, new),
                    )
                )
        self.detail.setRowCount(len(pairs))
        for index, values in enumerate(pairs):
            for col, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setToolTip(value)
                self.detail.setItem(index, col, item)
        self.detail.resizeRowsToContents()

    # --- verify and export ----------------------------------------------------------------------
    def verify(self) -> None:
        desk = self.context.desk

        def run(progress: Any) -> ChainReport:
            def step(done: int, total: int) -> None:
                if not progress(done, total):
                    raise audit.VerifyCancelled(audit.CANCELLED_MESSAGE)

            return audit.verify_chain(desk, step)

        self.verify_button.setEnabled(False)

        def done(report: ChainReport) -> None:
            self.verify_button.setEnabled(True)
            self.report = report
            self._show_report(report)

        def failed(error: BaseException) -> None:
            self.verify_button.setEnabled(True)
            self._refused(error)

        self.context.tasks.run(
            run,
            on_done=done,
            on_error=failed,
            writes=False,
            label=self.tr("Verifying the audit trail…"),
            parent=self,
        )

    def _show_report(self, report: ChainReport) -> None:
        language = self.context.language()
        if report.ok:
            self._say(
                self.tr("Audit trail intact: {count} entries verified.").format(
                    count=labels.number(report.count, language)
                ),
                OK_STYLE,
            )
        else:
            self._say(audit.break_message(report, language), BROKEN_STYLE)

    def export(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export audit entries"),
            "audit.xlsx",
            self.tr("Excel workbook (*.xlsx);;CSV (*.csv)"),
        )
        if not name:
            return
        path = Path(name)
        if path.suffix.lower() not in (".xlsx", ".csv"):
            path = path.with_suffix(".xlsx")
        from ui.dialogs.passphrase import PassphraseDialog

        encrypt = PassphraseDialog(self)  # who did what to whom: encrypted unless refused
        encrypt.accepted.connect(lambda: self.export_to(path, encrypt.passphrase))
        encrypt.finished.connect(encrypt.deleteLater)
        encrypt.open()

    def export_to(self, target: Path, passphrase: str | None = None) -> None:
        from app import outgoing

        desk, flt, language = self.context.desk, self.flt, self.context.language()
        path = outgoing.sealed_name(target, passphrase)

        def write(_progress: Any) -> int:
            with outgoing.sealed(target, passphrase) as clear:
                return audit.export_entries(desk, clear, flt, language=language)

        self.context.tasks.run(
            write,
            on_done=lambda count: self._say(
                self.tr("{count} entries written to {path}.").format(
                    count=labels.number(count, language), path=path.name
                ),
                OK_STYLE,
            ),
            on_error=self._refused,
            writes=False,
            label=self.tr("Exporting audit entries…"),
            parent=self,
        )
