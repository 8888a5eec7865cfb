"""The office's store of attachment files on a PostgreSQL server (app/services/attachments.py).

Rows of records (attachments, letter files, the letterhead's logo) name a file by its SHA-256;
the bytes themselves live here so that every desk of the office opens what any desk attached.
Content-addressed and immutable: a row is written once and never changed, so it is neither a
replicated record nor journalled (the record naming the hash is). A single desk on SQLite keeps
its files in its data folder instead and leaves this table empty (docs/postgresql.md says why).
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import BigInteger, LargeBinary, String
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base


class StoredBlob(Base):
    __tablename__ = "stored_blob"

    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    size: Mapped[int] = mapped_column(BigInteger)
    content: Mapped[bytes] = mapped_column(LargeBinary)
    stored_at: Mapped[datetime]
