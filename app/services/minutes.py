"""What a meeting produces: its agenda (built in one call from what is owed), attendance,
minutes per agenda item, decisions and action items; closing the minutes locks them, and later
corrections are addendums. Open action items are carried to the next meeting until done.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session, aliased

from app.errors import NotFound, ValidationError
from app.i18n import QT_TRANSLATE_NOOP
from app.models import (
    ActionItem,
    Agency,
    AgendaItem,
    AgendaSource,
    Attendance,
    AttendanceStatus,
    Case,
    CaseCategory,
    CaseTask,
    Decision,
    Forum,
    ForumMember,
    Meeting,
    MeetingStatus,
    MinutesAddendum,
    Officer,
    Referral,
    ReferralStatus,
)
from app.models.base import utcnow
from app.models.correspondence import Letter
from app.services import access, cadence, edit_guard
from app.services.accounts import officer_named
from app.services.cases import OPEN_STATUSES, get_case
from app.services.desk import Desk
from app.services.meeting_dto import (
    ActionInfo,
    AddendumInfo,
    AgendaBuilt,
    AgendaItemInfo,
    AttendanceInfo,
    DecisionInfo,
    MeetingRecord,
    WorkItem,
)
from app.services.meetings import agency_by_code, forum_info, get_meeting, meeting_row, reference

#: at most this many overdue cases, and as many late referrals, are pulled onto one agenda
MAX_PULLED = 25


def _editable(meeting: Meeting) -> None:
    if meeting.minutes_closed_at is not None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The minutes of this meeting are closed: write an addendum instead."),
            field="minutes",
        )
    if meeting.status == MeetingStatus.CANCELLED:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "This meeting was cancelled."), field="status")


def _officer_name(session: Session, desk: Desk) -> str:
    name = session.scalar(select(Officer.full_name).where(officer_named(desk.username or "")))
    return name or (desk.username or "")


# --- agenda ---------------------------------------------------------------------------------------


def _next_position(session: Session, meeting_id: uuid.UUID) -> int:
    top = session.scalar(
        select(func.max(AgendaItem.position)).where(
            AgendaItem.meeting_id == meeting_id, AgendaItem.deleted_at.is_(None)
        )
    )
    return (top or 0) + 1


def add_agenda_item(
    desk: Desk,
    meeting_id: uuid.UUID,
    title: str,
    *,
    case_number: str | None = None,
    letter: str | uuid.UUID | None = None,
) -> uuid.UUID:
    """An agenda item, optionally about a case and/or a letter (by id, number or agenda number)."""
    access.require(desk, access.Permission.MANAGE_MEETINGS)
    from app.services.letters import get_letter, viewer

    if not title.strip():
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "An agenda item needs a title."), field="title")
    with desk.write() as session:
        meeting = get_meeting(session, meeting_id)
        _editable(meeting)
        case = get_case(session, case_number) if case_number else None
        about = None
        if isinstance(letter, uuid.UUID) or (letter and letter.strip()):
            about = get_letter(session, viewer(session, desk), letter)
        item = AgendaItem(
            meeting_id=meeting.id,
            position=_next_position(session, meeting.id),
            title=title.strip(),
            source=AgendaSource.MANUAL,
            case_id=case.id if case else None,
            letter_id=about.id if about else None,
        )
        session.add(item)
        session.flush()
        return item.id


def remove_agenda_item(desk: Desk, item_id: uuid.UUID) -> None:
    access.require(desk, access.Permission.MANAGE_MEETINGS)
    with desk.write() as session:
        item = _agenda_item(session, item_id)
        _editable(get_meeting(session, item.meeting_id))
        item.deleted_at = utcnow()


def move_agenda_item(desk: Desk, item_id: uuid.UUID, offset: int) -> None:
    """Move an item up (-1) or down (+1) the agenda."""
    access.require(desk, access.Permission.MANAGE_MEETINGS)
    with desk.write() as session:
        item = _agenda_item(session, item_id)
        _editable(get_meeting(session, item.meeting_id))
        items = list(
            session.scalars(
                select(AgendaItem)
                .where(AgendaItem.meeting_id == item.meeting_id, AgendaItem.deleted_at.is_(None))
                .order_by(AgendaItem.position, AgendaItem.id)
            )
        )
        index = items.index(item)
        target = index + offset
        if 0 <= target < len(items):
            items.insert(target, items.pop(index))
            for position, row in enumerate(items, start=1):
                if row.position != position:
                    row.position = position


def _agenda_item(session: Session, item_id: uuid.UUID) -> AgendaItem:
    item = session.get(AgendaItem, item_id)
    if item is None or item.deleted_at is not None:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "That agenda item no longer exists."))
    return item


def _member_agencies(session: Session, forum_id: uuid.UUID) -> set[uuid.UUID]:
    return set(
        session.scalars(
            select(ForumMember.agency_id).where(
                ForumMember.forum_id == forum_id, ForumMember.deleted_at.is_(None)
            )
        )
    ) | set(session.scalars(select(Forum.secretariat_agency_id).where(Forum.id == forum_id)))


def _case_title(session: Session, case: Case) -> str:
    name = (
        session.scalar(select(CaseCategory.name).where(CaseCategory.code == case.category)) or case.category
    )
    return f"{case.number} — {name}"


def _carry_actions(session: Session, meeting: Meeting, present: set[tuple[str, uuid.UUID]]) -> int:
    """Put every open action item of the forum's earlier meetings on `meeting`'s agenda."""
    added = 0
    position = _next_position(session, meeting.id)
    earlier = aliased(Meeting)
    for action in session.scalars(
        select(ActionItem)
        .join(earlier, earlier.id == ActionItem.meeting_id)
        .where(
            earlier.forum_id == meeting.forum_id,
            earlier.starts_at < meeting.starts_at,
            earlier.deleted_at.is_(None),
            ActionItem.done_on.is_(None),
            ActionItem.deleted_at.is_(None),
        )
        .order_by(ActionItem.due_on, ActionItem.id)
    ):
        if ("action", action.id) in present:
            continue
        present.add(("action", action.id))
        session.add(
            AgendaItem(
                meeting_id=meeting.id,
                position=position + added,
                title=action.what,
                source=AgendaSource.OPEN_ACTION,
                action_item_id=action.id,
                case_id=action.case_id,
            )
        )
        added += 1
    session.flush()
    return added


def _present(session: Session, meeting_id: uuid.UUID) -> set[tuple[str, uuid.UUID]]:
    present: set[tuple[str, uuid.UUID]] = set()
    for item in session.scalars(
        select(AgendaItem).where(AgendaItem.meeting_id == meeting_id, AgendaItem.deleted_at.is_(None))
    ):
        if item.action_item_id:
            present.add(("action", item.action_item_id))
        if item.referral_id:
            present.add(("referral", item.referral_id))
        elif item.case_id and not item.action_item_id:
            present.add(("case", item.case_id))
    return present


def build_agenda(desk: Desk, meeting_id: uuid.UUID, *, today: date | None = None) -> AgendaBuilt:
    """Pull onto the agenda, in one action: action items still open from earlier meetings, cases
    whose protocol deadline has passed, referrals not answered in time, and cases flagged for the
    next coordination meeting. Cases and referrals are those of the forum's member agencies.
    Items already on the agenda are not added twice."""
    access.require(desk, access.Permission.MANAGE_MEETINGS)
    today = today or date.today()
    with desk.write() as session:
        meeting = get_meeting(session, meeting_id)
        _editable(meeting)
        present = _present(session, meeting.id)
        members = _member_agencies(session, meeting.forum_id)
        actions = _carry_actions(session, meeting, present)
        positions = iter(range(_next_position(session, meeting.id), 1_000_000))

        def add(source: AgendaSource, case: Case, referral: Referral | None = None, title: str = "") -> None:
            session.add(
                AgendaItem(
                    meeting_id=meeting.id,
                    position=next(positions),
                    title=title or _case_title(session, case),
                    source=source,
                    case_id=case.id,
                    referral_id=referral.id if referral else None,
                )
            )

        live = and_(Case.deleted_at.is_(None), Case.status.in_(OPEN_STATUSES))
        overdue = 0
        # most overdue first (the partial index on open tasks by due date drives it), and no more
        # than a meeting can discuss: the rest stay in the register's "overdue" filter
        late_steps = (
            select(Case)
            .join(CaseTask, CaseTask.case_id == Case.id)
            .where(
                live,
                CaseTask.step != "",
                CaseTask.done_on.is_(None),
                CaseTask.due_on < today,
                CaseTask.deleted_at.is_(None),
                or_(CaseTask.owner_agency_id.in_(members), Case.lead_agency_id.in_(members)),
            )
            .group_by(Case.id)
            .order_by(func.min(CaseTask.due_on), Case.number)
        )
        left_out = 0
        for case in session.scalars(late_steps):
            if ("case", case.id) in present:
                continue
            if overdue >= MAX_PULLED:
                left_out += 1
                continue
            present.add(("case", case.id))
            add(AgendaSource.OVERDUE_CASE, case)
            overdue += 1
        late = 0
        receiver = aliased(Agency)
        for referral, case, to_code in session.execute(
            select(Referral, Case, receiver.code)
            .join(Case, Case.id == Referral.case_id)
            .join(receiver, receiver.id == Referral.to_agency_id)
            .where(
                live,
                Referral.status == ReferralStatus.SENT,
                Referral.due_on < today,
                Referral.deleted_at.is_(None),
                or_(Referral.to_agency_id.in_(members), Referral.from_agency_id.in_(members)),
            )
            .order_by(Referral.due_on, Case.number)
        ):
            if ("referral", referral.id) in present:
                continue
            if late >= MAX_PULLED:
                left_out += 1
                continue
            present.add(("referral", referral.id))
            add(AgendaSource.LATE_REFERRAL, case, referral, f"{case.number} → {to_code}")
            late += 1
        flagged = 0
        for case in session.scalars(
            select(Case)
            .where(Case.deleted_at.is_(None), Case.for_next_meeting.is_(True))
            .order_by(Case.number)
        ):
            if ("case", case.id) not in present:
                present.add(("case", case.id))
                add(AgendaSource.FLAGGED_CASE, case)
                flagged += 1
        return AgendaBuilt(actions, overdue, late, flagged, left_out)


# --- attendance -------------------------------------------------------------------------------------


def add_attendee(
    desk: Desk,
    meeting_id: uuid.UUID,
    *,
    agency: str,
    name: str,
    position: str = "",
    officer_id: uuid.UUID | None = None,
    status: str = AttendanceStatus.PRESENT.value,
    represented_by: str = "",
) -> uuid.UUID:
    access.require(desk, access.Permission.MANAGE_MEETINGS)
    state = _attendance_status(status)
    with desk.write() as session:
        meeting = get_meeting(session, meeting_id)
        _editable(meeting)
        agency_row = agency_by_code(session, agency, "agency")
        officer = session.get(Officer, officer_id) if officer_id else None
        name = name.strip() or (officer.full_name if officer else "")
        if not name:
            raise ValidationError(QT_TRANSLATE_NOOP("errors", "Write the participant's name."), field="name")
        _check_represented(state, represented_by)
        row = Attendance(
            meeting_id=meeting.id,
            agency_id=agency_row.id,
            officer_id=officer.id if officer else None,
            name=name,
            position=position.strip() or (officer.position if officer else ""),
            status=state,
            represented_by=represented_by.strip(),
        )
        session.add(row)
        session.flush()
        return row.id


def _attendance_status(status: str) -> AttendanceStatus:
    try:
        return AttendanceStatus(status)
    except ValueError:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "{value} is not an allowed value here."), field="status", value=status
        ) from None


def _check_represented(state: AttendanceStatus, represented_by: str) -> None:
    if state == AttendanceStatus.REPRESENTED and not represented_by.strip():
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Write who represented the invitee."), field="represented_by"
        )


def mark_attendance(desk: Desk, attendance_id: uuid.UUID, status: str, represented_by: str = "") -> None:
    access.require(desk, access.Permission.MANAGE_MEETINGS)
    state = _attendance_status(status)
    _check_represented(state, represented_by)
    with desk.write() as session:
        row = session.get(Attendance, attendance_id)
        if row is None or row.deleted_at is not None:
            raise NotFound(QT_TRANSLATE_NOOP("errors", "That participant is no longer on the list."))
        _editable(get_meeting(session, row.meeting_id))
        row.status = state
        row.represented_by = represented_by.strip() if state == AttendanceStatus.REPRESENTED else ""


def record_attendance(desk: Desk, meeting_id: uuid.UUID, marks: dict[uuid.UUID, tuple[str, str]]) -> None:
    """The whole attendance list at once: invitee -> (status, represented by)."""
    access.require(desk, access.Permission.MANAGE_MEETINGS)
    states = {}
    for attendance_id, (status, represented_by) in marks.items():
        state = _attendance_status(status)
        _check_represented(state, represented_by)
        states[attendance_id] = (
            state,
            represented_by.strip() if state == AttendanceStatus.REPRESENTED else "",
        )
    with desk.write() as session:
        _editable(get_meeting(session, meeting_id))
        for row in session.scalars(
            select(Attendance).where(Attendance.meeting_id == meeting_id, Attendance.id.in_(list(states)))
        ):
            state, represented_by = states[row.id]
            if (row.status, row.represented_by) != (state, represented_by):
                row.status, row.represented_by = state, represented_by


# --- minutes, decisions, action items ------------------------------------------------------------------


def write_minutes(
    desk: Desk,
    meeting_id: uuid.UUID,
    discussions: dict[uuid.UUID, str],
    *,
    base_version: int | None = None,
    changed: frozenset[uuid.UUID] | set[uuid.UUID] | None = None,
) -> None:
    """What was discussed under each agenda item, saved together. `changed` names the items
    whose text the officer changed (None: every item given): only those are written, so what
    another desk saved under the others stays. With `base_version` (`MeetingRecord.version`)
    an item someone else saved meanwhile and this officer changed too is refused with
    `EditConflict` (app.services.edit_guard), as for cases and letters."""
    access.require(desk, access.Permission.MANAGE_MEETINGS)
    writing = set(discussions) if changed is None else set(changed) & set(discussions)
    with desk.write() as session:
        meeting = get_meeting(session, meeting_id)
        _editable(meeting)
        # one writer of a meeting's minutes at a time on a server, until the save ends
        session.execute(select(Meeting.id).where(Meeting.id == meeting.id).with_for_update())
        items = list(
            session.scalars(
                select(AgendaItem).where(
                    AgendaItem.meeting_id == meeting_id, AgendaItem.id.in_(list(writing))
                )
            )
        )
        edit_guard.check(
            session,
            edit_guard.minutes_rows(session, meeting_id),
            base_version,
            [edit_guard.discussion_key(i) for i in writing],
            {edit_guard.discussion_key(i.id): f"{i.position}. {i.title}" for i in items},
        )
        for item in items:
            text = discussions[item.id].strip()
            if item.discussion != text:
                item.discussion = text


def write_discussion(desk: Desk, item_id: uuid.UUID, text: str) -> None:
    access.require(desk, access.Permission.MANAGE_MEETINGS)
    with desk.write() as session:
        item = _agenda_item(session, item_id)
        _editable(get_meeting(session, item.meeting_id))
        item.discussion = text.strip()


@dataclass(frozen=True)
class ActionInput:
    what: str
    owner_agency: str
    due_on: date | None
    owner_officer_id: uuid.UUID | None = None
    case_number: str | None = None


def _check_action(
    session: Session, meeting: Meeting, data: ActionInput
) -> tuple[uuid.UUID, uuid.UUID | None, date]:
    if not data.what.strip():
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Say what is to be done."), field="what")
    if not data.owner_agency.strip():
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "An action item needs an owner: the agency that does it."),
            field="owner_agency",
        )
    agency = agency_by_code(session, data.owner_agency, "owner_agency")
    if data.owner_officer_id is not None:
        officer = session.get(Officer, data.owner_officer_id)
        if officer is None or officer.deleted_at is not None:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "That officer is not on record."), field="owner_officer"
            )
    if data.due_on is None:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "An action item needs a due date."), field="due_on")
    held_on = meeting.starts_at.astimezone(cadence.zone(meeting.timezone)).date()
    if data.due_on < held_on:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "An action item cannot be due before its meeting."), field="due_on"
        )
    case_id = get_case(session, data.case_number).id if data.case_number else None
    return agency.id, case_id, data.due_on


def _add_action(
    session: Session, meeting: Meeting, data: ActionInput, decision_id: uuid.UUID | None
) -> ActionItem:
    agency_id, case_id, due_on = _check_action(session, meeting, data)
    action = ActionItem(
        meeting_id=meeting.id,
        decision_id=decision_id,
        what=data.what.strip(),
        owner_agency_id=agency_id,
        owner_officer_id=data.owner_officer_id,
        due_on=due_on,
        case_id=case_id,
    )
    session.add(action)
    return action


def add_decision(
    desk: Desk, meeting_id: uuid.UUID, text: str, actions: tuple[ActionInput, ...] = ()
) -> uuid.UUID:
    """A decision with its action items, all or nothing."""
    access.require(desk, access.Permission.MANAGE_MEETINGS)
    if not text.strip():
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Write the decision."), field="decision")
    with desk.write() as session:
        meeting = get_meeting(session, meeting_id)
        _editable(meeting)
        for data in actions:  # every action valid before the decision is written
            _check_action(session, meeting, data)
        top = session.scalar(
            select(func.max(Decision.position)).where(
                Decision.meeting_id == meeting.id, Decision.deleted_at.is_(None)
            )
        )
        decision = Decision(meeting_id=meeting.id, position=(top or 0) + 1, text=text.strip())
        session.add(decision)
        session.flush()
        for data in actions:
            _add_action(session, meeting, data, decision.id)
        return decision.id


def add_action(
    desk: Desk, meeting_id: uuid.UUID, data: ActionInput, *, decision_id: uuid.UUID | None = None
) -> uuid.UUID:
    access.require(desk, access.Permission.MANAGE_MEETINGS)
    with desk.write() as session:
        meeting = get_meeting(session, meeting_id)
        _editable(meeting)
        action = _add_action(session, meeting, data, decision_id)
        session.flush()
        return action.id


def complete_action(desk: Desk, action_id: uuid.UUID, evidence: str, *, done_on: date | None = None) -> None:
    """Mark an action item done with what shows it (a letter number, a report); open after the
    minutes are closed too: following up is the point."""
    access.require(desk, access.Permission.MANAGE_MEETINGS)
    if not evidence.strip():
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Say what shows that the action is done (the evidence)."),
            field="evidence",
        )
    with desk.write() as session:
        action = session.get(ActionItem, action_id)
        if action is None or action.deleted_at is not None:
            raise NotFound(QT_TRANSLATE_NOOP("errors", "That action item no longer exists."))
        if action.done_on is not None:
            raise ValidationError(QT_TRANSLATE_NOOP("errors", "This action item is already done."))
        action.done_on = done_on or date.today()
        action.evidence = evidence.strip()


def close_minutes(desk: Desk, meeting_id: uuid.UUID, *, today: date | None = None) -> uuid.UUID | None:
    """Close (lock) the minutes: the meeting counts as held, cases flagged for it are unflagged,
    and its open action items go onto the forum's next meeting's agenda. Returns that meeting."""
    access.require(desk, access.Permission.MANAGE_MEETINGS)
    today = today or date.today()
    with desk.write() as session:
        meeting = get_meeting(session, meeting_id)
        _editable(meeting)
        if meeting.starts_at.astimezone(cadence.zone(meeting.timezone)).date() > today:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "The minutes can be closed once the meeting has taken place."),
                field="minutes",
            )
        if (
            session.scalar(
                select(Attendance.id).where(
                    Attendance.meeting_id == meeting.id,
                    Attendance.deleted_at.is_(None),
                    Attendance.status.in_((AttendanceStatus.PRESENT, AttendanceStatus.REPRESENTED)),
                )
            )
            is None
        ):
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "Take the attendance before closing the minutes."),
                field="attendance",
            )
        meeting.status = MeetingStatus.HELD
        meeting.minutes_closed_at = utcnow()
        meeting.minutes_closed_by = _officer_name(session, desk)
        for case in session.scalars(
            select(Case)
            .join(AgendaItem, AgendaItem.case_id == Case.id)
            .where(
                AgendaItem.meeting_id == meeting.id,
                AgendaItem.deleted_at.is_(None),
                Case.for_next_meeting.is_(True),
            )
        ):
            case.for_next_meeting = False
        following = session.scalar(
            select(Meeting)
            .where(
                Meeting.forum_id == meeting.forum_id,
                Meeting.starts_at > meeting.starts_at,
                Meeting.deleted_at.is_(None),
                Meeting.minutes_closed_at.is_(None),
                Meeting.status != MeetingStatus.CANCELLED,
            )
            .order_by(Meeting.starts_at)
            .limit(1)
        )
        if following is None:
            return None
        session.flush()
        _carry_actions(session, following, _present(session, following.id))
        return following.id


def add_addendum(
    desk: Desk, meeting_id: uuid.UUID, text: str, *, agenda_item_id: uuid.UUID | None = None
) -> uuid.UUID:
    access.require(desk, access.Permission.MANAGE_MEETINGS)
    if not text.strip():
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Write the correction."), field="text")
    with desk.write() as session:
        meeting = get_meeting(session, meeting_id)
        if meeting.minutes_closed_at is None:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "The minutes are still open: correct them directly."),
                field="text",
            )
        row = MinutesAddendum(
            meeting_id=meeting.id,
            agenda_item_id=agenda_item_id,
            at=utcnow(),
            author=_officer_name(session, desk),
            text=text.strip(),
        )
        session.add(row)
        session.flush()
        return row.id


# --- reading ----------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ActionFilter:
    open_only: bool = False
    agency: str | None = None
    owner_officer_id: uuid.UUID | None = None
    owner_username: str | None = None
    #: "open", "overdue", "done" or "" for all
    status: str = ""
    due_before: date | None = None
    meeting_id: uuid.UUID | None = None
    forum_id: uuid.UUID | None = None


def action_items(
    desk: Desk, flt: ActionFilter | None = None, *, today: date | None = None
) -> list[ActionInfo]:
    flt = flt or ActionFilter()
    today = today or date.today()
    owner = aliased(Officer)
    query = (
        select(ActionItem, Meeting, Forum.code, Agency.code, owner, Case.number)
        .join(Meeting, Meeting.id == ActionItem.meeting_id)
        .join(Forum, Forum.id == Meeting.forum_id)
        .join(Agency, Agency.id == ActionItem.owner_agency_id)
        .outerjoin(owner, owner.id == ActionItem.owner_officer_id)
        .outerjoin(Case, Case.id == ActionItem.case_id)
        .where(ActionItem.deleted_at.is_(None), Meeting.deleted_at.is_(None))
        .order_by(ActionItem.done_on.is_not(None), ActionItem.due_on, ActionItem.id)
    )
    if flt.open_only or flt.status in ("open", "overdue"):
        query = query.where(ActionItem.done_on.is_(None))
    if flt.status == "overdue":
        query = query.where(ActionItem.due_on < today)
    if flt.status == "done":
        query = query.where(ActionItem.done_on.is_not(None))
    if flt.agency:
        query = query.where(Agency.code == flt.agency.strip().upper())
    if flt.owner_officer_id:
        query = query.where(ActionItem.owner_officer_id == flt.owner_officer_id)
    if flt.owner_username:
        query = query.where(owner.username == flt.owner_username)
    if flt.due_before:
        query = query.where(ActionItem.due_on <= flt.due_before)
    if flt.meeting_id:
        query = query.where(ActionItem.meeting_id == flt.meeting_id)
    if flt.forum_id:
        query = query.where(Meeting.forum_id == flt.forum_id)
    with desk.read() as session:
        return [
            ActionInfo(
                id=a.id,
                meeting_id=m.id,
                meeting_reference=reference(forum_code, m),
                decision_id=a.decision_id,
                what=a.what,
                owner_agency=agency_code,
                owner_officer_id=a.owner_officer_id,
                owner_officer=officer.full_name if officer else "",
                owner_username=officer.username if officer else None,
                due_on=a.due_on,
                case_number=case_number,
                done_on=a.done_on,
                evidence=a.evidence,
                overdue=a.done_on is None and a.due_on < today,
            )
            for a, m, forum_code, agency_code, officer, case_number in session.execute(query)
        ]


def meeting_record(
    desk: Desk, meeting_id: uuid.UUID, *, today: date | None = None, language: str | None = None
) -> MeetingRecord:
    """The whole meeting as one frozen value (its window, and the printed forms)."""
    with desk.read() as session:
        meeting = get_meeting(session, meeting_id)
        forum = session.get(Forum, meeting.forum_id)
        assert forum is not None
        chair = session.get(Officer, meeting.chair_officer_id) if meeting.chair_officer_id else None
        taker = (
            session.get(Officer, meeting.minute_taker_officer_id) if meeting.minute_taker_officer_id else None
        )
        officer = aliased(Officer)
        invitees = tuple(
            AttendanceInfo(
                a.id,
                code,
                agency_name,
                a.officer_id,
                a.name,
                a.position,
                o.nip if o else "",
                o.phone if o else "",
                o.email if o else "",
                a.status.value,
                a.represented_by,
            )
            for a, code, agency_name, o in session.execute(
                select(Attendance, Agency.code, Agency.name, officer)
                .join(Agency, Agency.id == Attendance.agency_id)
                .outerjoin(officer, officer.id == Attendance.officer_id)
                .where(Attendance.meeting_id == meeting.id, Attendance.deleted_at.is_(None))
                .order_by(Agency.code, Attendance.name, Attendance.id)
            )
        )
        # read before the items: a save committed in between makes a needless conflict, never a lost one
        version = edit_guard.version(session, edit_guard.minutes_rows(session, meeting.id))
        agenda = tuple(
            AgendaItemInfo(
                i.id,
                i.position,
                i.title,
                i.source.value,
                number,
                i.action_item_id,
                i.discussion,
                letter_id=i.letter_id,
                # the reference only: the minutes go to every member, the letter may be confidential
                letter_reference=(agenda_number or letter_number) if i.letter_id else None,
            )
            for i, number, agenda_number, letter_number in session.execute(
                select(AgendaItem, Case.number, Letter.agenda_number, Letter.number)
                .outerjoin(Case, Case.id == AgendaItem.case_id)
                .outerjoin(Letter, Letter.id == AgendaItem.letter_id)
                .where(AgendaItem.meeting_id == meeting.id, AgendaItem.deleted_at.is_(None))
                .order_by(AgendaItem.position, AgendaItem.id)
            )
        )
        decisions = tuple(
            DecisionInfo(d.id, d.position, d.text)
            for d in session.scalars(
                select(Decision)
                .where(Decision.meeting_id == meeting.id, Decision.deleted_at.is_(None))
                .order_by(Decision.position, Decision.id)
            )
        )
        addenda = tuple(
            AddendumInfo(x.id, x.at, x.author, x.text, x.agenda_item_id)
            for x in session.scalars(
                select(MinutesAddendum)
                .where(MinutesAddendum.meeting_id == meeting.id, MinutesAddendum.deleted_at.is_(None))
                .order_by(MinutesAddendum.at, MinutesAddendum.id)
            )
        )
        row = meeting_row(session, meeting, forum)
        about_forum = forum_info(session, forum, language)
        people = (
            chair.full_name if chair else "",
            chair.position if chair else "",
            taker.full_name if taker else "",
            taker.position if taker else "",
        )
        closed_at, closed_by = meeting.minutes_closed_at, meeting.minutes_closed_by
    actions = tuple(action_items(desk, ActionFilter(meeting_id=meeting_id), today=today))
    return MeetingRecord(
        meeting=row,
        forum=about_forum,
        chair=people[0],
        chair_position=people[1],
        minute_taker=people[2],
        minute_taker_position=people[3],
        minutes_closed_at=closed_at,
        minutes_closed_by=closed_by,
        invitees=invitees,
        agenda=agenda,
        decisions=decisions,
        actions=actions,
        addenda=addenda,
        version=version,
    )


def open_work(
    desk: Desk, *, agency: str | None = None, username: str | None = None, today: date | None = None
) -> list[WorkItem]:
    """What an officer (by username) or an agency owes: open case tasks and open meeting action
    items side by side, earliest due first."""
    today = today or date.today()
    from app.i18n import translate

    officer = aliased(Officer)
    owner_agency = aliased(Agency)
    tasks = (
        select(CaseTask, Case.number, owner_agency.code, officer.full_name)
        .join(Case, Case.id == CaseTask.case_id)
        .outerjoin(owner_agency, owner_agency.id == CaseTask.owner_agency_id)
        .outerjoin(officer, officer.id == CaseTask.owner_officer_id)
        .where(
            CaseTask.done_on.is_(None),
            CaseTask.deleted_at.is_(None),
            Case.deleted_at.is_(None),
            Case.status.in_(OPEN_STATUSES),
        )
    )
    if username:
        tasks = tasks.where(officer.username == username)
    if agency:
        tasks = tasks.where(owner_agency.code == agency.upper())
    with desk.read() as session:
        items = [
            WorkItem(
                "case_task",
                t.id,
                translate("protocol", t.title) if t.step else t.title,
                code,
                name or "",
                t.due_on,
                t.due_on is not None and t.due_on < today,
                number,
                None,
            )
            for t, number, code, name in session.execute(tasks.limit(500))
        ]
    for a in action_items(
        desk, ActionFilter(open_only=True, agency=agency, owner_username=username), today=today
    ):
        items.append(
            WorkItem(
                "action",
                a.id,
                a.what,
                a.owner_agency,
                a.owner_officer,
                a.due_on,
                a.overdue,
                a.case_number,
                a.meeting_reference,
            )
        )
    items.sort(key=lambda w: (w.due_on is None, w.due_on or today, w.what))
    return items
