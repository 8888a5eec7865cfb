"""Someone else saved the same fields while this officer was editing: choose per field.

Shown by an edit form when its save is refused with `EditConflict` (app.services.edit_guard).
Each field both officers changed is a row: the other officer's saved value beside this officer's,
and a tick "keep mine". Saving then sends only the fields whose tick is set (on the version the
conflict reported), so the others stay as the other officer saved them: a merge per field,
never a silent overwrite. `GuardedEdit` is what an edit form (a case's, a draft letter's) mixes in
to open it."""

from __future__ import annotations

from typing import Any

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

from app.errors import DomainError
from app.services.edit_guard import EditConflict
from ui.events import Changes

#: fields kept as rows of their own (codes or people): their raw change says nothing to a person
_LISTS = {"lead_agency", "participants", "extra_categories", "officers", "copies", "files", "signer"}


def _caption(captions: dict[str, QLabel], key: str) -> str:
    label = captions.get(key) or captions.get(key.removeprefix("worker."))
    text = label.text() if label is not None else key
    return text.replace("&", "").rstrip(": ")


class EditConflictDialog(QDialog):
    def __init__(
        self,
        conflict: EditConflict,
        mine: dict[str, str],
        captions: dict[str, QLabel],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        conflict.name_fields(lambda key: _caption(captions, key))  # "Summary", not "summary"
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
            name = QLabel(_caption(captions, changed.key), self)
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


class GuardedEdit:
    """An edit form that sends back the version it was filled from: a save that would overwrite
    what someone else saved meanwhile opens `EditConflictDialog` (keep theirs or mine, per
    field) instead of overwriting (app.services.edit_guard). Mixed in before the form's dialog
    class, which provides `changed()` (the officer's changes, form name -> text), `save()`,
    `context`, `changes` and `show_error`."""

    base_version: int | None
    left_theirs: set[str]
    conflict_dialog: EditConflictDialog | None = None

    def guarded(self, changes: dict[str, str]) -> dict[str, str]:
        """The officer's changes less those they left as the other officer saved them."""
        return {k: v for k, v in changes.items() if k not in self.left_theirs}

    def field_captions(self) -> dict[str, QLabel]:
        return self.fieldset.captions  # type: ignore[attr-defined, no-any-return]

    def show_error(self, error: DomainError) -> None:
        if not self.resolve(error):
            super().show_error(error)  # type: ignore[misc]

    def resolve(self, error: DomainError) -> bool:
        """Handle `error` if it is an edit conflict (True), else leave it to the form."""
        if not isinstance(error, EditConflict):
            return False
        form: Any = self
        mine = form.changed()
        chooser = EditConflictDialog(error, mine, self.field_captions(), form)
        self.conflict_dialog = chooser

        def chosen(result: int) -> None:
            if result != QDialog.DialogCode.Accepted:  # the refusal stays on the form: nothing saved
                super(GuardedEdit, form).show_error(error)
                return
            self.left_theirs |= chooser.dropped()
            self.base_version = error.version
            if self.guarded(mine):
                form.save()
            else:  # nothing of mine is left to save: their values stand
                form.context.bus.announce(Changes(form.changes))
                form.accept()

        chooser.finished.connect(chosen)
        chooser.open()
        return True
