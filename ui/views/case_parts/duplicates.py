"""The new-case form's side panel: workers already registered who are probably this one."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QScrollArea, QVBoxLayout, QWidget

from app.services.workers import Duplicate
from ui.widgets.page import heading, muted, scaled_font

PANEL_WIDTH = 300
_CALM = (
    "QFrame#duplicates { background: palette(base); border: 1px solid palette(midlight);"
    " border-radius: 8px; }"
)
_ALERT = "QFrame#duplicates { background: #fff8e6; border: 1px solid #e0b252; border-radius: 8px; }"


class DuplicateEntry(QFrame):
    open_requested = Signal(str)
    use_requested = Signal(object)

    def __init__(self, duplicate: Duplicate, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.duplicate = duplicate
        self.setObjectName("entry")
        self.setStyleSheet("QFrame#entry { border-top: 1px solid #e6d3a3; }")
        self.name = QLabel(duplicate.full_name, self)
        self.name.setFont(scaled_font(self.name, 1.0, QFont.Weight.DemiBold))
        self.name.setWordWrap(True)
        self.reason = QLabel(self)
        self.reason.setWordWrap(True)
        self.cases = muted(self)
        self.cases.setTextFormat(Qt.TextFormat.RichText)
        self.cases.linkActivated.connect(self.open_requested)
        self.open_button = QPushButton(self)
        self.open_button.setEnabled(bool(duplicate.case_numbers))
        self.open_button.clicked.connect(lambda: self.open_requested.emit(duplicate.case_numbers[-1]))
        self.use_button = QPushButton(self)
        self.use_button.clicked.connect(lambda: self.use_requested.emit(duplicate))
        buttons = QHBoxLayout()
        buttons.setSpacing(6)
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.use_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 4)
        layout.setSpacing(3)
        layout.addWidget(self.name)
        layout.addWidget(self.reason)
        layout.addWidget(self.cases)
        layout.addLayout(buttons)
        self.retranslate()

    def retranslate(self) -> None:
        reasons = {
            "nik": self.tr("Same NIK"),
            "passport": self.tr("Same passport number"),
            "name_birth_date": self.tr("Similar name and the same date of birth"),
            "name_employer": self.tr("Similar name and the same employer"),
        }
        self.reason.setText(reasons.get(self.duplicate.reason, self.duplicate.reason))
        links = ", ".join(f'<a href="{n}">{n}</a>' for n in self.duplicate.case_numbers)
        self.cases.setText(
            self.tr("Cases: {numbers}").format(numbers=links) if links else self.tr("No case yet")
        )
        self.open_button.setText(self.tr("Open case"))
        self.open_button.setToolTip(
            self.tr("Open case {number}").format(number=self.duplicate.case_numbers[-1])
            if self.duplicate.case_numbers
            else ""
        )
        self.use_button.setText(self.tr("Use this worker"))
        self.use_button.setToolTip(
            self.tr("Register this complaint as a new case of the worker already known")
        )


class DuplicatesPanel(QFrame):
    """Shows the hint while nothing is found, the candidates once something is."""

    open_requested = Signal(str)
    use_requested = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("duplicates")
        self.setFixedWidth(PANEL_WIDTH)
        self.setStyleSheet(_CALM)
        self.found: list[Duplicate] = []
        self.title = heading(2, self)
        self.title.setWordWrap(True)
        self.note = muted(self)
        self.entries_box = QWidget(self)
        self.entries = QVBoxLayout(self.entries_box)
        self.entries.setContentsMargins(0, 0, 0, 0)
        self.entries.setSpacing(4)
        self.entries.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.entries_box)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setStyleSheet("QScrollArea, QScrollArea > QWidget > QWidget { background: transparent; }")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 12, 14, 12)
        layout.setSpacing(6)
        layout.addWidget(self.title)
        layout.addWidget(self.note)
        layout.addWidget(scroll, 1)
        self.retranslate()

    def retranslate(self) -> None:
        if self.found:
            self.title.setText(self.tr("Possibly already registered"))
            self.note.setText(
                self.tr("Open the case to check, or register this complaint for the worker already known.")
            )
        else:
            self.title.setText(self.tr("Already registered?"))
            self.note.setText(
                self.tr(
                    "While you type, Jejaring looks for a worker with the same NIK or passport, or a "
                    "similar name with the same date of birth or employer."
                )
            )
        for entry in self.entry_widgets():
            entry.retranslate()

    def entry_widgets(self) -> list[DuplicateEntry]:
        return [
            widget
            for i in range(self.entries.count())
            if isinstance(widget := self.entries.itemAt(i).widget(), DuplicateEntry)
        ]

    def set_duplicates(self, found: list[Duplicate]) -> None:
        if [d.worker_id for d in found] == [d.worker_id for d in self.found] and found == self.found:
            return
        self.found = list(found)
        for entry in self.entry_widgets():
            entry.setParent(None)
            entry.deleteLater()
        for position, duplicate in enumerate(found[:20]):
            entry = DuplicateEntry(duplicate, self.entries_box)
            entry.open_requested.connect(self.open_requested)
            entry.use_requested.connect(self.use_requested)
            self.entries.insertWidget(position, entry)
        self.setStyleSheet(_ALERT if found else _CALM)
        self.retranslate()
