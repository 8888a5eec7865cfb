"""Today: what I and my unit owe, overdue or due within a week, across case steps and tasks,
referrals awaiting our answer, dispositions, letters awaiting our reply and meeting action
items; each line names the record it opens. Driven from the small tables of open work (partial
and composite indexes on due dates), never from the case register."""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import ColumnElement, false, or_, select
from sqlalchemy.orm import Session, aliased

from app.i18n import QT_TRANSLATE_NOOP, translate
from app.models import ActionItem, Case, CaseTask, Forum, Meeting, Officer, Referral, ReferralStatus
from app.models.correspondence import Disposition, DispositionRecipient, Letter, RecipientStatus
from app.services import letters, meetings
from app.services.dashboard.case_figures import case_clauses, is_open
from app.services.dashboard.dto import DashboardFilter, RecordRef, TodayLine
from app.services.dashboard.scope import Scope, letters_visible

#: "due this week": within this many days from today
HORIZON_DAYS = 7
LIMIT = 200  # lines per kind at most, the earliest due first


def _either(*clauses: ColumnElement[bool] | None) -> ColumnElement[bool]:
    present = [c for c in clauses if c is not None]
    return or_(*present) if present else false()


def today_lines(
    session: Session, scope: Scope, flt: DashboardFilter, today: date, language: str
) -> tuple[TodayLine, ...]:
    until = today + timedelta(days=HORIZON_DAYS)
    cases = case_clauses(session, scope, flt)
    lines: list[TodayLine] = []
    me, unit, agency = scope.officer_id, scope.unit_id, scope.agency_id

    # case tasks and protocol steps owed by me, my unit's officers, or my agency as a whole
    owner = aliased(Officer)
    mine_task = CaseTask.owner_officer_id == me if me else None
    unit_task = _either(
        (owner.unit_id == unit) if unit else None,
        (CaseTask.owner_officer_id.is_(None) & (CaseTask.owner_agency_id == agency)) if agency else None,
    )
    for task, number in session.execute(
        select(CaseTask, Case.number)
        .join(Case, Case.id == CaseTask.case_id)
        .outerjoin(owner, owner.id == CaseTask.owner_officer_id)
        .where(
            *cases,
            is_open(),
            CaseTask.done_on.is_(None),
            CaseTask.deleted_at.is_(None),
            CaseTask.due_on <= until,
            _either(mine_task, unit_task),
        )
        .order_by(CaseTask.due_on)
        .limit(LIMIT)
    ):
        lines.append(
            TodayLine(
                "task",
                translate("protocol", task.title, language) if task.step else task.title,
                number,
                task.due_on,
                task.due_on is not None and task.due_on < today,
                "mine" if me and task.owner_officer_id == me else "unit",
                RecordRef("case", number),
                task.id,
            )
        )

    # referrals sent to my agency, not yet accepted or returned
    if agency is not None:
        for referral, number in session.execute(
            select(Referral, Case.number)
            .join(Case, Case.id == Referral.case_id)
            .where(
                *cases,
                Referral.deleted_at.is_(None),
                Referral.status == ReferralStatus.SENT,
                Referral.to_agency_id == agency,
            )
            .order_by(Referral.due_on)
            .limit(LIMIT)
        ):
            lines.append(
                TodayLine(
                    "referral",
                    translate("dashboard", "Accept or return the referral", language),
                    number,
                    referral.due_on,
                    referral.due_on < today,
                    "unit",
                    RecordRef("case", number),
                    referral.id,
                )
            )

    # dispositions routed to me or my unit, still pending
    routed = _either(
        (DispositionRecipient.officer_id == me) if me else None,
        (DispositionRecipient.unit_id == unit) if unit else None,
    )
    for recipient, disposition, letter in session.execute(
        select(DispositionRecipient, Disposition, Letter)
        .join(Disposition, Disposition.id == DispositionRecipient.disposition_id)
        .join(Letter, Letter.id == Disposition.letter_id)
        .where(
            routed,
            DispositionRecipient.deleted_at.is_(None),
            DispositionRecipient.status == RecipientStatus.PENDING,
            Letter.deleted_at.is_(None),
            letters_visible(scope),
            or_(Disposition.due_on.is_(None), Disposition.due_on <= until),
        )
        .order_by(Disposition.due_on.is_(None), Disposition.due_on)
        .limit(LIMIT)
    ):
        lines.append(
            TodayLine(
                "disposition",
                letter.subject,
                letters.reference_of(letter),
                disposition.due_on,
                disposition.due_on is not None and disposition.due_on < today,
                "mine" if me and recipient.officer_id == me else "unit",
                RecordRef("letter", str(letter.id), letter.kind.value),
                recipient.id,
            )
        )

    # incoming letters of this site awaiting our reply
    site_letters = Letter.site_id == scope.site_id if scope.site_id else false()
    for letter in session.scalars(
        select(Letter)
        .where(
            Letter.deleted_at.is_(None),
            site_letters,
            letters.awaiting_reply_clause(),
            letters_visible(scope),
            Letter.reply_by <= until,
        )
        .order_by(Letter.reply_by)
        .limit(LIMIT)
    ):
        assert letter.reply_by is not None
        lines.append(
            TodayLine(
                "letter",
                letter.subject,
                letters.reference_of(letter),
                letter.reply_by,
                letter.reply_by < today,
                "mine" if me and letter.addressee_officer_id == me else "unit",
                RecordRef("letter", str(letter.id), letter.kind.value),
                letter.id,
            )
        )

    # meeting action items owed by me or my agency
    owed = _either(
        (ActionItem.owner_officer_id == me) if me else None,
        (ActionItem.owner_agency_id == agency) if agency else None,
    )
    for action, meeting, forum_code in session.execute(
        select(ActionItem, Meeting, Forum.code)
        .join(Meeting, Meeting.id == ActionItem.meeting_id)
        .join(Forum, Forum.id == Meeting.forum_id)
        .where(
            owed,
            ActionItem.deleted_at.is_(None),
            Meeting.deleted_at.is_(None),
            ActionItem.done_on.is_(None),
            ActionItem.due_on <= until,
        )
        .order_by(ActionItem.due_on)
        .limit(LIMIT)
    ):
        lines.append(
            TodayLine(
                "action",
                action.what,
                meetings.reference(forum_code, meeting),
                action.due_on,
                action.due_on < today,
                "mine" if me and action.owner_officer_id == me else "unit",
                RecordRef("meeting", str(meeting.id)),
                action.id,
            )
        )
    lines.sort(key=lambda line: (line.due_on is None, line.due_on or until, line.kind, line.reference))
    return tuple(lines)


#: marked for lupdate (translated at run time in the caller's language)
_TEXTS = (QT_TRANSLATE_NOOP("dashboard", "Accept or return the referral"),)
