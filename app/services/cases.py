"""The case register: opening a worker's case under the coordination protocol, moving it through
the handling stages, and listing cases with filters computed in SQL.

Referrals, timeline entries and tasks live in app.services.case_activity.
"""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Any, TypeVar

from sqlalchemy import ColumnElement, Select, and_, exists, func, literal_column, or_, select
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Session, aliased

from app.errors import NotFound, ValidationError, allowed_value
from app.i18n import QT_TRANSLATE_NOOP
from app.models import (
    Agency,
    Case,
    CaseAgency,
    CaseCategory,
    CaseCategoryTag,
    CaseOfficer,
    CaseStatus,
    CaseTask,
    Channel,
    Complainant,
    Country,
    Officer,
    Outcome,
    Referral,
    ReferralStatus,
    Site,
    TimelineKind,
    Worker,
)
from app.models.base import utcnow
from app.persistence import counters
from app.services import access, case_activity, edit_guard, protocol, search
from app.services.accounts import officer_named
from app.services.desk import Desk
from app.services.dto import CaseRow
from app.services.workers import WorkerInput, validate_worker

CLOSED_STATUSES = (CaseStatus.RESOLVED, CaseStatus.CLOSED)
OPEN_STATUSES = tuple(s for s in CaseStatus if s not in CLOSED_STATUSES)
STAGE_ORDER = {s: i for i, s in enumerate(CaseStatus)}


def case_number(connection: Connection, site_code: str, year: int) -> str:
    """`SITECODE/YYYY/00042`: per site and year, from a gap-free counter, never reused."""
    serial = counters.reserve(connection, f"case:{site_code}:{year}")
    return f"{site_code}/{year}/{serial:05d}"


@dataclass(frozen=True)
class CaseInput:
    category: str
    reported_on: date
    country: str | None = None
    extra_categories: tuple[str, ...] = ()
    complainant: str = Complainant.WORKER.value
    complainant_name: str = ""
    complainant_phone: str = ""
    channel: str = Channel.OTHER.value
    priority: int = 2
    life_threatening: bool = False
    summary: str = ""
    #: None: as the protocol suggests
    lead_agency_code: str | None = None
    participant_codes: tuple[str, ...] | None = None
    officer_usernames: tuple[str, ...] = ()


@dataclass(frozen=True)
class OpenedCase:
    id: uuid.UUID
    number: str
    worker_id: uuid.UUID
    warnings: tuple[str, ...] = field(default=())


def _agency_id(session: Session, code: str, field_name: str) -> uuid.UUID:
    agency_id = session.scalar(select(Agency.id).where(Agency.code == code.strip().upper()))
    if agency_id is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "There is no agency with the code {code}."),
            field=field_name,
            code=code,
        )
    return agency_id


def _check_category(session: Session, code: str, field_name: str = "category") -> str:
    if session.scalar(select(CaseCategory.id).where(CaseCategory.code == code)) is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Unknown case category: {category}."), field=field_name, category=code
        )
    return code


def _check_case(session: Session, data: CaseInput, today: date) -> None:
    _check_category(session, data.category)
    for extra in data.extra_categories:
        _check_category(session, extra, "extra_categories")
    if data.reported_on > today:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The report date is in the future."), field="reported_on"
        )
    if data.priority not in (1, 2, 3):
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Priority is 1 (high), 2 or 3 (low)."), field="priority"
        )
    allowed_value(Complainant, data.complainant, "complainant")
    allowed_value(Channel, data.channel, "channel")
    if data.country and session.get(Country, data.country.upper()) is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "{country} is not a two-letter ISO country code."),
            field="country",
            country=data.country,
        )


def open_case(
    desk: Desk,
    worker: WorkerInput | None,
    data: CaseInput,
    *,
    existing_worker_id: uuid.UUID | None = None,
    today: date | None = None,
    session: Session | None = None,
) -> OpenedCase:
    """Register a case for a new worker (`worker`) or one already known (`existing_worker_id`).

    The protocol suggests the lead and the agencies to involve unless the officer chose them,
    and sets the first steps with their due dates in working days. Nothing is saved on error."""
    access.require(desk, access.Permission.EDIT_CASES)
    today = today or date.today()
    if session is None:
        with desk.write() as own:
            return _open_case(desk, own, worker, data, existing_worker_id, today)
    return _open_case(desk, session, worker, data, existing_worker_id, today)


