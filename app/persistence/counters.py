"""Gap-free counters held in the database (change sequence, case numbers, letter serials).

`reserve` runs inside the caller's transaction: if the transaction rolls back, so does the
counter, so a number is never skipped and, once committed, never issued twice.

Many desks on one PostgreSQL server: the one statement below is an upsert whose UPDATE takes the
counter row's lock (what SELECT ... FOR UPDATE would take, without the extra round trip) and
holds it until the caller's transaction ends, so a second desk waits for the first to commit or
roll back and then reads the committed value (READ COMMITTED re-reads a row it waited for). A
counter that does not exist yet is created by the same statement (ON CONFLICT), so two desks
creating it at once never fail on the primary key. SQLite serialises writers on the file anyway.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import case, select
from sqlalchemy.dialects import sqlite
from sqlalchemy.engine import Connection

from app.models.journal import NumberCounter


def _upsert(connection: Connection) -> Any:
    if connection.dialect.name == "postgresql":
        # imported here: SQLAlchemy's PostgreSQL dialect costs ~45 ms, and a desk on SQLite
        # (every start that signs in) never needs it
        from sqlalchemy.dialects import postgresql

        return postgresql.insert(NumberCounter)
    return sqlite.insert(NumberCounter)


def reserve(connection: Connection, name: str, count: int = 1) -> int:
    """Reserve `count` consecutive numbers under `name`; returns the first of them (from 1)."""
    statement = _upsert(connection).values(name=name, value=count)
    statement = statement.on_conflict_do_update(
        index_elements=[NumberCounter.name],
        set_={"value": NumberCounter.value + statement.excluded.value},
    ).returning(NumberCounter.value)
    last = connection.scalar(statement)
    assert last is not None
    return int(last) - count + 1


def raise_to(connection: Connection, name: str, value: int) -> None:
    """Make sure the next number issued under `name` is above `value` (never lowers it): after a
    site took back records it had numbered and then forgotten (app/sync/restored.py)."""
    statement = _upsert(connection).values(name=name, value=value)
    bigger = statement.excluded.value > NumberCounter.value
    statement = statement.on_conflict_do_update(
        index_elements=[NumberCounter.name],
        set_={"value": case((bigger, statement.excluded.value), else_=NumberCounter.value)},
    )
    connection.execute(statement)


def peek(connection: Connection, name: str) -> int:
    """The last number issued under `name` (0 if none)."""
    value = connection.scalar(select(NumberCounter.value).where(NumberCounter.name == name))
    return int(value or 0)
