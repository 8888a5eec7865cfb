"""The worker (PMI) record: validation at the edge, and catching the same worker reported twice."""

from __future__ import annotations

import re
import unicodedata
import uuid
from dataclasses import dataclass, field, fields
from datetime import date
from difflib import SequenceMatcher

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from app.errors import ValidationError
from app.i18n import QT_TRANSLATE_NOOP
from app.models import Case, Country, Region, Sex, Worker
from app.services.desk import Desk

PASSPORT = re.compile(r"^[A-Z0-9]{6,12}$")


@dataclass(frozen=True)
class WorkerInput:
    """A worker as typed in the form, the CLI or a spreadsheet row. Only the name is required."""

    full_name: str
    aliases: str = ""
    nik: str = ""
    passport_no: str = ""
    passport_expiry: date | None = None
    sex: str | None = None
    birth_date: date | None = None
    birth_place: str = ""
    home_region: str | None = None
    address: str = ""
    phone: str = ""
    phone_alt: str = ""
    family_contact: str = ""
    family_relation: str = ""
    family_phone: str = ""
    p3mi_name: str = ""
    partner_agency: str = ""
    employer_name: str = ""
    employer_address: str = ""
    employer_phone: str = ""
    destination_country: str | None = None
    destination_city: str = ""
    job: str = ""
    departure_date: date | None = None
    procedural: bool | None = None
    social_security: bool | None = None


@dataclass(frozen=True)
class CleanWorker:
    values: dict[str, object]
    warnings: tuple[str, ...] = field(default=())


def normalise_phone(text: str, field_name: str) -> str:
    """E.164 from any country's notation; a local number without +cc is taken as Indonesian."""
    import phonenumbers  # loaded when first needed, not at start-up

    text = text.strip()
    if not text:
        return ""
    try:
        number = phonenumbers.parse(text, "ID")
    except phonenumbers.NumberParseException:
        number = None
    if number is None or not phonenumbers.is_possible_number(number):
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "{phone} is not a telephone number."), field=field_name, phone=text
        )
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def check_nik(nik: str, sex: str | None, birth_date: date | None) -> str:
    """A valid NIK whose birth date (day + 40 for women) agrees with the sex and birth date given."""
    from stdnum.id import nik as stdnum_nik

    try:
        clean: str = stdnum_nik.validate(nik)
    except Exception:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors",
                "The NIK {nik} is not valid: it needs 16 digits with a real province and birth date.",
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


def validate_worker(
    session: Session, data: WorkerInput, *, today: date, departed_expected: bool = True
) -> CleanWorker:
    """Clean and check a worker; raises ValidationError naming the field, returns warnings."""
    values: dict[str, object] = {f.name: getattr(data, f.name) for f in fields(data)}
    warnings: list[str] = []
    name = " ".join(data.full_name.split())
    if not name:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The worker needs at least a name."), field="full_name"
        )
    values["full_name"] = name
    if data.sex not in (None, "", *(s.value for s in Sex)):
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Unknown sex: {sex}."), field="sex", sex=data.sex)
    values["sex"] = Sex(data.sex) if data.sex else None
    if data.birth_date and data.birth_date > today:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The date of birth is in the future."), field="birth_date"
        )
    nik = re.sub(r"[\s.\-]", "", data.nik)
    values["nik"] = check_nik(nik, data.sex or None, data.birth_date) if nik else None
    if values["nik"]:
        district = f"{nik[0:2]}.{nik[2:4]}.{nik[4:6]}"
        if session.get(Region, district) is None:
            # Regions are split over time: an old NIK may carry a code no longer in the list.
            warnings.append(
                QT_TRANSLATE_NOOP("warnings", "The NIK's district code is not in the current region list.")
            )
    passport = data.passport_no.replace(" ", "").upper()
    if passport and not PASSPORT.match(passport):
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "A passport number has 6 to 12 letters and digits."),
            field="passport_no",
        )
    values["passport_no"] = passport or None
    if data.home_region and session.get(Region, data.home_region) is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Unknown region code {code}."),
            field="home_region",
            code=data.home_region,
        )
    values["home_region"] = data.home_region or None
    country = (data.destination_country or "").upper() or None
    if country and session.get(Country, country) is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "{country} is not a two-letter ISO country code."),
            field="destination_country",
            country=country,
        )
    values["destination_country"] = country
    for phone_field in ("phone", "phone_alt", "family_phone", "employer_phone"):
        values[phone_field] = normalise_phone(str(values[phone_field]), phone_field)
    if data.departure_date and data.departure_date > today and departed_expected:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors", "The departure date is in the future, but this worker has already left."
            ),
            field="departure_date",
        )
    if data.departure_date and data.birth_date and data.departure_date <= data.birth_date:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The departure date is before the date of birth."),
            field="departure_date",
        )
    for text_field in (
        "aliases",
        "birth_place",
        "address",
        "family_contact",
        "family_relation",
        "p3mi_name",
        "partner_agency",
        "employer_name",
        "employer_address",
        "destination_city",
        "job",
    ):
        values[text_field] = " ".join(str(values[text_field]).split())
    return CleanWorker(values, tuple(warnings))


