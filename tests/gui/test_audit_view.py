"""The Audit view in the real main window: filter by record and action, see what an entry
changed, verify the chain (and see a forged row named), export; opening a case is logged."""

from __future__ import annotations

import csv
import re
from pathlib import Path

from pytestqt.qtbot import QtBot
from sqlalchemy import text

from app.labels import CASE_STATUS_LABELS
from app.services import cases
from app.services.desk import Desk
from tests.gui.views_support import settle
from ui.context import UiContext
from ui.views import case_detail
from ui.views.audit import AuditView


def _audit_view(qtbot: QtBot, window: object, context: UiContext) -> AuditView:
    index = next(i for i, v in enumerate(window.views) if isinstance(v, AuditView))  # type: ignore[attr-defined]
    window.navigation.setCurrentRow(index)  # type: ignore[attr-defined]
    view = window.views[index]  # type: ignore[attr-defined]
    assert isinstance(view, AuditView)
    settle(qtbot, context, quiet_ms=350)
    return view


def test_filter_inspect_verify_and_export(
    qtbot: QtBot, main_window: object, ui_context: UiContext, demo_desk: Desk, tmp_path: Path
) -> None:
    view = _audit_view(qtbot, main_window, ui_context)
    assert view.model.total > 100 and view.model.rows[0].id > view.model.rows[-1].id

    row = cases.list_cases(demo_desk, limit=1)[0]
    window = case_detail.open_case(ui_context, row.number, main_window)  # type: ignore[arg-type]
    qtbot.waitUntil(lambda: window.data is not None, timeout=20_000)
    settle(qtbot, ui_context, quiet_ms=350)
    window.close()

    qtbot.keyClicks(view.record, row.number)
    settle(qtbot, ui_context, quiet_ms=350)
    entities = {e.entity for e in view.model.rows}
    assert entities <= {"case_file", "worker"} and "case_file" in entities
    newest = view.model.rows[0]
    assert (newest.action, newest.row_id, newest.changes) == ("read", row.id, {"view": "case_window"})

    view.action.setCurrentIndex(view.action.findData("insert"))
    settle(qtbot, ui_context, quiet_ms=350)
    assert {e.action for e in view.model.rows} == {"insert"}
    worker = next(i for i, e in enumerate(view.model.rows) if e.entity == "worker")
    view.table.selectRow(worker)
    fields = {
        view.detail.item(r, 0).text(): view.detail.item(r, 2).text() for r in range(view.detail.rowCount())
    }
    assert fields["Full name"] == row.worker_name and view.detail.item(0, 1).text() == "—"
    case = next(i for i, e in enumerate(view.model.rows) if e.entity == "case_file")
    view.table.selectRow(case)
    fields = {
        view.detail.item(r, 0).text(): view.detail.item(r, 2).text() for r in range(view.detail.rowCount())
    }
    assert fields["Status"] in set(CASE_STATUS_LABELS.values())  # a stage by its name, not its code
    assert re.fullmatch(r"\d\d/\d\d/\d{4}", fields["Reported on"])  # a day as officers write it

    view.verify_button.click()
    settle(qtbot, ui_context, quiet_ms=350)
    assert view.message.isVisible() and "Audit trail intact:" in view.message.text()

    with demo_desk.db.engine.begin() as connection:
        victim = connection.scalar(text("SELECT max(id) FROM audit_entry WHERE action = 'update'"))
        connection.execute(text("UPDATE audit_entry SET actor = 'intruder' WHERE id = :id"), {"id": victim})
    view.verify_button.click()
    settle(qtbot, ui_context, quiet_ms=350)
    assert (
        f"Audit entry {victim} (" in view.message.text() and "by intruder) was altered" in view.message.text()
    )

    out = tmp_path / "trail.csv"
    view.export_to(out)
    settle(qtbot, ui_context, quiet_ms=350)
    with open(out, encoding="utf-8-sig") as handle:
        rows = list(csv.reader(handle))
    assert len(rows) == view.model.total + 1 and {r[4] for r in rows[1:]} == {"created"}
    assert "entries written to trail.csv" in view.message.text()

    view.export_to(tmp_path / "trail.xlsx", "frasa sandi audit")  # encrypted (app/outgoing.py)
    settle(qtbot, ui_context, quiet_ms=350)
    assert (tmp_path / "trail.xlsx.age").read_bytes().startswith(b"age-encryption.org/v1")
    assert not (tmp_path / "trail.xlsx").exists()
    assert "entries written to trail.xlsx.age" in view.message.text()


