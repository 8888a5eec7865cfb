"""Reference data shipped in resources/reference/*.csv, and the administrator's edits of it.

Countries and regions are local tables replaced whole when the shipped files change. Agencies,
units and case categories are replicated records seeded with ids derived from their codes
(UUIDv5), so every site seeds the very same rows and changes; an administrator's later edits are
ordinary changes that sync.
"""

from __future__ import annotations

import csv
import hashlib
import re
import uuid
from collections.abc import Iterator

from sqlalchemy import func, insert, select, update
from sqlalchemy.orm import Session

from app.errors import NotFound, ValidationError
from app.i18n import QT_TRANSLATE_NOOP
from app.models import (
    Agency,
    AgencyKind,
    CaseCategory,
    Country,
    LocalState,
    Officer,
    ProtocolParticipant,
    ProtocolRule,
    Region,
    Role,
    Site,
    Unit,
)
from app.persistence.capture import SEED_ORIGIN, Actor
from app.persistence.db import SYSTEM, Database
from app.resources import resource_path
from app.services import access
from app.services.desk import Desk
from app.services.dto import (
    AgencyInfo,
    CategoryInfo,
    CountryInfo,
    JobInfo,
    OfficerInfo,
    RegionInfo,
    SiteInfo,
    UnitInfo,
)

REFERENCE_DIR = ("reference",)
SEED_NAMESPACE = uuid.UUID("7f1c5a52-8a55-4a43-9d0e-3c4b0a9b6e21")
_LOCAL_FILES = ("countries.csv", "regions.csv")
_REPLICATED_FILES = (
    "agencies.csv",
    "units.csv",
    "case_categories.csv",
    "protocol.csv",
    "classification_codes.csv",
)


def seed_id(kind: str, *key: str) -> uuid.UUID:
    return uuid.uuid5(SEED_NAMESPACE, "/".join((kind, *key)))


def _rows(name: str) -> Iterator[dict[str, str]]:
    path = resource_path(*REFERENCE_DIR, name)
    with path.open(encoding="utf-8", newline="") as handle:
        yield from csv.DictReader(handle)


def _fingerprint(names: tuple[str, ...]) -> str:
    digest = hashlib.sha256()
    for name in names:
        digest.update(resource_path(*REFERENCE_DIR, name).read_bytes())
    return digest.hexdigest()


def _state(session: Session, key: str) -> str | None:
    return session.scalar(select(LocalState.value).where(LocalState.key == key))


def _set_state(session: Session, key: str, value: str) -> None:
    row = session.get(LocalState, key)
    if row is None:
        session.add(LocalState(key=key, value=value))
    else:
        row.value = value


def seed(db: Database) -> bool:
    """Load shipped reference data if the files differ from what this database last loaded."""
    local_print = _fingerprint(_LOCAL_FILES)
    replicated_print = _fingerprint(_REPLICATED_FILES)
    with db.read() as session:
        if (
            _state(session, "reference_local") == local_print
            and _state(session, "reference_replicated") == replicated_print
        ):
            return False
    with db.session(Actor(SYSTEM, SEED_ORIGIN)) as session:
        if _state(session, "reference_local") != local_print:
            _seed_local(session)
            _set_state(session, "reference_local", local_print)
        if _state(session, "reference_replicated") != replicated_print:
            session.info["seed"] = True
            _seed_replicated(session)
            session.flush()
            session.info["seed"] = False
            _set_state(session, "reference_replicated", replicated_print)
    return True


def _seed_local(session: Session) -> None:
    countries = [
        {"iso2": r["iso2"], "iso3": r["iso3"], "name_id": r["name_id"], "name_en": r["name_en"]}
        for r in _rows("countries.csv")
    ]
    regions = [
        {"code": r["code"], "name": r["name"], "level": r["level"], "parent_code": r["parent_code"] or None}
        for r in _rows("regions.csv")
    ]
    # Rows that records point at are updated in place; new ones added. Nothing is removed, since
    # an old NIK or an old record may still name a region that has since been split.
    known_countries = set(session.scalars(select(Country.iso2)))
    known_regions = set(session.scalars(select(Region.code)))
    for model, rows, key, known in (
        (Country, countries, "iso2", known_countries),
        (Region, regions, "code", known_regions),
    ):
        fresh = [r for r in rows if r[key] not in known]
        if fresh:
            session.execute(insert(model), fresh)
        stale = [r for r in rows if r[key] in known]
        if stale:
            session.execute(update(model), stale)  # ORM bulk update by primary key


