"""What a case is tied to outside its own file: the letters linked to it and the meetings where it was
on the agenda or got action items. One read for the case window's "Letters and meetings" tab and
`jejaring case show`; linking an existing letter to a case is the one write."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, or_, select
from sqlalchemy.orm import aliased

from app.errors import ValidationError
from app.i18n import QT_TRANSLATE_NOOP
from app.models import ActionItem, Agency, AgendaItem, Forum, Meeting, Officer
from app.models.cases import TimelineKind
from app.models.correspondence import Letter, LetterCase
from app.services import access, cadence
from app.services.cases import get_case
from app.services.desk import Desk
from app.services.letters import awaiting_reply_clause, get_letter, reference_of, viewer, visible_to
from app.services.meetings import reference as meeting_reference


@dataclass(frozen=True)
class LinkedLetter:
    id: uuid.UUID
    kind: str
    reference: str  # agenda number of an incoming letter, else the letter's number
    dated_on: date | None
    registered_on: date
    subject: str
    status: str
    reply_by: date | None
    awaiting_reply: bool
    overdue: bool


@dataclass(frozen=True)
class CaseAction:
    what: str
    owner_agency: str
    owner_officer: str
    due_on: date
    done_on: date | None
    overdue: bool


@dataclass(frozen=True)
class CaseMeeting:
    id: uuid.UUID
    reference: str
    on: date  # the local date of the meeting
    forum_code: str
    forum_name: str
    status: str
    on_agenda: bool
    actions: tuple[CaseAction, ...]


@dataclass(frozen=True)
class CaseLinks:
    number: str
    for_next_meeting: bool
    letters: tuple[LinkedLetter, ...]
    meetings: tuple[CaseMeeting, ...]
    #: linked letters the reader may not read (Rahasia, Sangat Rahasia): counted, never shown
    hidden_letters: int = 0


def case_links(desk: Desk, number: str, *, today: date | None = None) -> CaseLinks:
    """The letters linked to case `number` (those the reader may read) and its meetings, newest first."""
    today = today or date.today()
    with desk.read() as session:
        case = get_case(session, number)
        waiting = awaiting_reply_clause()
        letter_rows = session.execute(
            select(Letter, waiting)
            .join(LetterCase, LetterCase.letter_id == Letter.id)
            .where(
                LetterCase.case_id == case.id,
                LetterCase.deleted_at.is_(None),
                Letter.deleted_at.is_(None),
                visible_to(viewer(session, desk)),
            )
            .order_by(Letter.registered_on.desc(), Letter.created_at.desc())
        ).all()
        linked = tuple(
            LinkedLetter(
                id=letter.id,
                kind=letter.kind.value,
                reference=reference_of(letter),
                dated_on=letter.dated_on,
                registered_on=letter.registered_on,
                subject=letter.subject,
                status=letter.status.value,
                reply_by=letter.reply_by,
                awaiting_reply=bool(awaits),
                overdue=bool(awaits) and letter.reply_by is not None and letter.reply_by < today,
            )
            for letter, awaits in dict.fromkeys(letter_rows)  # a letter linked twice (two sites) once
        )

        # all linked letters less those shown (not NOT visible_to: its comparisons with NULL columns are NULL)
        every = session.scalar(
            select(func.count(func.distinct(Letter.id)))
            .join(LetterCase, LetterCase.letter_id == Letter.id)
            .where(
                LetterCase.case_id == case.id, LetterCase.deleted_at.is_(None), Letter.deleted_at.is_(None)
            )
        )
        hidden = max(int(every or 0) - len(linked), 0)
        # on the agenda: an item about the case, or about one of its letters
        about = [AgendaItem.case_id == case.id]
        if linked:
            about.append(AgendaItem.letter_id.in_([letter.id for letter in linked]))
        on_agenda = set(
            session.scalars(select(AgendaItem.meeting_id).where(or_(*about), AgendaItem.deleted_at.is_(None)))
        )
        owner = aliased(Officer)
        actions: dict[uuid.UUID, list[CaseAction]] = {}
        for action, agency_code, officer_name in session.execute(
            select(ActionItem, Agency.code, owner.full_name)
            .join(Agency, Agency.id == ActionItem.owner_agency_id)
            .outerjoin(owner, owner.id == ActionItem.owner_officer_id)
            .where(ActionItem.case_id == case.id, ActionItem.deleted_at.is_(None))
            .order_by(ActionItem.due_on, ActionItem.id)
        ):
            actions.setdefault(action.meeting_id, []).append(
                CaseAction(
                    what=action.what,
                    owner_agency=agency_code,
                    owner_officer=officer_name or "",
                    due_on=action.due_on,
                    done_on=action.done_on,
                    overdue=action.done_on is None and action.due_on < today,
                )
            )
        meetings = []
        ids = on_agenda | set(actions)
        if ids:
            for meeting, forum in session.execute(
                select(Meeting, Forum)
                .join(Forum, Forum.id == Meeting.forum_id)
                .where(Meeting.id.in_(ids), Meeting.deleted_at.is_(None))
                .order_by(Meeting.starts_at.desc())
            ):
                meetings.append(
                    CaseMeeting(
                        id=meeting.id,
                        reference=meeting_reference(forum.code, meeting),
                        on=meeting.starts_at.astimezone(cadence.zone(meeting.timezone)).date(),
                        forum_code=forum.code,
                        forum_name=forum.name,
                        status=meeting.status.value,
                        on_agenda=meeting.id in on_agenda,
                        actions=tuple(actions.get(meeting.id, ())),
                    )
                )
        return CaseLinks(case.number, case.for_next_meeting, linked, tuple(meetings), int(hidden))


def link_letter(desk: Desk, number: str, letter_ref: str | uuid.UUID) -> str:
    """Link a registered letter (by id, number or agenda number) to case `number`; says so on the
    case's timeline. Returns the letter's reference."""
    access.require(desk, access.Permission.EDIT_CASES)
    from app.services.case_activity import record

    if isinstance(letter_ref, str) and not letter_ref.strip():
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Choose the letter to link to the case."), field="letter"
        )
    with desk.write() as session:
        case = get_case(session, number)
        letter = get_letter(session, viewer(session, desk), letter_ref)
        already = session.scalar(
            select(LetterCase.id).where(
                LetterCase.letter_id == letter.id,
                LetterCase.case_id == case.id,
                LetterCase.deleted_at.is_(None),
            )
        )
        if already is not None:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "Letter {reference} is already linked to case {number}."),
                field="letter",
                reference=reference_of(letter),
                number=case.number,
            )
        session.add(LetterCase(letter_id=letter.id, case_id=case.id))
        # the number only: the subject of a confidential letter would leak through the case
        record(
            session,
            case,
            TimelineKind.LETTER,
            QT_TRANSLATE_NOOP("timeline", "Letter {reference} linked to the case"),
            desk=desk,
            values={"reference": reference_of(letter)},
        )
        return reference_of(letter)
