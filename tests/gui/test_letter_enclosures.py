"""Enclosures of a letter drafted in the app: "Add attachment…" takes a PDF and a photo; a file that
is neither (judged by content, as the incoming scan is) is refused at the field and nothing is saved;
editing the draft shows its enclosures, and one removed there is gone from the letter."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from app.services import letters
from app.services.letters import LetterFilter
from tests.gui.views_support import settle
from tests.unit.test_letters import scan_pdf
from ui.context import UiContext
from ui.dialogs.letters import DraftLetterDialog
from ui.views.correspondence import CorrespondenceView

pytestmark = pytest.mark.qt_log_ignore("does not support raise", "does not support grabbing the keyboard")


def photo(path: Path) -> Path:
    image = QImage(40, 30, QImage.Format.Format_RGB32)
    image.fill(QColor("#3366aa"))
    assert image.save(str(path), "PNG")
    return path


def test_a_draft_takes_a_pdf_and_a_photo_and_refuses_anything_else(
    qtbot: QtBot,
    main_window,  # type: ignore[no-untyped-def]
    ui_context: UiContext,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    desk = ui_context.desk
    window = main_window
    window.show_view(next(i for i, v in enumerate(window.views) if isinstance(v, CorrespondenceView)))
    view = window.current_view()
    assert isinstance(view, CorrespondenceView)
    settle(qtbot, ui_context)
    before = letters.count_letters(desk, LetterFilter(kind="out"))
    dialog = view.draft("out")
    assert isinstance(dialog, DraftLetterDialog)
    qtbot.keyClicks(dialog.subject, "Permohonan data kepulangan PMI")
    qtbot.keyClicks(dialog.addressee, "Kepala BP2MI")
    not_a_pdf = tmp_path / "daftar.pdf"
    not_a_pdf.write_text("nama, paspor\n")  # named .pdf, but text inside
    chosen = [str(not_a_pdf)]
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *_a, **_k: (chosen, ""))
    enclosures = dialog.enclosures
    qtbot.mouseClick(enclosures.add_button, Qt.MouseButton.LeftButton)
    assert enclosures.files.count() == 1 and enclosures.files.item(0).text() == "daftar.pdf"
    ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    settle(qtbot, ui_context)
    assert "PDF" in dialog.visible_errors()["file"] and dialog.isVisible()
    assert letters.count_letters(desk, LetterFilter(kind="out")) == before  # nothing saved

    enclosures.files.setCurrentRow(0)
    qtbot.mouseClick(enclosures.remove_button, Qt.MouseButton.LeftButton)
    assert enclosures.files.count() == 0
    chosen[:] = [str(scan_pdf(tmp_path / "data-pmi.pdf")), str(photo(tmp_path / "paspor.png"))]
    qtbot.mouseClick(enclosures.add_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    settle(qtbot, ui_context)
    assert not dialog.isVisible()
    draft = view.letter_models["out"].rows[0]
    assert draft.status == "draft"
    assert view.select_letter("out", str(draft.id))
    settle(qtbot, ui_context)
    assert view.current is not None
    assert [(f.filename, f.media_type, f.is_scan) for f in view.current.files] == [
        ("data-pmi.pdf", "application/pdf", False),
        ("paspor.png", "image/png", False),
    ]

    edit = view.edit_draft()
    assert isinstance(edit, DraftLetterDialog)
    names = [edit.enclosures.files.item(i).text() for i in range(edit.enclosures.files.count())]
    assert names == ["data-pmi.pdf", "paspor.png"]
    edit.enclosures.files.setCurrentRow(1)
    qtbot.mouseClick(edit.enclosures.remove_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(edit.buttons.button(edit.buttons.StandardButton.Ok), Qt.MouseButton.LeftButton)
    settle(qtbot, ui_context)
    assert not edit.isVisible()
    assert view.select_letter("out", str(draft.id))
    settle(qtbot, ui_context)
    assert [f.filename for f in view.current.files] == ["data-pmi.pdf"]
