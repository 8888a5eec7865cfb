"""`jejaring bundle export --to CODE`: what a peer has not acknowledged, for its audience.

A bundle for peer R holds
- every change of the local log after R's cursor whose record is in R's audience, and
- every change of the records that entered R's audience and were not yet acknowledged as sent
  whole (sync_share), so a record arriving through a new referral travels complete;
minus R's own changes and the `_seed` rows every site has. A hub relays what it holds from
every origin; any other site sends only its own changes (a relayed change is trusted only from a
hub; each group carries its origin's seals, app/sync/seals.py). The cursor does not move here:
only R's acknowledgement of this bundle's sequence moves it (AnkiDroid lost data by moving a
counter on a failed sync). Resending is harmless.
"""

from __future__ import annotations

import json
import uuid
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Any, NamedTuple

from sqlalchemy import func, select
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Session

from app import __version__
from app.bulk import collector_paused
from app.files import write_atomically
from app.i18n import QT_TRANSLATE_NOOP
from app.models import Agency, Change, Site, SyncOutbox, SyncPeer, SyncShare
from app.models.base import new_id, utcnow
from app.persistence.canonical import to_plain
from app.persistence.capture import SEED_ORIGIN
from app.persistence.migrations import HEAD_REVISION
from app.services import access
from app.services.desk import Desk
from app.sync import SyncError, bundle, holdings, restored, seals
from app.sync.audience import EVERYONE, ROOTS, Audiences, SiteFacts, dependents_of
from app.sync.keys import SiteKeys
from app.sync.sites import own_site

_COLUMNS = (
    Change.id,
    Change.origin_site,
    Change.origin_seq,
    Change.hlc,
    Change.entity,
    Change.row_id,
    Change.field,
    Change.value,
    Change.base,
    Change.actor,
    Change.tx,
)


@dataclass(frozen=True)
class ExportResult:
    peer: str
    sequence: int
    changes: int
    blobs: int
    path: Path
    bundle_id: uuid.UUID
    #: the peer's own changes given back to it (it said it holds fewer: app/sync/restored.py)
    given_back: int = 0


def site_facts(session: Session, desk: Desk) -> list[SiteFacts]:
    site = own_site(session, desk)
    agency = session.get(Agency, site.agency_id)
    assert agency is not None
    facts = [SiteFacts(site.code, agency.code, agency.kind.value, site.country, site.is_hub)]
    for peer in session.scalars(select(SyncPeer)):
        facts.append(SiteFacts(peer.code, peer.agency_code, peer.agency_kind, peer.country, peer.is_hub))
    return facts