def _open_case(
    desk: Desk,
    session: Session,
    worker_input: WorkerInput | None,
    data: CaseInput,
    existing_worker_id: uuid.UUID | None,
    today: date,
) -> OpenedCase:
    assert desk.site_code is not None
    _check_case(session, data, today)
    warnings: tuple[str, ...] = ()
    if existing_worker_id is not None:
        worker = session.get(Worker, existing_worker_id)
        if worker is None:
            raise NotFound(QT_TRANSLATE_NOOP("errors", "That worker no longer exists."))
    else:
        if worker_input is None:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "The worker needs at least a name."), field="full_name"
            )
        departed = data.category != "failed_to_depart"
        clean = validate_worker(session, worker_input, today=today, departed_expected=departed)
        warnings = clean.warnings
        worker = Worker(**clean.values)
        session.add(worker)
        session.flush()
    country = (data.country or worker.destination_country or "").upper() or None
    suggestion = protocol.suggest(session, data.category, country)
    lead = (
        _agency_id(session, data.lead_agency_code, "lead_agency")
        if data.lead_agency_code
        else suggestion.lead_agency_id
    )
    if data.participant_codes is None:
        participants = list(suggestion.participant_ids)
    else:
        participants = [_agency_id(session, c, "participants") for c in data.participant_codes]
    officers = []
    for username in data.officer_usernames:
        officer_id = session.scalar(select(Officer.id).where(officer_named(username)))
        if officer_id is None:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "There is no officer with the username {username}."),
                field="officers",
                username=username,
            )
        officers.append(officer_id)
    site_id = session.scalar(select(Site.id).where(Site.code == desk.site_code))
    case = Case(
        number=case_number(session.connection(), desk.site_code, data.reported_on.year),
        site_id=site_id,
        worker_id=worker.id,
        reported_on=data.reported_on,
        complainant=Complainant(data.complainant),
        complainant_name=" ".join(data.complainant_name.split()),
        complainant_phone=data.complainant_phone.strip(),
        channel=Channel(data.channel),
        category=data.category,
        status=CaseStatus.INTAKE,
        priority=data.priority,
        life_threatening=data.life_threatening,
        summary=data.summary.strip(),
        lead_agency_id=lead,
        country=country,
    )
    session.add(case)
    session.flush()
    for extra in dict.fromkeys(data.extra_categories):
        if extra != data.category:
            session.add(CaseCategoryTag(case_id=case.id, category=extra))
    for agency_id in dict.fromkeys(participants):
        if agency_id != lead:
            session.add(CaseAgency(case_id=case.id, agency_id=agency_id))
    for officer_id in dict.fromkeys(officers):
        session.add(CaseOfficer(case_id=case.id, officer_id=officer_id))
    rule = protocol.rule_for(session, data.category)
    for step in ("verify", "clarify_1"):
        case_activity.add_protocol_task(session, case, rule, step, data.reported_on)
    case_activity.record(
        session,
        case,
        TimelineKind.STATUS,
        QT_TRANSLATE_NOOP("timeline", "Case registered"),
        desk=desk,
        values={},
    )
    session.flush()
    return OpenedCase(case.id, case.number, worker.id, warnings)


def get_case(session: Session, number: str) -> Case:
    case = session.scalar(select(Case).where(Case.number == number.strip(), Case.deleted_at.is_(None)))
    if case is None:
        raise NotFound(
            QT_TRANSLATE_NOOP("errors", "There is no case with the number {number}."), number=number
        )
    return case


def change_status(
    desk: Desk, number: str, status: str, *, reason: str = "", today: date | None = None
) -> None:
    """Move a case to a handling stage. Reopening a resolved or closed case needs a reason."""
    access.require(desk, access.Permission.EDIT_CASES)
    today = today or date.today()
    new = allowed_value(CaseStatus, status, "status")
    assert isinstance(new, CaseStatus)
    with desk.write() as session:
        case = get_case(session, number)
        old = case.status
        if new == old:
            return
        reopening = old in CLOSED_STATUSES and new not in CLOSED_STATUSES
        if reopening and not reason.strip():
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "Reopening a case needs a reason."), field="reason"
            )
        case.status = new
        case.closed_on = today if new in CLOSED_STATUSES else None
        case_activity.on_stage_change(session, case, old, new, today)
        text = QT_TRANSLATE_NOOP("timeline", "Stage changed: {old} → {new}")
        case_activity.record(
            session,
            case,
            TimelineKind.STATUS,
            text,
            desk=desk,
            values={"old": old.value, "new": new.value},
            note=reason.strip(),
        )


