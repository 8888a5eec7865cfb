"""`jejaring bundle import FILE`: verify everything, then apply in one transaction.

1. Decrypt and verify (app.sync.bundle): enrolled unrevoked sender, signature, recipient,
   format and schema, every member's hash, every group's signature. Nothing is written before.
2. In one transaction: the acknowledgement moves this site's cursor for the sender; unseen
   changes are inserted (a held or quarantined change is skipped: importing is idempotent and
   order-free); heads and rows of the touched records are rebuilt (app.sync.merge); each change
   is authorised against the merged state (its origin is a hub, created the record, or is in the
   record's audience; a relayed change must come through a hub) — what fails is taken out again
   (a savepoint), kept in `sync_quarantine` and reported; the clock moves to the newest stamp seen
   (never more than MAX_FUTURE beyond this machine's time: such stamps are reported); what the
   sender believes this site now holds is compared with what it holds (app.sync.holdings: a
   deficit is reported and kept for the administrator); the import and its report are recorded.
   A replayed bundle is recognised by its id and changes nothing.
A process killed midway leaves the transaction uncommitted: the database is as before.
"""

from __future__ import annotations

import json
import re
import uuid
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from datetime import timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import delete, insert, select
from sqlalchemy.orm import Session

from app.bulk import collector_paused
from app.i18n import QT_TRANSLATE_NOOP
from app.models import Change, LocalState, SyncImport, SyncOutbox, SyncPeer, SyncQuarantine
from app.models.base import new_id, utcnow
from app.persistence.capture import SEED_ORIGIN
from app.persistence.clock import Stamp
from app.services import access
from app.services.desk import Desk
from app.sync import SyncError, bundle, holdings, restored, seals
from app.sync.audience import EVERYONE, Audiences, is_shared_reference, replicated_tables
from app.sync.conflicts import conflicts_of
from app.sync.export import site_facts
from app.sync.keys import SiteKeys
from app.sync.merge import LoggedChange, logged_columns, materialise
from app.sync.sites import rewind

MAX_FUTURE = timedelta(hours=24)
MAX_ROUNDS = 4


@dataclass(frozen=True)
class ImportReport:
    bundle_id: str
    sender: str
    sequence: int
    replay: bool
    received: int
    applied: int
    new: int
    updated: int
    unchanged: int
    conflicts: int
    quarantined: int
    future_stamped: int
    blobs: int
    #: the sender had lost bundles it acknowledged: the next bundle to it carries everything
    resend: bool = False
    #: origins of which this site lacks changes the sender believes it holds (app/sync/holdings.py):
    #: {origin, upto, expected, held, missing}; empty when all are held or the bundle says nothing
    diverged: list[dict[str, Any]] = field(default_factory=list)
    #: the sender acknowledges this many bundles more than this site remembers sending it: this
    #: database is an older copy of the site's (a restored backup); its new changes are refused
    #: by peers that hold the old ones (app/sync/restored.py)
    behind: int = 0
    #: this site's own changes a peer gave back and this site took (app/sync/restored.py)
    taken_back: int = 0
    #: own changes given back but not taken: this copy worked since it was put back, or they
    #: clash with records made here since; the peer keeps them
    left_back: int = 0

    def to_json(self) -> str:
        return json.dumps(asdict(self), sort_keys=True)


def known_schemas() -> frozenset[str]:
    """Every schema revision this version knows (the Alembic scripts' ids, without Alembic)."""
    versions = Path(__file__).resolve().parent.parent / "persistence" / "migrations" / "versions"
    return frozenset(p.name.split("_", 1)[0] for p in versions.glob("*.py"))


def open_file(desk: Desk, keys: SiteKeys, path: Path) -> bundle.OpenedBundle:
    try:
        size = path.stat().st_size
    except OSError:
        raise SyncError(
            QT_TRANSLATE_NOOP("sync", "The file {path} cannot be read."), path=str(path)
        ) from None
    if size > bundle.MAX_BUNDLE_BYTES:
        raise SyncError(QT_TRANSLATE_NOOP("sync", "This bundle is larger than any bundle Jejaring writes."))
    return open_bytes(desk, keys, path.read_bytes())


