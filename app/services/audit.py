"""The audit trail for people: verify the chain, list and export entries, and log access.

Changes are audited by the change-capture hook; reading a sensitive record, printing a document
and exporting personal data are audited here, by `record_access`, into the same hash chain
(app/persistence/audit_chain.py). An access entry names the record by entity and id and says
what was done in a few codes: never a name, a NIK or any other personal value.
"""

from __future__ import annotations

import csv
import json
import uuid
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import ColumnElement, func, select, tuple_
from sqlalchemy.orm import Session

from app.errors import DomainError, ValidationError
from app.files import replacing
from app.i18n import QT_TRANSLATE_NOOP, translate
from app.models import AuditEntry, Case
from app.models.base import new_id, utcnow
from app.persistence import audit_chain
from app.persistence.audit_chain import ChainReport as ChainReport
from app.services import access
from app.services.desk import Desk

#: what an access entry may say was done
ACCESS_KINDS = ("read", "print", "export")
CHANGE_KINDS = ("insert", "update")
ACTIONS = CHANGE_KINDS + ACCESS_KINDS
ACTION_LABELS: dict[str, str] = {
    "insert": QT_TRANSLATE_NOOP("audit", "created"),
    "update": QT_TRANSLATE_NOOP("audit", "changed"),
    "read": QT_TRANSLATE_NOOP("audit", "read"),
    "print": QT_TRANSLATE_NOOP("audit", "printed"),
    "export": QT_TRANSLATE_NOOP("audit", "exported"),
}
BREAK_MESSAGES: dict[str, str] = {
    "altered": QT_TRANSLATE_NOOP(
        "audit", "Audit entry {id} ({at}, by {actor}) was altered after it was written."
    ),
    "unlinked": QT_TRANSLATE_NOOP(
        "audit",
        "Audit entry {id} ({at}, by {actor}) does not follow the entry before it: "
        "an entry was removed or slipped in.",
    ),
    "missing": QT_TRANSLATE_NOOP("audit", "Audit entries before entry {id} ({at}, by {actor}) were removed."),
}
#: records that hold personal data about a worker: exporting them (a sync bundle) is logged
PERSONAL_ENTITIES = frozenset({"worker", "case_file", "timeline_entry", "communication", "attachment"})
#: a detail value of an access entry: codes and numbers only
Detail = Mapping[str, str | int]


# --- who may ------------------------------------------------------------------------------------


def require_auditor(desk: Desk) -> None:
    """Only an auditor or an administrator reads the audit trail (the READ_AUDIT permission)."""
    access.require(desk, access.Permission.READ_AUDIT)


# --- writing access entries ----------------------------------------------------------------------
def record_access(
    desk: Desk,
    kind: str,
    entity: str,
    row_id: uuid.UUID,
    detail: Detail | None = None,
    *,
    session: Session | None = None,
) -> None:
    """Log that the desk's officer read, printed or exported a record (one short transaction,
    or inside `session` when the access is part of a write)."""
    record_accesses(desk, kind, [(entity, row_id)], detail, session=session)


