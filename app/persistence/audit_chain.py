"""The audit trail as a hash chain: an edited, removed or slipped-in entry breaks it.

Each `audit_entry` holds `prev_hash` (the hash of the entry before it; the first entry names
`GENESIS`) and `hash`, the SHA-256 of its own canonical JSON form, `prev_hash` included. Ids are
given here, one after the last, so the chain's order is the ids' order and two writers racing
for the same place meet a primary-key violation instead of forking the chain silently.

Every writer of audit entries (the change-capture hook, the sync merge, the access log) goes
through `append`; `verify` walks the chain. Why plain SHA-256 and not an HMAC under a site
secret: see docs/audit.md ("Why no secret key").
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, func, insert, select, text

from app.models.journal import AuditEntry
from app.persistence.canonical import dumps

GENESIS = "0" * 64
#: the fields an entry's hash covers, in the order they are serialised (dumps sorts keys anyway)
HASHED = ("id", "at", "actor", "site", "tx", "action", "entity", "row_id", "changes", "prev_hash")
#: PostgreSQL: writers of the chain take turns (a transaction-scoped advisory lock); SQLite has
#: one writer at a time already
_PG_LOCK = 0x4A454A41  # "JEJA"


def entry_hash(entry: Mapping[str, Any]) -> str:
    payload = dumps({key: entry[key] for key in HASHED})
    return hashlib.sha256(payload.encode()).hexdigest()


def append(connection: Connection, rows: list[dict[str, Any]]) -> None:
    """Insert audit entries (dicts of every column but id and the hashes) at the chain's end."""
    if not rows:
        return
    if connection.dialect.name == "postgresql":
        connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _PG_LOCK})
    last = connection.execute(
        select(AuditEntry.id, AuditEntry.hash).order_by(AuditEntry.id.desc()).limit(1)
    ).first()
    last_id, prev = (last[0], last[1]) if last is not None else (0, GENESIS)
    for offset, row in enumerate(rows, start=1):
        row["id"] = last_id + offset
        row["prev_hash"] = prev
        row["hash"] = prev = entry_hash(row)
    connection.execute(insert(AuditEntry), rows)


@dataclass(frozen=True)
class BrokenLink:
    """The first entry where the chain does not hold, and why."""

    entry_id: int
    at: datetime | None
    actor: str
    #: "altered": the entry is not what was hashed; "unlinked": it does not follow the entry
    #: before it (one was removed or slipped in); "missing": ids jump (entries were removed)
    kind: str


@dataclass(frozen=True)
class ChainReport:
    count: int
    head: str
    broken: BrokenLink | None

    @property
    def ok(self) -> bool:
        return self.broken is None


def count(connection: Connection) -> int:
    return int(connection.scalar(select(func.count(AuditEntry.id))) or 0)


def _entries(connection: Connection, batch: int) -> Iterator[Mapping[str, Any]]:
    after = 0
    columns = [getattr(AuditEntry, name) for name in (*HASHED, "hash")]
    while True:
        rows = connection.execute(
            select(*columns).where(AuditEntry.id > after).order_by(AuditEntry.id).limit(batch)
        ).all()
        if not rows:
            return
        for row in rows:
            yield dict(row._mapping)
        after = rows[-1][0]


def verify(
    connection: Connection,
    progress: Callable[[int, int], None] | None = None,
    *,
    batch: int = 5000,
) -> ChainReport:
    """Walk the whole chain in id order; stop at the first entry that breaks it.

    `progress(done, total)` is called every `batch` entries; it may raise to cancel."""
    total = count(connection)
    prev, expected_id, done = GENESIS, 1, 0
    for entry in _entries(connection, batch):
        kind = None
        if entry["prev_hash"] != prev:
            # ids alone are no proof (a PostgreSQL sequence skips numbers on a rollback before
            # the chain existed), but a broken link right after a jump is a removal
            kind = "missing" if entry["id"] != expected_id else "unlinked"
        elif entry_hash(entry) != entry["hash"]:
            kind = "altered"
        if kind is not None:
            return ChainReport(done, prev, BrokenLink(entry["id"], entry["at"], entry["actor"], kind))
        prev, expected_id, done = entry["hash"], entry["id"] + 1, done + 1
        if progress is not None and done % batch == 0:
            progress(done, total)
    if progress is not None:
        progress(done, total)
    return ChainReport(done, prev, None)
