"""Change capture, once for all: one session hook for every replicated record.

For every insert and update of a `Replicated` record it
1. stamps who/when/where on the row (before the flush),
2. appends one audit entry per record: who, when, which fields, old and new values, chained
   by hash to the entry before it (app/persistence/audit_chain.py),
3. appends one change-log entry per field (SYNC.md): origin site and sequence, hybrid logical
   clock, canonical value, and its base (the heads of that field it replaces); and moves the heads.
Deleting a replicated record is refused: records are tombstoned (`deleted_at`), so that a delete
travels to other sites as an ordinary change and can conflict with a concurrent edit.
Later features add records, never a second mechanism.
"""

from __future__ import annotations

import hashlib
import uuid
from collections import defaultdict
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import delete, event, insert, select, tuple_, update
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.attributes import instance_state

from app.models.base import Replicated, new_id, utcnow
from app.models.journal import Change, FieldHead, LocalState
from app.persistence import audit_chain, counters
from app.persistence.canonical import dumps, to_plain
from app.persistence.clock import Stamp

if TYPE_CHECKING:
    from app.persistence.db import Database

SEED_ORIGIN = "_seed"
#: Seeded reference rows carry this creation time everywhere, so that every site holds them
#: byte for byte identically.
SEED_TIME = datetime(2024, 11, 1, tzinfo=UTC)
SEED_STAMP = Stamp(0, 0, SEED_ORIGIN)


@dataclass(frozen=True)
class Actor:
    """Who writes: an officer's username (or `system`) at a site code."""

    username: str
    site: str


class CaptureError(RuntimeError):
    """A programming error: a write that the change capture cannot account for."""


def install(factory: sessionmaker[Session]) -> None:
    event.listen(factory, "before_flush", _before_flush)
    event.listen(factory, "after_flush", _after_flush)
    event.listen(factory, "after_commit", _end_transaction)
    event.listen(factory, "after_rollback", _end_transaction)


def is_replicated(obj: object) -> bool:
    return isinstance(obj, Replicated)


def seeding(session: Session) -> bool:
    """Seeding shipped reference data: identical rows and changes at every site."""
    return bool(session.info.get("seed"))


def _actor(session: Session) -> Actor:
    actor = session.info.get("actor")
    if actor is None:
        raise CaptureError("a replicated record was written by a session without an actor")
    return actor  # type: ignore[no-any-return]


def _before_flush(session: Session, _context: Any, _instances: Any) -> None:
    touched = [o for o in session.new if is_replicated(o)]
    dirty = [
        o for o in session.dirty if is_replicated(o) and session.is_modified(o, include_collections=False)
    ]
    if not touched and not dirty and not any(is_replicated(o) for o in session.deleted):
        return
    for obj in session.deleted:
        if is_replicated(obj):
            raise CaptureError(f"{type(obj).__name__} is a replicated record: set deleted_at instead")
    actor = _actor(session)
    seed = seeding(session)
    now = SEED_TIME if seed else utcnow()
    who = "system" if seed else actor.username
    for obj in touched:
        if obj.id is None:
            obj.id = new_id()
        obj.created_at = now
        obj.created_by = who
        obj.origin_site = SEED_ORIGIN if seed else actor.site
        obj.updated_at = now
        obj.updated_by = who
    for obj in dirty:
        obj.updated_at = now
        obj.updated_by = who


def _entity(obj: Replicated) -> str:
    return instance_state(obj).mapper.persist_selectable.name  # type: ignore[attr-defined,no-any-return]


def _logged_fields(obj: Replicated) -> list[str]:
    state = instance_state(obj)
    return [p.key for p in state.mapper.column_attrs if p.key not in obj.__unlogged__]


def _inserted(obj: Replicated) -> dict[str, tuple[Any, Any]]:
    values = instance_state(obj).dict
    return {key: (None, values.get(key)) for key in _logged_fields(obj)}


def _updated(obj: Replicated, forced: frozenset[str] = frozenset()) -> dict[str, tuple[Any, Any]]:
    state = instance_state(obj)
    result: dict[str, tuple[Any, Any]] = {}
    for key in _logged_fields(obj):
        if key in forced:  # a conflict resolution: a change even when the value stays
            result[key] = (None, state.dict.get(key))
            continue
        history = state.attrs[key].history
        if not history.has_changes():
            continue
        old = history.deleted[0] if history.deleted else None
        new = history.added[0] if history.added else None
        if to_plain(old) != to_plain(new):
            result[key] = (old, new)
    return result


