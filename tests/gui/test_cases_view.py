"""The case register as officers use it: the lazy model, search and filters, the working-day calendar
moving the overdue flag, sorting, saved filters, export, opening and creating cases."""

from __future__ import annotations

import json
import sys
import types
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QSettings, Qt
from PySide6.QtWidgets import QDialog, QFileDialog, QWidget
from pytestqt.qtbot import QtBot

from app.services import cases, spreadsheet
from app.services.desk import Desk
from app.services.dto import CaseRow
from app.services.workers import WorkerInput
from tests.gui.views_support import Harness, harness, show_loaded, use_real_language, wait_loaded
from ui.events import Changes
from ui.models import case_register
from ui.models.case_register import CaseRegisterModel
from ui.views.cases import SAVED_FILTERS_KEY, CasesView, FilterState, saved_filters

MONDAY = date(2026, 3, 16)  # Thursday 19 March 2026 is Nyepi; 20 March is a working day again


@pytest.fixture
def demo_ui(demo_desk: Desk) -> Iterator[Harness]:
    with harness(demo_desk) as state:
        yield state


@pytest.fixture
def empty_ui(desk: Desk) -> Iterator[Harness]:
    with harness(desk) as state:
        yield state


def settle(qtbot: QtBot, view: CasesView) -> None:
    """Wait until the count, the first page and every page the screen asked for have arrived."""
    model = view.model

    def idle() -> bool:
        return not view.context.tasks.busy and not model._pump.isActive() and not model.loading

    for _ in range(3):  # a page that arrives repaints, and the repaint may ask for the next one
        qtbot.waitUntil(idle, timeout=10_000)
        qtbot.wait(20)
    qtbot.waitUntil(idle, timeout=10_000)


def shown_rows(view: CasesView) -> list[CaseRow]:
    rows = [view.model.row_at(row) for row in range(view.model.rowCount())]
    assert all(row is not None for row in rows), "some rows were never read"
    return [row for row in rows if row is not None]


def open_view(qtbot: QtBot, state: Harness) -> CasesView:
    view = show_loaded(qtbot, CasesView(state.context))
    settle(qtbot, view)
    return view


def test_the_register_model_reads_page_by_page_with_a_small_cache(
    qtbot: QtBot, qtmodeltester, demo_ui: Harness, monkeypatch: pytest.MonkeyPatch
) -> None:
    # pages of 10 rows, 4 kept: the screen (800 pixels, about 25 rows) spans 3 pages at most
    monkeypatch.setattr(case_register, "PAGE_SIZE", 10)
    monkeypatch.setattr(case_register, "CACHE_PAGES", 4)
    view = open_view(qtbot, demo_ui)
    model = view.model
    desk = demo_ui.context.desk
    assert model.rowCount() == model.total == 40
    assert 0 in model.cached_pages() and 3 not in model.cached_pages()  # only what is on screen
    qtmodeltester.check(model)
    expected = cases.list_cases(desk, limit=40)

    view.table.scrollToBottom()
    settle(qtbot, view)
    assert 3 in model.cached_pages() and len(model.cached_pages()) <= 4
    assert [row.number for row in shown_rows_in(view, range(30, 40))] == [r.number for r in expected[30:]]

    view.table.scrollToTop()
    settle(qtbot, view)
    assert len(model.cached_pages()) <= 4
    assert [row.number for row in shown_rows_in(view, range(0, 10))] == [r.number for r in expected[:10]]
    qtmodeltester.check(model)


def shown_rows_in(view: CasesView, rows: range) -> list[CaseRow]:
    found = [view.model.row_at(row) for row in rows]
    assert all(row is not None for row in found)
    return [row for row in found if row is not None]


def test_search_is_debounced_and_narrows_the_list(qtbot: QtBot, demo_ui: Harness) -> None:
    view = open_view(qtbot, demo_ui)
    desk = demo_ui.context.desk
    target = cases.list_cases(desk, limit=40)[17]
    family = target.worker_name.split()[-1]
    qtbot.keyClicks(view.search, family)
    assert view.search_timer.isActive()  # waits for the officer to stop typing
    assert view.model.query is not None and view.model.query.filter.text == ""
    qtbot.waitUntil(lambda: view.model.query is not None and view.model.query.filter.text == family)
    settle(qtbot, view)
    rows = shown_rows(view)
    assert target.number in [row.number for row in rows]
    assert len(rows) == cases.count_cases(desk, cases.CaseFilter(text=family)) < 40
    assert view.count_label.text().startswith(f"{len(rows)} ")

    view.search.setText("zzzqqq")
    view.apply_filters()  # Enter applies at once
    settle(qtbot, view)
    assert view.model.rowCount() == 0
    assert view.stack.currentWidget() is view.no_match
    view.clear_filters()
    settle(qtbot, view)
    assert view.model.rowCount() == 40 and view.stack.currentWidget() is view.table
    assert view.search.text() == ""


