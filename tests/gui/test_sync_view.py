"""The Sync view in the real main window: a bundle dropped on it is imported, and a conflict in
the review queue is resolved with one click; the resolution travels back."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from app.models import Case
from app.services import cases
from app.services.desk import Desk
from app.sync import conflicts
from tests.sync.sites import PASSPHRASE, SyncSite, make_sites, open_case
from ui.context import UiContext
from ui.views.sync import SyncView

TODAY = date(2026, 11, 2)
SHOTS = Path("/tmp/sync-shots")
SHOTS.mkdir(exist_ok=True)


@pytest.fixture
def three(tmp_path: Path) -> Iterator[list[SyncSite]]:
    made = make_sites(tmp_path / "sites")
    yield made
    for site in made:
        site.desk.close()


def _priority(desk: Desk, number: str) -> int:
    with desk.read() as session:
        return int(session.scalar(select(Case.priority).where(Case.number == number)) or 0)


def _sync_view(qtbot: QtBot, context: UiContext) -> tuple[Any, SyncView]:
    """The real main window on `context`, shown at 1366x768 and turned to the Sync view, its
    status read; the passphrase dialog answers PASSPHRASE."""
    from ui.main_window import MainWindow

    window = MainWindow(context)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    index = next(i for i, v in enumerate(window.views) if isinstance(v, SyncView))
    window.show_view(index)
    view = window.views[index]
    assert isinstance(view, SyncView)
    qtbot.waitUntil(lambda: not view.context.tasks.busy and view.data is not None, timeout=10_000)
    view.passphrase = lambda: PASSPHRASE  # type: ignore[method-assign]  # the password dialog
    return window, view


def test_drop_a_bundle_then_keep_one_value(
    qtbot: QtBot, three: list[SyncSite], make_context: Callable[[Desk], UiContext], tmp_path: Path
) -> None:
    embassy, _desk, hub = three
    opened = open_case(embassy, "Sri Wahyuni")
    hub.import_file(embassy.export_to(hub.code))
    embassy.import_file(hub.export_to(embassy.code))
    cases.set_field(embassy.desk, opened.number, "priority", "1", today=TODAY)
    cases.set_field(hub.desk, opened.number, "priority", "3", today=TODAY)
    bundle = hub.export_to(embassy.code)

    window, view = _sync_view(qtbot, make_context(embassy.desk))
    assert view.peers_table.rowCount() == 2

    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(bundle))])
    drop = QDropEvent(
        QPointF(200, 200),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    view.dropEvent(drop)
    qtbot.waitUntil(lambda: "1 conflicts" in view.message.text(), timeout=20_000)
    qtbot.waitUntil(lambda: view.conflict_list.count() == 1 and len(view.keep_buttons) == 2, timeout=10_000)
    assert view.imports_table.rowCount() == 2  # the first exchange, and this one
    assert view.tabs.tabText(2) == "Conflicts (1)"
    window.grab().save(str(SHOTS / "sync-view.png"))
    view.tabs.setCurrentIndex(2)
    qtbot.wait(50)
    view.grab().save(str(SHOTS / "sync-conflict.png"))

    shown = _priority(embassy.desk, opened.number)
    other = next(i for i, c in enumerate(view.data.status.conflicts[0].candidates) if not c.winner)
    kept = view.data.status.conflicts[0].candidates[other].value
    assert kept != shown
    qtbot.mouseClick(view.keep_buttons[other], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.message.text() == "Conflict resolved.", timeout=10_000)
    qtbot.waitUntil(lambda: view.conflict_list.count() == 0 and not view.context.tasks.busy, timeout=10_000)
    assert _priority(embassy.desk, opened.number) == kept
    assert view.no_conflicts.isVisibleTo(view)

    # the resolution is an ordinary change: the hub takes it and its queue empties too
    hub.import_file(embassy.export_to(hub.code))
    assert conflicts.list_conflicts(hub.desk) == []
    assert _priority(hub.desk, opened.number) == kept
    window.close()
    view.context.tasks.wait()


def test_set_aside_changes_are_released_once_the_referral_has_arrived(
    qtbot: QtBot, three: list[SyncSite], make_context: Callable[[Desk], UiContext]
) -> None:
    from tests.sync.test_quarantine import _late_referral

    embassy, _desk, hub = three
    number = _late_referral(three)
    window, view = _sync_view(qtbot, make_context(hub.desk))
    page = view.quarantine_page
    held = len(page.changes)  # the tab and the messages count changes; a row is one record's
    assert held >= 1 and view.tabs.tabText(4) == f"Set aside ({held})"
    assert page.table.rowCount() == 1
    assert "its origin may not change this record" in page.table.item(0, 6).text()
    assert page.table.item(0, 4).text() == number and page.table.item(0, 5).text() == "Case · Priority"
    view.tabs.setCurrentIndex(4)
    page.table.selectAll()
    assert page.release_button.isEnabled() and page.discard_button.isEnabled()
    view.grab().save(str(SHOTS / "sync-set-aside.png"))

    qtbot.mouseClick(page.release_button, Qt.MouseButton.LeftButton)  # too early: stays aside
    qtbot.waitUntil(
        lambda: f"0 changes applied, {held} still set aside." in view.message.text(), timeout=20_000
    )

    hub.import_file(embassy.export_to(hub.code))  # the referral arrives
    qtbot.mouseClick(page.release_all_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: f"{held} changes applied, 0 still set aside." in view.message.text(), timeout=20_000
    )
    qtbot.waitUntil(lambda: page.table.rowCount() == 0 and not view.context.tasks.busy, timeout=10_000)
    assert view.tabs.tabText(4) == "Set aside (0)"
    assert not page.release_all_button.isEnabled()
    assert _priority(hub.desk, number) == 1
    window.close()
    view.context.tasks.wait()


def test_send_everything_again_to_a_peer(
    qtbot: QtBot, three: list[SyncSite], make_context: Callable[[Desk], UiContext]
) -> None:
    from app.models import SyncPeer

    embassy, _desk, hub = three
    open_case(embassy, "Sri Wahyuni")
    hub.import_file(embassy.export_to(hub.code))
    embassy.import_file(hub.export_to(embassy.code))
    window, view = _sync_view(qtbot, make_context(embassy.desk))
    view.peer_choice.setCurrentIndex(view.peer_choice.findData(hub.code))
    assert view.resend_button.isEnabled()
    view.resend_clicked(confirm=False)
    qtbot.waitUntil(lambda: "carries every change again" in view.message.text(), timeout=10_000)
    with embassy.desk.read() as session:
        peer = session.get(SyncPeer, hub.code)
        assert peer is not None and peer.cursor == 0
    window.close()
    view.context.tasks.wait()


def test_an_import_that_finds_changes_missing_says_so_and_the_peer_row_keeps_it(
    qtbot: QtBot, three: list[SyncSite], make_context: Callable[[Desk], UiContext]
) -> None:
    from tests.sync.test_holdings import lose_rows

    embassy, _desk, hub = three
    open_case(embassy, "Sri Wahyuni")
    hub.import_file(embassy.export_to(hub.code))
    embassy.import_file(hub.export_to(embassy.code))
    lose_rows(hub, embassy.code, 2)  # the hub's database lost two of the embassy's changes
    bundle = embassy.export_to(hub.code)

    window, view = _sync_view(qtbot, make_context(hub.desk))
    view.import_path(bundle)
    qtbot.waitUntil(lambda: "at least 2 of them are missing here" in view.message.text(), timeout=20_000)
    assert "Ask the administrator of KBRI-KUL to send everything again" in view.message.text()
    qtbot.waitUntil(
        lambda: not view.context.tasks.busy and view.imports_table.rowCount() == 2, timeout=10_000
    )
    assert view.imports_table.item(0, 8).text() == "2"
    row = next(
        r for r in range(view.peers_table.rowCount()) if view.peers_table.item(r, 0).text() == embassy.code
    )
    assert view.peers_table.item(row, 7).text() == "2"
    assert "send everything again" in view.peers_table.item(row, 7).toolTip()
    window.grab().save(str(SHOTS / "sync-missing.png"))


def test_a_site_back_on_an_older_copy_is_told_and_its_new_work_is_refused_by_the_peer(
    qtbot: QtBot, three: list[SyncSite], make_context: Callable[[Desk], UiContext], tmp_path: Path
) -> None:
    from tests.sync.test_restored_origin import _back_up, _restore

    embassy, _desk, hub = three
    _back_up(embassy, tmp_path / "backup")
    open_case(embassy, "Dewi Lestari")
    hub.import_file(embassy.export_to(hub.code))
    _restore(embassy, tmp_path / "backup")
    open_case(embassy, "Rina Marlina")  # new work under the numbers of the lost case
    from_hub = hub.export_to(embassy.code)

    window, view = _sync_view(qtbot, make_context(embassy.desk))
    view.import_path(from_hub)
    qtbot.waitUntil(lambda: "does not remember sending" in view.message.text(), timeout=20_000)
    assert "KP2MI-HUB refuses them. If nothing was changed here since" in view.message.text()
    assert "#b3261e" in view.message.styleSheet()
    qtbot.waitUntil(lambda: not view.context.tasks.busy, timeout=10_000)
    window.grab().save(str(SHOTS / "sync-older-copy.png"))
    to_hub = embassy.export_to(hub.code)
    window.close()
    view.context.tasks.wait()

    window, view = _sync_view(qtbot, make_context(hub.desk))
    before = hub.dump()
    view.import_path(to_hub)
    qtbot.waitUntil(lambda: "put back on an older copy" in view.message.text(), timeout=20_000)
    assert view.message.text().startswith("KBRI-KUL numbers new changes")
    assert "Nothing was imported." in view.message.text()
    qtbot.waitUntil(lambda: not view.context.tasks.busy, timeout=10_000)
    assert hub.dump() == before
    window.grab().save(str(SHOTS / "sync-refused-older-copy.png"))
    window.close()
    view.context.tasks.wait()


def test_a_site_back_on_an_older_copy_takes_its_own_changes_back_in_the_window(
    qtbot: QtBot, three: list[SyncSite], make_context: Callable[[Desk], UiContext], tmp_path: Path
) -> None:
    from tests.sync.test_restored_origin import _lost_and_restored, _numbers

    embassy, _desk, hub = three
    lost, _forgotten = _lost_and_restored(three, tmp_path)
    back = hub.export_to(embassy.code)

    window, view = _sync_view(qtbot, make_context(embassy.desk))
    view.import_path(back)
    qtbot.waitUntil(lambda: "gave back" in view.message.text(), timeout=20_000)
    assert "lost when it was put back on an older copy: they are in again" in view.message.text()
    assert "does not remember sending" not in view.message.text()
    assert "#b3261e" not in view.message.styleSheet()
    qtbot.waitUntil(lambda: not view.context.tasks.busy, timeout=10_000)
    assert lost.number in _numbers(embassy)
    window.grab().save(str(SHOTS / "sync-taken-back.png"))
    window.close()
    view.context.tasks.wait()


def test_changes_waiting_for_their_record_follow_it_into_the_window(
    qtbot: QtBot, three: list[SyncSite], make_context: Callable[[Desk], UiContext]
) -> None:
    """The embassy's edit and note of the desk's case reach the hub first: the set-aside tab
    lists them as waiting for a record not held here; importing the desk's bundle brings the
    case, and they follow it without anyone pressing Release."""
    from tests.sync.test_waiting_records import _worked_on_at_the_embassy

    _embassy, desk, hub = three
    number, early = _worked_on_at_the_embassy(three)
    window, view = _sync_view(qtbot, make_context(hub.desk))
    page = view.quarantine_page
    view.import_path(early)
    qtbot.waitUntil(lambda: bool(page.changes) and not view.context.tasks.busy, timeout=20_000)
    assert page.table.rowCount() == 2  # one row for the case's edit, one for the note's fields
    rows = range(page.table.rowCount())
    assert {page.table.item(r, 6).text() for r in rows} == {
        "waits for the record it changes, which has not arrived yet"
    }
    assert all(page.table.item(r, 4).text().endswith("(not held here yet)") for r in rows)
    what = {page.table.item(r, 5).text() for r in rows}
    assert "Case · Priority" in what
    [note] = what - {"Case · Priority"}
    assert note.startswith("Timeline of case · ") and "Time" in note and ", " in note
    page.table.selectAll()
    assert sorted(c.id for c in page.selected()) == sorted(c.id for c in page.changes)
    assert len(page.changes) > 2
    view.tabs.setCurrentIndex(4)
    window.grab().save(str(SHOTS / "sync-waiting.png"))

    view.import_path(desk.export_to(hub.code))
    qtbot.waitUntil(
        lambda: page.table.rowCount() == 0 and view.tabs.tabText(4) == "Set aside (0)", timeout=20_000
    )
    qtbot.waitUntil(lambda: not view.context.tasks.busy, timeout=10_000)
    assert _priority(hub.desk, number) == 1
    window.close()
    view.context.tasks.wait()
