"""What happens on a case after it is opened: timeline entries, tasks and protocol steps,
referrals between agencies, and the answer to "who owes the next step, and by when"."""

from __future__ import annotations

import json
import uuid
from collections.abc import Mapping
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from app.errors import NotFound, ValidationError
from app.i18n import QT_TRANSLATE_NOOP, translate
from app.labels import CASE_STATUS_LABELS, label
from app.models import (
    Agency,
    Case,
    CaseAgency,
    CaseCategory,
    CaseCategoryTag,
    CaseOfficer,
    CaseStatus,
    CaseTask,
    Officer,
    ProtocolRule,
    Referral,
    ReferralStatus,
    Site,
    TimelineEntry,
    TimelineKind,
    Worker,
)
from app.models.base import utcnow
from app.services import access, comms, edit_guard, protocol
from app.services.accounts import officer_named
from app.services.desk import Desk
from app.services.dto import CaseDetail, OwedStep, ReferralInfo, TaskInfo, TimelineItem

#: stage -> protocol steps that are done once a case reaches it
_STEPS_DONE_AT = {
    CaseStatus.VERIFICATION: ("verify",),
    CaseStatus.CLARIFICATION_1: ("verify",),
    CaseStatus.CLARIFICATION_2: ("verify", "clarify_1"),
    CaseStatus.MEDIATION: ("verify", "clarify_1", "clarify_2"),
    CaseStatus.REFERRED: ("verify", "clarify_1", "clarify_2"),
    CaseStatus.RESOLVED: ("verify", "clarify_1", "clarify_2"),
    CaseStatus.CLOSED: ("verify", "clarify_1", "clarify_2"),
}


def _desk_agency(session: Session, desk: Desk) -> uuid.UUID | None:
    return session.scalar(select(Site.agency_id).where(Site.code == desk.site_code))


def _officer_name(session: Session, desk: Desk) -> str:
    name = session.scalar(select(Officer.full_name).where(officer_named(desk.username or "")))
    return name or (desk.username or "")


def record(
    session: Session,
    case: Case,
    kind: TimelineKind,
    text: str,
    *,
    desk: Desk,
    values: Mapping[str, object] | None = None,
    note: str = "",
    at: datetime | None = None,
) -> None:
    """Add an entry to the case's timeline. `text` with `values` is a template marked with
    QT_TRANSLATE_NOOP("timeline", ...); without `values` it is an officer's own words."""
    session.add(
        TimelineEntry(
            case_id=case.id,
            at=at or utcnow(),
            kind=kind,
            text=text,
            data=json.dumps(dict(values or {}), ensure_ascii=False, sort_keys=True)
            if values is not None
            else None,
            note=note,
            agency_id=_desk_agency(session, desk),
            officer=_officer_name(session, desk),
        )
    )


def add_protocol_task(
    session: Session, case: Case, rule: ProtocolRule | None, step: str, start: date
) -> CaseTask:
    owner = case.lead_agency_id
    calendar = protocol.calendar_for_agency(session, owner)
    task = CaseTask(
        case_id=case.id,
        title=protocol.STEPS[step][0],
        owner_agency_id=owner,
        due_on=protocol.due_date(calendar, start, protocol.standard_days(rule, step)),
        step=step,
    )
    session.add(task)
    return task


def on_stage_change(session: Session, case: Case, old: CaseStatus, new: CaseStatus, today: date) -> None:
    """Keep the protocol steps in line with the stage: finish what the stage implies, and start
    the second clarification's clock when the first is held."""
    open_steps = {
        t.step: t
        for t in session.scalars(
            select(CaseTask).where(
                CaseTask.case_id == case.id, CaseTask.step != "", CaseTask.done_on.is_(None)
            )
        )
    }
    for step in _STEPS_DONE_AT.get(new, ()):
        if step in open_steps:
            open_steps[step].done_on = today
    if new == CaseStatus.CLARIFICATION_1:
        if "clarify_1" in open_steps:
            open_steps["clarify_1"].done_on = today
        if "clarify_2" not in open_steps:
            add_protocol_task(session, case, protocol.rule_for(session, case.category), "clarify_2", today)


def _case(session: Session, case_id: uuid.UUID) -> Case:
    case = session.get(Case, case_id)
    if case is None or case.deleted_at is not None:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "That case no longer exists."))
    return case


def _case_by_number(session: Session, number: str) -> Case:
    from app.services.cases import get_case

    return get_case(session, number)


