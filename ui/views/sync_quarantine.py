"""The Sync view's "Set aside" tab: changes an import did not apply, why, and the two things an
administrator can do with them: release (import again; what still fails stays aside) or discard."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QDateTime
from PySide6.QtWidgets import (
    QHBoxLayout,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ui import labels
from ui.context import UiContext
from ui.permissions import Permission, offer
from ui.widgets.page import muted


class QuarantinePage(QWidget):
    """Shows `changes` (app.sync.quarantine.QuarantinedChange) and runs release/discard through
    `run(job, message)`, which the Sync view provides (writer thread, then a refresh);
    `describe(entity, field)` names what a change is about as the Sync view names it."""

    def __init__(
        self,
        context: UiContext,
        run: Callable[[Callable[[], Any], Callable[[Any], str]], None],
        describe: Callable[[str, str], str],
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.run = run
        self.describe = describe
        self.changes: Sequence[Any] = ()
        self.note = muted(self)
        self.table = QTableWidget(0, 7, self)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.itemSelectionChanged.connect(self._enable)
        self.release_button = QPushButton(self)
        self.release_button.clicked.connect(lambda: self.release_selected())
        self.release_all_button = QPushButton(self)
        self.release_all_button.clicked.connect(lambda: self.release_all())
        self.discard_button = QPushButton(self)
        self.discard_button.clicked.connect(lambda: self.discard_selected())
        offer(context, Permission.SYNC, self.release_button, self.release_all_button, self.discard_button)
        buttons = QHBoxLayout()
        buttons.addWidget(self.release_button)
        buttons.addWidget(self.release_all_button)
        buttons.addStretch(1)
        buttons.addWidget(self.discard_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.retranslate()

    def retranslate(self) -> None:
        self.note.setText(
            self.tr(
                "Changes an import did not apply. Those relayed by a site that was not yet a hub, or "
                "made before the record reached their site, can pass later: release them once the "
                "missing bundle has arrived. Those waiting for their record pass by themselves when "
                "it arrives. The others can only be discarded."
            )
        )
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("No."),
                self.tr("Set aside"),
                self.tr("From"),
                self.tr("Origin"),
                self.tr("Record"),
                self.tr("What"),
                self.tr("Why"),
            ]
        )
        self.release_button.setText(self.tr("Release selected"))
        self.release_all_button.setText(self.tr("Release all that can pass"))
        self.discard_button.setText(self.tr("Discard selected…"))
        self.show_changes(self.changes)

    def _reason(self, reason: str) -> str:
        """The import's own words for why (app.sync.quarantine.REASONS), in the window's language."""
        from PySide6.QtCore import QCoreApplication

        from app.sync.quarantine import REASONS  # imported here: app.sync is not loaded at start-up

        return QCoreApplication.translate("sync", REASONS[reason]) if reason in REASONS else reason

    def show_changes(self, changes: Sequence[Any]) -> None:
        self.changes = changes
        locale = labels.ui_locale(self.context.language())
        short = locale.dateTimeFormat(locale.FormatType.ShortFormat)
        self.table.setRowCount(len(changes))
        for row, change in enumerate(changes):
            cells = (
                str(change.id),
                locale.toString(QDateTime(change.at).toLocalTime(), short),
                change.sender,
                f"{change.origin_site}:{change.origin_seq}",
                self._record(change),
                self.describe(change.entity, change.field),
                self._reason(change.reason),
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column == 4:
                    item.setToolTip(str(change.row_id))  # the whole key, for support
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()
        self.release_all_button.setEnabled(any(c.releasable for c in changes))
        self._enable()

    def _record(self, change: Any) -> str:
        """The record's number or name; one that has not arrived says so (a bare key is
        shortened: its full form is in the tooltip)."""
        if change.held:
            return str(change.record)
        try:
            named = f"{uuid.UUID(change.record).hex[:8]}…"
        except ValueError:  # a number or a name
            named = change.record
        return self.tr("%1 (not held here yet)").replace("%1", named)

    def selected(self) -> list[Any]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [self.changes[row] for row in rows if row < len(self.changes)]

    def _enable(self) -> None:
        chosen = self.selected()
        self.release_button.setEnabled(bool(chosen) and all(c.releasable for c in chosen))
        self.discard_button.setEnabled(bool(chosen))

    def _released(self, reports: Any) -> str:
        applied = sum(r.applied for r in reports)
        still = sum(r.quarantined for r in reports)
        return (
            self.tr("%1 changes applied, %2 still set aside.")
            .replace("%1", str(applied))
            .replace("%2", str(still))
        )

    def release_selected(self) -> None:
        from app.sync import quarantine

        ids = [c.id for c in self.selected()]
        if ids:
            self.run(lambda: quarantine.release(self.context.desk, ids), self._released)

    def release_all(self) -> None:
        from app.sync import quarantine

        self.run(lambda: quarantine.release(self.context.desk), self._released)

    def discard_selected(self, *, confirm: bool = True) -> None:
        from app.sync import quarantine

        ids = [c.id for c in self.selected()]
        if not ids:
            return
        if confirm:
            answer = QMessageBox.question(
                self,
                self.tr("Discard set-aside changes"),
                self.tr("Forget %n set-aside change(s)? They cannot be released afterwards.", "", len(ids)),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        self.run(
            lambda: quarantine.discard(self.context.desk, ids),
            lambda count: self.tr("%n set-aside change(s) discarded.", "", count),
        )