def change_line(row: Any) -> bytes:
    record = {
        "origin": row.origin_site,
        "seq": row.origin_seq,
        "hlc": row.hlc,
        "entity": row.entity,
        "row": str(row.row_id),
        "field": row.field,
        "value": row.value,
        "base": row.base,
        "actor": row.actor,
        "tx": str(row.tx),
    }
    return json.dumps(record, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode("utf-8")


def peer_for_export(session: Session, code: str) -> SyncPeer:
    peer = session.get(SyncPeer, code.strip().upper())
    if peer is None:
        raise SyncError(QT_TRANSLATE_NOOP("sync", "No enrolled site has the code {code}."), code=code)
    if peer.revoked_at is not None:
        raise SyncError(
            QT_TRANSLATE_NOOP("sync", "Site {code} is revoked: nothing is sent to it."), code=peer.code
        )
    return peer


class _Row(NamedTuple):
    id: int
    origin_site: str
    origin_seq: int
    hlc: str
    entity: str
    row_id: uuid.UUID
    field: str
    value: str
    base: str
    actor: str
    tx: str


#: the log's columns as _Row reads them, on SQLite
_LOG_TEXT = (
    "SELECT id, origin_site, origin_seq, hlc, entity, row_id, field, value, base, actor, tx FROM change_log"
)


def _dashed(hex_text: str) -> str:
    h = hex_text
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def _changes_after(connection: Connection, cursor: int, skip: list[str]) -> list[Any]:
    """The log after `cursor`, in order. On SQLite the ids stay text (32 hex digits) and each
    distinct row id becomes a UUID once: a first bundle reads every change of the database."""
    if connection.dialect.name != "sqlite":
        query = (
            select(*_COLUMNS).where(Change.id > cursor, Change.origin_site.not_in(skip)).order_by(Change.id)
        )
        return list(connection.execute(query))
    return _text_rows(
        connection,
        _LOG_TEXT + " WHERE id > ? AND origin_site NOT IN (?, ?) ORDER BY id",
        (cursor, *skip),
    )


def _given_back(connection: Connection, peer: str, after: int) -> list[Any]:
    """`peer`'s own changes held here after number `after`, in order (app/sync/restored.py)."""
    if connection.dialect.name != "sqlite":
        query = select(*_COLUMNS).where(Change.origin_site == peer, Change.origin_seq > after)
        return list(connection.execute(query.order_by(Change.origin_seq)))
    return _text_rows(
        connection,
        _LOG_TEXT + " WHERE origin_site = ? AND origin_seq > ? ORDER BY origin_seq",
        (peer, after),
    )


def _text_rows(connection: Connection, sql: str, params: tuple[Any, ...]) -> list[_Row]:
    rows = connection.exec_driver_sql(sql, params).fetchall()
    ids: dict[str, uuid.UUID] = {}
    result = []
    for r in rows:
        row_id = ids.get(r[5])
        if row_id is None:
            row_id = ids[r[5]] = uuid.UUID(hex=r[5])
        result.append(_Row(r[0], r[1], r[2], r[3], r[4], row_id, r[6], r[7], r[8], r[9], _dashed(r[10])))
    return result


def _own_lines(connection: Connection, origin: str, built: dict[int, bytes]) -> Any:
    """(seq, line) of this site's own changes from a sequence number on, for sealing: the lines
    this bundle already holds are reused, the others read and written as a bundle would."""

    def lines(start: int, newest: int) -> Any:
        if all(seq in built for seq in range(start, newest + 1)):  # a first bundle: all at hand
            for seq in range(start, newest + 1):
                yield seq, built[seq]
            return
        if connection.dialect.name != "sqlite":
            query = select(*_COLUMNS).where(Change.origin_site == origin, Change.origin_seq >= start)
            rows: list[Any] = list(connection.execute(query.order_by(Change.origin_seq)))
        else:
            rows = _text_rows(
                connection,
                _LOG_TEXT + " WHERE origin_site = ? AND origin_seq >= ? ORDER BY origin_seq",
                (origin, start),
            )
        for r in rows:
            line = built.get(r.origin_seq)
            yield r.origin_seq, line if line is not None else change_line(r)

    return lines


class _Reach:
    """What may go to `peer` from here: which origins, and which records (its audience)."""

    def __init__(self, desk: Desk, session: Session, peer: SyncPeer) -> None:
        self.own = desk.site_code or ""
        self.is_hub = own_site(session, desk).is_hub
        self.audiences = Audiences(session, site_facts(session, desk))
        self.peer = peer.code
        self.skip = [SEED_ORIGIN, peer.code]

    def allowed(self, origin: str) -> bool:
        return self.is_hub or origin == self.own

    def visible(self, entity: str, row_ids: set[uuid.UUID]) -> set[uuid.UUID]:
        found = self.audiences.of_rows(entity, row_ids)
        return {i for i, codes in found.items() if codes is EVERYONE or self.peer in codes}

    def shown(self, rows: list[Any]) -> list[Any]:
        """The rows of records in the peer's audience."""
        by_entity: dict[str, set[uuid.UUID]] = defaultdict(set)
        for r in rows:
            by_entity[r.entity].add(r.row_id)
        shown = {entity: self.visible(entity, ids) for entity, ids in by_entity.items()}
        return [r for r in rows if r.row_id in shown[r.entity]]


def pending(
    desk: Desk, session: Session, peer: SyncPeer, reach: _Reach | None = None
) -> tuple[list[Any], list[tuple[str, uuid.UUID]]]:
    """The change rows a bundle for `peer` carries now, and the records it sends whole."""
    reach = reach or _Reach(desk, session, peer)
    audiences, skip, allowed, visible = reach.audiences, reach.skip, reach.allowed, reach.visible

    connection = session.connection()  # Core rows: no ORM loading for a hundred thousand changes
    fresh = [r for r in _changes_after(connection, peer.cursor, skip) if allowed(r.origin_site)]
    chosen = {r.id: r for r in reach.shown(fresh)}

    # records in the peer's audience that it has not yet confirmed holding whole
    confirmed = {
        (entity, row_id)
        for entity, row_id in session.execute(
            select(SyncShare.entity, SyncShare.row_id).where(
                SyncShare.peer == peer.code, SyncShare.seq <= peer.acked_seq
            )
        )
    }
    roots: list[tuple[str, uuid.UUID]] = [
        (entity, row_id)
        for entity in ROOTS
        for row_id in audiences.in_audience(entity, peer.code)
        if (entity, row_id) not in confirmed
    ]
    wanted: dict[str, set[uuid.UUID]] = defaultdict(set)
    for entity, row_id in roots:
        wanted[entity].add(row_id)
    if peer.cursor:  # a first bundle carries the whole log anyway
        for entity in ROOTS:
            for child, ids in dependents_of(session, entity, sorted(wanted.get(entity, ()))).items():
                wanted[child] |= visible(child, set(ids))
    # what is after the cursor was weighed above; a whole record adds only what came before it
    for entity, wanted_ids in wanted.items() if peer.cursor else ():
        listed = sorted(wanted_ids)
        for start in range(0, len(listed), 500):
            query = select(*_COLUMNS).where(
                Change.entity == entity,
                Change.row_id.in_(listed[start : start + 500]),
                Change.origin_site.not_in(skip),
                Change.id <= peer.cursor,
            )
            for r in connection.execute(query):
                if allowed(r.origin_site):
                    chosen.setdefault(r.id, r)
    return sorted(chosen.values(), key=lambda r: (r.origin_site, r.origin_seq)), roots


def counted(desk: Desk, session: Session, peer: SyncPeer, reach: _Reach | None = None) -> dict[str, Any]:
    """Per origin, the tally (app/sync/holdings.py) of every change a full resend to `peer` would
    carry now: `pending` from cursor 0 without its whole-record part (a first bundle holds the
    whole log). On SQLite it reads two covering indexes, not the log's rows, as one text per
    record and one per origin."""
    reach = reach or _Reach(desk, session, peer)
    origins = [
        origin
        for origin in session.scalars(select(Change.origin_site).distinct())
        if origin not in reach.skip and reach.allowed(origin)
    ]
    if not origins:
        return {}
    if peer.is_hub:  # every record's audience names every hub (app/sync/reach.py)
        return {origin: holdings.tally(holdings.logged_seqs(session, origin)) for origin in sorted(origins)}
    connection = session.connection()
    if connection.dialect.name == "sqlite":
        # one row per record and one per origin, the ids as text: the driver's cost is per row
        records = [
            (entity, uuid.UUID(hex=row_id), ids)
            for entity, row_id, ids in connection.exec_driver_sql(
                "SELECT entity, row_id, group_concat(id) FROM change_log GROUP BY entity, row_id"
            )
        ]
        placeholders = ", ".join("?" for _ in origins)
        by_origin = [
            (origin, [int(i) for i in ids.split(",")], [int(q) for q in seq_text.split(",")])
            for origin, ids, seq_text in connection.exec_driver_sql(
                "SELECT origin_site, group_concat(id), group_concat(origin_seq) FROM change_log"
                f" WHERE origin_site IN ({placeholders}) GROUP BY origin_site",
                tuple(origins),
            )
        ]
    else:
        grouped: dict[tuple[str, uuid.UUID], list[int]] = defaultdict(list)
        for entity, row_id, change_id in connection.execute(select(Change.entity, Change.row_id, Change.id)):
            grouped[(entity, row_id)].append(change_id)
        records = [(entity, row_id, ids) for (entity, row_id), ids in grouped.items()]
        lists: dict[str, tuple[list[int], list[int]]] = {origin: ([], []) for origin in origins}
        query = select(Change.origin_site, Change.id, Change.origin_seq).where(
            Change.origin_site.in_(origins)
        )
        for origin, change_id, seq in connection.execute(query):
            lists[origin][0].append(change_id)
            lists[origin][1].append(seq)
        by_origin = [(origin, ids, seq_list) for origin, (ids, seq_list) in lists.items()]
    by_entity: dict[str, dict[uuid.UUID, Any]] = defaultdict(dict)
    for entity, row_id, ids in records:
        by_entity[entity][row_id] = ids
    kept: set[int] = set()
    for entity, by_row in by_entity.items():
        for row_id in reach.visible(entity, set(by_row)):
            ids = by_row[row_id]
            kept.update([int(i) for i in ids.split(",")] if isinstance(ids, str) else ids)
    seqs = {
        origin: sorted(seq for change_id, seq in zip(ids, seq_list, strict=True) if change_id in kept)
        for origin, ids, seq_list in by_origin
    }
    return {origin: holdings.tally(found_seqs) for origin, found_seqs in seqs.items() if found_seqs}


def _holdings(desk: Desk, session: Session, peer: SyncPeer, rows: list[Any], reach: _Reach) -> dict[str, Any]:
    """What `peer` holds once it applied this bundle (app/sync/holdings.py): with no cursor the
    bundle is a full resend and its rows are the answer; otherwise it is counted again."""
    if peer.cursor == 0:
        found = holdings.tallies((r.origin_site, r.origin_seq) for r in rows)
    else:
        found = counted(desk, session, peer, reach)
    return holdings.to_manifest(found)


@collector_paused()  # app/bulk.py: a large bundle is mostly garbage-free objects
def export_bundle(desk: Desk, keys: SiteKeys, peer_code: str, out: Path) -> ExportResult:
    access.require(desk, access.Permission.SYNC)
    from app.services.attachments import read_blob

    with desk.write() as session:
        peer = peer_for_export(session, peer_code)
        reach = _Reach(desk, session, peer)  # the audiences, read once for the rows and the count
        rows, roots = pending(desk, session, peer, reach)
        after = restored.to_give_back(session, peer.code)
        back = [] if after is None else _given_back(session.connection(), peer.code, after)
        upto = int(session.scalar(select(func.max(Change.id))) or 0)
        sequence = peer.sent_seq + 1
        bundle_id = new_id()
        own = desk.site_code or ""
        groups: dict[str, bundle.Group] = {}
        hashes: set[str] = set()
        seqs: dict[str, list[int]] = defaultdict(list)
        built: dict[int, bytes] = {}
        for r in rows + back:
            group = groups.setdefault(r.origin_site, bundle.Group(r.origin_site, []))
            line = change_line(r)
            group.lines.append(line)
            seqs[r.origin_site].append(r.origin_seq)
            if r.origin_site == own:
                built[r.origin_seq] = line
            if r.entity == "attachment" and r.field == "sha256":
                hashes.add(json.loads(r.value))
        seals.seal_own(session, keys, own, _own_lines(session.connection(), own, built))
        for origin, group in groups.items():  # so that a hub can relay them checkably
            group.seals = seals.seals_for(session, origin, seqs[origin])
        blobs: dict[str, bytes] = {}
        for sha in sorted(hashes):
            content = read_blob(desk, sha)
            if content is not None:  # a file not synced here yet, or damaged, is not passed on
                blobs[sha] = content
        me = session.scalar(select(Site).where(Site.code == desk.site_code))
        assert me is not None
        manifest = {
            "app": __version__,
            "schema": HEAD_REVISION,
            "bundle_id": str(bundle_id),
            "created_at": to_plain(utcnow()),
            "sender": desk.site_code,
            "recipients": [peer.code],
            "sequence": sequence,
            "ack": {"sequence": peer.received_seq},
            "holdings": _holdings(desk, session, peer, rows, reach),
            # what this site holds of its own changes: a peer holding more gives them back
            "own": int(
                session.scalar(select(func.max(Change.origin_seq)).where(Change.origin_site == own)) or 0
            ),
        }
        data = bundle.write(manifest, list(groups.values()), blobs, keys, peer.encryption_key)
        known = {
            (e, i)
            for e, i in session.execute(
                select(SyncShare.entity, SyncShare.row_id).where(SyncShare.peer == peer.code)
            )
        }
        for entity, row_id in roots:
            if (entity, row_id) not in known:
                session.add(SyncShare(peer=peer.code, entity=entity, row_id=row_id, seq=sequence))
        session.add(
            SyncOutbox(
                peer=peer.code,
                seq=sequence,
                bundle_id=bundle_id,
                upto=upto,
                changes=len(rows) + len(back),
                created_at=utcnow(),
            )
        )
        peer.sent_seq = sequence
        peer.last_sent_at = utcnow()
        session.flush()
        from app.services import audit

        audit.record_accesses(
            desk,
            "export",
            sorted({(r.entity, r.row_id) for r in rows + back if r.entity in audit.PERSONAL_ENTITIES}),
            {"bundle": sequence, "to": peer.code},
            session=session,
        )
        write_atomically(out, data)
    return ExportResult(peer.code, sequence, len(rows) + len(back), len(blobs), out, bundle_id, len(back))
