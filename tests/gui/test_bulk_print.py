"""Print today's disposition sheets from the Correspondence view's Dispositions tab, through the
real main window: in the background, one sheet per disposition, each issued; a cancelled run
writes no file and issues nothing."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QProgressDialog, QPushButton
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from app.models import IssuedDocument
from app.models.correspondence import Disposition, Letter, LetterKind
from app.services import dispositions, reference
from tests.gui.views_support import settle
from ui.context import UiContext
from ui.views.correspondence import CorrespondenceView

pytestmark = pytest.mark.qt_log_ignore("does not support raise", "does not support grabbing the keyboard")


def _counts(context: UiContext) -> tuple[int, int]:
    with context.desk.read() as session:
        sheets = session.scalar(
            select(func.count()).select_from(Disposition).where(Disposition.given_on == context.today())
        )
        issued = session.scalar(select(func.count()).select_from(IssuedDocument))
    return sheets or 0, issued or 0


def test_todays_disposition_sheets_in_one_pdf_and_a_cancel_writes_nothing(
    qtbot: QtBot,
    main_window,  # type: ignore[no-untyped-def]
    ui_context: UiContext,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    desk, today = ui_context.desk, ui_context.today()
    admin = next(o for o in reference.officers(desk) if o.username == "admin")
    with desk.read() as session:
        incoming = list(session.scalars(select(Letter.id).where(Letter.kind == LetterKind.INCOMING).limit(3)))
    for letter_id in incoming:  # routed once more today, beside whatever the demo routed
        dispositions.dispose(
            desk, letter_id, (dispositions.Route(officer_id=admin.id, lead=True),), today=today
        )
    sheets, issued_before = _counts(ui_context)
    assert sheets >= 3

    window = main_window
    window.show_view(next(i for i, v in enumerate(window.views) if isinstance(v, CorrespondenceView)))
    view = window.current_view()
    assert isinstance(view, CorrespondenceView)
    view.tabs.setCurrentIndex(3)
    settle(qtbot, ui_context)
    assert view.bulk_button.isVisible() and view.bulk_button.text() == "Print today's disposition sheets…"

    # 1. Cancel: the writer is held busy so the Cancel lands before the first sheet is built
    cancelled_out = tmp_path / "cancelled.pdf"
    monkeypatch.setattr(view, "choose_bulk_path", lambda _day: str(cancelled_out))
    gate = threading.Event()
    ui_context.tasks.run(lambda _p: gate.wait(10))
    qtbot.mouseClick(view.bulk_button, Qt.MouseButton.LeftButton)
    (progress,) = [d for d in view.findChildren(QProgressDialog) if d.labelText().startswith("Printing")]
    (cancel,) = progress.findChildren(QPushButton)
    assert cancel.text() == "Cancel"
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    gate.set()
    settle(qtbot, ui_context)
    assert "cancelled; nothing was issued" in view.bulk_report.text()
    view.bulk_report.close()
    assert not cancelled_out.exists() and not list(tmp_path.glob(".*partial"))
    assert _counts(ui_context) == (sheets, issued_before)

    # 2. The real run: one issued sheet per disposition, read back
    out = tmp_path / "today"  # the .pdf is added
    monkeypatch.setattr(view, "choose_bulk_path", lambda _day: str(out))
    qtbot.mouseClick(view.bulk_button, Qt.MouseButton.LeftButton)
    settle(qtbot, ui_context)
    saved = tmp_path / "today.pdf"
    assert f"Disposition sheets printed: {sheets} ({sheets} pages)" in view.bulk_report.text()
    view.bulk_report.close()
    pages = PdfReader(saved).pages
    assert len(pages) == sheets
    assert all("LEMBAR DISPOSISI" in p.extract_text().upper() for p in pages)
    assert _counts(ui_context) == (sheets, issued_before + sheets)
    window.grab().save(str(tmp_path / "dispositions-tab.png"))