def open_bytes(desk: Desk, keys: SiteKeys, data: bytes) -> bundle.OpenedBundle:
    with desk.read() as session:
        peers = {p.code: (p.signing_key, p.revoked_at) for p in session.scalars(select(SyncPeer))}

    def signer(code: str) -> str:
        if code not in peers:
            raise SyncError(
                QT_TRANSLATE_NOOP(
                    "sync", "This bundle was signed by {site}, a site this desk has not enrolled."
                ),
                site=code,
            )
        key, revoked = peers[code]
        if revoked is not None:
            raise SyncError(
                QT_TRANSLATE_NOOP("sync", "This bundle was signed by {site}, whose keys were revoked."),
                site=code,
            )
        return key

    return bundle.open_bundle(data, keys, desk.site_code or "", signer, known_schemas())


def import_file(desk: Desk, keys: SiteKeys, path: Path) -> ImportReport:
    from app.sync.quarantine import release_waiting

    with collector_paused():  # app/bulk.py: a large bundle is mostly garbage-free objects
        report = apply(desk, open_file(desk, keys, path), own_key=keys.public.signing_key)
    if not report.replay and report.new:
        release_waiting(desk)  # changes that waited for a record this bundle brought
    return report


def apply(
    desk: Desk, opened: bundle.OpenedBundle, *, released: Sequence[int] = (), own_key: str | None = None
) -> ImportReport:
    """`own_key`: this site's public signing key, to take back its own changes a peer gives back
    (app/sync/restored.py); without it they are set aside as before."""
    access.require(desk, access.Permission.SYNC)
    from sqlalchemy.exc import IntegrityError

    try:
        try:
            return _apply(desk, opened, released=released, own_key=own_key)
        except IntegrityError:
            if own_key is None or (desk.site_code or "") not in opened.groups:
                raise
            # taking back this site's own changes clashed with records made here since it was
            # put back: the rest of the bundle goes in without them
            return _apply(desk, opened, released=released, own_key=own_key, take_back=False)
    except IntegrityError as error:
        if _incomplete(error):
            # an edit pointing a held record at one not held yet, which the merge's waiting (new
            # records only) does not catch: refused whole, it imports once that record is here
            raise SyncError(
                QT_TRANSLATE_NOOP(
                    "sync",
                    "The bundle changes a record this site does not hold yet; nothing was imported. "
                    "Import the other sites' bundles first, then this one again.",
                )
            ) from None
        # e.g. two sites made records with the same unique value (a username): refuse whole
        raise SyncError(
            QT_TRANSLATE_NOOP(
                "sync",
                "The bundle holds a record that clashes with one held here (the same unique value); "
                "nothing was imported.",
            )
        ) from None


def _incomplete(error: Exception) -> bool:
    """An integrity error from a record missing a required value or the record it points to
    (SQLite's messages; PostgreSQL's SQLSTATE not_null_violation, foreign_key_violation)."""
    cause = getattr(error, "orig", None)
    text = str(cause)
    return getattr(cause, "sqlstate", None) in ("23502", "23503") or (
        "NOT NULL constraint failed" in text or "FOREIGN KEY constraint failed" in text
    )


_UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")
_HLC = re.compile(r"^\d{13}-\d{5}-[A-Z][A-Z0-9-]{0,15}$")


def _shape_ok(line: dict[str, Any], fields: dict[str, frozenset[str]]) -> bool:
    """A well-formed change of a known field (its value is parsed again when materialised)."""
    try:
        json.loads(line["value"])
        return (
            line["field"] in fields.get(line["entity"], ())
            and _UUID.match(line["row"]) is not None
            and _UUID.match(line["tx"]) is not None
            and _HLC.match(line["hlc"]) is not None
            and isinstance(line["seq"], int)
            and isinstance(line["base"], str)
            and line["base"].startswith("[")
            and isinstance(line["actor"], str)
        )
    except (KeyError, ValueError, TypeError, AttributeError):
        return False


