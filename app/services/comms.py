"""The log of the informal coordination: calls, messages, e-mails and visits, each with its
counterpart, a summary and perhaps a follow-up with a due date. A logged contact about a case is
read into that case's timeline (case_activity asks `timeline_items`), so it is stored once."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import ColumnElement, func, or_, select
from sqlalchemy.orm import Session

from app.errors import NotFound, ValidationError, allowed_value
from app.i18n import QT_TRANSLATE_NOOP, translate
from app.labels import label
from app.letter_labels import COMM_CHANNEL_LABELS, COMM_DIRECTION_LABELS
from app.models import Agency, Case, Officer
from app.models.base import utcnow
from app.models.correspondence import CommChannel, CommDirection, Communication
from app.services import access
from app.services.accounts import officer_named
from app.services.desk import Desk
from app.services.dto import TimelineItem
from app.services.letter_dto import CommunicationRow

#: a clock a little ahead of this desk's must not refuse a contact logged "now"
_SLACK = timedelta(minutes=5)


@dataclass(frozen=True)
class CommInput:
    channel: str
    summary: str
    direction: str = CommDirection.INCOMING.value
    at: datetime | None = None
    counterpart_name: str = ""
    counterpart_agency: str = ""
    counterpart_phone: str = ""
    follow_up: str = ""
    follow_up_due: date | None = None
    case_number: str = ""


def log_communication(desk: Desk, data: CommInput) -> uuid.UUID:
    """Log a call, message, e-mail or visit (validated like the quick-log form)."""
    access.require(desk, access.Permission.LOG_COMMUNICATIONS)
    from app.services.cases import get_case
    from app.services.workers import normalise_phone

    channel = allowed_value(CommChannel, data.channel, "channel")
    direction = allowed_value(CommDirection, data.direction, "direction")
    summary = data.summary.strip()
    if not summary:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Write what was said."), field="summary")
    at = data.at or utcnow()
    if at.tzinfo is None:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "The time needs a time zone."), field="at")
    if at > utcnow().replace(microsecond=0) + _SLACK:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "A contact cannot be logged in the future."), field="at"
        )
    phone = (
        normalise_phone(data.counterpart_phone, "counterpart_phone") if data.counterpart_phone.strip() else ""
    )
    if data.follow_up_due is not None and not data.follow_up.strip():
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Say what the follow-up is, or leave its due date empty."),
            field="follow_up",
        )
    if data.follow_up_due is not None and data.follow_up_due < at.date():
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The follow-up is due before the contact took place."),
            field="follow_up_due",
        )
    if not data.counterpart_name.strip() and not data.counterpart_agency.strip() and not phone:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Say who the contact was with: a name, an agency or a phone."),
            field="counterpart_name",
        )
    with desk.write() as session:
        agency_id = None
        if data.counterpart_agency.strip():
            agency_id = session.scalar(
                select(Agency.id).where(Agency.code == data.counterpart_agency.strip().upper())
            )
            if agency_id is None:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("errors", "There is no agency with the code {code}."),
                    field="counterpart_agency",
                    code=data.counterpart_agency,
                )
        case = get_case(session, data.case_number) if data.case_number.strip() else None
        officer = session.scalar(select(Officer.full_name).where(officer_named(desk.username or "")))
        row = Communication(
            at=at,
            channel=channel,
            direction=direction,
            counterpart_name=" ".join(data.counterpart_name.split()),
            counterpart_agency_id=agency_id,
            counterpart_phone=phone,
            summary=summary,
            follow_up=data.follow_up.strip(),
            follow_up_due=data.follow_up_due,
            case_id=case.id if case else None,
            officer=officer or desk.username or "",
            site_code=desk.site_code or "",
        )
        session.add(row)
        session.flush()
        return row.id


def complete_follow_up(desk: Desk, comm_id: uuid.UUID, *, today: date | None = None) -> None:
    access.require(desk, access.Permission.LOG_COMMUNICATIONS)
    with desk.write() as session:
        row = session.get(Communication, comm_id)
        if row is None or row.deleted_at is not None:
            raise NotFound(QT_TRANSLATE_NOOP("errors", "That contact is no longer in the log."))
        if not row.follow_up:
            raise ValidationError(QT_TRANSLATE_NOOP("errors", "This contact has no follow-up."))
        row.follow_up_done_on = today or date.today()


@dataclass(frozen=True)
class CommFilter:
    case_number: str = ""
    text: str = ""
    open_follow_ups: bool = False


def _where(session: Session, flt: CommFilter) -> list[ColumnElement[bool]]:
    from app.services.cases import get_case

    clauses: list[ColumnElement[bool]] = [Communication.deleted_at.is_(None)]
    if flt.case_number.strip():
        clauses.append(Communication.case_id == get_case(session, flt.case_number).id)
    if flt.open_follow_ups:
        clauses += [Communication.follow_up != "", Communication.follow_up_done_on.is_(None)]
    for word in flt.text.split():
        pattern = f"%{word.replace('%', '').replace('_', '').lower()}%"
        clauses.append(
            or_(
                func.lower(Communication.counterpart_name).like(pattern),
                func.lower(Communication.summary).like(pattern),
                func.lower(Communication.follow_up).like(pattern),
                Communication.counterpart_phone.like(pattern),
            )
        )
    return clauses


def count_communications(desk: Desk, flt: CommFilter) -> int:
    with desk.read() as session:
        return int(session.scalar(select(func.count(Communication.id)).where(*_where(session, flt))) or 0)


def communication_page(
    desk: Desk, flt: CommFilter, *, offset: int = 0, limit: int = 100, today: date | None = None
) -> list[CommunicationRow]:
    """One page of the log, newest first."""
    today = today or date.today()
    with desk.read() as session:
        query = (
            select(Communication, Agency.code, Case.number)
            .outerjoin(Agency, Agency.id == Communication.counterpart_agency_id)
            .outerjoin(Case, Case.id == Communication.case_id)
            .where(*_where(session, flt))
            .order_by(Communication.at.desc(), Communication.id.desc())
            .offset(offset)
            .limit(limit)
        )
        return [
            CommunicationRow(
                id=c.id,
                at=c.at,
                channel=c.channel.value,
                direction=c.direction.value,
                counterpart=c.counterpart_name,
                counterpart_phone=c.counterpart_phone,
                agency=agency,
                summary=c.summary,
                follow_up=c.follow_up,
                follow_up_due=c.follow_up_due,
                follow_up_done_on=c.follow_up_done_on,
                follow_up_overdue=bool(c.follow_up)
                and c.follow_up_done_on is None
                and c.follow_up_due is not None
                and c.follow_up_due < today,
                case_number=number,
                officer=c.officer,
            )
            for c, agency, number in session.execute(query)
        ]


def list_communications(desk: Desk, flt: CommFilter, *, limit: int = 100) -> list[CommunicationRow]:
    return communication_page(desk, flt, limit=limit)


def timeline_items(session: Session, case_id: uuid.UUID, language: str | None = None) -> list[TimelineItem]:
    """The contacts logged about a case, as entries of its timeline."""
    rows = session.execute(
        select(Communication, Agency.code)
        .outerjoin(Agency, Agency.id == Communication.counterpart_agency_id)
        .where(Communication.case_id == case_id, Communication.deleted_at.is_(None))
    )
    items = []
    for c, agency in rows:
        who = " — ".join(p for p in (c.counterpart_name, agency or "", c.counterpart_phone) if p)
        text = translate("timeline", "{channel} ({direction}) with {who}: {summary}", language).format(
            channel=label(COMM_CHANNEL_LABELS, c.channel.value, language),
            direction=label(COMM_DIRECTION_LABELS, c.direction.value, language).lower(),
            who=who,
            summary=c.summary,
        )
        if c.follow_up:
            text += translate("timeline", " — follow-up: {follow_up}", language).format(follow_up=c.follow_up)
        kind = "visit" if c.channel == CommChannel.VISIT else "call"
        items.append(TimelineItem(c.at, kind, text, None, c.officer))
    return items


# lupdate finds the templates used above through these markers
_TEMPLATES = (
    QT_TRANSLATE_NOOP("timeline", "{channel} ({direction}) with {who}: {summary}"),
    QT_TRANSLATE_NOOP("timeline", " — follow-up: {follow_up}"),
)
