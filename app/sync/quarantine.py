"""The changes an import set aside (`sync_quarantine`), and what an administrator does with them.

Some reasons can pass later: a change relayed by a site that was not a hub passes once that site
is enrolled as one, and a change its origin was not allowed to make passes once the record's
audience names the origin (a referral that arrived after it). Releasing runs the kept lines
through the same import as a bundle (authorisation included: what still fails is set aside
again, with its reason). A change claiming this site or the seed as origin, a malformed one, or
one that differs from what its origin sealed never passes: it can only be discarded. Discarding
forgets the line; the import reports that counted it stay.
"""

from __future__ import annotations

import json
import uuid
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import delete, func, select

from app.i18n import QT_TRANSLATE_NOOP
from app.models import SyncQuarantine
from app.models.base import new_id, utcnow
from app.persistence.canonical import to_plain
from app.services import access
from app.services.desk import Desk
from app.sync import SyncError, bundle
from app.sync.importer import ImportReport, apply
from app.sync.status import record_label

#: why a change was set aside, as an officer reads it
REASONS = {
    "foreign_origin": QT_TRANSLATE_NOOP("sync", "claims this site or the shipped data as its origin"),
    "malformed": QT_TRANSLATE_NOOP("sync", "malformed"),
    "relayed_by_non_hub": QT_TRANSLATE_NOOP("sync", "relayed by a site that is not a hub"),
    "not_allowed": QT_TRANSLATE_NOOP("sync", "its origin may not change this record (not in its audience)"),
    "unsealed": QT_TRANSLATE_NOOP("sync", "relayed without its origin's seal"),
    "altered": QT_TRANSLATE_NOOP("sync", "altered on the way: differs from what its origin sealed"),
    "waiting": QT_TRANSLATE_NOOP("sync", "waits for the record it changes, which has not arrived yet"),
}
_Record = tuple[str, uuid.UUID]  # (entity, row id)
#: reasons a later state of the register can lift
RELEASABLE = frozenset({"relayed_by_non_hub", "not_allowed", "unsealed", "waiting"})


@dataclass(frozen=True)
class QuarantinedChange:
    id: int
    at: datetime
    sender: str
    origin_site: str
    origin_seq: int
    entity: str
    row_id: uuid.UUID
    field: str
    reason: str
    #: the case number (for a case or anything of it), worker name or letter number, else the id;
    #: for a record not held here, read from the set-aside changes that would make it
    record: str
    #: whether this site holds the record (a waiting change's record has not arrived)
    held: bool = True

    @property
    def releasable(self) -> bool:
        return self.reason in RELEASABLE


def list_quarantine(desk: Desk, *, limit: int = 1000) -> list[QuarantinedChange]:
    from app.sync.audience import replicated_tables
    from app.sync.merge import held_ids

    with desk.read() as session:
        rows = session.execute(
            select(
                SyncQuarantine.id,
                SyncQuarantine.at,
                SyncQuarantine.sender,
                SyncQuarantine.origin_site,
                SyncQuarantine.origin_seq,
                SyncQuarantine.entity,
                SyncQuarantine.row_id,
                SyncQuarantine.field,
                SyncQuarantine.reason,
                SyncQuarantine.line,
            )
            .order_by(SyncQuarantine.id)
            .limit(limit)
        ).all()
        by_entity: dict[str, set[uuid.UUID]] = defaultdict(set)
        for row in rows:
            by_entity[row.entity].add(row.row_id)
        tables = replicated_tables()
        held = {
            (entity, row_id)
            for entity, ids in by_entity.items()
            if entity in tables
            for row_id in held_ids(session.connection(), tables[entity].c.id, ids)
        }
        arrived = _arrived(rows, held)
        return [
            QuarantinedChange(
                id=row.id,
                at=row.at,
                sender=row.sender,
                origin_site=row.origin_site,
                origin_seq=row.origin_seq,
                entity=row.entity,
                row_id=row.row_id,
                field=row.field,
                reason=row.reason,
                record=_label(session, row.entity, row.row_id, held, arrived),
                held=(row.entity, row.row_id) in held,
            )
            for row in rows
        ]


def _arrived(rows: Sequence[Any], held: set[_Record]) -> dict[_Record, dict[str, Any]]:
    """The values set-aside changes give records not held here (the last one listed per field)."""
    found: dict[_Record, dict[str, Any]] = defaultdict(dict)
    for row in rows:
        if (row.entity, row.row_id) not in held:
            try:
                found[(row.entity, row.row_id)][row.field] = json.loads(json.loads(row.line)["value"])
            except (ValueError, KeyError, TypeError):  # a malformed line names nothing
                continue
    return found