def test_stage_filter_and_open_cases(qtbot: QtBot, demo_ui: Harness) -> None:
    view = open_view(qtbot, demo_ui)
    desk = demo_ui.context.desk
    view.stage.setCurrentIndex(view.stage.findData("open"))
    settle(qtbot, view)
    rows = shown_rows(view)
    assert rows and all(row.status not in ("resolved", "closed") for row in rows)
    assert len(rows) == cases.count_cases(desk, cases.CaseFilter(open_only=True)) < 40
    status = rows[0].status
    view.stage.setCurrentIndex(view.stage.findData(status))
    settle(qtbot, view)
    rows = shown_rows(view)
    assert {row.status for row in rows} == {status}
    assert len(rows) == cases.count_cases(desk, cases.CaseFilter(statuses=(status,)))


def _open_case(desk: Desk, name: str, day: date, **case: object) -> str:
    return cases.open_case(
        desk,
        WorkerInput(full_name=name, destination_country="MY"),
        cases.CaseInput(category="unpaid_wages", reported_on=day, **case),  # type: ignore[arg-type]
        today=day,
    ).number


def test_overdue_follows_the_working_day_calendar(qtbot: QtBot, empty_ui: Harness) -> None:
    """Verification is due in 3 working days. Opened on Monday 16 March 2026 with an Indonesian lead,
    Nyepi (Thursday 19) does not count: due Friday 20, overdue from Monday 23, not on the 20th."""
    desk = empty_ui.context.desk
    late = _open_case(desk, "Siti Aminah", MONDAY, lead_agency_code="BP2MI")
    _open_case(desk, "Dewi Lestari", date(2026, 3, 20), lead_agency_code="BP2MI")
    today = [date(2026, 3, 20)]
    empty_ui.context.today = lambda: today[0]
    view = open_view(qtbot, empty_ui)
    assert view.model.rowCount() == 2
    assert not any(row.overdue for row in shown_rows(view))
    view.overdue.click()
    settle(qtbot, view)
    assert view.model.rowCount() == 0
    assert view.stack.currentWidget() is view.no_match

    today[0] = date(2026, 3, 23)  # after the weekend
    view.refresh()
    settle(qtbot, view)
    rows = shown_rows(view)
    assert [row.number for row in rows] == [late]
    assert rows[0].overdue
    marker = view.model.index(0, CaseRegisterModel.MARKERS)
    assert marker.data(Qt.ItemDataRole.DecorationRole) is not None
    assert "overdue" in marker.data(Qt.ItemDataRole.ToolTipRole)
    assert view.stack.currentWidget() is view.table

    view.overdue.click()
    settle(qtbot, view)
    assert view.model.rowCount() == 2


def test_my_agency_owes_and_assigned_to_me(qtbot: QtBot, empty_ui: Harness) -> None:
    desk = empty_ui.context.desk
    mine = _open_case(desk, "Siti Aminah", MONDAY, officer_usernames=("admin",))  # KBRI-KUL leads
    _open_case(desk, "Dewi Lestari", MONDAY, lead_agency_code="BP2MI")
    view = open_view(qtbot, empty_ui)
    assert view.owes.isEnabled() and view.mine.isEnabled()
    view.mine.click()
    settle(qtbot, view)
    assert [row.number for row in shown_rows(view)] == [mine]
    view.mine.click()
    view.owes.click()
    settle(qtbot, view)
    assert view.model.query is not None and view.model.query.filter.owed_by_agency == "KBRI-KUL"
    assert [row.number for row in shown_rows(view)] == [mine]


def _click_header(qtbot: QtBot, view: CasesView, column: int) -> None:
    header = view.table.horizontalHeader()
    position = header.sectionViewportPosition(column) + 10
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(position, 5))