def _seed_replicated(session: Session) -> None:
    """Insert shipped rows this database lacks; never overwrite an administrator's edits."""
    # Flushed step by step: the unit of work orders inserts by relationships, and these rows
    # point at each other by key only.
    agencies = _seed_agencies(session)
    session.flush()
    _seed_units(session, agencies)
    _seed_categories(session)
    session.flush()
    _seed_protocol(session, agencies)
    _seed_classification_codes(session)


def _seed_agencies(session: Session) -> dict[str, Agency]:
    agencies = {a.code: a for a in session.scalars(select(Agency))}
    pending_parents: list[tuple[Agency, str]] = []
    for row in _rows("agencies.csv"):
        if row["code"] in agencies:
            continue
        agency = Agency(
            id=seed_id("agency", row["code"]),
            code=row["code"],
            name=row["name_id"],
            name_en=row["name_en"],
            kind=AgencyKind(row["kind"]),
            active=True,
        )
        session.add(agency)
        agencies[agency.code] = agency
        if row["parent_code"]:
            pending_parents.append((agency, row["parent_code"]))
    for agency, parent_code in pending_parents:
        agency.parent = agencies[parent_code]
    return agencies


def _seed_units(session: Session, agencies: dict[str, Agency]) -> None:
    units = {(u.agency_id, u.code) for u in session.scalars(select(Unit))}
    for row in _rows("units.csv"):
        agency = agencies[row["agency_code"]]
        if (agency.id, row["code"]) in units:
            continue
        session.add(
            Unit(
                id=seed_id("unit", row["agency_code"], row["code"]),
                agency_id=agency.id,
                code=row["code"],
                name=row["name_id"],
                name_en=row["name_en"],
                active=True,
            )
        )


def _seed_categories(session: Session) -> None:
    categories = set(session.scalars(select(CaseCategory.code)))
    for row in _rows("case_categories.csv"):
        if row["code"] in categories:
            continue
        session.add(
            CaseCategory(
                id=seed_id("case_category", row["code"]),
                code=row["code"],
                name=row["name_id"],
                name_en=row["name_en"],
                source=row["source"],
                sensitive=row["sensitive"] == "1",
                active=True,
            )
        )


def _seed_protocol(session: Session, agencies: dict[str, Agency]) -> None:
    known = set(session.scalars(select(ProtocolRule.category)))
    for row in _rows("protocol.csv"):
        if row["category"] in known:
            continue
        rule = ProtocolRule(
            id=seed_id("protocol_rule", row["category"]),
            category=row["category"],
            lead_agency_id=agencies[row["lead_agency"]].id if row["lead_agency"] else None,
            referral_answer_days=int(row["referral_answer_days"]),
            verification_days=int(row["verification_days"]),
            first_clarification_days=int(row["first_clarification_days"]),
            second_clarification_days=int(row["second_clarification_days"]),
            incomplete_documents_days=int(row["incomplete_documents_days"]),
            no_clarification_working_days=int(row["no_clarification_working_days"]),
            unreachable_days=int(row["unreachable_days"]),
            note=row["note"],
        )
        session.add(rule)
        session.flush()
        for code in row["participants"].split():
            session.add(
                ProtocolParticipant(
                    id=seed_id("protocol_participant", row["category"], code),
                    rule_id=rule.id,
                    agency_id=agencies[code].id,
                )
            )


def _seed_classification_codes(session: Session) -> None:
    from app.models.correspondence import ClassificationCode

    known = set(session.scalars(select(ClassificationCode.code)))
    for row in _rows("classification_codes.csv"):
        if row["code"] not in known:
            session.add(
                ClassificationCode(
                    id=seed_id("classification_code", row["code"]),
                    code=row["code"],
                    name=row["name_id"],
                    name_en=row["name_en"],
                    active=True,
                )
            )


# --- reading -----------------------------------------------------------------------------------


def countries(desk: Desk) -> list[CountryInfo]:
    with desk.read() as session:
        rows = session.execute(
            select(Country.iso2, Country.name_id, Country.name_en).order_by(Country.name_id)
        )
        return [CountryInfo(*row) for row in rows]


def country_name(session: Session, iso2: str | None, language: str = "id") -> str:
    if not iso2:
        return ""
    row = session.get(Country, iso2)
    if row is None:
        return iso2
    return row.name_id if language == "id" else row.name_en


def regions(desk: Desk, parent_code: str | None = None) -> list[RegionInfo]:
    """The provinces (no parent), or the regencies and cities of a province, or the districts of a
    regency, by name: what the home-region pickers of a form offer."""
    with desk.read() as session:
        query = select(Region).order_by(Region.name)
        query = query.where(
            Region.parent_code == parent_code if parent_code else Region.parent_code.is_(None)
        )
        return [RegionInfo(r.code, r.name, r.level, r.parent_code) for r in session.scalars(query)]


