"""The Sync view's "Set aside" tab: changes an import did not apply, why, and the two things an
administrator can do with them: release (import again; what still fails stays aside) or discard.

One row stands for the changes of one record set aside for one reason from one sender: a case
that waits for its worker arrives as a dozen field changes, and an officer decides about the case,
not about each field. Selecting the row selects all of them."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterable, Sequence
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
    `describe(entity, fields)` names what changes are about as the Sync view names it."""

    def __init__(
        self,
        context: UiContext,
        run: Callable[[Callable[[], Any], Callable[[Any], str]], None],
        describe: Callable[[str, Sequence[str]], str],
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.run = run
        self.describe = describe
        self.changes: Sequence[Any] = ()
        self.groups: list[list[Any]] = []  # one per table row: the changes it stands for
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
        groups: dict[tuple[Any, ...], list[Any]] = {}
        for change in changes:
            key = (change.sender, change.origin_site, change.entity, change.row_id, change.reason)
            groups.setdefault(key, []).append(change)
        self.groups = list(groups.values())
        locale = labels.ui_locale(self.context.language())
        short = locale.dateTimeFormat(locale.FormatType.ShortFormat)
        self.table.setRowCount(len(self.groups))
        for row, group in enumerate(self.groups):
            first = group[0]
            fields = list(dict.fromkeys(c.field for c in group))
            cells = (
                _span(c.id for c in group),
                locale.toString(QDateTime(first.at).toLocalTime(), short),
                first.sender,
                f"{first.origin_site}:{_span(c.origin_seq for c in group)}",
                self._record(first),
                self.describe(first.entity, fields),
                self._reason(first.reason),
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column == 4:
                    item.setToolTip(str(first.row_id))  # the whole key, for support
                elif column == 5 and len(fields) > 1:
                    item.setToolTip(text)  # a long list of fields is cut off in the cell
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()
        for column in (3, 5):  # a long span or field list must not push "Why" out of sight
            self.table.setColumnWidth(column, min(self.table.columnWidth(column), 320))
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
        """Every change of the selected rows."""
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [change for row in rows if row < len(self.groups) for change in self.groups[row]]

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


def _span(numbers: Iterable[int]) -> str:
    """Numbers as runs: 12, 12–20, or 12–14, 17."""
    runs: list[list[int]] = []
    for number in sorted(set(numbers)):
        if runs and number == runs[-1][1] + 1:
            runs[-1][1] = number
        else:
            runs.append([number, number])
    return ", ".join(str(a) if a == b else f"{a}–{b}" for a, b in runs)
