"""Numbers of the letters a site issues, from a pattern per kind of document.

A serial is reserved from a gap-free counter per site, kind and year when a letter is signed,
inside the signing transaction: a failed signing issues nothing, the serial restarts each year,
and a number once issued is never issued again (a cancelled letter keeps its number in the
register). The site's unit code (or its site code) is part of every pattern, and each site counts
on its own, so two sites issuing numbers offline on the same day never collide.
"""

from __future__ import annotations

import string
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.errors import ValidationError
from app.i18n import QT_TRANSLATE_NOOP
from app.models.correspondence import LetterKind, LetterSecurity, NumberingPattern
from app.models.org import Site, Unit
from app.persistence import counters
from app.services import access
from app.services.desk import Desk

LETTER_PATTERN = "{security}-{serial}/{unit_code}/{classification}/{month:02}/{year}"
PLAIN_PATTERN = "{serial}/{unit_code}/{classification}/{month:02}/{year}"
DEFAULT_PATTERNS: dict[LetterKind, str] = {
    LetterKind.OUTGOING: LETTER_PATTERN,
    LetterKind.MEMO: PLAIN_PATTERN,
    LetterKind.INVITATION: PLAIN_PATTERN,
}
NUMBERED_KINDS = tuple(DEFAULT_PATTERNS)

#: the security prefix of a number: B (biasa) for ordinary and urgent letters, R and SR for secret
SECURITY_PREFIX: dict[LetterSecurity, str] = {
    LetterSecurity.BIASA: "B",
    LetterSecurity.SEGERA: "B",
    LetterSecurity.SANGAT_SEGERA: "B",
    LetterSecurity.RAHASIA: "R",
    LetterSecurity.SANGAT_RAHASIA: "SR",
}

FIELDS = ("security", "serial", "unit_code", "site", "classification", "day", "month", "year")
_SAMPLE = {
    "security": "B",
    "serial": 12,
    "unit_code": "PWNI",
    "site": "KBRI-KUL",
    "classification": "PL.01",
    "day": 28,
    "month": 11,
    "year": 2026,
}


@dataclass(frozen=True)
class NumberParts:
    serial: int
    year: int
    number: str


def validate_pattern(pattern: str) -> str:
    """The pattern, stripped, or a ValidationError that says what is wrong with it."""
    pattern = pattern.strip()
    try:
        names = [name for _, name, _, _ in string.Formatter().parse(pattern) if name is not None]
    except ValueError:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors", "The numbering pattern has an unmatched brace: write fields as {serial}."
            ),
            field="pattern",
        ) from None
    for name in names:
        if name not in FIELDS:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "errors", "The numbering pattern has an unknown field {{{name}}}; known fields: {fields}."
                ),
                field="pattern",
                name=name,
                fields=", ".join("{" + f + "}" for f in FIELDS),
            )
    if "serial" not in names or "year" not in names:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors", "The numbering pattern needs {serial} and {year}: the serial restarts each year."
            ),
            field="pattern",
        )
    if "unit_code" not in names and "site" not in names:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors",
                "The numbering pattern needs {unit_code} or {site}, so that numbers issued at "
                "two sites never collide.",
            ),
            field="pattern",
        )
    try:
        pattern.format(**_SAMPLE)
    except (ValueError, TypeError, IndexError):
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The numbering pattern has a format Python cannot apply: {pattern}"),
            field="pattern",
            pattern=pattern,
        ) from None
    return pattern


def _kind(kind: str | LetterKind) -> LetterKind:
    try:
        value = LetterKind(kind)
    except ValueError:
        value = None
    if value not in NUMBERED_KINDS:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "{value} is not an allowed value here."),
            field="kind",
            value=str(kind),
        )
    assert value is not None
    return value


def pattern_for(session: Session, site_code: str, kind: LetterKind) -> str:
    stored = session.scalar(
        select(NumberingPattern.pattern).where(
            NumberingPattern.site_code == site_code,
            NumberingPattern.kind == kind,
            NumberingPattern.deleted_at.is_(None),
        )
    )
    return stored or DEFAULT_PATTERNS[kind]


def patterns(desk: Desk) -> dict[str, str]:
    """This site's pattern for each kind of numbered document."""
    assert desk.site_code is not None
    with desk.read() as session:
        return {k.value: pattern_for(session, desk.site_code, k) for k in NUMBERED_KINDS}


def set_pattern(desk: Desk, kind: str, pattern: str) -> str:
    """Change this site's pattern for one kind of document (an office setting that syncs)."""
    access.require(desk, access.Permission.MANAGE_SETTINGS)
    letter_kind = _kind(kind)
    pattern = validate_pattern(pattern)
    with desk.write() as session:
        assert desk.site_code is not None
        row = session.scalar(
            select(NumberingPattern).where(
                NumberingPattern.site_code == desk.site_code, NumberingPattern.kind == letter_kind
            )
        )
        if row is None:
            session.add(NumberingPattern(site_code=desk.site_code, kind=letter_kind, pattern=pattern))
        else:
            row.pattern = pattern
            row.deleted_at = None
    return pattern


def site_unit_code(session: Session, site: Site) -> str:
    """The code that names this site in its numbers: its unit's code, or its own code."""
    if site.unit_id is not None:
        code = session.scalar(select(Unit.code).where(Unit.id == site.unit_id))
        if code:
            return code
    return site.code


def issue(
    session: Session,
    site: Site,
    kind: LetterKind,
    *,
    security: LetterSecurity,
    classification: str,
    on: date,
) -> NumberParts:
    """Reserve the next serial of `kind` at `site` for the year of `on` and format the number."""
    pattern = validate_pattern(pattern_for(session, site.code, kind))
    serial = counters.reserve(session.connection(), f"letter:{site.code}:{kind.value}:{on.year}")
    number = pattern.format(
        security=SECURITY_PREFIX[security],
        serial=serial,
        unit_code=site_unit_code(session, site),
        site=site.code,
        classification=classification or "-",
        day=on.day,
        month=on.month,
        year=on.year,
    )
    return NumberParts(serial, on.year, number)


def agenda_number(session: Session, site_code: str, year: int) -> str:
    """The agenda number of an incoming letter: per site and year, never reused."""
    serial = counters.reserve(session.connection(), f"agenda:{site_code}:{year}")
    return f"{site_code}/SM/{year}/{serial:05d}"