def _after_flush(session: Session, _context: Any) -> None:
    records: list[tuple[str, Replicated, dict[str, tuple[Any, Any]]]] = []
    for obj in session.new:
        if is_replicated(obj):
            records.append(("insert", obj, _inserted(obj)))
    #: (entity, row id) -> fields that resolve a sync conflict (app.sync.conflicts): journalled even
    #: when the kept value is the one already shown, so that the resolution's base names every head
    resolving: dict[tuple[str, Any], frozenset[str]] = session.info.get("sync_resolve", {})
    for obj in session.dirty:
        if is_replicated(obj):
            fields = _updated(obj, resolving.get((_entity(obj), obj.id), frozenset()))
            if fields:
                records.append(("update", obj, fields))
    if records:
        _journal(session, records)


def _seed_seq(entity: str, row_id: uuid.UUID, field: str, value: str) -> int:
    """Every site seeds the same rows; hashing makes their change ids identical everywhere."""
    digest = hashlib.sha256(f"{entity}/{row_id}/{field}/{value}".encode()).digest()
    return int.from_bytes(digest[:7], "big")


def _journal(session: Session, records: list[tuple[str, Replicated, dict[str, tuple[Any, Any]]]]) -> None:
    actor = _actor(session)
    seed = seeding(session)
    connection = session.connection()
    tx = session.info.setdefault("tx", new_id())
    at = SEED_TIME if seed else utcnow()
    who = "system" if seed else actor.username
    origin = SEED_ORIGIN if seed else actor.site

    # Inserted rows have no heads yet; updated rows replace theirs, which become the base.
    heads: dict[tuple[str, uuid.UUID, str], list[tuple[str, int]]] = defaultdict(list)
    updated_keys = {(_entity(o), o.id) for action, o, _ in records if action == "update"}
    if updated_keys:
        rows = connection.execute(
            select(
                FieldHead.entity,
                FieldHead.row_id,
                FieldHead.field,
                FieldHead.origin_site,
                FieldHead.origin_seq,
            ).where(tuple_(FieldHead.entity, FieldHead.row_id).in_(list(updated_keys)))
        )
        for entity, row_id, field, site, seq in rows:
            heads[(entity, row_id, field)].append((site, seq))

    audit_rows: list[dict[str, Any]] = []
    change_rows: list[dict[str, Any]] = []
    for action, obj, fields in records:
        entity = _entity(obj)
        audit_rows.append(
            {
                "at": at,
                "actor": who,
                "site": origin,
                "tx": tx,
                "action": action,
                "entity": entity,
                "row_id": obj.id,
                "changes": dumps({k: [old, new] for k, (old, new) in fields.items()}),
            }
        )
        for field, (_old, new) in fields.items():
            if action == "insert" and new is None:
                continue  # an absent value needs no change: the row is born without it
            change_rows.append(
                {
                    "entity": entity,
                    "row_id": obj.id,
                    "field": field,
                    "value": dumps(new),
                    "base": sorted(heads.get((entity, obj.id, field), [])),
                }
            )

    if change_rows:
        if seed:
            for row in change_rows:
                row["origin_seq"] = _seed_seq(row["entity"], row["row_id"], row["field"], row["value"])
                row["hlc"] = str(SEED_STAMP)
        else:
            first = counters.reserve(connection, f"changes:{origin}", len(change_rows))
            database: Database = session.info["database"]
            clock = database.clock(connection, origin)
            for offset, row in enumerate(change_rows):
                row["origin_seq"] = first + offset
                row["hlc"] = str(clock.tick())
            _save_clock(connection, change_rows[-1]["hlc"])
        for row in change_rows:
            row.update(origin_site=origin, actor=who, tx=tx)
            row["base"] = dumps([f"{site}:{seq}" for site, seq in row["base"]])
        replaced = [(r["entity"], r["row_id"], r["field"]) for r in change_rows if r["base"] != "[]"]
        if replaced:
            connection.execute(
                delete(FieldHead).where(
                    tuple_(FieldHead.entity, FieldHead.row_id, FieldHead.field).in_(replaced)
                )
            )
        connection.execute(insert(Change), change_rows)
        connection.execute(
            insert(FieldHead),
            [
                {
                    "entity": r["entity"],
                    "row_id": r["row_id"],
                    "field": r["field"],
                    "origin_site": origin,
                    "origin_seq": r["origin_seq"],
                }
                for r in change_rows
            ],
        )
    audit_chain.append(connection, audit_rows)


def _save_clock(connection: Any, stamp: str) -> None:
    done = connection.execute(update(LocalState).where(LocalState.key == "hlc").values(value=stamp)).rowcount
    if not done:
        connection.execute(insert(LocalState).values(key="hlc", value=stamp))


def _end_transaction(session: Session) -> None:
    session.info.pop("tx", None)
