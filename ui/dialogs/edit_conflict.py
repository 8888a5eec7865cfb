"""Someone else saved the same fields while this officer was editing: choose per field.

Shown by an edit form when its save is refused with `EditConflict` (app.services.edit_guard).
Each field both officers changed is a row: the other officer's saved value beside this officer's,
and a tick "keep mine". Saving then sends only the fields whose tick is set (on the version the
conflict reported), so the others stay as the other officer saved them: a merge per field,
never a silent overwrite."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from app.services.edit_guard import EditConflict
from ui.widgets.fields import FieldSet

#: fields kept as rows of their own (codes or people): their raw change says nothing to a person
_LISTS = {"lead_agency", "participants", "extra_categories", "officers"}


def _caption(fieldset: FieldSet, key: str) -> str:
    label = fieldset.captions.get(key) or fieldset.captions.get(key.removeprefix("worker."))
    text = label.text() if label is not None else key
    return text.replace("&", "").rstrip(": ")


class EditConflictDialog(QDialog):
    def __init__(
        self, conflict: EditConflict, mine: dict[str, str], fieldset: FieldSet, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.conflict = conflict
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.grid = QGridLayout()
        self.grid.setHorizontalSpacing(16)
        self.grid.setVerticalSpacing(8)
        self.headers = [QLabel(self) for _ in range(3)]
        for column, header in enumerate(self.headers):
            header.setStyleSheet("font-weight: bold")
            self.grid.addWidget(header, 0, column)
        self.keep: dict[str, QCheckBox] = {}
        self.theirs: dict[str, QLabel] = {}
        for row, changed in enumerate(conflict.fields, start=1):
            name = QLabel(_caption(fieldset, changed.key), self)
            theirs = QLabel(self)
            theirs.setWordWrap(True)
            theirs.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            keep = QCheckBox(mine.get(changed.key, mine.get(changed.key.removeprefix("worker."), "")), self)
            self.grid.addWidget(name, row, 0)
            self.grid.addWidget(theirs, row, 1)
            self.grid.addWidget(keep, row, 2)
            self.keep[changed.key] = keep
            self.theirs[changed.key] = theirs
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.setSpacing(12)
        layout.addWidget(self.intro)
        layout.addLayout(self.grid)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(620)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Saved meanwhile by someone else"))
        self.intro.setText(
            self.conflict.translated()
            + "\n\n"
            + self.tr(
                "Tick the fields where your value should replace theirs; the others keep their value. "
                "Your other changes are saved as well."
            )
        )
        for header, text in zip(
            self.headers, (self.tr("Field"), self.tr("Saved meanwhile"), self.tr("Keep mine")), strict=True
        ):
            header.setText(text)
        for changed in self.conflict.fields:
            if changed.key in _LISTS:
                value = self.tr("changed")
            elif changed.value in (None, ""):
                value = self.tr("(empty)")
            else:
                value = str(changed.value)
            self.theirs[changed.key].setText(
                self.tr("{value} (by {who})").format(value=value, who=changed.actor)
            )

    def kept(self) -> set[str]:
        """The fields where this officer's value is saved."""
        return {key for key, box in self.keep.items() if box.isChecked()}

    def dropped(self) -> set[str]:
        """The fields left as the other officer saved them."""
        return set(self.keep) - self.kept()
