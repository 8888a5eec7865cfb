"""Two officers rewrite the same draft letter at two desks of one database: the second save in the
real window shows what the first saved, and merges per field (keep theirs or mine)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from app.services import letters
from app.services.desk import Desk
from tests.gui.views_support import second_desk, settle
from tests.unit.test_letter_edit_conflicts import TODAY, _as_form
from ui.context import UiContext
from ui.dialogs.edit_conflict import EditConflictDialog
from ui.dialogs.letters import DraftLetterDialog
from ui.views.correspondence import CorrespondenceView

pytestmark = pytest.mark.qt_log_ignore("does not support raise", "does not support grabbing the keyboard")


@pytest.fixture
def other(ui_context: UiContext) -> Iterator[Desk]:
    with second_desk(ui_context.desk, "case_officer") as desk:
        yield desk


@pytest.mark.parametrize("keep_mine", [False, True])
def test_a_conflicting_draft_save_offers_theirs_or_mine_per_field(
    qtbot: QtBot,
    main_window,  # type: ignore[no-untyped-def]
    ui_context: UiContext,
    other: Desk,
    keep_mine: bool,
) -> None:
    desk = ui_context.desk
    draft = letters.LetterDraft(
        kind="out", subject="Permohonan data PMI", addressee="Kepala BP2MI", body="Dengan hormat."
    )
    letter_id = letters.draft_letter(desk, draft, today=TODAY)
    window = main_window
    window.show_view(next(i for i, v in enumerate(window.views) if isinstance(v, CorrespondenceView)))
    view = window.current_view()
    assert isinstance(view, CorrespondenceView)
    settle(qtbot, ui_context)
    assert view.select_letter("out", str(letter_id))
    settle(qtbot, ui_context)
    dialog = view.edit_draft()
    assert isinstance(dialog, DraftLetterDialog)
    dialog.subject.setText("Permintaan data PMI")
    assert set(dialog.changed()) == {"subject"}

    # meanwhile Budi saves the subject and the body at his desk
    theirs = letters.letter_detail(other, letter_id)
    letters.update_draft(
        other,
        letter_id,
        _as_form(
            theirs, subject="Permohonan data PMI a.n. Siti Aminah", body="Dengan hormat, mohon bantuan."
        ),
        base_version=theirs.version,
        changed={"subject", "body"},
    )
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.conflict_dialog is not None, timeout=10_000)
    chooser = dialog.conflict_dialog
    assert isinstance(chooser, EditConflictDialog)
    qtbot.waitExposed(chooser)
    assert set(chooser.keep) == {"subject"}
    caption = chooser.grid.itemAtPosition(1, 0).widget().text()  # type: ignore[union-attr]
    assert caption != "subject" and f"fields: {caption}." in chooser.intro.text()
    assert chooser.theirs["subject"].text() == "Permohonan data PMI a.n. Siti Aminah (by budi)"
    assert chooser.keep["subject"].text() == "Permintaan data PMI"
    assert letters.letter_detail(desk, letter_id).subject == "Permohonan data PMI a.n. Siti Aminah"
    chooser.grab().save("/tmp/jejaring-letter-edit-conflict.png")

    chooser.keep["subject"].setChecked(keep_mine)
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        qtbot.mouseClick(
            chooser.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton
        )
    settle(qtbot, ui_context)
    after = letters.letter_detail(other, letter_id)
    assert after.subject == ("Permintaan data PMI" if keep_mine else "Permohonan data PMI a.n. Siti Aminah")
    assert after.body == "Dengan hormat, mohon bantuan."  # Budi's field this form did not touch stays his


def test_cancelling_the_choice_saves_nothing_and_says_so(
    qtbot: QtBot,
    main_window,  # type: ignore[no-untyped-def]
    ui_context: UiContext,
    other: Desk,
) -> None:
    desk = ui_context.desk
    letter_id = letters.draft_letter(
        desk,
        letters.LetterDraft(kind="memo", subject="Laporan mingguan", addressee="Kepala Perwakilan"),
        today=TODAY,
    )
    window = main_window
    window.show_view(next(i for i, v in enumerate(window.views) if isinstance(v, CorrespondenceView)))
    view = window.current_view()
    settle(qtbot, ui_context)
    assert view.select_letter("memo", str(letter_id))
    settle(qtbot, ui_context)
    dialog = view.edit_draft()
    dialog.addressee.setText("Wakil Kepala Perwakilan")
    theirs = letters.letter_detail(other, letter_id)
    letters.update_draft(
        other,
        letter_id,
        _as_form(theirs, addressee="Minister Counsellor"),
        base_version=theirs.version,
        changed={"addressee"},
    )
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.conflict_dialog is not None, timeout=10_000)
    chooser = dialog.conflict_dialog
    qtbot.waitExposed(chooser)
    chooser.reject()
    qtbot.waitUntil(lambda: "budi" in dialog.visible_errors().get("", ""), timeout=5_000)
    assert dialog.isVisible()
    assert letters.letter_detail(desk, letter_id).addressee == "Minister Counsellor"
