"""Where each root record goes: the sites of the agencies, units and officers it names.

The roots are cases (and through them workers), letters, forums and meetings; everything else
follows one of them (app.sync.audience). Every root goes to its origin site and to every hub
(hubs relay between sites that never meet; docs/sync.md says what that trusts them with).
Sites are known by their cards (`SiteFacts`): an agency's sites are the enrolled sites of that
agency, an officer's site is the Site record they belong to, else their agency's sites.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import (
    ActionItem,
    Agency,
    Attendance,
    Case,
    CaseAgency,
    Forum,
    ForumMember,
    Meeting,
    Officer,
    Referral,
    Site,
    Unit,
)
from app.models.correspondence import CONFIDENTIAL, Disposition, DispositionRecipient, Letter, LetterCase

Codes = frozenset[str]


@dataclass(frozen=True)
class SiteFacts:
    code: str
    agency_code: str
    agency_kind: str
    country: str
    is_hub: bool


class Directory:
    """Site codes of agencies, units and officers, read once from the register."""

    def __init__(self, session: Session, sites: Iterable[SiteFacts]) -> None:
        self.sites = list(sites)
        self.hubs: Codes = frozenset(s.code for s in self.sites if s.is_hub)
        by_code: dict[str, set[str]] = defaultdict(set)
        for site in self.sites:
            by_code[site.agency_code].add(site.code)
        agency_code = dict(session.execute(select(Agency.id, Agency.code)).all())
        self.site_code: dict[uuid.UUID, str] = dict(session.execute(select(Site.id, Site.code)).all())
        self.agency: dict[uuid.UUID, frozenset[str]] = {
            agency_id: frozenset(by_code.get(code, ())) for agency_id, code in agency_code.items()
        }
        self.unit: dict[uuid.UUID, frozenset[str]] = {
            unit_id: self.of_agency(agency_id)
            for unit_id, agency_id in session.execute(select(Unit.id, Unit.agency_id))
        }
        self.officer: dict[uuid.UUID, frozenset[str]] = {}
        for officer_id, site_id, agency_id in session.execute(
            select(Officer.id, Officer.site_id, Officer.agency_id)
        ):
            own = self.of_site(site_id)
            self.officer[officer_id] = own or self.of_agency(agency_id)

    def of_agency(self, agency_id: uuid.UUID | None) -> frozenset[str]:
        return self.agency.get(agency_id, frozenset()) if agency_id is not None else frozenset()

    def of_unit(self, unit_id: uuid.UUID | None) -> frozenset[str]:
        return self.unit.get(unit_id, frozenset()) if unit_id is not None else frozenset()

    def of_officer(self, officer_id: uuid.UUID | None) -> frozenset[str]:
        return self.officer.get(officer_id, frozenset()) if officer_id is not None else frozenset()

    def of_site(self, site_id: uuid.UUID | None) -> frozenset[str]:
        code = self.site_code.get(site_id) if site_id is not None else None
        return frozenset({code}) if code else frozenset()

    def base(self, origin: str) -> set[str]:
        return {origin, *self.hubs}


def case_reach(
    session: Session, where: Directory
) -> tuple[dict[uuid.UUID, Codes], dict[uuid.UUID, list[uuid.UUID]]]:
    """A case goes to the sites of its lead agency, of the agencies taking part or named at
    either end of one of its referrals (whatever the referral's state: an agency that once held
    the case keeps receiving it), the representations in its country and the site that
    registered it. Also returns each worker's cases (a worker follows them)."""
    involved: dict[uuid.UUID, set[uuid.UUID]] = defaultdict(set)
    for case_id, agency_id in session.execute(
        select(CaseAgency.case_id, CaseAgency.agency_id).where(CaseAgency.deleted_at.is_(None))
    ):
        involved[case_id].add(agency_id)
    for case_id, from_id, to_id in session.execute(
        select(Referral.case_id, Referral.from_agency_id, Referral.to_agency_id)
    ):
        involved[case_id].update((from_id, to_id))
    representations: dict[str, set[str]] = defaultdict(set)
    for site in where.sites:
        if site.agency_kind == "representation":
            representations[site.country].add(site.code)
    cases: dict[uuid.UUID, Codes] = {}
    worker_cases: dict[uuid.UUID, list[uuid.UUID]] = defaultdict(list)
    rows = session.execute(
        select(Case.id, Case.lead_agency_id, Case.country, Case.site_id, Case.origin_site, Case.worker_id)
    )
    for case_id, lead, country, site_id, origin, worker_id in rows:
        codes = where.base(origin) | where.of_site(site_id)
        for agency_id in {lead, *involved.get(case_id, ())}:
            codes |= where.of_agency(agency_id)
        if country:
            codes |= representations.get(country, set())
        cases[case_id] = frozenset(codes)
        worker_cases[worker_id].append(case_id)
    return cases, worker_cases


