"""The Dashboard in the real main window on demo data: follow an overdue line to its case,
change the period and see the figures move, export a chart to PNG and XLSX and read them back."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from pytestqt.qtbot import QtBot

from app.services import dashboard
from tests.gui.views_support import wait_loaded
from ui.views.case_detail import open_windows


def _dashboard(qtbot: QtBot, main_window):  # type: ignore[no-untyped-def]
    main_window.show_view(0)
    view = main_window.view(0)
    wait_loaded(qtbot, view)
    qtbot.waitUntil(lambda: view.data is not None, timeout=10_000)
    return view


def test_the_dashboard_is_the_first_view_and_an_overdue_line_opens_its_case(
    qtbot: QtBot, main_window
) -> None:  # type: ignore[no-untyped-def]
    view = _dashboard(qtbot, main_window)
    assert main_window.stack.currentWidget() is view
    assert view.tabs.currentIndex() == 0  # Today first
    rows = [r for r, line in enumerate(view.today.lines) if line.overdue and line.target.kind == "case"]
    assert rows, "the demo has overdue case steps"
    line = view.today.lines[rows[0]]
    assert "overdue" in view.today.item(rows[0], 0).text()
    view.today.setCurrentCell(rows[0], 0)
    view.today.itemActivated.emit(view.today.item(rows[0], 0))
    qtbot.waitUntil(lambda: any(w.number == line.target.key for w in open_windows()), timeout=10_000)
    window = next(w for w in open_windows() if w.number == line.target.key)
    assert line.target.key in window.windowTitle()
    window.close()


def test_changing_the_period_moves_the_figures(qtbot: QtBot, main_window) -> None:  # type: ignore[no-untyped-def]
    view = _dashboard(qtbot, main_window)
    before = view.data
    assert before is not None and before.cases.new > 0
    today = main_window.context.today()
    first = date(today.year, today.month, 1)
    view.set_period(first, today)
    qtbot.waitUntil(lambda: view.data is not before and view.data.filter.first == first, timeout=10_000)
    wait_loaded(qtbot, view)
    expected = dashboard.dashboard(
        main_window.context.desk, dashboard.DashboardFilter(first, today), language="en", today=today
    )
    assert view.data.cases.new == expected.cases.new < before.cases.new
    assert view.tile_new.value_text() == str(expected.cases.new)
    assert len(view.trend.data.rows) == 1  # one month in the period
    # a period that ends before it starts is refused next to the filter; the figures stay
    shown = view.data
    view.set_period(today, first.replace(year=first.year - 1))
    assert view.problem.text() == "The period ends before it starts."
    assert view.data is shown


def test_a_chart_exports_to_png_and_xlsx(qtbot: QtBot, main_window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    view = _dashboard(qtbot, main_window)
    card = view.by_stage
    assert card._stack is None  # a chart on a tab not yet opened is not built at start-up
    view.tabs.setCurrentIndex(1)
    assert card._stack is not None and card._chart.series()  # opening the tab drew it
    qtbot.mouseClick(card.toggle, Qt.MouseButton.LeftButton)
    assert card.stack.currentWidget() is card.table  # the numbers, a click away
    assert card.table.rowCount() == len(card.data.rows) > 0
    png = card.export_png(tmp_path / "stages.png")
    image = QImage(str(png))
    assert not image.isNull() and image.width() > 200 and image.height() > 100
    xlsx = card.export_xlsx(tmp_path / "stages.xlsx")
    sheet = load_workbook(xlsx).active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0] == ("", "Cases") or rows[0] == (None, "Cases")
    assert [(name, value) for name, value in rows[1:]] == [(name, v[0]) for name, v in card.data.rows]
    assert sum(value for _, value in rows[1:]) == view.data.cases.new


def test_the_period_reads_day_first_and_a_country_says_meetings_are_office_wide(
    qtbot: QtBot, main_window
) -> None:  # type: ignore[no-untyped-def]
    view = _dashboard(qtbot, main_window)
    today = main_window.context.today()
    first, _ = dashboard.default_period(today)
    assert view.first.text() == first.strftime("%d/%m/%Y")  # as an Indonesian writes a date
    assert view.last.text() == today.strftime("%d/%m/%Y")
    # typed like a person: the first of this month, day first, then Enter
    before = view.data
    month = date(today.year, today.month, 1)
    view.first.clear()
    qtbot.keyClicks(view.first, month.strftime("%d/%m/%Y"))
    qtbot.keyClick(view.first, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.data is not before and view.data.filter.first == month, timeout=10_000)
    assert view.first.text() == month.strftime("%d/%m/%Y")
    # the meeting and exchange figures are the office's: a chosen country says so
    view.tabs.setCurrentIndex(2)
    assert view.office_wide_note.isHidden()
    shown = view.data
    view.country.setCurrentIndex(view.country.findData("MY"))
    qtbot.waitUntil(lambda: view.data is not shown and view.data.filter.country == "MY", timeout=10_000)
    assert not view.office_wide_note.isHidden()
    assert "whole office" in view.office_wide_note.text()
    assert "the whole office" in view.meetings.note.text()