def test_a_bad_record_is_said_in_words(qtbot: QtBot, main_window: object, ui_context: UiContext) -> None:
    view = _audit_view(qtbot, main_window, ui_context)
    qtbot.keyClicks(view.record, "NOT/A/CASE")
    settle(qtbot, ui_context, quiet_ms=350)
    assert view.message.isVisible() and "neither ENTITY:ID nor a case number" in view.message.text()


def test_retention_tab_lists_what_is_due_and_anonymises_it(
    qtbot: QtBot, main_window: object, ui_context: UiContext, demo_desk: Desk
) -> None:
    from datetime import date

    from sqlalchemy import select

    from app.models import Case, CaseStatus
    from app.services import retention

    row = cases.list_cases(demo_desk, limit=1)[0]
    with demo_desk.write() as session:
        case = session.scalars(select(Case).where(Case.number == row.number)).one()
        case.status, case.closed_on = CaseStatus.CLOSED, date(2019, 5, 2)
    view = _audit_view(qtbot, main_window, ui_context)
    view.tabs.setCurrentIndex(1)
    panel = view.retention
    settle(qtbot, ui_context, quiet_ms=350)
    labels_shown = [panel.table.item(r, 1).text() for r in range(panel.table.rowCount())]
    assert row.number in labels_shown and panel.anonymise_button.isEnabled()

    panel.years["closed_case"].setValue(12)
    panel.rule_buttons["closed_case"].click()
    settle(qtbot, ui_context, quiet_ms=350)
    assert next(r for r in retention.rules(demo_desk) if r.kind == "closed_case").years == 12
    assert row.number not in [panel.table.item(r, 1).text() for r in range(panel.table.rowCount())]

    panel.years["closed_case"].setValue(5)
    panel.rule_buttons["closed_case"].click()
    settle(qtbot, ui_context, quiet_ms=350)
    panel.anonymise_selected(confirm=False)
    assert "Select the records" in panel.message.text()
    index = [panel.table.item(r, 1).text() for r in range(panel.table.rowCount())].index(row.number)
    panel.table.selectRow(index)
    panel.anonymise_selected(confirm=False)
    settle(qtbot, ui_context, quiet_ms=350)
    assert panel.message.text().startswith("1 record")  # the English plural comes from jejaring_en.qm
    assert row.number not in {i.label for i in retention.due(demo_desk)}


def test_breaches_tab_registers_notifies_and_prints(
    qtbot: QtBot, main_window: object, ui_context: UiContext, tmp_path: Path
) -> None:
    from PySide6.QtCore import QDateTime

    from ui.views.breach_panel import BreachDialog

    view = _audit_view(qtbot, main_window, ui_context)
    view.tabs.setCurrentIndex(2)
    panel = view.breaches
    settle(qtbot, ui_context, quiet_ms=350)
    assert panel.table.rowCount() == 0 and not panel.letter_button.isEnabled()
    panel.add_button.click()
    dialog = panel.dialog
    assert isinstance(dialog, BreachDialog)
    dialog.save()  # nothing said about what happened
    settle(qtbot, ui_context, quiet_ms=350)
    assert "Say what happened" in dialog.visible_errors()["description"]
    dialog.found_at.setDateTime(QDateTime.currentDateTime().addDays(-5))
    qtbot.keyClicks(dialog.description, "A laptop with the register was stolen.")
    dialog.subjects.setValue(40)
    dialog.save()
    settle(qtbot, ui_context, quiet_ms=350)
    assert panel.table.rowCount() == 1
    assert "(overdue)" in panel.table.item(0, 2).text()

    panel.audience.setCurrentIndex(0)
    panel.record_notice()
    settle(qtbot, ui_context, quiet_ms=350)
    panel.audience.setCurrentIndex(1)
    panel.record_notice()
    settle(qtbot, ui_context, quiet_ms=350)
    assert "(overdue)" not in panel.table.item(0, 2).text() and panel.table.item(0, 4).text() != "—"

    out = tmp_path / "notice.pdf"
    panel.audience.setCurrentIndex(0)
    panel.print_letter(str(out))
    settle(qtbot, ui_context, quiet_ms=350)
    from pypdf import PdfReader

    text = PdfReader(str(out)).pages[0].extract_text()
    assert "The Personal Data Protection Authority" in text and "(3 x 24 hours)" in text
    assert "saved to notice.pdf" in panel.message.text()