def jobs() -> list[JobInfo]:
    """The informal-sector jobs a worker may hold, as shipped (not edited per office)."""
    return [JobInfo(r["code"], r["name_id"], r["name_en"]) for r in _rows("jobs.csv")]


def agencies(desk: Desk, *, include_inactive: bool = True) -> list[AgencyInfo]:
    with desk.read() as session:
        unit_count = select(func.count(Unit.id)).where(Unit.agency_id == Agency.id).scalar_subquery()
        parent_agency = Agency.__table__.alias("parent")
        query = (
            select(Agency, parent_agency.c.code, unit_count)
            .outerjoin(parent_agency, parent_agency.c.id == Agency.parent_id)
            .where(Agency.deleted_at.is_(None))
            .order_by(Agency.code)
        )
        if not include_inactive:
            query = query.where(Agency.active.is_(True))
        return [
            AgencyInfo(a.id, a.code, a.name, a.name_en, a.kind.value, parent_code, a.active, count)
            for a, parent_code, count in session.execute(query)
        ]


def units(desk: Desk, agency_code: str | None = None) -> list[UnitInfo]:
    with desk.read() as session:
        query = (
            select(Unit, Agency.code)
            .join(Agency, Agency.id == Unit.agency_id)
            .where(Unit.deleted_at.is_(None))
            .order_by(Agency.code, Unit.code)
        )
        if agency_code:
            query = query.where(Agency.code == agency_code)
        return [
            UnitInfo(u.id, code, u.code, u.name, u.name_en, u.active) for u, code in session.execute(query)
        ]


def categories(desk: Desk) -> list[CategoryInfo]:
    with desk.read() as session:
        rows = session.scalars(
            select(CaseCategory).where(CaseCategory.deleted_at.is_(None), CaseCategory.active.is_(True))
        )
        return [CategoryInfo(c.code, c.name, c.name_en, c.source, c.sensitive) for c in rows]


def site_info(session: Session, site: Site) -> SiteInfo:
    return SiteInfo(
        id=site.id,
        code=site.code,
        name=site.name,
        agency_code=site.agency.code,
        agency_name=site.agency.name,
        country=site.country,
        country_name=country_name(session, site.country),
        city=site.city,
        timezone=site.timezone,
        is_hub=site.is_hub,
        active=site.active,
    )


def sites(desk: Desk) -> list[SiteInfo]:
    with desk.read() as session:
        rows = session.scalars(select(Site).where(Site.deleted_at.is_(None)).order_by(Site.code))
        return [site_info(session, s) for s in rows]


def officer_info(officer: Officer) -> OfficerInfo:
    return OfficerInfo(
        id=officer.id,
        full_name=officer.full_name,
        nip=officer.nip,
        position=officer.position,
        rank=officer.rank,
        agency_code=officer.agency.code,
        unit_code=officer.unit.code if officer.unit else "",
        site_code=officer.site.code if officer.site else "",
        phone=officer.phone,
        email=officer.email,
        username=officer.username,
        role=officer.role.value if officer.role else None,
        active=officer.active,
    )


def officers(desk: Desk) -> list[OfficerInfo]:
    with desk.read() as session:
        rows = session.scalars(
            select(Officer).where(Officer.deleted_at.is_(None)).order_by(Officer.full_name)
        )
        return [officer_info(o) for o in rows]


# --- the administrator's edits -----------------------------------------------------------------

AGENCY_CODE = re.compile(r"^[A-Z0-9][A-Z0-9.\-]{1,23}$")
USERNAME = re.compile(r"^[a-z][a-z0-9._-]{2,63}$")
NIP = re.compile(r"^\d{18}$")
EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


def validate_username(username: str) -> str:
    username = username.strip().lower()
    if not USERNAME.match(username):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors",
                "A username has 3 to 64 characters: small letters, digits, dot, dash or underscore, "
                "starting with a letter.",
            ),
            field="username",
        )
    return username


def _agency_by_code(session: Session, code: str) -> Agency:
    agency = session.scalar(select(Agency).where(Agency.code == code))
    if agency is None:
        raise NotFound(
            QT_TRANSLATE_NOOP("errors", "There is no agency with the code {code}."), field="agency", code=code
        )
    return agency