# --- timeline and tasks -------------------------------------------------------------------------


def add_entry(desk: Desk, number: str, kind: str, text: str) -> None:
    """An officer's note, call, visit or letter on the case's timeline."""
    access.require(desk, access.Permission.EDIT_CASES)
    try:
        entry_kind = TimelineKind(kind)
    except ValueError:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "{value} is not an allowed value here."), field="kind", value=kind
        ) from None
    if not text.strip():
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Write what happened."), field="text")
    with desk.write() as session:
        record(session, _case_by_number(session, number), entry_kind, text.strip(), desk=desk)


def add_task(
    desk: Desk,
    number: str,
    title: str,
    *,
    due_on: date | None,
    owner_agency: str | None = None,
    owner_officer: str | None = None,
) -> uuid.UUID:
    access.require(desk, access.Permission.EDIT_CASES)
    if not title.strip():
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "A task needs a title."), field="title")
    with desk.write() as session:
        case = _case_by_number(session, number)
        agency_id = None
        if owner_agency:
            agency_id = session.scalar(select(Agency.id).where(Agency.code == owner_agency))
            if agency_id is None:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("errors", "There is no agency with the code {code}."),
                    field="owner_agency",
                    code=owner_agency,
                )
        officer_id = None
        if owner_officer:
            officer_id = session.scalar(select(Officer.id).where(officer_named(owner_officer)))
            if officer_id is None:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("errors", "There is no officer with the username {username}."),
                    field="owner_officer",
                    username=owner_officer,
                )
        if agency_id is None and officer_id is None:
            agency_id = _desk_agency(session, desk)
        task = CaseTask(
            case_id=case.id,
            title=title.strip(),
            owner_agency_id=agency_id,
            owner_officer_id=officer_id,
            due_on=due_on,
        )
        session.add(task)
        session.flush()
        record(
            session,
            case,
            TimelineKind.TASK,
            QT_TRANSLATE_NOOP("timeline", "Task added: {title}"),
            desk=desk,
            values={"title": task.title},
        )
        return task.id


def complete_task(desk: Desk, task_id: uuid.UUID, *, today: date | None = None) -> None:
    access.require(desk, access.Permission.EDIT_CASES)
    with desk.write() as session:
        task = session.get(CaseTask, task_id)
        if task is None:
            raise NotFound(QT_TRANSLATE_NOOP("errors", "That task no longer exists."))
        if task.done_on is None:
            task.done_on = today or date.today()
            record(
                session,
                _case(session, task.case_id),
                TimelineKind.TASK,
                QT_TRANSLATE_NOOP("timeline", "Task done: {title}"),
                desk=desk,
                values={"title": task.title},
            )


# --- referrals ----------------------------------------------------------------------------------


def refer_case(
    desk: Desk, number: str, to_agency: str, reason: str, *, documents: str = "", today: date | None = None
) -> uuid.UUID:
    """Refer a case to another agency; it must accept or return it within the protocol's standard."""
    access.require(desk, access.Permission.REFER_CASES)
    today = today or date.today()
    if not reason.strip():
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "A referral needs a reason."), field="reason")
    with desk.write() as session:
        case = _case_by_number(session, number)
        receiver = session.scalar(select(Agency).where(Agency.code == to_agency.strip().upper()))
        if receiver is None:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "There is no agency with the code {code}."),
                field="to_agency",
                code=to_agency,
            )
        sender_id = _desk_agency(session, desk)
        assert sender_id is not None
        if receiver.id == sender_id:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "A case cannot be referred to your own agency."),
                field="to_agency",
            )
        rule = protocol.rule_for(session, case.category)
        calendar = protocol.calendar_for_agency(session, receiver.id)
        referral = Referral(
            case_id=case.id,
            from_agency_id=sender_id,
            to_agency_id=receiver.id,
            reason=reason.strip(),
            documents=documents.strip(),
            sent_on=today,
            due_on=protocol.due_date(calendar, today, protocol.standard_days(rule, "answer_referral")),
            status=ReferralStatus.SENT,
        )
        session.add(referral)
        if receiver.id != case.lead_agency_id:
            taking_part = session.scalar(
                select(CaseAgency).where(CaseAgency.case_id == case.id, CaseAgency.agency_id == receiver.id)
            )
            if taking_part is None:
                session.add(CaseAgency(case_id=case.id, agency_id=receiver.id))
            else:
                taking_part.deleted_at = None  # an agency removed earlier takes part again
        session.flush()
        record(
            session,
            case,
            TimelineKind.REFERRAL,
            QT_TRANSLATE_NOOP("timeline", "Referred to {agency}"),
            desk=desk,
            values={"agency": receiver.code},
            note=reason.strip(),
        )
        return referral.id