# --- scripted corrections (`jejaring case set`) -------------------------------------------------

CASE_FIELDS = {
    "priority",
    "life_threatening",
    "summary",
    "country",
    "category",
    "complainant",
    "complainant_name",
    "complainant_phone",
    "channel",
    "lead_agency",
    "outcome",
    "outcome_amount",
    "outcome_currency",
    "outcome_note",
    "for_next_meeting",
    "reported_on",
    "status",
    # lists, written as comma-separated codes or usernames
    "participants",
    "extra_categories",
    "officers",
}
WORKER_FIELDS = {
    "full_name",
    "aliases",
    "nik",
    "passport_no",
    "passport_expiry",
    "sex",
    "birth_date",
    "birth_place",
    "home_region",
    "address",
    "phone",
    "phone_alt",
    "family_contact",
    "family_relation",
    "family_phone",
    "p3mi_name",
    "partner_agency",
    "employer_name",
    "employer_address",
    "employer_phone",
    "destination_country",
    "destination_city",
    "job",
    "departure_date",
    "procedural",
    "social_security",
}
_TRUE = {"1", "true", "yes", "ya", "y"}
_FALSE = {"0", "false", "no", "tidak", "n"}


def _parse_bool(text: str, field_name: str) -> bool | None:
    lowered = text.strip().lower()
    if lowered in _TRUE:
        return True
    if lowered in _FALSE:
        return False
    if lowered in ("", "-", "null"):
        return None
    raise ValidationError(QT_TRANSLATE_NOOP("errors", "Write yes or no."), field=field_name)


def _parse_date(text: str, field_name: str) -> date | None:
    if not text.strip():
        return None
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "{value} is not a date (write YYYY-MM-DD)."),
            field=field_name,
            value=text,
        ) from None


def set_field(desk: Desk, number: str, name: str, value: str, *, today: date | None = None) -> None:
    """Set one field of a case or its worker from text, validated exactly like the form."""
    access.require(desk, access.Permission.EDIT_CASES)
    today = today or date.today()
    name = name.removeprefix("worker.")
    if name == "status":
        change_status(desk, number, value, today=today)
        return
    if name not in CASE_FIELDS and name not in WORKER_FIELDS:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "There is no field called {name}."), field=name, name=name
        )
    with desk.write() as session:
        case = get_case(session, number)
        if name in WORKER_FIELDS:
            _set_worker_field(session, case, name, value, today)
        else:
            _set_case_field(session, case, name, value, today)


def update_case(
    desk: Desk,
    number: str,
    changes: dict[str, str],
    *,
    today: date | None = None,
    base_version: int | None = None,
) -> None:
    """Save an edit form: several fields of a case and its worker, all validated, in one
    transaction (nothing is saved if any field is wrong). Values are the form's text.
    With `base_version` (the `CaseDetail.version` the form was filled from) a field that someone
    else saved meanwhile and that this edit changes too is refused with `EditConflict`; fields
    only they changed stay theirs (app.services.edit_guard)."""
    access.require(desk, access.Permission.EDIT_CASES)
    today = today or date.today()
    unknown = [
        n for n in changes if n.removeprefix("worker.") not in CASE_FIELDS | WORKER_FIELDS or n == "status"
    ]
    if unknown:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "There is no field called {name}."), field=unknown[0], name=unknown[0]
        )
    with desk.write() as session:
        case = get_case(session, number)
        # one editor of a case at a time on a server: the row stays locked until the save ends
        session.execute(select(Case.id).where(Case.id == case.id).with_for_update())
        edit_guard.check(session, edit_guard.case_rows(session, case), base_version, _form_keys(changes))
        worker_changes: dict[str, str] = {}
        for name, value in changes.items():
            field_name = name.removeprefix("worker.")
            if field_name in WORKER_FIELDS and (name.startswith("worker.") or field_name not in CASE_FIELDS):
                worker_changes[field_name] = value
            else:
                _set_case_field(session, case, field_name, value, today)
        if worker_changes:  # checked together: a new NIK and a new sex must agree with each other
            _set_worker_fields(session, case, worker_changes, today)