def _apply(
    desk: Desk,
    opened: bundle.OpenedBundle,
    *,
    released: Sequence[int] = (),
    own_key: str | None = None,
    take_back: bool = True,
) -> ImportReport:
    """Apply a verified bundle; or, with `released`, the quarantined changes of those ids again
    (a bundle made of lines this site kept: no acknowledgement, no peer bookkeeping)."""
    from app.services.attachments import keep_blob

    manifest = opened.manifest
    with desk.write() as session:
        connection = session.connection()
        if connection.dialect.name == "sqlite":
            connection.exec_driver_sql("PRAGMA defer_foreign_keys=ON")
        bundle_uuid = uuid.UUID(opened.bundle_id)
        previous = session.scalar(select(SyncImport.report).where(SyncImport.bundle_id == bundle_uuid))
        if previous is not None:
            return ImportReport(**{**json.loads(previous), "replay": True})
        if released:
            session.execute(delete(SyncQuarantine).where(SyncQuarantine.id.in_(released)))
        lines = [line for group in opened.groups.values() for line in group]
        held = _held(session, lines)
        own = desk.site_code or ""
        # before the acknowledgement moves anything (a refusal rolls back all the same)
        restored.refuse_reused_numbers(lines, held, own)
        mine = restored.sort_own(session, own, own_key, lines, held, opened.seals)
        taking = take_back and mine.takeable
        rewound, behind = False, 0
        if not released:
            peer = session.get(SyncPeer, opened.sender)
            assert peer is not None
            ack = int(manifest["ack"]["sequence"])
            behind = max(0, ack - peer.sent_seq)
            if taking:  # repaired: the next bundle is numbered after those the peer holds
                peer.sent_seq = max(peer.sent_seq, ack)
            rewound = _acknowledge(session, peer, ack)
            peer.received_seq = max(peer.received_seq, opened.sequence)
            peer.last_received_at = utcnow()
            own_stated = restored.own_of(manifest)
            if own_stated is not None:
                restored.record_statement(session, opened.sender, str(manifest["created_at"]), own_stated)

        facts = site_facts(session, desk)
        hubs = {f.code for f in facts if f.is_hub}
        checker = seals.Checker(session, opened.seals)
        fields = {entity: frozenset(logged_columns(entity)) for entity in replicated_tables()}
        quarantine: list[tuple[dict[str, Any], str]] = []
        fresh: list[dict[str, Any]] = []
        left = 0
        for line in lines:
            key = (line.get("origin"), line.get("seq"))
            if key in held:
                continue
            held[key] = None
            # this site's own, forgotten (sealed by its own key): taken back, or left at the peer
            if id(line) in mine.sealed and _shape_ok(line, fields):
                if taking:
                    line["_row"] = uuid.UUID(line["row"])
                    fresh.append(line)
                else:
                    left += 1
            elif line.get("origin") in (SEED_ORIGIN, desk.site_code):
                quarantine.append((line, "foreign_origin"))
            elif not _shape_ok(line, fields):
                quarantine.append((line, "malformed"))
            elif line["origin"] != opened.sender and opened.sender not in hubs:
                quarantine.append((line, "relayed_by_non_hub"))
            elif (verdict := _relay_verdict(opened, checker, line)) != "ok":
                quarantine.append((line, verdict))
            else:
                line["_row"] = uuid.UUID(line["row"])  # parsed once; not part of the stored line
                fresh.append(line)

        checker.store()
        tx = new_id()
        actor = f"sync:{opened.sender}"
        outcome = None
        first_seen = _first_seen(session, fresh)
        for _round in range(MAX_ROUNDS):
            savepoint = session.begin_nested()
            _insert_changes(session, fresh)
            touched = {(line["entity"], line["_row"]) for line in fresh}
            whole: dict[tuple[str, uuid.UUID], list[LoggedChange]] = defaultdict(list)
            for line in fresh:
                if (record := (line["entity"], line["_row"])) in first_seen:
                    whole[record].append(
                        LoggedChange(
                            line["_row"],
                            line["field"],
                            line["origin"],
                            line["seq"],
                            line["hlc"],
                            line["value"],
                            line["base"],
                            line["actor"],
                        )
                    )
            outcome = materialise(session.connection(), touched, tx, actor, whole)
            if outcome.waiting:
                # kept aside until the bundle that makes their record is in (release_waiting)
                savepoint.rollback()
                waiting = outcome.waiting
                quarantine.extend(
                    (line, "waiting") for line in fresh if (line["entity"], line["_row"]) in waiting
                )
                fresh = [line for line in fresh if (line["entity"], line["_row"]) not in waiting]
                continue
            refused = _unauthorised(session, facts, fresh)
            if not refused:
                savepoint.commit()
                break
            savepoint.rollback()
            quarantine.extend((line, "not_allowed") for line in fresh if id(line) in refused)
            fresh = [line for line in fresh if id(line) not in refused]
        else:  # pragma: no cover - waiting, then authorisation, settle in three rounds
            raise SyncError(
                QT_TRANSLATE_NOOP("sync", "The bundle could not be applied; nothing was imported.")
            )
        assert outcome is not None
        taken = sum(1 for line in fresh if line["origin"] == own)  # some may have been set aside
        if taken:
            restored.taken_back(session, own, mine)

        now = utcnow()
        limit_ms = int((now + MAX_FUTURE).timestamp() * 1000)
        # stamps sort as text (13-digit wall time first), so the newest trusted one is a max
        walls = [(int(line["hlc"][:13]), line["hlc"]) for line in fresh]
        future = sum(1 for wall, _ in walls if wall > limit_ms)
        trusted = [hlc for wall, hlc in walls if wall <= limit_ms]
        if trusted:
            _observe(session, desk, Stamp.parse(max(trusted)))
        if quarantine:
            session.execute(
                insert(SyncQuarantine),
                [
                    {
                        "bundle_id": bundle_uuid,
                        "sender": opened.sender,
                        "origin_site": str(line.get("origin", ""))[:16],
                        "origin_seq": line["seq"] if isinstance(line.get("seq"), int) else 0,
                        "entity": str(line.get("entity", ""))[:64],
                        "row_id": _uuid_or_nil(line.get("row")),
                        "field": str(line.get("field", ""))[:64],
                        "reason": reason,
                        "line": json.dumps(
                            {k: v for k, v in line.items() if k != "_row"}, sort_keys=True, ensure_ascii=False
                        ),
                        "at": now,
                    }
                    for line, reason in quarantine
                ],
            )
        diverged: list[holdings.Divergence] = []
        stated = None if released else holdings.from_manifest(manifest)
        if stated is not None:  # after this bundle's changes are in: it counted them too
            diverged = holdings.compare(session, desk.site_code or "", stated)
            holdings.record(session, opened.sender, opened.sequence, diverged)
        touched_rows = {(line["entity"], line["_row"]) for line in fresh}
        conflicts = [c for c in conflicts_of(session) if (c.entity, c.row_id) in touched_rows]
        stored = 0
        for sha, data in opened.blobs.items():
            if keep_blob(desk, session, sha, data):  # on a server, shared with the office's desks
                stored += 1
        report = ImportReport(
            bundle_id=opened.bundle_id,
            sender=opened.sender,
            sequence=opened.sequence,
            replay=False,
            received=len(lines),
            applied=len(fresh),
            new=outcome.new,
            updated=outcome.updated,
            unchanged=outcome.unchanged,
            conflicts=len(conflicts),
            quarantined=len(quarantine),
            future_stamped=future,
            blobs=stored,
            resend=rewound,
            behind=behind,
            diverged=[asdict(d) for d in diverged],
            taken_back=taken,
            left_back=left,
        )
        session.add(
            SyncImport(
                bundle_id=bundle_uuid,
                sender=opened.sender,
                seq=opened.sequence,
                at=now,
                report=report.to_json(),
            )
        )
    return report


