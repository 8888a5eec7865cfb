"""Rebuild rows from the change log: heads per field, one winner everywhere, materialised rows.

The change log is the truth; a record's row is its materialised view. For every touched field
the heads are the changes no other change names as base; the winner is the head with the highest
clock stamp (the stamp ends with the site code, so ties break by site), the same on every site.
Rows are written with Core statements on the import's connection, which the ORM's flush hooks
never see: applied changes are not journalled again as local ones (app/persistence/capture.py
only watches ORM flushes). `updated_at`/`updated_by` are not replicated (Replicated.__unlogged__):
on the receiving site they are the stamp and author of the newest winning change.
"""

from __future__ import annotations

import json
import uuid
from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass
from dataclasses import field as dataclass_field
from datetime import UTC, date, datetime, time
from decimal import Decimal
from enum import Enum
from typing import Any, NamedTuple

from sqlalchemy import Column, bindparam, delete, insert, select, update
from sqlalchemy.engine import Connection
from sqlalchemy.types import TypeDecorator

from app.models import Change, FieldHead
from app.persistence import audit_chain
from app.persistence.canonical import dumps, to_plain
from app.persistence.clock import Stamp
from app.sync.audience import model_of, replicated_tables

CHUNK = 400


def from_plain(column: Column[Any], value: Any) -> Any:
    """The column value of a canonical JSON value (canonical.to_plain's inverse)."""
    if value is None:
        return None
    sql_type = column.type
    if isinstance(sql_type, TypeDecorator):
        sql_type = sql_type.impl_instance
    try:
        kind = sql_type.python_type
    except NotImplementedError:
        return value
    if kind is uuid.UUID:
        return uuid.UUID(value)
    if kind is datetime:
        return datetime.fromisoformat(value.replace("Z", "+00:00"))
    if kind is date:
        return date.fromisoformat(value)
    if kind is time:  # a local clock time such as a forum's start, "HH:MM:SS"
        return time.fromisoformat(value)
    if kind is Decimal:
        return Decimal(value)
    if kind is float:
        return float(value)
    if isinstance(kind, type) and issubclass(kind, Enum):
        return kind(value)
    return value


def stamp_time(hlc: str) -> datetime:
    return datetime.fromtimestamp(Stamp.parse(hlc).wall_ms / 1000, tz=UTC)


@dataclass
class Outcome:
    new: int = 0
    updated: int = 0
    unchanged: int = 0
    #: records not held here that what arrived cannot make (a required value missing, or a
    #: record they point at not held): their making is in a bundle still to come, so nothing
    #: was written and their changes wait (importer, quarantine.release_waiting)
    waiting: set[tuple[str, uuid.UUID]] = dataclass_field(default_factory=set)


_STAMPED = frozenset({"id", "updated_at", "updated_by"})


def references(entity: str) -> dict[str, Any]:
    """The logged columns of `entity` that point at another record: name -> the column pointed at."""
    columns = logged_columns(entity)
    return {
        fk.parent.name: fk.column
        for fk in replicated_tables()[entity].foreign_keys
        if fk.parent.name in columns
    }


def held_ids(connection: Connection, column: Any, values: set[Any]) -> set[Any]:
    """Which of `values` this site holds in `column` (a key that records point at)."""
    listed = sorted(values)
    found: set[Any] = set()
    for start in range(0, len(listed), 500):
        found.update(connection.scalars(select(column).where(column.in_(listed[start : start + 500]))))
    return found


def required_columns(entity: str) -> frozenset[str]:
    """The logged columns a new row cannot be written without (no default, not nullable)."""
    return frozenset(
        name
        for name, c in logged_columns(entity).items()
        if not c.nullable and c.default is None and c.server_default is None and name not in _STAMPED
    )


def logged_columns(entity: str) -> dict[str, Column[Any]]:
    unlogged = model_of(entity).__unlogged__
    return {c.name: c for c in replicated_tables()[entity].columns if c.name not in unlogged}