def answer_referral(
    desk: Desk, referral_id: uuid.UUID, *, accept: bool, note: str = "", today: date | None = None
) -> None:
    """The receiving agency accepts the referral, or returns it with a reason."""
    access.require(desk, access.Permission.REFER_CASES)
    if not accept and not note.strip():
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Returning a referral needs a reason."), field="note"
        )
    with desk.write() as session:
        referral = _open_referral(session, referral_id)
        referral.status = ReferralStatus.ACCEPTED if accept else ReferralStatus.RETURNED
        referral.answered_on = today or date.today()
        referral.answer_note = note.strip()
        receiver = session.scalar(select(Agency.code).where(Agency.id == referral.to_agency_id))
        text = (
            QT_TRANSLATE_NOOP("timeline", "Referral accepted by {agency}")
            if accept
            else QT_TRANSLATE_NOOP("timeline", "Referral returned by {agency}")
        )
        record(
            session,
            _case(session, referral.case_id),
            TimelineKind.REFERRAL,
            text,
            desk=desk,
            values={"agency": receiver},
            note=note.strip(),
        )


def withdraw_referral(
    desk: Desk, referral_id: uuid.UUID, *, note: str = "", today: date | None = None
) -> None:
    access.require(desk, access.Permission.REFER_CASES)
    with desk.write() as session:
        referral = _open_referral(session, referral_id)
        referral.status = ReferralStatus.WITHDRAWN
        referral.answered_on = today or date.today()
        referral.answer_note = note.strip()
        receiver = session.scalar(select(Agency.code).where(Agency.id == referral.to_agency_id))
        record(
            session,
            _case(session, referral.case_id),
            TimelineKind.REFERRAL,
            QT_TRANSLATE_NOOP("timeline", "Referral to {agency} withdrawn"),
            desk=desk,
            values={"agency": receiver},
            note=note.strip(),
        )


def _open_referral(session: Session, referral_id: uuid.UUID) -> Referral:
    referral = session.get(Referral, referral_id)
    if referral is None or referral.deleted_at is not None:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "That referral no longer exists."))
    if referral.status != ReferralStatus.SENT:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "This referral has already been answered or withdrawn.")
        )
    return referral


# --- reading a case -----------------------------------------------------------------------------


#: in place of an officer's own words on a case whose story the reader may not see
SEALED_NOTE = QT_TRANSLATE_NOOP("timeline", "(an officer's note, hidden: sensitive case)")


def _render(entry: TimelineEntry, language: str | None, sealed: bool = False) -> str:
    """The entry in the reader's language; on a sealed case the officers' own words (notes, and the
    notes added to recorded events) are left out, as the case's story is."""
    if entry.data is None:
        return translate("timeline", SEALED_NOTE, language) if sealed else entry.text
    values = json.loads(entry.data)
    if entry.kind == TimelineKind.STATUS:  # stages are stored as codes, read in the reader's language
        values = {
            k: label(CASE_STATUS_LABELS, v, language) if k in ("old", "new") else v for k, v in values.items()
        }
    text = translate("timeline", entry.text, language).format(**values)
    return f"{text}: {entry.note}" if entry.note and not sealed else text


