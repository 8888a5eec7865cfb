"""Retention (UU 27/2022: data ends when its retention period ends): how long each kind of record
is kept after its end, the review list of what is due, and anonymisation.

Anonymising blanks the personal fields of a record in an ordinary write, so the change capture
audits it and sync carries it to every site that holds the record; the rows stay (tombstones and
numbers keep the registers whole). A worker is anonymised with the last of their cases.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date
from typing import Any

from dateutil.relativedelta import relativedelta
from sqlalchemy import and_, exists, select
from sqlalchemy.orm import Session, aliased

from app.errors import ValidationError
from app.i18n import QT_TRANSLATE_NOOP
from app.models import Attachment, Case, CaseStatus, RetentionRule, TimelineEntry, TimelineKind, Worker
from app.models.base import utcnow
from app.models.correspondence import Communication
from app.services import access
from app.services.desk import Desk

#: kind -> (default years, what it covers), shown in Settings and by `retention rules`
KINDS: dict[str, tuple[int, str]] = {
    "closed_case": (5, QT_TRANSLATE_NOOP("retention", "Closed cases, counted from the day they closed")),
    "communication": (
        3,
        QT_TRANSLATE_NOOP(
            "retention", "Communications not about a case, counted from the day they were logged"
        ),
    ),
}
MAX_YEARS = 50
#: what an anonymised worker is called (the record stays, so registers and numbers hold)
ANONYMOUS = "—"
#: officers' own words on a timeline; system entries are templates with codes
_TYPED = (TimelineKind.NOTE, TimelineKind.CALL, TimelineKind.VISIT)


@dataclass(frozen=True)
class RuleInfo:
    kind: str
    years: int
    default_years: int
    description: str


@dataclass(frozen=True)
class DueItem:
    """A record whose retention ended: named by case number or date, never by a person's name."""

    kind: str
    entity: str
    row_id: uuid.UUID
    label: str
    ended_on: date
    due_on: date


def rules(desk: Desk) -> list[RuleInfo]:
    with desk.read() as session:
        chosen = dict(
            session.execute(
                select(RetentionRule.kind, RetentionRule.years).where(RetentionRule.deleted_at.is_(None))
            ).all()
        )
    return [RuleInfo(k, int(chosen.get(k, d)), d, text) for k, (d, text) in KINDS.items()]


def set_rule(desk: Desk, kind: str, years: int) -> None:
    access.require(desk, access.Permission.MANAGE_SETTINGS)
    if kind not in KINDS:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Unknown kind of record “{kind}”: choose one of {kinds}."),
            field="kind",
            kind=kind,
            kinds=", ".join(KINDS),
        )
    if not 1 <= years <= MAX_YEARS:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Keep records between 1 and {max} years."),
            field="years",
            max=MAX_YEARS,
        )
    with desk.write() as session:
        rule = session.scalar(select(RetentionRule).where(RetentionRule.kind == kind))
        if rule is None:
            session.add(RetentionRule(kind=kind, years=years))
        else:
            rule.years, rule.deleted_at = years, None


def _years(desk: Desk) -> dict[str, int]:
    return {r.kind: r.years for r in rules(desk)}


def due(desk: Desk, *, today: date | None = None, limit: int = 5000) -> list[DueItem]:
    """What has outlived its retention and still holds personal data, oldest first."""
    today = today or date.today()
    years = _years(desk)
    case_cutoff = today - relativedelta(years=years["closed_case"])
    comm_cutoff = today - relativedelta(years=years["communication"])
    items: list[DueItem] = []
    with desk.read() as session:
        for case_id, number, closed_on in session.execute(
            select(Case.id, Case.number, Case.closed_on)
            .where(
                Case.deleted_at.is_(None),
                Case.anonymised_at.is_(None),
                Case.status == CaseStatus.CLOSED,
                Case.closed_on.is_not(None),
                Case.closed_on <= case_cutoff,
            )
            .order_by(Case.closed_on, Case.number)
            .limit(limit)
        ):
            assert closed_on is not None  # the query asks for it
            items.append(
                DueItem(
                    "closed_case",
                    "case_file",
                    case_id,
                    number,
                    closed_on,
                    closed_on + relativedelta(years=years["closed_case"]),
                )
            )
        for comm_id, at in session.execute(
            select(Communication.id, Communication.at)
            .where(
                Communication.deleted_at.is_(None),
                Communication.case_id.is_(None),
                Communication.summary != ANONYMOUS,
                Communication.at <= _midnight(comm_cutoff),
            )
            .order_by(Communication.at)
            .limit(limit)
        ):
            logged = at.date()
            items.append(
                DueItem(
                    "communication",
                    "communication",
                    comm_id,
                    logged.isoformat(),
                    logged,
                    logged + relativedelta(years=years["communication"]),
                )
            )
    return items