def _relay_verdict(opened: bundle.OpenedBundle, checker: seals.Checker, line: dict[str, Any]) -> str:
    """A relayed line of an origin this site knows must match that origin's seal (format 2 on;
    a format 1 bundle has no seals and its relayed lines are vouched for by the hub alone, as
    are those of an origin this site has not enrolled, whose key it cannot check)."""
    if line["origin"] == opened.sender or opened.format < 2 or not checker.knows(line["origin"]):
        return "ok"
    return checker.verdict(line)


def _uuid_or_nil(text: Any) -> uuid.UUID:
    try:
        return uuid.UUID(str(text))
    except ValueError:
        return uuid.UUID(int=0)


def _acknowledge(session: Session, peer: SyncPeer, ack: int) -> bool:
    """The peer holds our bundles up to `ack`: move its cursor to what that bundle reached.
    An acknowledgement lower than one the peer gave before means it lost bundles it had taken
    (a laptop restored from a backup, a reinstalled desk): everything is sent again from the
    start (resending is harmless; importing is idempotent). Returns whether that happened."""
    ack = min(ack, peer.sent_seq)
    if ack < peer.acked_seq:
        rewind(session, peer)
        peer.acked_seq = ack
        return True
    if ack == peer.acked_seq:
        return False
    upto = session.scalar(select(SyncOutbox.upto).where(SyncOutbox.peer == peer.code, SyncOutbox.seq == ack))
    if upto is not None:
        peer.cursor = max(peer.cursor, int(upto))
    peer.acked_seq = ack
    for row in session.scalars(select(SyncOutbox).where(SyncOutbox.peer == peer.code, SyncOutbox.seq < ack)):
        session.delete(row)
    return False


