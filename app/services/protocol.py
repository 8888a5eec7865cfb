"""The coordination protocol applied: who leads a case, who is involved, and by when each step
is owed, counted in working days of the site that owes it."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.i18n import QT_TRANSLATE_NOOP
from app.models import Agency, AgencyKind, ProtocolParticipant, ProtocolRule, Site
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