class LoggedChange(NamedTuple):
    """A change as materialise reads it (the change log's columns of the same names)."""

    row_id: uuid.UUID
    field: str
    origin_site: str
    origin_seq: int
    hlc: str
    value: str
    base: str
    actor: str


def materialise(
    connection: Connection,
    touched: set[tuple[str, uuid.UUID]],
    tx: uuid.UUID,
    actor: str,
    whole: Mapping[tuple[str, uuid.UUID], list[LoggedChange]] | None = None,
) -> Outcome:
    """Recompute heads and rows of `touched` records from the whole change log. `whole` may give
    a record's complete log already (a record first seen in this import: its log is the bundle's
    lines, so reading them back from the table would only repeat them)."""
    whole = whole or {}
    outcome = Outcome()
    by_entity: dict[str, list[uuid.UUID]] = defaultdict(list)
    for entity, row_id in touched:
        by_entity[entity].append(row_id)
    tables = replicated_tables()
    # parents before children, so foreign keys hold on PostgreSQL too (SQLite defers them)
    order = [t.name for t in tables["agency"].metadata.sorted_tables if t.name in by_entity]
    audits: list[dict[str, Any]] = []
    for entity in order:
        table = tables[entity]
        columns = logged_columns(entity)
        ids = sorted(by_entity[entity])
        for start in range(0, len(ids), CHUNK):
            chunk = ids[start : start + CHUNK]
            changes: list[Any] = []
            unread = []
            for row_id in chunk:
                given = whole.get((entity, row_id))
                if given is None:
                    unread.append(row_id)
                else:
                    changes.extend(given)
            if unread:
                changes.extend(
                    connection.execute(
                        select(*(getattr(Change, name) for name in LoggedChange._fields)).where(
                            Change.entity == entity, Change.row_id.in_(unread)
                        )
                    )
                )
            fields: dict[tuple[uuid.UUID, str], list[Any]] = defaultdict(list)
            named: set[str] = set()
            for change in changes:
                fields[(change.row_id, change.field)].append(change)
                if change.base != "[]":
                    named.update(json.loads(change.base))
            heads: list[dict[str, Any]] = []
            winners: dict[uuid.UUID, dict[str, Any]] = defaultdict(dict)
            newest: dict[uuid.UUID, Any] = {}
            for (row_id, field), field_changes in fields.items():
                live = [c for c in field_changes if f"{c.origin_site}:{c.origin_seq}" not in named]
                if not live:  # a cycle cannot happen with honest bases; keep the newest
                    live = [max(field_changes, key=lambda c: c.hlc)]
                for head in live:
                    heads.append(
                        {
                            "entity": entity,
                            "row_id": row_id,
                            "field": field,
                            "origin_site": head.origin_site,
                            "origin_seq": head.origin_seq,
                        }
                    )
                winner = max(live, key=lambda c: c.hlc)
                if field in columns:
                    winners[row_id][field] = from_plain(columns[field], json.loads(winner.value))
                if row_id not in newest or winner.hlc > newest[row_id].hlc:
                    newest[row_id] = winner
            connection.execute(
                delete(FieldHead).where(FieldHead.entity == entity, FieldHead.row_id.in_(chunk))
            )
            _insert_heads(connection, heads)
            current = {
                row.id: row._asdict()
                for row in connection.execute(select(table).where(table.c.id.in_(chunk)))
            }
            inserts: list[dict[str, Any]] = []
            updates: list[dict[str, Any]] = []
            waiting = unmakeable(
                connection,
                entity,
                {row_id: values for row_id, values in winners.items() if row_id not in current},
                set(chunk),
            )
            for row_id, values in winners.items():
                last = newest[row_id]
                stamp = {"updated_at": stamp_time(last.hlc), "updated_by": last.actor}
                old = current.get(row_id)
                if old is None:
                    if row_id in waiting:
                        outcome.waiting.add((entity, row_id))
                        continue
                    row = {name: None for name, c in columns.items() if c.nullable}
                    row.update(values)
                    inserts.append({**row, "id": row_id, **stamp})
                    outcome.new += 1
                    diff = {k: [None, v] for k, v in values.items()}
                    action = "insert"
                else:
                    diff = {k: [old[k], v] for k, v in values.items() if to_plain(old[k]) != to_plain(v)}
                    if not diff:
                        outcome.unchanged += 1
                        continue
                    updates.append({**{f"_{k}": v for k, v in {**values, **stamp}.items()}, "__id": row_id})
                    outcome.updated += 1
                    action = "update"
                audits.append(
                    {
                        "at": stamp["updated_at"],
                        "actor": actor,
                        "site": last.origin_site,
                        "tx": tx,
                        "action": action,
                        "entity": entity,
                        "row_id": row_id,
                        "changes": dumps(diff),
                    }
                )
            _insert_rows(connection, table, inserts)
            _update_rows(connection, table, updates)
    if audits:
        audit_chain.append(connection, audits)
    return outcome


