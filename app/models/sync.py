"""Local bookkeeping of sync by bundle files (app/sync, docs/sync.md). None of these replicate:
each site keeps its own view of its peers.

- `SyncPeer`: an enrolled site (from its site card): public keys, fingerprint, revocation, and the
  per-pair counters (bundles sent, acknowledged, received; the change-log cursor).
- `SyncOutbox`: each bundle written for a peer and how far into the local change log it reached,
  so that an acknowledgement of bundle n moves the cursor to exactly what bundle n carried.
- `SyncShare`: records sent in full to a peer (a record entering a peer's audience travels whole
  once; until the peer acknowledges that bundle it travels whole again).
- `SyncQuarantine`: received changes that their author was not allowed to make: kept, reported.
- `SyncImport`: the history of imported bundles with their reports (a replay is recognised here).
- `SyncSeal`: an origin's signature over a block of its own changes (app/sync/seals.py), kept so
  that changes relayed by a hub can be checked against the site that made them.
"""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import BigInteger, Integer, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base
from app.models.journal import LocalSerial


class SyncPeer(Base):
    __tablename__ = "sync_peer"

    code: Mapped[str] = mapped_column(String(16), primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    agency_code: Mapped[str] = mapped_column(String(24))
    agency_kind: Mapped[str] = mapped_column(String(24), default="")
    country: Mapped[str] = mapped_column(String(2))
    is_hub: Mapped[bool] = mapped_column(default=False)
    signing_key: Mapped[str] = mapped_column(String(64))
    encryption_key: Mapped[str] = mapped_column(String(100))
    fingerprint: Mapped[str] = mapped_column(String(64))
    enrolled_at: Mapped[datetime]
    revoked_at: Mapped[datetime | None]
    #: per-pair bundle sequence: the last bundle written for this peer
    sent_seq: Mapped[int] = mapped_column(Integer, default=0)
    #: the highest of our bundles this peer has acknowledged
    acked_seq: Mapped[int] = mapped_column(Integer, default=0)
    #: local change-log id up to which the peer holds everything of its audience
    cursor: Mapped[int] = mapped_column(BigInteger, default=0)
    #: the highest bundle sequence received from this peer (our acknowledgement to it)
    received_seq: Mapped[int] = mapped_column(Integer, default=0)
    last_sent_at: Mapped[datetime | None]
    last_received_at: Mapped[datetime | None]


class SyncOutbox(Base):
    __tablename__ = "sync_outbox"

    peer: Mapped[str] = mapped_column(String(16), primary_key=True)
    seq: Mapped[int] = mapped_column(Integer, primary_key=True)
    bundle_id: Mapped[uuid.UUID]
    upto: Mapped[int] = mapped_column(BigInteger)
    changes: Mapped[int] = mapped_column(Integer)
    created_at: Mapped[datetime]


class SyncShare(Base):
    __tablename__ = "sync_share"

    peer: Mapped[str] = mapped_column(String(16), primary_key=True)
    entity: Mapped[str] = mapped_column(String(64), primary_key=True)
    row_id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    #: the bundle that first carried the whole record
    seq: Mapped[int] = mapped_column(Integer)


class SyncQuarantine(Base):
    __tablename__ = "sync_quarantine"

    id: Mapped[int] = mapped_column(LocalSerial, primary_key=True, autoincrement=True)
    bundle_id: Mapped[uuid.UUID]
    sender: Mapped[str] = mapped_column(String(16))
    origin_site: Mapped[str] = mapped_column(String(16))
    origin_seq: Mapped[int] = mapped_column(BigInteger)
    entity: Mapped[str] = mapped_column(String(64))
    row_id: Mapped[uuid.UUID]
    field: Mapped[str] = mapped_column(String(64))
    reason: Mapped[str] = mapped_column(String(48))
    line: Mapped[str] = mapped_column(Text)
    at: Mapped[datetime]


class SyncImport(Base):
    __tablename__ = "sync_import"

    id: Mapped[int] = mapped_column(LocalSerial, primary_key=True, autoincrement=True)
    bundle_id: Mapped[uuid.UUID] = mapped_column(unique=True)
    sender: Mapped[str] = mapped_column(String(16))
    seq: Mapped[int] = mapped_column(Integer)
    at: Mapped[datetime]
    report: Mapped[str] = mapped_column(Text)


class SyncSeal(Base):
    __tablename__ = "sync_seal"

    origin_site: Mapped[str] = mapped_column(String(16), primary_key=True)
    #: block k holds the origin's sequence numbers k*BLOCK+1 ... (k+1)*BLOCK
    block: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    #: the last sequence number covered (a block is sealed again as it fills)
    last_seq: Mapped[int] = mapped_column(BigInteger)
    #: SHA-256 of each covered change line, in sequence order (32 bytes each)
    hashes: Mapped[bytes] = mapped_column(LargeBinary)
    signature: Mapped[str] = mapped_column(String(128))
