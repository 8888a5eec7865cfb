"""Retention: rules with defaults, the review list, and anonymisation through the change
capture (audited, searchable no more, refused for what is not due)."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select

from app.errors import DomainError
from app.models import Attachment, Case, CaseStatus, TimelineEntry, Worker
from app.services import audit, cases, retention
from app.services.desk import Desk

TODAY = date(2026, 12, 1)


def _close_long_ago(desk: Desk, number: str, closed_on: date) -> Case:
    with desk.write() as session:
        case = session.scalars(select(Case).where(Case.number == number)).one()
        case.status, case.closed_on = CaseStatus.CLOSED, closed_on
        return case


def test_rules_have_defaults_and_are_validated(desk: Desk) -> None:
    assert {(r.kind, r.years) for r in retention.rules(desk)} == {("closed_case", 5), ("communication", 3)}
    retention.set_rule(desk, "closed_case", 10)
    assert next(r for r in retention.rules(desk) if r.kind == "closed_case").years == 10
    with pytest.raises(DomainError, match="between 1 and 50"):
        retention.set_rule(desk, "closed_case", 0)
    with pytest.raises(DomainError, match="Unknown kind"):
        retention.set_rule(desk, "letters", 3)


def test_a_case_closed_long_ago_is_due_and_anonymised(demo_desk: Desk) -> None:
    rows = cases.list_cases(demo_desk, limit=100)
    with demo_desk.read() as session:
        single = set(
            session.scalars(select(Case.worker_id).group_by(Case.worker_id).having(func.count(Case.id) == 1))
        )
        workers = {
            case_id: worker_id for case_id, worker_id in session.execute(select(Case.id, Case.worker_id))
        }
    row = next(r for r in rows if workers[r.id] in single)  # the worker's only case
    _close_long_ago(demo_desk, row.number, date(2020, 6, 30))
    _close_long_ago(demo_desk, rows[-1].number, date(2024, 1, 1))  # not due yet

    due = retention.due(demo_desk, today=TODAY)
    assert [(i.label, i.ended_on, i.due_on) for i in due if i.kind == "closed_case"] == [
        (row.number, date(2020, 6, 30), date(2025, 6, 30))
    ]
    with pytest.raises(DomainError, match="not due"):
        retention.anonymise(demo_desk, [("case_file", rows[-1].id)], today=TODAY)

    before = audit.count_entries(demo_desk)
    assert retention.anonymise(demo_desk, [("case_file", row.id)], today=TODAY) == 1
    with demo_desk.read() as session:
        case = session.get(Case, row.id)
        assert case is not None and case.anonymised_at is not None
        assert (case.summary, case.complainant_name, case.complainant_phone) == ("—", "", "")
        worker = session.get(Worker, case.worker_id)
        assert worker is not None and worker.anonymised_at is not None
        assert (worker.full_name, worker.nik, worker.phone, worker.birth_date) == ("—", None, "", None)
        notes = session.scalars(select(TimelineEntry.note).where(TimelineEntry.case_id == row.id)).all()
        assert all(n == "" for n in notes)
        live_scans = session.scalar(
            select(func.count(Attachment.id)).where(
                Attachment.case_id == row.id, Attachment.deleted_at.is_(None)
            )
        )
        assert live_scans == 0
    assert audit.count_entries(demo_desk) > before  # through the change capture
    assert audit.verify_chain(demo_desk).ok
    assert row.number not in {i.label for i in retention.due(demo_desk, today=TODAY)}
    found = cases.list_cases(demo_desk, cases.CaseFilter(text=row.worker_name), limit=100)
    assert row.id not in {f.id for f in found}  # the search index forgot the name too
