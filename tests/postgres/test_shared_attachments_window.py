"""The real windows of desk B open what desk A attached, both desks on one office server: the
case window's attachment and the correspondence view's "Open scan" (fetched off the GUI thread)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.config import load_config
from app.services import accounts, attachments, letters
from app.services.desk import Desk, open_desk
from app.services.letters import IncomingLetter
from tests.gui.conftest import catalogue_dir, isolated_ui, make_context, unexpected
from tests.postgres.test_shared_attachments import TODAY, _case, photo
from tests.unit.test_letters import scan_pdf
from ui import viewing
from ui.context import UiContext
from ui.views import case_detail, correspondence
from ui.views.correspondence import CorrespondenceView

__all__ = ["catalogue_dir", "isolated_ui", "make_context", "unexpected"]

pytestmark = [
    pytest.mark.usefixtures("postgres_server"),
    pytest.mark.qt_log_ignore(
        "does not support raise", "does not support grabbing the keyboard", "propagateSizeHints"
    ),
]


@pytest.fixture
def desk_b(desk: Desk) -> Iterator[Desk]:
    accounts.add_account(desk, "budi", "supervisor", "Sawah-Padi-2026", full_name="Budi Santoso")
    other = open_desk(load_config(desk.config.data_dir.parent / "desk-b", desk.config.database_url))
    accounts.sign_in(other, "budi", "Sawah-Padi-2026")
    yield other
    other.close()


def test_desk_b_opens_what_desk_a_attached(
    qtbot: QtBot,
    desk: Desk,
    desk_b: Desk,
    make_context: Callable[[Desk], UiContext],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    number = _case(desk)
    source = photo(tmp_path / "paspor.png")
    kept = attachments.attach_to_case(desk, number, source, "Paspor")
    scan = scan_pdf(tmp_path / "surat.pdf")
    registered = letters.register_incoming(
        desk, IncomingLetter(received_on=TODAY, subject="Surat BP2MI", sender_name="BP2MI", scans=(scan,))
    )
    opened: list[Path] = []
    # the system's viewer is not ours to start here: record what it would be handed
    for module in (case_detail, correspondence):
        monkeypatch.setattr(
            module.QDesktopServices, "openUrl", lambda url: opened.append(Path(url.toLocalFile()))
        )
    monkeypatch.setattr(viewing.tempfile, "tempdir", str(tmp_path))
    context = make_context(desk_b)

    window = case_detail.open_case(context, number)
    qtbot.addWidget(window)
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: window.data is not None, timeout=10_000)
    window.tabs.setCurrentWidget(window.attachments_tab)
    [row] = window.attachments_tab.model.rows()
    assert not desk_b.blobs.has(kept.sha256)  # only the server has it
    window.open_attachment(row)
    qtbot.waitUntil(lambda: len(opened) == 1, timeout=10_000)
    assert opened[0].name == "paspor.png" and opened[0].read_bytes() == source.read_bytes()
    assert not window.message.isVisibleTo(window)

    view = CorrespondenceView(context)
    qtbot.addWidget(view)
    view.resize(1200, 800)
    view.show()
    qtbot.waitExposed(view)
    qtbot.waitUntil(lambda: not context.tasks.busy and bool(view.letter_models["in"].rows), timeout=10_000)
    assert view.select_letter("in", str(registered.id))
    qtbot.waitUntil(lambda: view.current is not None and bool(view.action_buttons), timeout=10_000)
    [open_scan] = [b for b in view.action_buttons if b.text() == "Open scan"]
    qtbot.mouseClick(open_scan, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(opened) == 2, timeout=10_000)
    assert opened[1].name == "surat.pdf" and opened[1].read_bytes() == scan.read_bytes()
    viewing.clean_up()
