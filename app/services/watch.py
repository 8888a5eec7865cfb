"""What other desks changed: a cheap poll of the change log, the same on both databases.

Every write — at this desk, at another desk of the same server, or received by sync — appends
to `change_log`, whose local id only grows. A window remembers the newest id it has shown and
asks every few seconds which kinds of record have changes after it: one index range scan
that reads nothing when nothing changed. Chosen over PostgreSQL's LISTEN/NOTIFY (docs/postgresql.md):
it needs no connection held open per desk, survives a dropped connection or a server restart
without losing a notification, and works unchanged on SQLite (a CLI import beside an open
window)."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select

from app.models import Change
from app.services.desk import Desk


@dataclass(frozen=True)
class ChangedSince:
    mark: int  # the newest change now; ask again after it
    entities: frozenset[str]  # the kinds of record (tables) changed after the old mark


def change_mark(desk: Desk) -> int:
    with desk.read() as session:
        return int(session.scalar(select(func.max(Change.id))) or 0)


def changed_since(desk: Desk, mark: int) -> ChangedSince:
    with desk.read() as session:
        rows = session.execute(
            select(Change.entity, func.max(Change.id)).where(Change.id > mark).group_by(Change.entity)
        ).all()
    if not rows:
        return ChangedSince(mark, frozenset())
    return ChangedSince(max(int(newest) for _, newest in rows), frozenset(entity for entity, _ in rows))