def worker_warnings(
    desk: Desk, data: WorkerInput, *, today: date, departed_expected: bool = True
) -> tuple[str, ...]:
    """What `validate_worker` would warn about (a form shows it while the officer types); raises
    its ValidationError if the input would be refused."""
    with desk.read() as session:
        return validate_worker(session, data, today=today, departed_expected=departed_expected).warnings


# --- duplicates --------------------------------------------------------------------------------


@dataclass(frozen=True)
class Duplicate:
    worker_id: uuid.UUID
    full_name: str
    reason: str  # "nik", "passport", "name_birth_date", "name_employer"
    case_numbers: tuple[str, ...]


def _name_key(name: str) -> str:
    plain = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    return " ".join(re.sub(r"[^a-z ]", " ", plain).split())


def similar_names(a: str, b: str) -> bool:
    """Close enough to be the same person typed by two officers (Siti Aminah / Siti Aminnah)."""
    left, right = _name_key(a), _name_key(b)
    if not left or not right:
        return False
    if left == right or set(left.split()) <= set(right.split()) or set(right.split()) <= set(left.split()):
        return True
    return SequenceMatcher(None, left, right).ratio() >= 0.85


def find_duplicates(session: Session, data: WorkerInput) -> list[Duplicate]:
    """Workers already registered who are probably this one: same NIK, same passport, or a close
    name with the same date of birth or the same employer."""
    nik = re.sub(r"[\s.\-]", "", data.nik)
    passport = data.passport_no.replace(" ", "").upper()
    conditions = []
    if nik:
        conditions.append(Worker.nik == nik)
    if passport:
        conditions.append(Worker.passport_no == passport)
    if data.birth_date:
        conditions.append(Worker.birth_date == data.birth_date)
    employer = " ".join(data.employer_name.split())
    if employer:
        conditions.append(Worker.employer_name == employer)
    if not conditions:
        return []
    found: list[Duplicate] = []
    candidates = session.scalars(
        select(Worker).where(or_(*conditions), Worker.deleted_at.is_(None)).limit(200)
    )
    for worker in candidates:
        if nik and worker.nik == nik:
            reason = "nik"
        elif passport and worker.passport_no == passport:
            reason = "passport"
        elif (
            data.birth_date
            and worker.birth_date == data.birth_date
            and similar_names(worker.full_name, data.full_name)
        ):
            reason = "name_birth_date"
        elif (
            employer and worker.employer_name == employer and similar_names(worker.full_name, data.full_name)
        ):
            reason = "name_employer"
        else:
            continue
        numbers = tuple(
            session.scalars(
                select(Case.number)
                .where(Case.worker_id == worker.id, Case.deleted_at.is_(None))
                .order_by(Case.number)
            )
        )
        found.append(Duplicate(worker.id, worker.full_name, reason, numbers))
    return found


def duplicates_for(desk: Desk, data: WorkerInput) -> list[Duplicate]:
    """`find_duplicates` in its own read-only unit of work (for the new-case form, as it is typed)."""
    with desk.read() as session:
        return find_duplicates(session, data)
