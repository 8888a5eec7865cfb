"""The case register's first floor: numbering, registering a worker's case, listing cases.

The cases issue builds the full register (referrals, timeline, tasks, protocol, search) on this.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Session, aliased
from stdnum.id import nik as stdnum_nik

from app.errors import ValidationError
from app.i18n import QT_TRANSLATE_NOOP
from app.models import Agency, Case, CaseCategory, Country, Sex, Site, Worker
from app.persistence import counters
from app.services.desk import Desk
from app.services.dto import CaseRow


def case_number(connection: Connection, site_code: str, year: int) -> str:
    """`SITECODE/YYYY/00042`: per site and year, from a gap-free counter, never reused."""
    serial = counters.reserve(connection, f"case:{site_code}:{year}")
    return f"{site_code}/{year}/{serial:05d}"


@dataclass(frozen=True)
class NewCase:
    worker_name: str
    category: str
    reported_on: date
    country: str | None = None
    nik: str = ""
    sex: str | None = None
    birth_date: date | None = None
    birth_place: str = ""
    home_region: str | None = None
    phone: str = ""
    employer_name: str = ""
    destination_city: str = ""
    job: str = ""
    p3mi_name: str = ""
    procedural: bool | None = None
    summary: str = ""
    priority: int = 2
    life_threatening: bool = False
    lead_agency_code: str | None = None


def check_nik(nik: str, sex: str | None, birth_date: date | None) -> str:
    """A valid NIK whose birth date (day + 40 for women) agrees with the sex and birth date given."""
    try:
        clean: str = stdnum_nik.validate(nik)
    except Exception:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors", "The NIK {nik} is not valid: it needs 16 digits with a real region and birth date."
            ),
            field="nik",
            nik=nik,
        ) from None
    day = int(clean[6:8])
    if sex is not None and (day > 40) != (sex == Sex.FEMALE.value):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors", "The NIK {nik} does not match the sex given (women have 40 added to the birth day)."
            ),
            field="nik",
            nik=clean,
        )
    if birth_date is not None:
        born = stdnum_nik.get_birth_date(clean)
        if (born.day, born.month, born.year % 100) != (
            birth_date.day,
            birth_date.month,
            birth_date.year % 100,
        ):
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "The NIK {nik} does not match the date of birth given."),
                field="nik",
                nik=clean,
            )
    return clean


def register_case(desk: Desk, new: NewCase, *, session: Session | None = None) -> str:
    """Register a worker and their case; returns the case number."""
    name = " ".join(new.worker_name.split())
    if not name:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The worker needs at least a name."), field="worker_name"
        )
    nik = check_nik(new.nik, new.sex, new.birth_date) if new.nik else None
    if new.sex is not None and new.sex not in {s.value for s in Sex}:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Unknown sex: {sex}."), field="sex", sex=new.sex)
    if session is not None:
        return _register(desk, session, new, name, nik)
    with desk.write() as own:
        return _register(desk, own, new, name, nik)


def _register(desk: Desk, session: Session, new: NewCase, name: str, nik: str | None) -> str:
    assert desk.site_code is not None
    if session.scalar(select(CaseCategory.id).where(CaseCategory.code == new.category)) is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Unknown case category: {category}."),
            field="category",
            category=new.category,
        )
    if new.country and session.get(Country, new.country) is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "{country} is not a two-letter ISO country code."),
            field="country",
            country=new.country,
        )
    site_id = session.scalar(select(Site.id).where(Site.code == desk.site_code))
    lead = None
    if new.lead_agency_code:
        lead = session.scalar(select(Agency.id).where(Agency.code == new.lead_agency_code))
    worker = Worker(
        full_name=name,
        nik=nik,
        sex=Sex(new.sex) if new.sex else None,
        birth_date=new.birth_date,
        birth_place=new.birth_place,
        home_region=new.home_region,
        phone=new.phone,
        destination_country=new.country,
        destination_city=new.destination_city,
        employer_name=new.employer_name,
        job=new.job,
        p3mi_name=new.p3mi_name,
        procedural=new.procedural,
    )
    session.add(worker)
    session.flush()
    number = case_number(session.connection(), desk.site_code, new.reported_on.year)
    session.add(
        Case(
            number=number,
            site_id=site_id,
            worker_id=worker.id,
            reported_on=new.reported_on,
            category=new.category,
            priority=new.priority,
            life_threatening=new.life_threatening,
            summary=new.summary,
            lead_agency_id=lead,
            country=new.country,
        )
    )
    session.flush()
    return number


def count_cases(desk: Desk) -> int:
    with desk.read() as session:
        return session.scalar(select(func.count(Case.id)).where(Case.deleted_at.is_(None))) or 0


def recent_cases(desk: Desk, limit: int = 200, offset: int = 0) -> list[CaseRow]:
    lead = aliased(Agency)
    with desk.read() as session:
        rows = session.execute(
            select(
                Case.id,
                Case.number,
                Case.reported_on,
                Worker.full_name,
                CaseCategory.name,
                Case.status,
                Case.country,
                lead.code,
                Case.life_threatening,
            )
            .join(Worker, Worker.id == Case.worker_id)
            .join(CaseCategory, CaseCategory.code == Case.category)
            .outerjoin(lead, lead.id == Case.lead_agency_id)
            .where(Case.deleted_at.is_(None))
            .order_by(Case.reported_on.desc(), Case.number.desc())
            .limit(limit)
            .offset(offset)
        )
        return [
            CaseRow(id, number, reported, worker, category, status.value, country, lead_code, urgent)
            for id, number, reported, worker, category, status, country, lead_code, urgent in rows
        ]