def unmakeable(
    connection: Connection,
    entity: str,
    new: Mapping[uuid.UUID, Mapping[str, Any]],
    also_held: set[uuid.UUID],
) -> set[uuid.UUID]:
    """Which of the `new` records of `entity` (id -> the values that arrived) cannot be written
    yet: a value it cannot be made without is missing (a site sent only its edit of a case it had
    from a third site), or a record it points at is not held here, nor among `also_held` (rows
    written with it). A row pointing at one of these waits too (a reply to a waiting letter).
    The merge and the release of waiting changes (app/sync/quarantine.py) ask the same question."""
    required, pointers = required_columns(entity), references(entity)
    absent: dict[str, set[Any]] = {}
    for name, target in pointers.items():  # target: the column pointed at
        wanted = {v[name] for v in new.values() if v.get(name) is not None}
        if wanted:
            absent[name] = wanted - held_ids(connection, target, wanted) - also_held
    waiting = {
        row_id
        for row_id, values in new.items()
        if not required <= values.keys() or any(values.get(name) in absent.get(name, ()) for name in pointers)
    }
    while True:  # within the rows written together, waiting spreads to whoever points at it
        more = {
            row_id
            for row_id, values in new.items()
            if row_id not in waiting and any(values.get(name) in waiting for name in pointers)
        }
        if not more:
            return waiting
        waiting |= more


def _insert_heads(connection: Connection, heads: list[dict[str, Any]]) -> None:
    if not heads:
        return
    if connection.dialect.name == "sqlite":
        # one head per field of every record a bundle brings: as many rows as changes, so the
        # ORM type's per-row work (a UUID's 32 hex digits on SQLite) is done here in one pass
        connection.exec_driver_sql(
            "INSERT INTO field_head (entity, row_id, field, origin_site, origin_seq) VALUES (?, ?, ?, ?, ?)",
            [(h["entity"], h["row_id"].hex, h["field"], h["origin_site"], h["origin_seq"]) for h in heads],
        )
    else:
        connection.execute(insert(FieldHead), heads)


def _insert_rows(connection: Connection, table: Any, rows: list[dict[str, Any]]) -> None:
    groups: dict[frozenset[str], list[dict[str, Any]]] = defaultdict(list)
    for row in rows:
        groups[frozenset(row)].append(row)
    for group in groups.values():
        connection.execute(insert(table), group)


def _update_rows(connection: Connection, table: Any, rows: list[dict[str, Any]]) -> None:
    groups: dict[frozenset[str], list[dict[str, Any]]] = defaultdict(list)
    for row in rows:
        groups[frozenset(row)].append(row)
    for keys, group in groups.items():
        values: dict[str, Any] = {k[1:]: bindparam(k) for k in keys if k != "__id"}
        statement = update(table).where(table.c.id == bindparam("__id")).values(values)
        connection.execute(statement, group)
