"""Setting up this desk's office (the first-start wizard and `jejaring init`), and its status."""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import func, select

from app.errors import ValidationError
from app.i18n import QT_TRANSLATE_NOOP
from app.models import Agency, Case, CaseStatus, Change, Country, LocalState, Officer, Role, Site
from app.persistence.capture import Actor
from app.services import reference
from app.services.desk import SITE_CODE_KEY, Desk
from app.services.dto import OfficeStatus, Overview

SITE_CODE = re.compile(r"^[A-Z][A-Z0-9-]{1,15}$")

#: The usual time zone of a representation's country, for meeting times (editable later).
_TIMEZONES = {
    "ID": "Asia/Jakarta",
    "MY": "Asia/Kuala_Lumpur",
    "SA": "Asia/Riyadh",
    "HK": "Asia/Hong_Kong",
    "TW": "Asia/Taipei",
    "SG": "Asia/Singapore",
    "AE": "Asia/Dubai",
    "QA": "Asia/Qatar",
    "KW": "Asia/Kuwait",
    "OM": "Asia/Muscat",
    "BN": "Asia/Brunei",
    "KR": "Asia/Seoul",
    "JP": "Asia/Tokyo",
    "BH": "Asia/Bahrain",
    "JO": "Asia/Amman",
    "TR": "Europe/Istanbul",
}


@dataclass(frozen=True)
class OfficeSetup:
    site_code: str
    site_name: str
    agency_code: str
    country: str = "ID"
    city: str = ""
    admin_username: str = "admin"
    admin_name: str = ""
    admin_nip: str = ""
    admin_position: str = ""
    #: the first administrator's password (the wizard asks it twice, the CLI prompts)
    admin_password: str = ""


def validate_setup(setup: OfficeSetup) -> OfficeSetup:
    """Clean and check the wizard's or the CLI's input; raises ValidationError naming the field."""
    code = setup.site_code.strip().upper()
    if not SITE_CODE.match(code):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors",
                "A site code has 2 to 16 capital letters, digits or dashes and starts with a letter "
                "(for example KBRI-KUL).",
            ),
            field="site_code",
        )
    name = " ".join(setup.site_name.split())
    if not name:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "The site needs a name."), field="site_name")
    import pycountry

    country = setup.country.strip().upper() or "ID"
    if pycountry.countries.get(alpha_2=country) is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "{country} is not a two-letter ISO country code."),
            field="country",
            country=country,
        )
    username = reference.validate_username(setup.admin_username)
    return OfficeSetup(
        admin_password=setup.admin_password,
        site_code=code,
        site_name=name,
        agency_code=setup.agency_code.strip().upper(),
        country=country,
        city=setup.city.strip(),
        admin_username=username,
        admin_name=" ".join(setup.admin_name.split()) or username,
        admin_nip=setup.admin_nip.replace(" ", ""),
        admin_position=setup.admin_position.strip(),
    )


def initialize(desk: Desk, setup: OfficeSetup) -> OfficeStatus:
    """Make this database the office's: its site, its first administrator (signed in after it),
    its identity."""
    from app.services import accounts, encryption

    if desk.initialized:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "This desk is already set up as site {code}."), code=desk.site_code
        )
    clean = validate_setup(setup)
    if clean.admin_nip and not reference.NIP.match(clean.admin_nip):
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "A NIP has exactly 18 digits."), field="admin_nip")
    try:
        accounts.validate_password(clean.admin_password, clean.admin_username)
    except ValidationError as error:
        error.field = "admin_password"
        raise
    with desk.db.session(Actor(clean.admin_username, clean.site_code)) as session:
        agency = session.scalar(select(Agency).where(Agency.code == clean.agency_code))
        if agency is None:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "There is no agency with the code {code}."),
                field="agency",
                code=clean.agency_code,
            )
        existing = session.scalar(select(Site).where(Site.code == clean.site_code))
        if existing is not None and existing.agency_id != agency.id:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "The site code {code} already belongs to another agency."),
                field="site_code",
                code=clean.site_code,
            )
        site = existing or Site(
            code=clean.site_code,
            name=clean.site_name,
            agency_id=agency.id,
            country=clean.country,
            city=clean.city,
            timezone=_TIMEZONES.get(clean.country, "Asia/Jakarta"),
            is_hub=False,
            active=True,
        )
        session.add(site)
        session.flush()
        admin = session.scalar(
            select(Officer).where(Officer.username == clean.admin_username, Officer.site_id == site.id)
        )
        if admin is None:
            admin = Officer(
                full_name=clean.admin_name,
                nip=clean.admin_nip,
                position=clean.admin_position,
                agency_id=agency.id,
                site_id=site.id,
                username=clean.admin_username,
                role=Role.ADMINISTRATOR,
                active=True,
            )
            session.add(admin)
            session.flush()
        accounts.first_administrator(session, admin, clean.admin_password)
        session.add(LocalState(key=SITE_CODE_KEY, value=clean.site_code))
    desk.reload_identity()
    encryption.seal(desk, clean.admin_username, clean.admin_password)
    desk.username = clean.admin_username  # the person who set the desk up is signed in
    return status(desk)


def status(desk: Desk) -> OfficeStatus:
    from app.persistence import schema
    from app.services import accounts

    site_info = officer_info = None
    with desk.read() as session:
        if desk.site_code:
            site = session.scalar(select(Site).where(Site.code == desk.site_code))
            site_info = reference.site_info(session, site) if site else None
        if desk.username:
            officer = accounts.desk_officer(session, desk)
            officer_info = reference.officer_info(officer) if officer else None
    return OfficeStatus(
        initialized=desk.initialized,
        site=site_info,
        officer=officer_info,
        database=desk.config.database_label,
        schema_revision=schema.current_revision(desk.db),
    )


OPEN_STATUSES = tuple(s for s in CaseStatus if s not in (CaseStatus.RESOLVED, CaseStatus.CLOSED))


def overview(desk: Desk) -> Overview:
    """Counts computed by SQL aggregates (never by loading records)."""
    with desk.read() as session:
        live = Case.deleted_at.is_(None)
        total = session.scalar(select(func.count(Case.id)).where(live)) or 0
        open_count = (
            session.scalar(select(func.count(Case.id)).where(live, Case.status.in_(OPEN_STATUSES))) or 0
        )
        urgent = (
            session.scalar(
                select(func.count(Case.id)).where(live, Case.status.in_(OPEN_STATUSES), Case.life_threatening)
            )
            or 0
        )
        by_status = session.execute(
            select(Case.status, func.count(Case.id)).where(live).group_by(Case.status)
        ).all()
        by_country = session.execute(
            select(Country.name_id, func.count(Case.id))
            .join(Country, Country.iso2 == Case.country)
            .where(live)
            .group_by(Country.name_id)
            .order_by(func.count(Case.id).desc())
            .limit(8)
        ).all()
        order = {s: i for i, s in enumerate(CaseStatus)}
        return Overview(
            cases_total=total,
            cases_open=open_count,
            cases_life_threatening=urgent,
            cases_by_status=tuple((s.value, n) for s, n in sorted(by_status, key=lambda r: order[r[0]])),
            cases_by_country=tuple((name, n) for name, n in by_country),
            agencies=session.scalar(select(func.count(Agency.id)).where(Agency.deleted_at.is_(None))) or 0,
            sites=session.scalar(select(func.count(Site.id)).where(Site.deleted_at.is_(None))) or 0,
            officers=session.scalar(select(func.count(Officer.id)).where(Officer.deleted_at.is_(None))) or 0,
            changes=session.scalar(select(func.count(Change.id))) or 0,
        )
