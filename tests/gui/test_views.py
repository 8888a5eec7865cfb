"""The main-window pages over a real database: each shows what the services say."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QDate, QLocale, QPoint, Qt
from pytestqt.qtbot import QtBot

from app.services import cases, demo, office, reference
from app.services.desk import Desk
from tests.gui.views_support import Harness, harness, show_loaded, use_real_language, wait_loaded
from ui import labels
from ui.events import Changes
from ui.models.case_register import CaseRegisterModel
from ui.views import VIEW_CLASSES
from ui.views.cases import CasesView
from ui.views.correspondence import CorrespondenceView
from ui.views.dashboard import DashboardView
from ui.views.meetings import MeetingsView
from ui.views.sync import SyncView


@pytest.fixture
def demo_ui(demo_desk: Desk) -> Iterator[Harness]:
    with harness(demo_desk) as state:
        yield state


@pytest.fixture
def empty_ui(desk: Desk) -> Iterator[Harness]:
    with harness(desk) as state:
        yield state


def test_dashboard_shows_the_services_counts(qtbot: QtBot, demo_ui: Harness) -> None:
    from app.services import dashboard

    view = show_loaded(qtbot, DashboardView(demo_ui.context))
    flt = view.current_filter()
    assert flt is not None
    expected = dashboard.dashboard(demo_ui.context.desk, flt, language="en", today=demo_ui.context.today())
    assert expected.cases.open > 0
    assert view.tile_open.value_text() == str(expected.cases.open)
    assert view.tile_new.value_text() == str(expected.cases.new)
    assert view.tile_urgent.value_text() == str(expected.cases.life_threatening_open)
    assert [name for name, _ in view.by_stage.data.rows][:2] == ["Intake", "Verification"]
    assert sum(v[0] or 0 for _, v in view.by_stage.data.rows) == expected.cases.new
    assert view.header.title.text() == "KBRI Kuala Lumpur"


def test_dashboard_of_a_new_desk_shows_zeros_and_no_bars(qtbot: QtBot, empty_ui: Harness) -> None:
    view = show_loaded(qtbot, DashboardView(empty_ui.context))
    assert view.tile_open.value_text() == "0"
    assert view.by_stage.data.rows == ()
    assert view.by_stage.chart.title() == "Nothing in this period"


def test_cases_table_lists_the_register(
    qtbot: QtBot, qtmodeltester, demo_ui: Harness, monkeypatch: pytest.MonkeyPatch
) -> None:
    use_real_language(monkeypatch, "en")  # English plurals ("40 cases") come from jejaring_en.ts
    view = show_loaded(qtbot, CasesView(demo_ui.context))
    desk = demo_ui.context.desk
    total = cases.count_cases(desk)
    assert view.model.rowCount() == total == 40
    assert view.count_label.text() == "40 cases"
    assert view.stack.currentWidget() is view.table
    qtmodeltester.check(view.model)

    newest = cases.recent_cases(desk, limit=1)[0]
    first = view.model.row_at(0)
    assert first is not None and first.reported_on == newest.reported_on
    status = view.model.index(0, CaseRegisterModel.STATUS).data()
    assert status == labels.case_status_label(first.status) and "_" not in status
    shown = [view.model.row_at(row) for row in range(view.model.rowCount())]
    urgent = [row for row in shown if row is not None and row.life_threatening]
    assert len(urgent) == sum(1 for row in cases.recent_cases(desk) if row.life_threatening)


def test_cases_sort_by_clicking_a_header(qtbot: QtBot, demo_ui: Harness) -> None:
    view = show_loaded(qtbot, CasesView(demo_ui.context))
    header = view.table.horizontalHeader()
    position = header.sectionViewportPosition(CaseRegisterModel.WORKER) + 10
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(position, 5))
    wait_loaded(qtbot, view)
    names = [view.model.index(row, CaseRegisterModel.WORKER).data() for row in range(view.model.rowCount())]
    assert names in (sorted(names), sorted(names, reverse=True))
    assert header.sortIndicatorSection() == CaseRegisterModel.WORKER


def test_case_dates_follow_the_interface_language(qtbot: QtBot, demo_ui: Harness) -> None:
    view = show_loaded(qtbot, CasesView(demo_ui.context))
    row = view.model.row_at(0)
    assert row is not None
    cell = view.model.index(0, CaseRegisterModel.REPORTED)
    english = QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
    assert cell.data() == english.toString(QDate(row.reported_on), QLocale.FormatType.ShortFormat)
    demo_ui.language = "id"
    view.retranslate()
    indonesian = QLocale(QLocale.Language.Indonesian, QLocale.Country.Indonesia)
    assert cell.data() == indonesian.toString(QDate(row.reported_on), QLocale.FormatType.ShortFormat)
    country = view.model.index(0, CaseRegisterModel.COUNTRY).data()
    assert country in {c.name_id for c in reference.countries(demo_ui.context.desk)}


def test_cases_view_refreshes_when_cases_are_added(
    qtbot: QtBot, empty_ui: Harness, monkeypatch: pytest.MonkeyPatch
) -> None:
    use_real_language(monkeypatch, "en")
    view = show_loaded(qtbot, CasesView(empty_ui.context))
    assert view.stack.currentWidget() is view.empty
    assert view.count_label.text() == "0 cases"
    assert "Settings" in view.empty.hint.text()
    demo.load_demo(empty_ui.context.desk, cases=1, seed=3)
    with qtbot.waitSignal(empty_ui.context.bus.changed):
        empty_ui.context.bus.announce(Changes(frozenset({"case_file"})))
    wait_loaded(qtbot, view)
    assert view.model.rowCount() == 1
    assert view.count_label.text() == "1 case"
    assert view.stack.currentWidget() is view.table


def test_meetings_say_what_they_will_hold(qtbot: QtBot, empty_ui: Harness) -> None:
    meetings = show_loaded(qtbot, MeetingsView(empty_ui.context))
    assert meetings.header.subtitle.text().startswith("No forum yet: create one with its cadence")


def test_correspondence_lists_are_paged_models(qtbot: QtBot, qtmodeltester, demo_ui: Harness) -> None:
    view = show_loaded(qtbot, CorrespondenceView(demo_ui.context))
    qtbot.waitUntil(lambda: not demo_ui.context.tasks.busy, timeout=10_000)
    incoming = view.letter_models["in"]
    assert incoming.rowCount() == incoming.total > 0
    assert view.comm_model.rowCount() > 0
    for model in (incoming, view.letter_models["out"], view.comm_model, view.disposition_model):
        qtmodeltester.check(model)
    assert "Choose a letter" in view.detail.toPlainText()


def test_sync_view_shows_this_site_and_the_others(qtbot: QtBot, qtmodeltester, demo_ui: Harness) -> None:
    view = show_loaded(qtbot, SyncView(demo_ui.context))
    desk = demo_ui.context.desk
    assert view.site_values["code"].text() == "KBRI-KUL"
    assert view.site_values["country"].text() == "Kuala Lumpur, Malaysia"
    others = [s.code for s in reference.sites(desk) if s.code != "KBRI-KUL"]
    assert sorted(s.code for s in view.sites_model.rows()) == sorted(others)
    assert view.log_count.text() == labels.number(office.overview(desk).changes, "en")
    hub = next(row for row in range(view.sites_model.rowCount()) if view.sites_model.rows()[row].is_hub)
    assert view.sites_model.index(hub, 5).data() == "Yes"
    qtmodeltester.check(view.sites_model)


@pytest.mark.parametrize("view_class", VIEW_CLASSES, ids=lambda cls: cls.__name__)
def test_every_view_survives_a_language_switch(qtbot: QtBot, empty_ui: Harness, view_class: type) -> None:
    view = show_loaded(qtbot, view_class(empty_ui.context))
    assert view.title()
    empty_ui.language = "id"
    view.retranslate()
    view.refresh()
    wait_loaded(qtbot, view)
    assert view.title()
