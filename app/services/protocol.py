"""The coordination protocol applied: who leads a case, who is involved, and by when each step
is owed, counted in working days of the site that owes it."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.errors import ValidationError
from app.i18n import QT_TRANSLATE_NOOP
from app.models import Agency, AgencyKind, ProtocolParticipant, ProtocolRule, Site
from app.models.base import utcnow
from app.services import access
from app.services.desk import Desk
from app.services.workdays import WorkingCalendar

DEFAULT_RULE = "*"

#: Protocol steps: code -> (title marked for translation, attribute of the rule with its standard)
STEPS: dict[str, tuple[str, str]] = {
    "verify": (QT_TRANSLATE_NOOP("protocol", "Verify the complaint"), "verification_days"),
    "clarify_1": (
        QT_TRANSLATE_NOOP("protocol", "First clarification with the party complained of"),
        "first_clarification_days",
    ),
    "clarify_2": (
        QT_TRANSLATE_NOOP("protocol", "Second clarification: commitment to be met"),
        "second_clarification_days",
    ),
    "answer_referral": (
        QT_TRANSLATE_NOOP("protocol", "Accept or return the referral"),
        "referral_answer_days",
    ),
}


@dataclass(frozen=True)
class Suggestion:
    lead_agency_id: uuid.UUID | None
    participant_ids: tuple[uuid.UUID, ...]
    rule_category: str | None


def rule_for(session: Session, category: str) -> ProtocolRule | None:
    rules = {
        r.category: r
        for r in session.scalars(
            select(ProtocolRule).where(
                ProtocolRule.category.in_((category, DEFAULT_RULE)), ProtocolRule.deleted_at.is_(None)
            )
        )
    }
    return rules.get(category) or rules.get(DEFAULT_RULE)


def representation_for(session: Session, country: str | None) -> uuid.UUID | None:
    """The agency of the representation (KBRI/KJRI/KDEI) whose site is in `country`."""
    if not country:
        return None
    return session.scalar(
        select(Agency.id)
        .join(Site, Site.agency_id == Agency.id)
        .where(Site.country == country, Agency.kind == AgencyKind.REPRESENTATION, Site.active.is_(True))
        .order_by(Agency.code)
        .limit(1)
    )


def suggest(session: Session, category: str, country: str | None) -> Suggestion:
    """The lead and the agencies to involve, as the protocol says for this category."""
    rule = rule_for(session, category)
    if rule is None:
        return Suggestion(representation_for(session, country), (), None)
    lead = rule.lead_agency_id or representation_for(session, country)
    participants = tuple(
        agency_id
        for agency_id in session.scalars(
            select(ProtocolParticipant.agency_id).where(
                ProtocolParticipant.rule_id == rule.id, ProtocolParticipant.deleted_at.is_(None)
            )
        )
        if agency_id != lead
    )
    if lead is None and participants:
        lead, participants = participants[0], participants[1:]
    return Suggestion(lead, participants, rule.category)


@dataclass(frozen=True)
class SuggestedAgencies:
    """`suggest` by agency codes, for a form that pre-fills the lead and the participants."""

    lead_agency: str | None
    participants: tuple[str, ...]


def suggested_agencies(desk: Desk, category: str, country: str | None) -> SuggestedAgencies:
    with desk.read() as session:
        suggestion = suggest(session, category, (country or "").upper() or None)
        codes = dict(session.execute(select(Agency.id, Agency.code)).all())
        return SuggestedAgencies(
            codes.get(suggestion.lead_agency_id) if suggestion.lead_agency_id else None,
            tuple(codes[a] for a in suggestion.participant_ids if a in codes),
        )


def standard_days(rule: ProtocolRule | None, step: str) -> int:
    attribute = STEPS[step][1]
    if rule is None:
        return int(ProtocolRule.__table__.c[attribute].default.arg)
    return int(getattr(rule, attribute))


def due_date(calendar: WorkingCalendar, start: date, days: int) -> date:
    return calendar.add_working_days(start, days)


def calendar_for_agency(session: Session, agency_id: uuid.UUID | None) -> WorkingCalendar:
    """The working calendar of the agency that owes a step (its first site's country)."""
    if agency_id is None:
        return WorkingCalendar()
    country = session.scalar(
        select(Site.country)
        .where(Site.agency_id == agency_id, Site.active.is_(True))
        .order_by(Site.code)
        .limit(1)
    )
    return WorkingCalendar(country or "ID")


# --- the administrator's protocol ---------------------------------------------------------------


@dataclass(frozen=True)
class RuleInfo:
    id: uuid.UUID
    category: str
    lead_agency: str | None  # None: the representation for the worker's country
    participants: tuple[str, ...]
    referral_answer_days: int
    verification_days: int
    first_clarification_days: int
    second_clarification_days: int
    incomplete_documents_days: int
    no_clarification_working_days: int
    unreachable_days: int
    note: str


def rules(desk: Desk) -> list[RuleInfo]:
    with desk.read() as session:
        codes = dict(session.execute(select(Agency.id, Agency.code)).all())
        participants: dict[uuid.UUID, list[str]] = {}
        for rule_id, agency_id in session.execute(
            select(ProtocolParticipant.rule_id, ProtocolParticipant.agency_id).where(
                ProtocolParticipant.deleted_at.is_(None)
            )
        ):
            participants.setdefault(rule_id, []).append(codes[agency_id])
        return [
            RuleInfo(
                r.id,
                r.category,
                codes.get(r.lead_agency_id) if r.lead_agency_id else None,
                tuple(sorted(participants.get(r.id, []))),
                r.referral_answer_days,
                r.verification_days,
                r.first_clarification_days,
                r.second_clarification_days,
                r.incomplete_documents_days,
                r.no_clarification_working_days,
                r.unreachable_days,
                r.note,
            )
            for r in session.scalars(
                select(ProtocolRule).where(ProtocolRule.deleted_at.is_(None)).order_by(ProtocolRule.category)
            )
        ]


DAY_FIELDS = (
    "referral_answer_days",
    "verification_days",
    "first_clarification_days",
    "second_clarification_days",
    "incomplete_documents_days",
    "no_clarification_working_days",
    "unreachable_days",
)


def save_rule(
    desk: Desk,
    category: str,
    *,
    lead_agency: str | None,
    participants: tuple[str, ...],
    days: dict[str, int],
    note: str = "",
) -> RuleInfo:
    """Create or change the rule of a category (`*` for the default), validated like the form."""
    access.require(desk, access.Permission.MANAGE_SETTINGS)
    from app.models import CaseCategory

    for name, value in days.items():
        if name not in DAY_FIELDS:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "There is no field called {name}."), field=name, name=name
            )
        if not 0 < int(value) <= 365:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "A standard is between 1 and 365 days."), field=name
            )
    with desk.write() as session:
        if (
            category != DEFAULT_RULE
            and session.scalar(select(CaseCategory.id).where(CaseCategory.code == category)) is None
        ):
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "Unknown case category: {category}."),
                field="category",
                category=category,
            )
        agencies = dict(session.execute(select(Agency.code, Agency.id)).all())
        for code in (lead_agency, *participants):
            if code and code not in agencies:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("errors", "There is no agency with the code {code}."),
                    field="agency",
                    code=code,
                )
        rule = session.scalar(select(ProtocolRule).where(ProtocolRule.category == category))
        if rule is None:
            rule = ProtocolRule(category=category)
            session.add(rule)
        rule.lead_agency_id = agencies[lead_agency] if lead_agency else None
        for name, value in days.items():
            setattr(rule, name, int(value))
        rule.note = note.strip()
        session.flush()
        wanted = {agencies[c] for c in participants}
        for row in session.scalars(select(ProtocolParticipant).where(ProtocolParticipant.rule_id == rule.id)):
            if row.agency_id in wanted:
                wanted.discard(row.agency_id)
                row.deleted_at = None
            elif row.deleted_at is None:
                row.deleted_at = utcnow()  # a tombstone, so the removal syncs
        for agency_id in wanted:
            session.add(ProtocolParticipant(rule_id=rule.id, agency_id=agency_id))
    return next(r for r in rules(desk) if r.category == category)