def _form_keys(changes: dict[str, str]) -> list[str]:
    """The edit's fields named as the change log names them (worker fields with `worker.`)."""
    keys = []
    for name in changes:
        bare = name.removeprefix("worker.")
        worker = bare in WORKER_FIELDS and (name.startswith("worker.") or bare not in CASE_FIELDS)
        keys.append(f"worker.{bare}" if worker else bare)
    return keys


def _set_worker_field(session: Session, case: Case, name: str, value: str, today: date) -> None:
    _set_worker_fields(session, case, {name: value}, today)


def _set_worker_fields(session: Session, case: Case, changes: dict[str, str], today: date) -> None:
    worker = case.worker
    current: dict[str, Any] = {f: getattr(worker, f) for f in WORKER_FIELDS}
    current["sex"] = worker.sex.value if worker.sex else None
    for key in ("nik", "passport_no", "home_region", "destination_country"):
        current[key] = current[key] or ""
    for name, value in changes.items():
        if name in ("birth_date", "passport_expiry", "departure_date"):
            current[name] = _parse_date(value, name)
        elif name in ("procedural", "social_security"):
            current[name] = _parse_bool(value, name)
        elif name == "sex":
            current[name] = value.strip().upper() or None
        else:
            current[name] = value
    clean = validate_worker(
        session, WorkerInput(**current), today=today, departed_expected=case.category != "failed_to_depart"
    )
    for name in changes:
        setattr(worker, name, clean.values[name])


def parse_amount(text: str, field_name: str) -> Decimal | None:
    """An amount as officers write it: 1500.50, 1,500.50, 1.500,50 (Indonesian) or 1.500."""
    text = text.strip().replace(" ", "")
    if not text:
        return None
    if "," in text and ("." not in text or text.rindex(",") > text.rindex(".")):
        text = text.replace(".", "").replace(",", ".")  # the comma is the decimal mark
    elif re.fullmatch(r"\d{1,3}(\.\d{3})+", text):
        text = text.replace(".", "")  # dots group thousands: 1.500.000
    else:
        text = text.replace(",", "")
    try:
        amount = Decimal(text)
    except InvalidOperation:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "{value} is not an amount."), field=field_name, value=text
        ) from None
    if amount < 0:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "An amount cannot be negative."), field=field_name)
    return amount


def _set_case_field(session: Session, case: Case, name: str, value: str, today: date) -> None:
    text = value.strip()
    if name == "priority":
        if text not in ("1", "2", "3"):
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "Priority is 1 (high), 2 or 3 (low)."), field=name
            )
        case.priority = int(text)
    elif name in ("life_threatening", "for_next_meeting"):
        flag = _parse_bool(text, name)
        setattr(case, name, bool(flag))
    elif name == "category":
        case.category = _check_category(session, text)
    elif name == "country":
        if text and session.get(Country, text.upper()) is None:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "{country} is not a two-letter ISO country code."),
                field=name,
                country=text,
            )
        case.country = text.upper() or None
    elif name == "complainant":
        case.complainant = allowed_value(Complainant, text, name)  # type: ignore[assignment]
    elif name == "channel":
        case.channel = allowed_value(Channel, text, name)  # type: ignore[assignment]
    elif name == "lead_agency":
        case.lead_agency_id = _agency_id(session, text, name) if text else None
    elif name == "outcome":
        case.outcome = allowed_value(Outcome, text, name) if text else None  # type: ignore[assignment]
    elif name == "outcome_amount":
        case.outcome_amount = parse_amount(text, name)
    elif name == "outcome_currency":
        import pycountry

        if text and pycountry.currencies.get(alpha_3=text.upper()) is None:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "{value} is not a currency code (ISO 4217)."),
                field=name,
                value=text,
            )
        case.outcome_currency = text.upper()
    elif name == "reported_on":
        reported = _parse_date(text, name)
        if reported is None or reported > today:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "The report date is in the future."), field=name
            )
        case.reported_on = reported
    elif name in ("participants", "extra_categories", "officers"):
        _set_case_list(session, case, name, [v.strip() for v in text.split(",") if v.strip()])
    else:
        setattr(case, name, text)