def _midnight(day: date) -> Any:
    from datetime import UTC, datetime, time, timedelta

    return datetime.combine(day + timedelta(days=1), time(), UTC)


def anonymise(desk: Desk, records: list[tuple[str, uuid.UUID]], *, today: date | None = None) -> int:
    """Blank the personal data of records that are due (others are refused); returns how many."""
    access.require(desk, access.Permission.MANAGE_SETTINGS)
    wanted = set(records)
    allowed = {(i.entity, i.row_id) for i in due(desk, today=today, limit=1_000_000)}
    refused = wanted - allowed
    if refused:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors", "{count} of the records chosen are not due for anonymisation; nothing was changed."
            ),
            count=len(refused),
        )
    now = utcnow()
    with desk.write() as session:
        case_ids = [i for e, i in wanted if e == "case_file"]
        for case in session.scalars(select(Case).where(Case.id.in_(case_ids))):
            _blank_case(session, case, now)
        session.flush()
        for worker_id in {c.worker_id for c in session.scalars(select(Case).where(Case.id.in_(case_ids)))}:
            _blank_worker_if_done(session, worker_id, now)
        for comm in session.scalars(
            select(Communication).where(Communication.id.in_([i for e, i in wanted if e == "communication"]))
        ):
            _blank_communication(comm)
    return len(wanted)


def _blank_case(session: Session, case: Case, now: Any) -> None:
    case.complainant_name = ""
    case.complainant_phone = ""
    case.summary = ANONYMOUS
    case.outcome_note = ""
    case.anonymised_at = now
    for entry in session.scalars(select(TimelineEntry).where(TimelineEntry.case_id == case.id)):
        entry.note = ""
        if entry.kind in _TYPED:
            entry.text = ANONYMOUS
    for comm in session.scalars(select(Communication).where(Communication.case_id == case.id)):
        _blank_communication(comm)
    for attachment in session.scalars(
        select(Attachment).where(Attachment.case_id == case.id, Attachment.deleted_at.is_(None))
    ):
        attachment.note = ""
        attachment.deleted_at = now  # the scan is personal data through and through


def _blank_communication(comm: Communication) -> None:
    comm.counterpart_name = ANONYMOUS
    comm.counterpart_phone = ""
    comm.summary = ANONYMOUS
    comm.follow_up = ""


def _blank_worker_if_done(session: Session, worker_id: uuid.UUID, now: Any) -> None:
    """Anonymise the worker once none of their live cases still holds data."""
    other = aliased(Case)
    held = session.scalar(
        select(
            exists().where(
                and_(other.worker_id == worker_id, other.deleted_at.is_(None), other.anonymised_at.is_(None))
            )
        )
    )
    worker = session.get(Worker, worker_id)
    if held or worker is None or worker.anonymised_at is not None:
        return
    worker.full_name = ANONYMOUS
    worker.aliases = ""
    worker.nik = None
    worker.passport_no = None
    worker.passport_expiry = None
    worker.birth_date = None
    worker.birth_place = ""
    worker.address = ""
    worker.phone = ""
    worker.phone_alt = ""
    worker.family_contact = ""
    worker.family_relation = ""
    worker.family_phone = ""
    worker.employer_name = ""
    worker.employer_address = ""
    worker.employer_phone = ""
    worker.anonymised_at = now