def letter_reach(session: Session, where: Directory, cases: dict[uuid.UUID, Codes]) -> dict[uuid.UUID, Codes]:
    """A letter goes to the site that registered it, its addressee's and signer's sites and the
    sites it was disposed to; an ordinary letter also to its sender agency's sites and wherever
    the cases it is about go. A Rahasia or Sangat Rahasia letter goes nowhere else: linking it to
    a case does not spread it to every agency of the case. A reply goes only where the letter it
    answers is held too (so its reference never points at a letter the site lacks)."""
    routed: dict[uuid.UUID, set[str]] = defaultdict(set)
    for letter_id, officer_id, unit_id in session.execute(
        select(Disposition.letter_id, DispositionRecipient.officer_id, DispositionRecipient.unit_id).join(
            DispositionRecipient, DispositionRecipient.disposition_id == Disposition.id
        )
    ):
        routed[letter_id] |= where.of_officer(officer_id) | where.of_unit(unit_id)
    linked: dict[uuid.UUID, list[uuid.UUID]] = defaultdict(list)
    for letter_id, case_id in session.execute(
        select(LetterCase.letter_id, LetterCase.case_id).where(LetterCase.deleted_at.is_(None))
    ):
        linked[letter_id].append(case_id)
    own: dict[uuid.UUID, Codes] = {}
    replies: dict[uuid.UUID, uuid.UUID] = {}
    origins: dict[uuid.UUID, str] = {}
    for row in session.execute(
        select(
            Letter.id,
            Letter.origin_site,
            Letter.site_id,
            Letter.security,
            Letter.sender_agency_id,
            Letter.addressee_officer_id,
            Letter.addressee_unit_id,
            Letter.signer_officer_id,
            Letter.in_reply_to_id,
        )
    ):
        letter_id, origin, site_id, security, sender, addressee, unit, signer, answers = row
        codes = where.base(origin) | where.of_site(site_id) | routed.get(letter_id, set())
        codes |= where.of_officer(addressee) | where.of_unit(unit) | where.of_officer(signer)
        if security not in CONFIDENTIAL:
            codes |= where.of_agency(sender)
            for case_id in linked.get(letter_id, ()):
                codes |= cases.get(case_id, frozenset())
        own[letter_id] = frozenset(codes)
        origins[letter_id] = origin
        if answers is not None:
            replies[letter_id] = answers

    resolved: dict[uuid.UUID, Codes] = {}

    def reach(letter_id: uuid.UUID, seen: frozenset[uuid.UUID] = frozenset()) -> Codes:
        if letter_id in resolved:
            return resolved[letter_id]
        codes = own.get(letter_id, frozenset())
        answers = replies.get(letter_id)
        if answers is not None and answers in own and answers not in seen:
            codes = (codes & reach(answers, seen | {letter_id})) | {origins[letter_id]}
        resolved[letter_id] = codes
        return codes

    for letter_id in own:
        reach(letter_id)
    return resolved


def meeting_reach(
    session: Session, where: Directory
) -> tuple[dict[uuid.UUID, Codes], dict[uuid.UUID, Codes]]:
    """A forum goes to its host site and the sites of its secretariat, chair and member agencies
    and officers; a meeting to its forum's sites and those of the agencies that attended or own
    one of its action items. A forum also goes wherever any of its meetings goes (a meeting never
    arrives without its forum)."""
    members: dict[uuid.UUID, set[str]] = defaultdict(set)
    for forum_id, agency_id, officer_id in session.execute(
        select(ForumMember.forum_id, ForumMember.agency_id, ForumMember.officer_id).where(
            ForumMember.deleted_at.is_(None)
        )
    ):
        members[forum_id] |= where.of_agency(agency_id) | where.of_officer(officer_id)
    forum_base: dict[uuid.UUID, set[str]] = {}
    for forum_id, origin, host, secretariat, chair, clerk in session.execute(
        select(
            Forum.id,
            Forum.origin_site,
            Forum.host_site_id,
            Forum.secretariat_agency_id,
            Forum.chair_officer_id,
            Forum.secretariat_officer_id,
        )
    ):
        codes = where.base(origin) | where.of_site(host) | where.of_agency(secretariat)
        forum_base[forum_id] = codes | where.of_officer(chair) | where.of_officer(clerk) | members[forum_id]
    taking_part: dict[uuid.UUID, set[str]] = defaultdict(set)
    for meeting_id, agency_id, officer_id in session.execute(
        select(Attendance.meeting_id, Attendance.agency_id, Attendance.officer_id)
    ):
        taking_part[meeting_id] |= where.of_agency(agency_id) | where.of_officer(officer_id)
    for meeting_id, agency_id, officer_id in session.execute(
        select(ActionItem.meeting_id, ActionItem.owner_agency_id, ActionItem.owner_officer_id)
    ):
        taking_part[meeting_id] |= where.of_agency(agency_id) | where.of_officer(officer_id)
    meetings: dict[uuid.UUID, Codes] = {}
    forums = {forum_id: set(codes) for forum_id, codes in forum_base.items()}
    for meeting_id, forum_id, origin, chair, clerk in session.execute(
        select(
            Meeting.id,
            Meeting.forum_id,
            Meeting.origin_site,
            Meeting.chair_officer_id,
            Meeting.minute_taker_officer_id,
        )
    ):
        codes = where.base(origin) | forum_base.get(forum_id, set()) | taking_part[meeting_id]
        meetings[meeting_id] = frozenset(codes | where.of_officer(chair) | where.of_officer(clerk))
        forums.setdefault(forum_id, set()).update(meetings[meeting_id])
    return {f: frozenset(c) for f, c in forums.items()}, meetings