def record_accesses(
    desk: Desk,
    kind: str,
    records: Iterable[tuple[str, uuid.UUID]],
    detail: Detail | None = None,
    *,
    session: Session | None = None,
) -> None:
    """Many records at once (a bulk print, an export): one entry per record, one transaction."""
    if kind not in ACCESS_KINDS:
        raise ValueError(f"unknown access kind {kind!r}")
    plain = dict(detail or {})
    if any(not isinstance(v, str | int) for v in plain.values()):
        raise TypeError("an access detail holds codes and numbers only")
    changes = json.dumps(plain, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    actor = desk.actor()
    tx, at = new_id(), utcnow()
    rows = [
        {
            "at": at,
            "actor": actor.username,
            "site": actor.site,
            "tx": tx,
            "action": kind,
            "entity": entity,
            "row_id": row_id,
            "changes": changes,
        }
        for entity, row_id in records
    ]
    if not rows:
        return
    if session is not None:
        audit_chain.append(session.connection(), rows)
        return
    with desk.write() as own:
        audit_chain.append(own.connection(), rows)


class VerifyCancelled(DomainError):
    pass


CANCELLED_MESSAGE = QT_TRANSLATE_NOOP("errors", "The verification was cancelled before the end of the trail.")


# --- reading --------------------------------------------------------------------------------------
@dataclass(frozen=True)
class AuditFilter:
    officer: str | None = None
    #: (entity, row id) pairs; empty means every record
    records: tuple[tuple[str, uuid.UUID], ...] = ()
    start: date | None = None
    end: date | None = None
    actions: tuple[str, ...] = ()


@dataclass(frozen=True)
class AuditEntryInfo:
    id: int
    at: datetime
    actor: str
    site: str
    action: str
    entity: str
    row_id: uuid.UUID
    #: {field: [old, new]} for a change; {code: value} for an access
    changes: dict[str, Any]
    hash: str


def parse_record(desk: Desk, text: str) -> tuple[tuple[str, uuid.UUID], ...]:
    """`ENTITY:ID` names one record; a case number names the case and its worker."""
    entity, sep, rest = text.strip().partition(":")
    if sep and entity.replace("_", "").isalpha() and entity.islower():
        try:
            return ((entity, uuid.UUID(rest.strip())),)
        except ValueError:
            pass
    with desk.read() as session:
        found = session.execute(
            select(Case.id, Case.worker_id).where(Case.number == text.strip(), Case.deleted_at.is_(None))
        ).first()
    if found is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors", "“{record}” is neither ENTITY:ID nor a case number of this register."
            ),
            field="record",
            record=text,
        )
    return (("case_file", found[0]), ("worker", found[1]))


def _where(flt: AuditFilter) -> list[ColumnElement[bool]]:
    where: list[ColumnElement[bool]] = []
    if flt.officer:
        where.append(AuditEntry.actor == flt.officer)
    if flt.records:
        where.append(tuple_(AuditEntry.entity, AuditEntry.row_id).in_(list(flt.records)))
    if flt.start is not None:
        where.append(AuditEntry.at >= datetime.combine(flt.start, time(), UTC))
    if flt.end is not None:
        where.append(AuditEntry.at < datetime.combine(flt.end + timedelta(days=1), time(), UTC))
    if flt.actions:
        where.append(AuditEntry.action.in_(flt.actions))
    return where


def _check(flt: AuditFilter) -> None:
    if flt.start and flt.end and flt.start > flt.end:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "The period ends before it starts."), field="start")
    unknown = [a for a in flt.actions if a not in ACTIONS]
    if unknown:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Unknown audit action “{action}”."), field="action", action=unknown[0]
        )


def _info(entry: AuditEntry) -> AuditEntryInfo:
    return AuditEntryInfo(
        id=entry.id,
        at=entry.at,
        actor=entry.actor,
        site=entry.site,
        action=entry.action,
        entity=entry.entity,
        row_id=entry.row_id,
        changes=json.loads(entry.changes),
        hash=entry.hash,
    )


def count_entries(desk: Desk, flt: AuditFilter | None = None) -> int:
    flt = flt or AuditFilter()
    _check(flt)
    require_auditor(desk)
    with desk.read() as session:
        return int(session.scalar(select(func.count(AuditEntry.id)).where(*_where(flt))) or 0)


def list_entries(
    desk: Desk,
    flt: AuditFilter | None = None,
    *,
    offset: int = 0,
    limit: int = 100,
    newest_first: bool = True,
) -> list[AuditEntryInfo]:
    flt = flt or AuditFilter()
    _check(flt)
    require_auditor(desk)
    order = AuditEntry.id.desc() if newest_first else AuditEntry.id
    with desk.read() as session:
        rows = session.scalars(
            select(AuditEntry).where(*_where(flt)).order_by(order).offset(offset).limit(limit)
        ).all()
        return [_info(r) for r in rows]


def iter_entries(
    desk: Desk, flt: AuditFilter | None = None, *, batch: int = 2000
) -> Iterator[AuditEntryInfo]:
    """Oldest first, `batch` at a time after the last id read (never an offset)."""
    flt = flt or AuditFilter()
    _check(flt)
    require_auditor(desk)
    after = 0
    while True:
        with desk.read() as session:
            rows = [
                _info(r)
                for r in session.scalars(
                    select(AuditEntry)
                    .where(AuditEntry.id > after, *_where(flt))
                    .order_by(AuditEntry.id)
                    .limit(batch)
                ).all()
            ]
        yield from rows
        if len(rows) < batch:
            return
        after = rows[-1].id