def _set_case_list(session: Session, case: Case, name: str, values: list[str]) -> None:
    """Replace a case's participating agencies, further categories or assigned officers.

    Rows are child records: one removed is tombstoned (so the removal syncs), one added back is
    revived, so two sites editing the list never overwrite each other's whole list."""
    model: Any
    column: Any
    wanted: set[Any]
    if name == "participants":
        model, column = CaseAgency, CaseAgency.agency_id
        wanted = {_agency_id(session, code, name) for code in values} - {case.lead_agency_id}
    elif name == "extra_categories":
        model, column = CaseCategoryTag, CaseCategoryTag.category
        wanted = {_check_category(session, code, name) for code in values} - {case.category}
    else:
        model, column = CaseOfficer, CaseOfficer.officer_id
        wanted = set()
        for username in values:
            officer_id = session.scalar(select(Officer.id).where(officer_named(username)))
            if officer_id is None:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("errors", "There is no officer with the username {username}."),
                    field=name,
                    username=username,
                )
            wanted.add(officer_id)
    key = column.key
    for row in session.scalars(select(model).where(model.case_id == case.id)):
        value = getattr(row, key)
        if value in wanted:
            wanted.discard(value)
            row.deleted_at = None
        elif row.deleted_at is None:
            row.deleted_at = utcnow()
    for value in wanted:
        session.add(model(case_id=case.id, **{key: value}))


# --- listing ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class CaseFilter:
    statuses: tuple[str, ...] = ()
    categories: tuple[str, ...] = ()
    country: str | None = None
    lead_agency: str | None = None
    priority: int | None = None
    overdue: bool = False
    open_only: bool = False
    assigned_to: str | None = None
    owed_by_agency: str | None = None
    text: str = ""


_Query = TypeVar("_Query", bound="Select[*tuple[Any, ...]]")

SORT_COLUMNS: dict[str, Any] = {
    "number": Case.number,
    "reported_on": Case.reported_on,
    # the worker's name kept on the case (SQLite triggers, migration 3ca5e50a7001): no join
    "worker": Case.worker_sort,
    # the handling order (intake ... closed), not the stage's code
    "status": Case.stage_rank,
    "country": Case.country,
    "priority": Case.priority,
    "category": Case.category,
}


def _sort_column(session: Session, sort: str) -> Any:
    if sort == "worker" and not _has_sort_triggers(session):
        return func.lower(Worker.full_name)  # no trigger keeps worker_sort there: join
    return SORT_COLUMNS.get(sort, Case.reported_on)


def _has_sort_triggers(session: Session) -> bool:
    """SQLite (migration 3ca5e50a7001) and PostgreSQL (9e0000000001) keep worker_sort current."""
    return session.get_bind().dialect.name in ("sqlite", "postgresql")


def _overdue_clause(today: date) -> ColumnElement[bool]:
    """Per case (for the rows shown): an open step or referral past its due date."""
    late_task = exists().where(
        CaseTask.case_id == Case.id,
        CaseTask.done_on.is_(None),
        CaseTask.due_on < today,
        CaseTask.deleted_at.is_(None),
    )
    late_referral = exists().where(
        Referral.case_id == Case.id,
        Referral.status == ReferralStatus.SENT,
        Referral.due_on < today,
        Referral.deleted_at.is_(None),
    )
    return and_(Case.status.in_(OPEN_STATUSES), or_(late_task, late_referral))


def _overdue_filter(today: date) -> ColumnElement[bool]:
    """As a filter over the whole register: driven from the few late steps (partial index on
    open tasks by due date), not by probing a million cases."""
    late_tasks = select(CaseTask.case_id).where(
        CaseTask.done_on.is_(None), CaseTask.due_on < today, CaseTask.deleted_at.is_(None)
    )
    late_referrals = select(Referral.case_id).where(
        Referral.status == ReferralStatus.SENT, Referral.due_on < today, Referral.deleted_at.is_(None)
    )
    return and_(Case.status.in_(OPEN_STATUSES), Case.id.in_(late_tasks.union(late_referrals)))


