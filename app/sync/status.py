"""What the Sync view shows: this site's fingerprint, its peers with what is pending for each,
the history of imported bundles with their reports, and the review queue."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import Case, Forum, Meeting, SyncImport, SyncPeer, Worker
from app.models.correspondence import Letter
from app.services.desk import Desk
from app.sync import sites
from app.sync.audience import CASE, LETTER, MEETING, WORKER, parent_of, replicated_tables
from app.sync.conflicts import Conflict, conflicts_of
from app.sync.export import pending
from app.sync.holdings import divergence_of


@dataclass(frozen=True)
class PeerRow:
    code: str
    name: str
    agency_code: str
    is_hub: bool
    fingerprint: str
    revoked: bool
    last_sent_at: datetime | None
    last_received_at: datetime | None
    pending: int
    #: changes this site lacks of what the peer's last bundle counted (app/sync/holdings.py)
    missing: int = 0


@dataclass(frozen=True)
class ImportRow:
    at: datetime
    sender: str
    sequence: int
    report: dict[str, Any]


@dataclass(frozen=True)
class SyncStatus:
    fingerprint: str | None
    peers: tuple[PeerRow, ...]
    imports: tuple[ImportRow, ...]
    conflicts: tuple[Conflict, ...]
    #: (entity, row id) -> what a person recognises the record by (its case number, a name)
    labels: dict[tuple[str, Any], str]


def sync_status(desk: Desk, *, history: int = 100) -> SyncStatus:
    fingerprint = sites.own_card(desk).fingerprint if sites.has_keys(desk) else None
    with desk.read() as session:
        peers = []
        for peer in session.scalars(select(SyncPeer).order_by(SyncPeer.code)):
            waiting = 0 if peer.revoked_at else len(pending(desk, session, peer)[0])
            diverged = divergence_of(session, peer.code)
            peers.append(
                PeerRow(
                    peer.code,
                    peer.name,
                    peer.agency_code,
                    peer.is_hub,
                    peer.fingerprint,
                    peer.revoked_at is not None,
                    peer.last_sent_at,
                    peer.last_received_at,
                    waiting,
                    diverged.missing if diverged else 0,
                )
            )
        imports = tuple(
            ImportRow(row.at, row.sender, row.seq, json.loads(row.report))
            for row in session.scalars(select(SyncImport).order_by(SyncImport.id.desc()).limit(history))
        )
        conflicts = tuple(conflicts_of(session, include_minor=False))
        labels = {(c.entity, c.row_id): record_label(session, c.entity, c.row_id) for c in conflicts}
    return SyncStatus(fingerprint, tuple(peers), imports, conflicts, labels)


def record_label(session: Session, entity: str, row_id: Any) -> str:
    """A case's number (for a case or anything hanging off one), a worker's name, a letter's
    number (never its subject: it may be confidential), a meeting's forum and day, else the id."""
    tables = replicated_tables()
    if entity == CASE:
        number = session.scalar(select(Case.number).where(Case.id == row_id))
        return str(number or row_id)
    if entity == WORKER:
        name = session.scalar(select(Worker.full_name).where(Worker.id == row_id))
        return str(name or row_id)
    if entity == LETTER:
        numbers = session.execute(
            select(Letter.agenda_number, Letter.number).where(Letter.id == row_id)
        ).first()
        return str((numbers and (numbers[0] or numbers[1])) or row_id)
    if entity == MEETING:
        found = session.execute(
            select(Forum.code, Meeting.starts_at)
            .join(Forum, Forum.id == Meeting.forum_id)
            .where(Meeting.id == row_id)
        ).first()
        return f"{found[0]} {found[1]:%Y-%m-%d}" if found else str(row_id)
    link = parent_of(entity)
    if link is not None:
        table = tables[entity]
        parent = session.scalar(select(table.c[link[0]]).where(table.c.id == row_id))
        if parent is not None:
            return record_label(session, link[1], parent)
    return str(row_id)


def keep_value(conflict: Conflict, change_id: str) -> str:
    """The JSON value that keeping candidate `change_id` writes (against a delete: restore)."""
    kept = next(c for c in conflict.candidates if c.change_id == change_id)
    if conflict.kind == "edit_after_delete" and not kept.winner:
        return "null"
    return json.dumps(kept.value)