def test_sorting_by_a_header_orders_in_sql(qtbot: QtBot, demo_ui: Harness) -> None:
    view = open_view(qtbot, demo_ui)
    header = view.table.horizontalHeader()
    _click_header(qtbot, view, CaseRegisterModel.NUMBER)
    settle(qtbot, view)
    numbers = [row.number for row in shown_rows(view)]
    assert numbers == sorted(numbers)
    assert view.model.query is not None and view.model.query.sort == "number"
    _click_header(qtbot, view, CaseRegisterModel.NUMBER)
    settle(qtbot, view)
    assert [row.number for row in shown_rows(view)] == sorted(numbers, reverse=True)
    assert header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder

    _click_header(qtbot, view, CaseRegisterModel.LEAD)  # not sortable: the order stays
    settle(qtbot, view)
    assert header.sortIndicatorSection() == CaseRegisterModel.NUMBER
    assert view.model.query.sort == "number"

    _click_header(qtbot, view, CaseRegisterModel.PRIORITY)
    settle(qtbot, view)
    priorities = [row.priority for row in shown_rows(view)]
    assert priorities == sorted(priorities)


def test_a_saved_filter_round_trips(qtbot: QtBot, demo_ui: Harness) -> None:
    view = open_view(qtbot, demo_ui)
    view.stage.setCurrentIndex(view.stage.findData("open"))
    view.priority.setCurrentIndex(view.priority.findData(2))
    view.country.set_current_key("MY")
    view.overdue.setChecked(True)
    view.search.setText("a")
    view.apply_filters()
    settle(qtbot, view)
    wanted = view.current_state()
    assert wanted == FilterState(text="a", stage="open", country="MY", priority=2, overdue=True)
    view.save_filter("  Mendesak   Malaysia ")
    stored = json.loads(QSettings().value(SAVED_FILTERS_KEY))
    assert stored["Mendesak Malaysia"]["country"] == "MY"

    view.clear_filters()
    settle(qtbot, view)
    assert view.current_state() == FilterState()
    assert view.saved.currentIndex() == -1

    other = show_loaded(qtbot, CasesView(demo_ui.context))  # another window reads QSettings afresh
    settle(qtbot, other)
    index = other.saved.findText("Mendesak Malaysia")
    assert index >= 0
    other.saved.setCurrentIndex(index)
    other.saved.activated.emit(index)
    settle(qtbot, other)
    assert other.current_state() == wanted
    assert other.model.query is not None and other.model.query.filter == cases.CaseFilter(
        open_only=True, country="MY", priority=2, overdue=True, text="a"
    )
    assert other.delete_button.isEnabled()
    other.delete_saved_filter()
    assert json.loads(QSettings().value(SAVED_FILTERS_KEY)) == {}
    assert other.saved.count() == 0


@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
def test_export_writes_the_current_filter(
    qtbot: QtBot, demo_ui: Harness, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, suffix: str
) -> None:
    view = open_view(qtbot, demo_ui)
    view.stage.setCurrentIndex(view.stage.findData("open"))
    settle(qtbot, view)
    expected = view.model.total
    target = tmp_path / f"register{suffix}"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(target), ""))
    view.export_button.click()
    from ui.dialogs.passphrase import PassphraseDialog

    encrypt = view.findChild(PassphraseDialog)  # encrypted unless the officer chooses otherwise
    assert encrypt is not None and encrypt.plain is not None
    encrypt.plain.click()
    wait_loaded(qtbot, view)
    assert target.is_file()
    sheet = spreadsheet.read_sheet(target)
    assert sheet.headers[0] == "Case number"
    assert len(sheet.rows) == expected
    assert {row[2] for row in sheet.rows} <= {"Intake", "Verification", "First clarification",
                                               "Second clarification", "Mediation", "Referred"}  # fmt: skip
    assert target.name in view.notice.text()
    assert QSettings().value("cases/export_folder") == str(tmp_path)
    if suffix == ".xlsx":
        from openpyxl import load_workbook

        book = load_workbook(target, read_only=True)
        assert sum(1 for _ in book.worksheets[0].iter_rows()) == expected + 1
        book.close()


def _fake_module(monkeypatch: pytest.MonkeyPatch, name: str, **attributes: object) -> None:
    module = types.ModuleType(name)
    for key, value in attributes.items():
        setattr(module, key, value)
    monkeypatch.setitem(sys.modules, name, module)