def save_agency(
    desk: Desk,
    *,
    code: str,
    name: str,
    name_en: str = "",
    kind: str = AgencyKind.OTHER.value,
    parent_code: str | None = None,
    active: bool = True,
    agency_id: uuid.UUID | None = None,
) -> AgencyInfo:
    """Create an agency, or edit the one with `agency_id`."""
    access.require(desk, access.Permission.MANAGE_SETTINGS)
    code = code.strip().upper()
    name = name.strip()
    if not AGENCY_CODE.match(code):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors", "An agency code has 2 to 24 capital letters, digits, dots or dashes."
            ),
            field="code",
        )
    if not name:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "The agency needs a name."), field="name")
    try:
        agency_kind = AgencyKind(kind)
    except ValueError:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Unknown kind of agency: {kind}."), field="kind", kind=kind
        ) from None
    with desk.write() as session:
        clash = session.scalar(select(Agency).where(Agency.code == code))
        if clash is not None and clash.id != agency_id:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "The code {code} is already used by {name}."),
                field="code",
                code=code,
                name=clash.name,
            )
        parent = _agency_by_code(session, parent_code) if parent_code else None
        if agency_id is None:
            agency = Agency(code=code, name=name, name_en=name_en.strip(), kind=agency_kind, active=active)
            session.add(agency)
        else:
            found = session.get(Agency, agency_id)
            if found is None:
                raise NotFound(QT_TRANSLATE_NOOP("errors", "That agency no longer exists."))
            agency = found
            agency.code, agency.name, agency.name_en = code, name, name_en.strip()
            agency.kind, agency.active = agency_kind, active
        if parent is not None and parent.id == agency.id:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "An agency cannot be its own parent."), field="parent"
            )
        agency.parent_id = parent.id if parent else None
        session.flush()
        return AgencyInfo(
            agency.id,
            agency.code,
            agency.name,
            agency.name_en,
            agency.kind.value,
            parent_code or None,
            agency.active,
            len(agency.units),
        )


def save_officer(
    desk: Desk,
    *,
    full_name: str,
    agency_code: str,
    nip: str = "",
    position: str = "",
    rank: str = "",
    unit_code: str = "",
    site_code: str = "",
    phone: str = "",
    email: str = "",
    username: str = "",
    role: str = "",
    active: bool = True,
    officer_id: uuid.UUID | None = None,
) -> OfficerInfo:
    """Create an officer, or edit the one with `officer_id`. Validated like the form."""
    access.require(desk, access.Permission.MANAGE_SETTINGS)
    full_name = " ".join(full_name.split())
    nip = nip.replace(" ", "")
    if not full_name:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "The officer needs a name."), field="full_name")
    if nip and not NIP.match(nip):
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "A NIP has exactly 18 digits."), field="nip")
    if email and not EMAIL.match(email.strip()):
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "That e-mail address is not valid."), field="email")
    login = validate_username(username) if username.strip() else None
    try:
        officer_role = Role(role) if role else None
    except ValueError:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Unknown role: {role}."), field="role", role=role
        ) from None
    if login and officer_role is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "An officer with a username needs a role."), field="role"
        )
    with desk.write() as session:
        agency = _agency_by_code(session, agency_code)
        unit = None
        if unit_code:
            unit = session.scalar(select(Unit).where(Unit.agency_id == agency.id, Unit.code == unit_code))
            if unit is None:
                raise NotFound(
                    QT_TRANSLATE_NOOP("errors", "{agency} has no unit with the code {code}."),
                    field="unit",
                    agency=agency.code,
                    code=unit_code,
                )
        site = None
        if login and not site_code:
            site_code = desk.site_code or ""  # an account belongs to a site: usernames are per site
        if site_code:
            site = session.scalar(select(Site).where(Site.code == site_code))
            if site is None:
                raise NotFound(
                    QT_TRANSLATE_NOOP("errors", "There is no site with the code {code}."),
                    field="site",
                    code=site_code,
                )
        if login:
            same_site = Officer.site_id == site.id if site else Officer.site_id.is_(None)
            clash = session.scalar(select(Officer).where(Officer.username == login, same_site))
            if clash is not None and clash.id != officer_id:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("errors", "The username {username} is already taken."),
                    field="username",
                    username=login,
                )
        if officer_id is None:
            officer = Officer(full_name=full_name, agency_id=agency.id)
            session.add(officer)
        else:
            found = session.get(Officer, officer_id)
            if found is None:
                raise NotFound(QT_TRANSLATE_NOOP("errors", "That officer no longer exists."))
            officer = found
        officer.full_name = full_name
        officer.nip = nip
        officer.position = position.strip()
        officer.rank = rank.strip()
        officer.agency_id = agency.id
        officer.unit_id = unit.id if unit else None
        officer.site_id = site.id if site else None
        officer.phone = phone.strip()
        officer.email = email.strip()
        officer.username = login
        officer.role = officer_role
        officer.active = active
        session.flush()
        session.refresh(officer)
        return officer_info(officer)