def _label(
    session: Any,
    entity: str,
    row_id: uuid.UUID,
    held: set[_Record],
    arrived: dict[_Record, dict[str, Any]],
    depth: int = 0,
) -> str:
    """record_label for a held record; for one not held, its number or name as the set-aside
    changes give it, or what its parent is called (a note on a case that has not arrived)."""
    from app.sync.audience import CASE, LETTER, WORKER, parent_of

    values = arrived.get((entity, row_id))
    if values is None or (entity, row_id) in held or depth > 8:
        return record_label(session, entity, row_id)
    named = {CASE: ("number",), WORKER: ("full_name",), LETTER: ("agenda_number", "number")}
    for field in named.get(entity, ()):
        if values.get(field):
            return str(values[field])
    link = parent_of(entity)
    if link is not None and values.get(link[0]):
        try:
            parent = uuid.UUID(str(values[link[0]]))
        except ValueError:
            return str(row_id)
        return _label(session, link[1], parent, held, arrived, depth + 1)
    return str(row_id)


def count_quarantine(desk: Desk) -> int:
    with desk.read() as session:
        return int(session.scalar(select(func.count(SyncQuarantine.id))) or 0)


def _chosen(desk: Desk, ids: Sequence[int] | None) -> list[SyncQuarantine]:
    with desk.read() as session:
        query = select(SyncQuarantine).order_by(SyncQuarantine.id)
        if ids is not None:
            query = query.where(SyncQuarantine.id.in_(list(ids)))
        found = list(session.scalars(query))
        session.expunge_all()
    if ids is not None:
        missing = sorted(set(ids) - {row.id for row in found})
        if missing:
            raise SyncError(
                QT_TRANSLATE_NOOP("sync", "No set-aside change has the number {number}."), number=missing[0]
            )
    return found


def release(desk: Desk, ids: Sequence[int] | None = None) -> list[ImportReport]:
    """Import the chosen set-aside changes again (None: every releasable one), one pass per
    sender; each pass is one transaction, so a failure leaves them set aside as they were."""
    rows = _chosen(desk, ids)
    if ids is None:
        rows = [row for row in rows if row.reason in RELEASABLE]
    stuck = [row for row in rows if row.reason not in RELEASABLE]
    if stuck:
        raise SyncError(
            QT_TRANSLATE_NOOP(
                "sync",
                "Change {number} was set aside because it is malformed or claims this site as its "
                "origin; it can only be discarded.",
            ),
            number=stuck[0].id,
        )
    by_sender: dict[str, list[SyncQuarantine]] = defaultdict(list)
    for row in rows:
        by_sender[row.sender].append(row)
    reports = []
    for sender, kept in sorted(by_sender.items()):
        groups: dict[str, list[dict[str, object]]] = defaultdict(list)
        for row in kept:
            line = json.loads(row.line)
            groups[str(line["origin"])].append(line)
        manifest = {
            "bundle_id": str(new_id()),
            "sender": sender,
            "sequence": 0,
            "created_at": to_plain(utcnow()),
            "ack": {"sequence": 0},
        }
        opened = bundle.OpenedBundle(manifest, dict(groups))
        reports.append(apply(desk, opened, released=[row.id for row in kept]))
    return reports


def release_waiting(desk: Desk) -> list[ImportReport]:
    """Import the changes that waited for their record (a site edited a case it had from a third
    site, and its bundle came before the third site's), for the records that can now be made
    (app.sync.merge.unmakeable says which cannot). They pass through the same import,
    authorisation included; the rest wait on."""
    from app.sync.audience import replicated_tables
    from app.sync.merge import from_plain, held_ids, logged_columns, unmakeable

    with desk.read() as session:
        waiting: dict[str, dict[uuid.UUID, list[SyncQuarantine]]] = defaultdict(lambda: defaultdict(list))
        for row in session.scalars(select(SyncQuarantine).where(SyncQuarantine.reason == "waiting")):
            waiting[row.entity][row.row_id].append(row)
        if not waiting:
            return []
        connection = session.connection()
        ready: list[int] = []
        for entity, by_row in waiting.items():
            table = replicated_tables().get(entity)
            if table is None:
                continue
            held = held_ids(connection, table.c.id, set(by_row))
            columns = logged_columns(entity)
            new: dict[uuid.UUID, dict[str, object]] = {}
            for row_id, rows in by_row.items():
                if row_id in held:
                    continue
                newest: dict[str, dict[str, object]] = {}  # per field, the line that would win
                for line in (json.loads(row.line) for row in rows):
                    field = str(line["field"])
                    known = newest.get(field)
                    if field in columns and (known is None or str(line["hlc"]) > str(known["hlc"])):
                        newest[field] = line
                new[row_id] = {
                    field: from_plain(columns[field], json.loads(str(line["value"])))
                    for field, line in newest.items()
                }
            stuck = unmakeable(connection, entity, new, set(new))
            ready.extend(row.id for row_id, rows in by_row.items() if row_id not in stuck for row in rows)
    if not ready:
        return []
    reports = release(desk, sorted(ready))
    if any(report.new for report in reports):
        # a record made now may be what another waited for (a note on a case that waited too);
        # this ends, as each round makes records of lines that then leave the set-aside list
        reports += release_waiting(desk)
    return reports


def discard(desk: Desk, ids: Sequence[int]) -> int:
    access.require(desk, access.Permission.SYNC)
    rows = _chosen(desk, ids)
    with desk.write() as session:
        session.execute(delete(SyncQuarantine).where(SyncQuarantine.id.in_([row.id for row in rows])))
    return len(rows)