def test_double_click_and_enter_open_the_case(
    qtbot: QtBot, demo_ui: Harness, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[str] = []
    _fake_module(
        monkeypatch,
        "ui.views.case_detail",
        open_case=lambda context, number, parent=None: opened.append(number),
    )
    view = open_view(qtbot, demo_ui)
    second = view.model.row_at(1)
    assert second is not None
    rect = view.table.visualRect(view.model.index(1, CaseRegisterModel.WORKER))
    # Qt 6's QTest sends a double click without the press before it, which item views ignore
    qtbot.mousePress(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert opened == [second.number]
    view.table.setFocus()
    view.table.setCurrentIndex(view.model.index(2, CaseRegisterModel.NUMBER))
    qtbot.keyClick(view.table, Qt.Key.Key_Return)
    assert opened[-1] == view.model.row_at(2).number  # type: ignore[union-attr]


def test_new_case_opens_the_case_it_registered(
    qtbot: QtBot, demo_ui: Harness, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[str] = []

    class FakeNewCaseDialog(QDialog):
        def __init__(self, context: object, parent: QWidget | None = None) -> None:
            super().__init__(parent)
            self.opened_number: str | None = None

        def open(self) -> None:
            self.opened_number = "KBRI-KUL/2026/00099"
            self.accept()

    _fake_module(monkeypatch, "ui.dialogs.new_case", NewCaseDialog=FakeNewCaseDialog)
    _fake_module(
        monkeypatch,
        "ui.views.case_detail",
        open_case=lambda context, number, parent=None: opened.append(number),
    )
    view = open_view(qtbot, demo_ui)
    view.window().activateWindow()
    qtbot.waitUntil(view.isActiveWindow)
    qtbot.keyClick(view.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert opened == ["KBRI-KUL/2026/00099"]


def test_ctrl_f_focuses_the_search(qtbot: QtBot, demo_ui: Harness) -> None:
    view = open_view(qtbot, demo_ui)
    view.activateWindow()
    qtbot.waitUntil(view.isActiveWindow)
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert view.search.hasFocus()


def test_a_change_keeps_the_selected_case(qtbot: QtBot, demo_ui: Harness) -> None:
    view = open_view(qtbot, demo_ui)
    chosen = view.model.row_at(5)
    assert chosen is not None
    view.table.selectRow(5)
    assert view.selected_case_id() == chosen.id
    desk = demo_ui.context.desk
    _open_case(desk, "Kasus Baru", date.today())  # reported today: the newest, at the top
    with qtbot.waitSignal(demo_ui.context.bus.changed):
        demo_ui.context.bus.announce(Changes(frozenset({"case_file"})))
    settle(qtbot, view)
    assert view.model.rowCount() == 41
    assert view.model.row_at(0).worker_name == "Kasus Baru"  # type: ignore[union-attr]
    assert view.selected_case_id() == chosen.id
    assert view.table.currentIndex().row() == 6


def test_the_count_reads_in_indonesian(
    qtbot: QtBot, demo_ui: Harness, monkeypatch: pytest.MonkeyPatch
) -> None:
    use_real_language(monkeypatch, "id")
    demo_ui.language = "id"
    view = open_view(qtbot, demo_ui)
    assert view.count_label.text() == "40 kasus"
    assert view.title() == "Kasus"
    assert view.model.headerData(CaseRegisterModel.STATUS, Qt.Orientation.Horizontal) == "Tahap"


def test_down_from_the_search_goes_to_the_list(qtbot: QtBot, demo_ui: Harness) -> None:
    view = open_view(qtbot, demo_ui)
    view.activateWindow()
    qtbot.waitUntil(view.isActiveWindow)
    view.focus_search()
    qtbot.keyClick(view.search, Qt.Key.Key_Down)
    assert view.table.hasFocus()
    assert view.table.currentIndex().row() == 0
    assert view.selected_case_id() == view.model.row_at(0).id  # type: ignore[union-attr]


def test_damaged_saved_filters_are_ignored(qtbot: QtBot, demo_ui: Harness) -> None:
    QSettings().setValue(SAVED_FILTERS_KEY, "{not json")
    view = open_view(qtbot, demo_ui)
    assert view.saved.count() == 0 and not view.saved.isEnabled()
    QSettings().setValue(SAVED_FILTERS_KEY, json.dumps({"Lama": {"stage": 3, "priority": 9, "overdue": 1}}))
    assert saved_filters() == {"Lama": FilterState(stage="", priority=0, overdue=True)}