def _held(session: Session, lines: list[dict[str, Any]]) -> dict[tuple[Any, Any], str | None]:
    """(origin, seq) of the lines already in the log, with their clock stamp, or in quarantine
    (None): one range query per origin and table."""
    spans: dict[Any, list[int]] = {}
    for line in lines:
        seq = line.get("seq")
        if isinstance(seq, int):
            span = spans.setdefault(line.get("origin"), [seq, seq])
            span[0], span[1] = min(span[0], seq), max(span[1], seq)
    held: dict[tuple[Any, Any], str | None] = {}
    for origin, (low, high) in spans.items():
        quarantined = select(SyncQuarantine.origin_seq).where(
            SyncQuarantine.origin_site == str(origin), SyncQuarantine.origin_seq.between(low, high)
        )
        held.update(((origin, seq), None) for seq in session.scalars(quarantined))
        logged = select(Change.origin_seq, Change.hlc).where(
            Change.origin_site == str(origin), Change.origin_seq.between(low, high)
        )
        held.update(((origin, seq), hlc) for seq, hlc in session.execute(logged))
    return held


def _first_seen(session: Session, lines: list[dict[str, Any]]) -> set[tuple[str, uuid.UUID]]:
    """The records of `lines` of which this site holds no change yet (before they are inserted)."""
    records: dict[str, set[uuid.UUID]] = defaultdict(set)
    for line in lines:
        records[line["entity"]].add(line["_row"])
    first: set[tuple[str, uuid.UUID]] = set()
    for entity, ids in records.items():
        listed = sorted(ids)
        for start in range(0, len(listed), 500):
            chunk = listed[start : start + 500]
            known = set(
                session.scalars(
                    select(Change.row_id).where(Change.entity == entity, Change.row_id.in_(chunk)).distinct()
                )
            )
            first.update((entity, row_id) for row_id in chunk if row_id not in known)
    return first


def _insert_changes(session: Session, lines: list[dict[str, Any]]) -> None:
    if not lines:
        return
    connection = session.connection()
    ordered = sorted(lines, key=lambda x: (x["origin"], x["seq"]))
    if connection.dialect.name == "sqlite":
        # the Uuid columns hold 32 hex digits on SQLite: skip making 2 UUID objects per change
        connection.exec_driver_sql(
            "INSERT INTO change_log (origin_site, origin_seq, hlc, entity, row_id, field, value, base,"
            " actor, tx) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                (
                    x["origin"],
                    x["seq"],
                    x["hlc"],
                    x["entity"],
                    x["row"].replace("-", ""),
                    x["field"],
                    x["value"],
                    x["base"],
                    x["actor"],
                    x["tx"].replace("-", ""),
                )
                for x in ordered
            ],
        )
        return
    connection.execute(
        insert(Change.__table__),  # type: ignore[arg-type]
        [
            {
                "origin_site": x["origin"],
                "origin_seq": x["seq"],
                "hlc": x["hlc"],
                "entity": x["entity"],
                "row_id": uuid.UUID(x["row"]),
                "field": x["field"],
                "value": x["value"],
                "base": x["base"],
                "actor": x["actor"],
                "tx": uuid.UUID(x["tx"]),
            }
            for x in ordered
        ],
    )


def _unauthorised(session: Session, facts: list[Any], lines: list[dict[str, Any]]) -> set[int]:
    """ids of the lines whose origin was not allowed to write them (on the merged state)."""
    hubs = {f.code for f in facts if f.is_hub}
    audiences = Audiences(session, facts)
    by_entity: dict[str, set[uuid.UUID]] = defaultdict(set)
    for line in lines:
        if line["origin"] not in hubs:
            by_entity[line["entity"]].add(line["_row"])
    allowed: dict[tuple[str, uuid.UUID], tuple[frozenset[str], str]] = {}
    for entity, ids in by_entity.items():
        origins = audiences.origins(entity, ids)
        codes = (
            dict.fromkeys(ids, frozenset()) if is_shared_reference(entity) else audiences.of_rows(entity, ids)
        )
        for row_id in ids:
            allowed[(entity, row_id)] = (codes.get(row_id, frozenset()), origins.get(row_id, ""))
    refused: set[int] = set()
    for line in lines:
        origin = line["origin"]
        if origin in hubs:
            continue
        audience, creator = allowed[(line["entity"], line["_row"])]
        if origin == creator or audience is EVERYONE or origin in audience:
            continue
        refused.add(id(line))
    return refused


def _observe(session: Session, desk: Desk, seen: Stamp) -> None:
    connection = session.connection()
    clock = desk.db.clock(connection, desk.site_code or "")
    clock.observe(seen)
    own = clock.tick()
    stored = session.get(LocalState, "hlc")
    if stored is None:
        session.add(LocalState(key="hlc", value=str(own)))
    else:
        stored.value = str(own)
