"""Gap-free counters held in the database (change sequence, case numbers, letter serials).

`reserve` runs inside the caller's transaction: if the transaction rolls back, so does the
counter, so a number is never skipped and, once committed, never issued twice.
"""

from __future__ import annotations

from sqlalchemy import insert, select, update
from sqlalchemy.engine import Connection

from app.models.journal import NumberCounter


def reserve(connection: Connection, name: str, count: int = 1) -> int:
    """Reserve `count` consecutive numbers under `name`; returns the first of them (from 1)."""
    last = connection.scalar(
        update(NumberCounter)
        .where(NumberCounter.name == name)
        .values(value=NumberCounter.value + count)
        .returning(NumberCounter.value)
    )
    if last is None:
        connection.execute(insert(NumberCounter).values(name=name, value=count))
        last = count
    return int(last) - count + 1


def peek(connection: Connection, name: str) -> int:
    """The last number issued under `name` (0 if none)."""
    value = connection.scalar(select(NumberCounter.value).where(NumberCounter.name == name))
    return int(value or 0)
