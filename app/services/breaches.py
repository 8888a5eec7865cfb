"""The breach register (UU 27/2022): a personal-data breach is recorded when it is found, and the
authority and the people concerned are told within 3 x 24 hours of finding it. Each entry knows
its deadline; the notification letter is an issued document like any other.

Times are entered and shown in the site's own time zone and stored in UTC.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import select

from app.errors import NotFound, ValidationError
from app.i18n import QT_TRANSLATE_NOOP, translate
from app.models import DataBreach, Site
from app.models.base import utcnow
from app.persistence import counters
from app.services import access
from app.services.desk import Desk

#: UU 27/2022 art. 46: written notice within 3 x 24 hours
NOTICE_WITHIN = timedelta(hours=72)
AUDIENCES = ("authority", "subjects")


@dataclass(frozen=True)
class BreachInfo:
    number: str
    found_at: datetime
    description: str
    data_kinds: str
    subjects: int
    measures: str
    authority_notified_at: datetime | None
    subjects_notified_at: datetime | None
    deadline: datetime
    #: not yet notified (either audience) and the deadline has passed
    overdue: bool


def zone(desk: Desk) -> ZoneInfo:
    with desk.read() as session:
        name = session.scalar(select(Site.timezone).where(Site.code == desk.site_code))
    return ZoneInfo(name or "Asia/Jakarta")


def parse_local(desk: Desk, text: str, field: str) -> datetime:
    """ "2026-12-01 08:30" at the site, as an aware datetime."""
    try:
        value = datetime.fromisoformat(text.strip().replace("T", " "))
    except ValueError:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "“{value}” is not a time: write YYYY-MM-DD HH:MM."),
            field=field,
            value=text,
        ) from None
    return value.replace(tzinfo=zone(desk)) if value.tzinfo is None else value


def _info(row: DataBreach, now: datetime) -> BreachInfo:
    deadline = row.found_at + NOTICE_WITHIN
    pending = row.authority_notified_at is None or row.subjects_notified_at is None
    return BreachInfo(
        row.number,
        row.found_at,
        row.description,
        row.data_kinds,
        row.subjects,
        row.measures,
        row.authority_notified_at,
        row.subjects_notified_at,
        deadline,
        pending and now > deadline,
    )


def _check(found_at: datetime, description: str, subjects: int, now: datetime) -> None:
    if found_at > now:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "A breach cannot be found in the future."), field="found_at"
        )
    if not description.strip():
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Say what happened: what data, how it was exposed."),
            field="description",
        )
    if subjects < 0:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The number of people concerned cannot be negative."),
            field="subjects",
        )


def record_breach(
    desk: Desk,
    *,
    found_at: datetime,
    description: str,
    data_kinds: str = "",
    subjects: int = 0,
    measures: str = "",
) -> BreachInfo:
    access.require(desk, access.Permission.MANAGE_SETTINGS)
    now = utcnow()
    _check(found_at, description, subjects, now)
    with desk.write() as session:
        year = found_at.astimezone(zone(desk)).year
        serial = counters.reserve(session.connection(), f"breach:{desk.site_code}:{year}")
        row = DataBreach(
            number=f"PDP-{serial}/{desk.site_code}/{year}",
            found_at=found_at.astimezone(UTC),
            description=description.strip(),
            data_kinds=data_kinds.strip(),
            subjects=subjects,
            measures=measures.strip(),
        )
        session.add(row)
        session.flush()
        return _info(row, now)


def _get(session: Any, number: str) -> DataBreach:
    row = session.scalar(
        select(DataBreach).where(DataBreach.number == number, DataBreach.deleted_at.is_(None))
    )
    if row is None:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "No breach is registered as {number}."), number=number)
    return row  # type: ignore[no-any-return]


def record_notice(
    desk: Desk,
    number: str,
    *,
    authority_at: datetime | None = None,
    subjects_at: datetime | None = None,
    measures: str | None = None,
) -> BreachInfo:
    """When the authority and/or the people concerned were told (and the measures so far)."""
    access.require(desk, access.Permission.MANAGE_SETTINGS)
    now = utcnow()
    with desk.write() as session:
        row = _get(session, number)
        for value, field in ((authority_at, "authority_notified_at"), (subjects_at, "subjects_notified_at")):
            if value is None:
                continue
            if value < row.found_at or value > now:
                raise ValidationError(
                    QT_TRANSLATE_NOOP(
                        "errors", "A notice is given after the breach was found and not in the future."
                    ),
                    field=field,
                )
            setattr(row, field, value.astimezone(UTC))
        if measures is not None:
            row.measures = measures.strip()
        session.flush()
        return _info(row, now)


def breaches(desk: Desk) -> list[BreachInfo]:
    now = utcnow()
    with desk.read() as session:
        rows = session.scalars(
            select(DataBreach).where(DataBreach.deleted_at.is_(None)).order_by(DataBreach.found_at.desc())
        ).all()
        return [_info(r, now) for r in rows]


def breach(desk: Desk, number: str) -> BreachInfo:
    with desk.read() as session:
        return _info(_get(session, number), utcnow())


# --- the notification letter ----------------------------------------------------------------------
NOTICE_FORM = "breach_notice"
NOTICE_TITLE = QT_TRANSLATE_NOOP("documents", "Notification of a personal data breach")


def notice(desk: Desk, number: str, audience: str, *, language: str = "id", today: date | None = None) -> Any:
    from app.documents.forms import breach_notice
    from app.services import documents
    from app.services.case_documents import _signer

    if audience not in AUDIENCES:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "A notice is for: {choices}."),
            field="audience",
            choices=", ".join(AUDIENCES),
        )
    info = breach(desk, number)
    tz = zone(desk)
    letterhead = documents.letterhead(desk)
    return breach_notice.BreachNotice(
        number=info.number,
        audience=audience,
        found_at=info.found_at.astimezone(tz).replace(tzinfo=None),
        deadline=info.deadline.astimezone(tz).replace(tzinfo=None),
        description=info.description,
        data_kinds=info.data_kinds,
        subjects=info.subjects,
        measures=info.measures,
        office=letterhead.agency_name or letterhead.unit_name or _site_name(desk),
        contact=" · ".join(x for x in (letterhead.phone, letterhead.email) if x),
        place=letterhead.place,
        date=today or date.today(),
        signer=_signer(desk),
    )


def _site_name(desk: Desk) -> str:
    with desk.read() as session:
        return str(
            session.scalar(select(Site.name).where(Site.code == desk.site_code)) or desk.site_code or ""
        )


def print_notice(
    desk: Desk, number: str, audience: str, *, language: str = "id", today: date | None = None
) -> Any:
    from app.documents.forms import breach_notice
    from app.services import documents

    doc = notice(desk, number, audience, language=language, today=today)
    return documents.issue(
        desk,
        form=NOTICE_FORM,
        record_ref=f"breach:{number}",
        title=translate("documents", NOTICE_TITLE, language) + f" {number}",
        doc=doc,
        build=breach_notice.build,
        page=documents.page_settings(desk, language=language),
        today=today,
    )