def _filtered(
    query: _Query, session: Session, flt: CaseFilter, today: date, readable: ColumnElement[bool] | None = None
) -> _Query:
    """`readable`: the cases whose story the reader may see (sensitive.readable_stories), for search."""
    query = query.where(Case.deleted_at.is_(None))
    if flt.statuses:
        query = query.where(Case.status.in_([CaseStatus(s) for s in flt.statuses]))
    if flt.open_only:
        query = query.where(Case.status.in_(OPEN_STATUSES))
    if flt.categories:
        tagged = select(CaseCategoryTag.case_id).where(
            CaseCategoryTag.category.in_(flt.categories), CaseCategoryTag.deleted_at.is_(None)
        )
        query = query.where(or_(Case.category.in_(flt.categories), Case.id.in_(tagged)))
    if flt.country:
        query = query.where(Case.country == flt.country.upper())
    if flt.lead_agency:
        query = query.where(Case.lead_agency_id == _agency_id(session, flt.lead_agency, "lead_agency"))
    if flt.priority:
        query = query.where(Case.priority == flt.priority)
    if flt.overdue:
        query = query.where(_overdue_filter(today))
    if flt.assigned_to:
        assigned = (
            select(CaseOfficer.case_id)
            .join(Officer, Officer.id == CaseOfficer.officer_id)
            .where(officer_named(flt.assigned_to), CaseOfficer.deleted_at.is_(None))
        )
        query = query.where(Case.id.in_(assigned))
    if flt.owed_by_agency:
        agency_id = _agency_id(session, flt.owed_by_agency, "owed_by_agency")
        owes_task = select(CaseTask.case_id).where(
            CaseTask.done_on.is_(None), CaseTask.owner_agency_id == agency_id, CaseTask.deleted_at.is_(None)
        )
        owes_answer = select(Referral.case_id).where(
            Referral.status == ReferralStatus.SENT,
            Referral.to_agency_id == agency_id,
            Referral.deleted_at.is_(None),
        )
        query = query.where(Case.status.in_(OPEN_STATUSES), Case.id.in_(owes_task.union(owes_answer)))
    if flt.text.strip():
        query = query.where(search.case_matches(session, flt.text, readable))
    return query


def _readable(session: Session, desk: Desk, flt: CaseFilter) -> ColumnElement[bool] | None:
    if not flt.text.strip():
        return None
    from app.services import sensitive

    return sensitive.readable_stories(session, desk)


def _needs_worker(session: Session, flt: CaseFilter, sort: str) -> bool:
    unsorted_worker = sort == "worker" and not _has_sort_triggers(session)
    return unsorted_worker or (bool(flt.text.strip()) and not search.indexed(session))


def _row_key(session: Session) -> Any:
    """The cheapest key of a case row, read from the sort's index alone: SQLite's rowid (held in
    every index), else the case number (unique, and the last column of every register index)."""
    return literal_column("case_file.rowid") if session.get_bind().dialect.name == "sqlite" else Case.number


def _live_first(session: Session, flt: CaseFilter) -> list[Any]:
    """PostgreSQL's planner does not take `deleted_at IS NULL` as fixing deleted_at (only `=`
    does), so it reads an index on (deleted_at, sort, number) in the page's order only if the
    ORDER BY names deleted_at too; otherwise it sorts every live case for each page (1.3 s for a
    page of a million). SQLite needs nothing: its planner counts IS NULL as equality.

    Not under a filter that looks into another table (search words, tags, steps, officers): the
    planner's guess of how many cases those leave can be far too high (11,250 for a passport
    number that one case has), and walking the register in order to find them took 19 s where
    reading the matches and sorting them takes a fraction of a second. Filters on the case's
    own columns have statistics, by which the planner picks the index or a sort."""
    if session.get_bind().dialect.name != "postgresql":
        return []
    if flt.text.strip() or flt.categories or flt.overdue or flt.assigned_to or flt.owed_by_agency:
        return []
    return [Case.deleted_at]


def list_cases(
    desk: Desk,
    flt: CaseFilter | None = None,
    *,
    sort: str = "reported_on",
    descending: bool = True,
    offset: int = 0,
    limit: int = 200,
    today: date | None = None,
    number_after: str | None = None,
) -> list[CaseRow]:
    """One page of the register in the chosen order. `number_after` (with sort="number") starts
    the page after that case number instead of at an offset: a walk through the whole register
    (an export) then reads each page from the index, however deep."""
    return _read_page(
        desk,
        flt or CaseFilter(),
        sort=sort,
        descending=descending,
        offset=offset,
        limit=limit,
        today=today or date.today(),
        number_after=number_after,
    )[0]


@dataclass(frozen=True)
class FirstPage:
    rows: list[CaseRow]
    #: the list's length, when the page's own statement counted it (else None: count_cases)
    total: int | None


