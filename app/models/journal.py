"""What the change-capture hook writes, and the local bookkeeping it needs.

- `AuditEntry`: one per inserted/updated record and transaction: who, when, what, old and new;
  and one per read, print or export of personal data (app/services/audit.py). Entries form a hash
  chain (app/persistence/audit_chain.py): each holds the previous entry's hash and its own.
- `Change`: one per field of a replicated record; the append-only log that sync exports (SYNC.md).
- `FieldHead`: the changes of a field that no other change names as base (one head: clean value).
- `LocalState`: this installation's own facts (its site code, its hybrid logical clock).
- `NumberCounter`: gap-free counters (change sequence, case numbers, letter serials).
None of these are replicated records themselves.
"""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import BigInteger, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base

#: 64-bit on PostgreSQL; on SQLite only INTEGER PRIMARY KEY is the auto-incrementing rowid.
LocalSerial = BigInteger().with_variant(Integer(), "sqlite")


class AuditEntry(Base):
    __tablename__ = "audit_entry"
    __table_args__ = (Index("ix_audit_entry_record", "entity", "row_id"),)

    id: Mapped[int] = mapped_column(LocalSerial, primary_key=True, autoincrement=True)
    at: Mapped[datetime] = mapped_column(index=True)
    actor: Mapped[str] = mapped_column(String(64), index=True)
    site: Mapped[str] = mapped_column(String(16))
    tx: Mapped[uuid.UUID]
    action: Mapped[str] = mapped_column(String(8))
    entity: Mapped[str] = mapped_column(String(64))
    row_id: Mapped[uuid.UUID]
    changes: Mapped[str] = mapped_column(Text)
    #: the hash chain (app/persistence/audit_chain.py): SHA-256 hex of the previous entry, and of
    #: this entry's canonical form (which includes prev_hash)
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))


class Change(Base):
    __tablename__ = "change_log"
    __table_args__ = (
        UniqueConstraint("origin_site", "origin_seq"),
        Index("ix_change_log_field", "entity", "row_id", "field"),
    )

    id: Mapped[int] = mapped_column(LocalSerial, primary_key=True, autoincrement=True)
    origin_site: Mapped[str] = mapped_column(String(16))
    origin_seq: Mapped[int] = mapped_column(BigInteger)
    hlc: Mapped[str] = mapped_column(String(48))
    entity: Mapped[str] = mapped_column(String(64))
    row_id: Mapped[uuid.UUID]
    field: Mapped[str] = mapped_column(String(64))
    value: Mapped[str] = mapped_column(Text)
    base: Mapped[str] = mapped_column(Text, default="[]")
    actor: Mapped[str] = mapped_column(String(64))
    tx: Mapped[uuid.UUID]

    @property
    def change_id(self) -> str:
        return f"{self.origin_site}:{self.origin_seq}"


class FieldHead(Base):
    __tablename__ = "field_head"

    entity: Mapped[str] = mapped_column(String(64), primary_key=True)
    row_id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    field: Mapped[str] = mapped_column(String(64), primary_key=True)
    origin_site: Mapped[str] = mapped_column(String(16), primary_key=True)
    origin_seq: Mapped[int] = mapped_column(BigInteger, primary_key=True)


class LocalState(Base):
    __tablename__ = "local_state"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class NumberCounter(Base):
    __tablename__ = "number_counter"

    name: Mapped[str] = mapped_column(String(120), primary_key=True)
    value: Mapped[int] = mapped_column(BigInteger, default=0)