def case_detail(
    desk: Desk, number: str, *, today: date | None = None, language: str | None = None
) -> CaseDetail:
    today = today or date.today()
    with desk.read() as session:
        case = _case_by_number(session, number)
        # the version first, then every field read again: a save committed in between makes a
        # needless conflict, never a lost one (a server's other desks commit at any moment)
        version = edit_guard.version(session, edit_guard.case_rows(session, case))
        session.expire_all()
        from app.services import sensitive

        sealed = sensitive.sealed(session, desk, case)
        codes = dict(session.execute(select(Agency.id, Agency.code)).all())
        worker = case.worker
        worker_values = {c.key: getattr(worker, c.key) for c in Worker.__table__.columns}
        referrals = tuple(
            ReferralInfo(
                r.id,
                codes.get(r.from_agency_id, ""),
                codes.get(r.to_agency_id, ""),
                r.reason,
                r.documents,
                r.sent_on,
                r.due_on,
                r.status.value,
                r.answered_on,
                r.answer_note,
                r.status == ReferralStatus.SENT and r.due_on < today,
            )
            for r in session.scalars(
                select(Referral).where(Referral.case_id == case.id).order_by(Referral.sent_on)
            )
        )
        officer = aliased(Officer)
        tasks = tuple(
            TaskInfo(
                t.id,
                translate("protocol", t.title, language) if t.step else t.title,
                codes.get(t.owner_agency_id) if t.owner_agency_id else None,
                officer_name,
                t.due_on,
                t.done_on,
                t.step,
                t.done_on is None and t.due_on is not None and t.due_on < today,
            )
            for t, officer_name in session.execute(
                select(CaseTask, officer.full_name)
                .outerjoin(officer, officer.id == CaseTask.owner_officer_id)
                .where(CaseTask.case_id == case.id, CaseTask.deleted_at.is_(None))
                .order_by(CaseTask.due_on.is_(None), CaseTask.due_on, CaseTask.created_at)
            )
        )
        timeline = tuple(
            TimelineItem(
                e.at,
                e.kind.value,
                _render(e, language, sealed),
                codes.get(e.agency_id) if e.agency_id else None,
                e.officer,
            )
            for e in session.scalars(
                select(TimelineEntry)
                .where(TimelineEntry.case_id == case.id)
                .order_by(TimelineEntry.at, TimelineEntry.id)
            )
        )
        # calls and messages about the case are kept once, in the communication log
        timeline = tuple(
            sorted((*timeline, *comms.timeline_items(session, case.id, language)), key=lambda i: i.at)
        )
        steps = [
            OwedStep(t.title, t.owner_agency, t.due_on, t.overdue, task_id=t.id)
            for t in tasks
            if t.done_on is None
        ] + [
            OwedStep(
                translate("protocol", protocol.STEPS["answer_referral"][0], language),
                r.to_agency,
                r.due_on,
                r.overdue,
                referral_id=r.id,
            )
            for r in referrals
            if r.status == ReferralStatus.SENT.value
        ]
        if case.status in (CaseStatus.RESOLVED, CaseStatus.CLOSED):
            steps = []
        steps.sort(key=lambda s: (s.due_on is None, s.due_on or today))
        category_name = (
            session.scalar(select(CaseCategory.name).where(CaseCategory.code == case.category)) or ""
        )
        assigned = list(
            session.scalars(
                select(Officer)
                .join(CaseOfficer, CaseOfficer.officer_id == Officer.id)
                .where(CaseOfficer.case_id == case.id, CaseOfficer.deleted_at.is_(None))
            )
        )
        detail = CaseDetail(
            id=case.id,
            number=case.number,
            site_code=case.site.code,
            reported_on=case.reported_on,
            status=case.status.value,
            category=case.category,
            category_name=category_name,
            extra_categories=tuple(
                session.scalars(
                    select(CaseCategoryTag.category).where(
                        CaseCategoryTag.case_id == case.id, CaseCategoryTag.deleted_at.is_(None)
                    )
                )
            ),
            priority=case.priority,
            life_threatening=case.life_threatening,
            complainant=case.complainant.value,
            complainant_name=case.complainant_name,
            complainant_phone=case.complainant_phone,
            channel=case.channel.value,
            summary=case.summary,
            country=case.country,
            lead_agency=codes.get(case.lead_agency_id) if case.lead_agency_id else None,
            participants=tuple(
                sorted(
                    codes[a]
                    for a in session.scalars(
                        select(CaseAgency.agency_id).where(
                            CaseAgency.case_id == case.id, CaseAgency.deleted_at.is_(None)
                        )
                    )
                )
            ),
            officers=tuple(officer.full_name for officer in assigned),
            officer_usernames=tuple(sorted(o.username for o in assigned if o.username)),
            outcome=case.outcome.value if case.outcome else None,
            outcome_amount=str(case.outcome_amount) if case.outcome_amount is not None else None,
            outcome_currency=case.outcome_currency,
            outcome_note=case.outcome_note,
            closed_on=case.closed_on,
            for_next_meeting=case.for_next_meeting,
            worker_id=worker.id,
            worker=worker_values,
            referrals=referrals,
            timeline=timeline,
            tasks=tasks,
            next_steps=tuple(steps),
            version=version,
        )
        return sensitive.masked(session, case, detail) if sealed else detail