def first_page(
    desk: Desk,
    flt: CaseFilter | None,
    *,
    limit: int,
    sort: str = "reported_on",
    descending: bool = True,
    today: date | None = None,
) -> FirstPage:
    """The first page of a list, with the list's length where finding the page finds it too.

    A search reads and sorts every case its words match to find the first ones, so the page's
    statement counts them as well (a window count): the Cases view then sizes its scroll bar
    without searching a second time, which at a million cases was half the search's time. The
    register and filters on the case's own columns read a page from an index in order and stop
    after it; counting there would read every case, so their total is None and the caller counts
    (count_cases) afterwards, when the page is on screen."""
    flt = flt or CaseFilter()
    rows, total = _read_page(
        desk,
        flt,
        sort=sort,
        descending=descending,
        offset=0,
        limit=limit,
        today=today or date.today(),
        counted=bool(flt.text.strip()),
    )
    if total is None and len(rows) < limit:
        total = len(rows)  # the whole list fits on the page
    return FirstPage(rows, total)


def _read_page(
    desk: Desk,
    flt: CaseFilter,
    *,
    sort: str,
    descending: bool,
    offset: int,
    limit: int,
    today: date,
    number_after: str | None = None,
    counted: bool = False,
) -> tuple[list[CaseRow], int | None]:
    """Rows of a page and, if `counted`, the number of rows of the whole list.

    Two steps, so that a page deep in a million cases costs little: the keys of the page are read
    from a covering index (every sort key is a column of case_file with its own index, the
    worker's name included), then only those rows are read in full."""
    with desk.read() as session:
        key = _row_key(session)
        keys_query = select(key, func.count().over()) if counted else select(key)
        keys_query = keys_query.select_from(Case)
        if _needs_worker(session, flt, sort):
            keys_query = keys_query.join(Worker, Worker.id == Case.worker_id)
        keys_query = _filtered(keys_query, session, flt, today, _readable(session, desk, flt))
        if number_after is not None:
            keys_query = keys_query.where(
                Case.number < number_after if descending else Case.number > number_after
            )
        column = _sort_column(session, sort)
        order = [column] if column is Case.number else [column, Case.number]  # number breaks ties
        order = _live_first(session, flt) + order
        keys_query = keys_query.order_by(*(c.desc() if descending else c.asc() for c in order))
        found = session.execute(keys_query.offset(offset).limit(limit)).all()
        keys = [row[0] for row in found]
        total = (found[0][1] if found else 0) if counted else None
        if not keys:
            return [], total
        lead = aliased(Agency)
        rows = session.execute(
            select(
                key,
                Case.id,
                Case.number,
                Case.reported_on,
                Worker.full_name,
                CaseCategory.name,
                Case.status,
                Case.country,
                lead.code,
                Case.life_threatening,
                Case.priority,
                _overdue_clause(today),
            )
            .select_from(Case)
            .join(Worker, Worker.id == Case.worker_id)
            .join(CaseCategory, CaseCategory.code == Case.category)
            .outerjoin(lead, lead.id == Case.lead_agency_id)
            .where(key.in_(keys))
        ).all()
        by_key = {
            row[0]: CaseRow(
                row[1],
                row[2],
                row[3],
                row[4],
                row[5],
                row[6].value,
                row[7],
                row[8],
                row[9],
                row[10],
                bool(row[11]),
            )
            for row in rows
        }
        return [by_key[k] for k in keys if k in by_key], total


def case_page(
    desk: Desk,
    flt: CaseFilter | None,
    *,
    total: int,
    offset: int,
    limit: int,
    sort: str = "reported_on",
    descending: bool = True,
    today: date | None = None,
) -> list[CaseRow]:
    """Rows [offset, offset + limit) of a list of `total` rows. Pages in the second half are read
    backwards from the end, so the last page costs what the first does."""
    if total and offset > total // 2:
        end = min(offset + limit, total)
        rows = list_cases(
            desk,
            flt,
            sort=sort,
            descending=not descending,
            offset=total - end,
            limit=end - offset,
            today=today,
        )
        return rows[::-1]
    return list_cases(desk, flt, sort=sort, descending=descending, offset=offset, limit=limit, today=today)


def count_cases(desk: Desk, flt: CaseFilter | None = None, *, today: date | None = None) -> int:
    today = today or date.today()
    flt = flt or CaseFilter()
    with desk.read() as session:
        query = select(func.count()).select_from(Case)
        if _needs_worker(session, flt, ""):
            query = query.join(Worker, Worker.id == Case.worker_id)
        return session.scalar(_filtered(query, session, flt, today, _readable(session, desk, flt))) or 0


def recent_cases(desk: Desk, limit: int = 200, offset: int = 0) -> list[CaseRow]:
    return list_cases(desk, offset=offset, limit=limit)