def verify_chain(desk: Desk, progress: Callable[[int, int], None] | None = None) -> ChainReport:
    require_auditor(desk)
    with desk.read() as session:
        return audit_chain.verify(session.connection(), progress)


def break_message(report: ChainReport, language: str | None = None) -> str:
    """The first broken link in words, or an empty string for a sound chain."""
    broken = report.broken
    if broken is None:
        return ""
    when = moment(broken.at, language) if broken.at else "?"
    return translate("audit", BREAK_MESSAGES[broken.kind], language).format(
        id=broken.entry_id, at=when, actor=broken.actor
    )


def moment(value: datetime, language: str | None = None) -> str:
    """A time of the trail in words, in UTC as stored ("1 Desember 2026 22.43.05 UTC")."""
    from babel.dates import format_datetime

    from app.i18n import cli_language

    locale = "en_GB" if (language or cli_language()) == "en" else "id_ID"
    return format_datetime(value.astimezone(UTC), "d MMMM y HH.mm.ss 'UTC'", tzinfo=UTC, locale=locale)


# --- export ---------------------------------------------------------------------------------------
SHEET_TITLE = QT_TRANSLATE_NOOP("audit", "Audit trail")
EXPORT_HEADERS = (
    QT_TRANSLATE_NOOP("audit", "Entry"),
    QT_TRANSLATE_NOOP("audit", "When (UTC)"),
    QT_TRANSLATE_NOOP("audit", "Officer"),
    QT_TRANSLATE_NOOP("audit", "Site"),
    QT_TRANSLATE_NOOP("audit", "Action"),
    QT_TRANSLATE_NOOP("audit", "Record kind"),
    QT_TRANSLATE_NOOP("audit", "Record id"),
    QT_TRANSLATE_NOOP("audit", "What changed"),
    QT_TRANSLATE_NOOP("audit", "Hash"),
)


def changes_text(entry: AuditEntryInfo) -> str:
    """`field: old → new` per changed field; `code=value` for an access."""
    if entry.action in ACCESS_KINDS:
        return ", ".join(f"{k}={v}" for k, v in sorted(entry.changes.items()))
    parts = []
    for name, pair in sorted(entry.changes.items()):
        old, new = [*pair, None, None][:2] if isinstance(pair, list) else (None, pair)
        if entry.action == "insert" and new in (None, ""):
            continue  # a record is born without it: nothing to read
        parts.append(f"{name}: {_short(old)} → {_short(new)}")
    return "; ".join(parts)


def _short(value: Any) -> str:
    if value is None:
        return "∅"
    text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
    return text if len(text) <= 80 else text[:79] + "…"


def export_entries(
    desk: Desk,
    path: Path,
    flt: AuditFilter | None = None,
    *,
    language: str | None = None,
    progress: Callable[[int], None] | None = None,
) -> int:
    """Write the entries of `flt` (oldest first) to .xlsx or .csv; returns how many. The file is
    written under a temporary name and appears whole or not at all."""
    suffix = path.suffix.lower()
    if suffix not in (".xlsx", ".csv"):
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Export to a .xlsx or .csv file."), field="path")
    require_auditor(desk)
    headers = [translate("audit", h, language) for h in EXPORT_HEADERS]

    def rows() -> Iterator[list[Any]]:
        for e in iter_entries(desk, flt):
            yield [
                e.id,
                e.at.strftime("%Y-%m-%d %H:%M:%S"),
                e.actor,
                e.site,
                translate("audit", ACTION_LABELS.get(e.action, e.action), language),
                e.entity,
                str(e.row_id),
                changes_text(e),
                e.hash,
            ]

    written = 0
    with replacing(path, suffix=suffix) as partial:
        if suffix == ".csv":
            with open(partial, "w", encoding="utf-8-sig", newline="") as handle:
                writer = csv.writer(handle)
                writer.writerow(headers)
                for row in rows():
                    writer.writerow(row)
                    written += 1
                    if progress and written % 1000 == 0:
                        progress(written)
        else:
            from openpyxl import Workbook

            book = Workbook(write_only=True)
            sheet = book.create_sheet(translate("audit", SHEET_TITLE, language))
            sheet.append(headers)
            try:
                for row in rows():
                    sheet.append(row)
                    written += 1
                    if progress and written % 1000 == 0:
                        progress(written)
            finally:
                book.save(partial)
    return written
