"""Sensitive case fields (UU 27/2022 "specific" data): need to know, or break the glass.

A case is sensitive when one of its categories is marked sensitive in the reference list
(illness, violence, trafficking, pregnancy or a child, mental illness, detention, death...) or
its worker is a child (under 18 when the case was reported). Its narrative fields then hold
health, sexual violence, child or criminal matters, and only the officers with a need to know
read them: the officers assigned to the case, supervisors at the case's site, administrators.
Anyone else sees them masked and may "break the glass": they give a reason, the access is
recorded as a `SensitiveAccess` (a replicated record, so the one capture hook audits it), and
the record opens for the rest of their sign-in.
"""

from __future__ import annotations

import uuid
from dataclasses import replace
from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, exists, func, literal_column, or_, select
from sqlalchemy.orm import Session

from app.errors import NotFound, ValidationError
from app.i18n import QT_TRANSLATE_NOOP
from app.models import Case, CaseCategory, CaseCategoryTag, CaseOfficer, Role, SensitiveAccess, Worker
from app.services import access
from app.services.access import Permission
from app.services.accounts import desk_officer
from app.services.desk import Desk
from app.services.dto import CaseDetail

#: the case's fields that carry the sensitive story
CASE_FIELDS = ("summary", "outcome_note")
#: the worker's fields masked when the worker is a child
CHILD_FIELDS = ("nik", "birth_date", "birth_place", "address", "family_contact", "family_phone")
MIN_REASON = 10


def sensitive_cases(session: Session) -> ColumnElement[bool]:
    """SQL on Case: the rule above (a flagged category, main or extra, or a child worker), the one
    definition that both a case read and a search use."""
    flagged = select(CaseCategory.code).where(CaseCategory.sensitive.is_(True))
    tagged = select(CaseCategoryTag.case_id).where(
        CaseCategoryTag.category.in_(flagged), CaseCategoryTag.deleted_at.is_(None)
    )
    adult_from: ColumnElement[Any]
    if session.get_bind().dialect.name == "sqlite":
        adult_from = func.date(Case.reported_on, "-18 years")
    else:
        adult_from = Case.reported_on - literal_column("interval '18 years'")
    child = exists().where(Worker.id == Case.worker_id, Worker.birth_date > adult_from)
    return or_(Case.category.in_(flagged), Case.id.in_(tagged), child)


def is_sensitive(session: Session, case: Case) -> bool:
    return bool(session.scalar(select(exists().where(Case.id == case.id, sensitive_cases(session)))))


def is_child(worker: Worker | None, on: date) -> bool:
    born = worker.birth_date if worker is not None else None
    if born is None:
        return False
    return (on.year - born.year - ((on.month, on.day) < (born.month, born.day))) < 18


def need_to_know(session: Session, desk: Desk, case: Case) -> bool:
    """Assigned officers, supervisors at the case's site, and administrators."""
    if desk.username is None:
        return False
    if case.id in desk.unsealed:
        return True
    officer = desk_officer(session, desk)
    if officer is None or not officer.active:
        return False
    if officer.role is not None and Permission.SEE_SENSITIVE in access.ROLE_PERMISSIONS[officer.role]:
        return True
    if officer.role == Role.SUPERVISOR and officer.site_id == case.site_id:
        return True
    return bool(
        session.scalar(
            select(
                exists().where(
                    CaseOfficer.case_id == case.id,
                    CaseOfficer.officer_id == officer.id,
                    CaseOfficer.deleted_at.is_(None),
                )
            )
        )
    )


def readable_stories(session: Session, desk: Desk) -> ColumnElement[bool] | None:
    """SQL on Case: the cases whose story the signed-in officer may read (need_to_know as a
    clause), so that a search does not find a case by words it would not show; None when the
    officer may read every story."""
    officer = desk_officer(session, desk) if desk.username else None
    if officer is None or not officer.active:
        return ~sensitive_cases(session)
    if officer.role is not None and Permission.SEE_SENSITIVE in access.ROLE_PERMISSIONS[officer.role]:
        return None
    readable = [
        ~sensitive_cases(session),
        exists().where(
            CaseOfficer.case_id == Case.id,
            CaseOfficer.officer_id == officer.id,
            CaseOfficer.deleted_at.is_(None),
        ),
    ]
    if officer.role == Role.SUPERVISOR:
        readable.append(Case.site_id == officer.site_id)
    if desk.unsealed:
        readable.append(Case.id.in_(desk.unsealed))
    return or_(*readable)


def sealed(session: Session, desk: Desk, case: Case) -> bool:
    """Whether the case's sensitive fields are hidden from the signed-in officer."""
    return is_sensitive(session, case) and not need_to_know(session, desk, case)


def masked(session: Session, case: Case, detail: CaseDetail) -> CaseDetail:
    """`detail` of a sealed case with its sensitive fields emptied (the timeline leaves out the
    officers' notes when it is read: app.services.case_activity)."""
    hidden = [*CASE_FIELDS, "timeline"]
    worker = dict(detail.worker)
    if is_child(session.get(Worker, case.worker_id), case.reported_on):
        for name in CHILD_FIELDS:
            worker[name] = None if name == "birth_date" else ""
        hidden += [f"worker.{name}" for name in CHILD_FIELDS]
    return replace(detail, summary="", outcome_note="", worker=worker, masked=tuple(hidden))


def break_glass(desk: Desk, number: str, reason: str) -> None:
    """Open case `number`'s sensitive fields to the signed-in officer for this sign-in, recorded
    with the reason given."""
    reason = " ".join(reason.split())
    if len(reason) < MIN_REASON:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors", "Say why you need these sensitive fields (at least {count} characters)."
            ),
            field="reason",
            count=MIN_REASON,
        )
    with desk.write() as session:
        case = session.scalar(select(Case).where(Case.number == number.strip(), Case.deleted_at.is_(None)))
        if case is None:
            raise NotFound(QT_TRANSLATE_NOOP("errors", "There is no case {number}."), number=number)
        officer = desk_officer(session, desk)
        if officer is None:
            raise access.AccessDenied(QT_TRANSLATE_NOOP("errors", "Sign in first."))
        session.add(
            SensitiveAccess(
                officer_id=officer.id,
                entity="case_file",
                record_id=case.id,
                reference=case.number,
                reason=reason,
            )
        )
        case_id: uuid.UUID = case.id
    desk.unsealed.add(case_id)


def accesses(desk: Desk, number: str) -> list[tuple[str, str]]:
    """Who broke the glass on case `number` and why (username, reason), oldest first."""
    with desk.read() as session:
        rows = session.execute(
            select(SensitiveAccess.created_by, SensitiveAccess.reason)
            .join(Case, Case.id == SensitiveAccess.record_id)
            .where(Case.number == number)
            .order_by(SensitiveAccess.created_at)
        ).all()
        return [(who, why) for who, why in rows]
