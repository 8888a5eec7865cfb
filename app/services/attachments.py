"""Scans and photos attached to records, stored once by their SHA-256.

Rows hold the hash, never the bytes: the same scan attached twice is stored once, a file can be
checked against its hash at any time, and sync carries blobs by hash (SYNC.md).

Where the bytes live depends on the database. A single desk (SQLite) keeps them in its data
folder, encrypted under its data key (app.persistence.blobstore). On an office server
(PostgreSQL) the server's `stored_blob` table is the one store every desk shares: a desk reads a
file from there each time it is opened (checked against its hash on the way in, so a damaged row
is never shown as the scan) and keeps no copy on its disk. docs/postgresql.md says why.
"""

from __future__ import annotations

import hashlib
import uuid
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.errors import ValidationError
from app.i18n import QT_TRANSLATE_NOOP
from app.models import Attachment, StoredBlob
from app.models.base import utcnow
from app.services import access
from app.services.desk import Desk

MAX_BYTES = 50 * 1024 * 1024

#: what officers attach: scans (PDF) and photos, recognised by their first bytes, not their name
_SIGNATURES = (
    (b"%PDF-", "application/pdf"),
    (b"\xff\xd8\xff", "image/jpeg"),
    (b"\x89PNG\r\n\x1a\n", "image/png"),
    (b"II*\x00", "image/tiff"),
    (b"MM\x00*", "image/tiff"),
    (b"GIF87a", "image/gif"),
    (b"GIF89a", "image/gif"),
)


@dataclass(frozen=True)
class AttachmentInfo:
    id: uuid.UUID
    sha256: str
    filename: str
    media_type: str
    size: int
    note: str


def media_type(head: bytes) -> str | None:
    for signature, kind in _SIGNATURES:
        if head.startswith(signature):
            return kind
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return "image/webp"
    return None


def read_blob(desk: Desk, sha256: str) -> bytes | None:
    """The content of a stored file, or None: no desk has it here (not synced yet), or it is
    damaged. On an office server it is read from the shared store (up to 50 MB: off the GUI
    thread)."""
    if desk.db.is_sqlite:
        return desk.blobs.read(sha256)
    with desk.read() as session:
        content = session.scalar(select(StoredBlob.content).where(StoredBlob.sha256 == sha256))
    return content if content is not None and hashlib.sha256(content).hexdigest() == sha256 else None


def share_blob(session: Session, sha256: str, content: bytes) -> bool:
    """Put a file into the server's shared store in `session` (once: a blob never changes).
    True if the row is new."""
    if session.scalar(select(StoredBlob.sha256).where(StoredBlob.sha256 == sha256)) is not None:
        return False
    from sqlalchemy.dialects.postgresql import insert

    stored = session.scalar(
        insert(StoredBlob)
        .values(sha256=sha256, size=len(content), content=content, stored_at=utcnow())
        .on_conflict_do_nothing(index_elements=["sha256"])  # another desk stored it meanwhile
        .returning(StoredBlob.sha256)
    )
    return stored is not None


def keep_blob(desk: Desk, session: Session, sha256: str, content: bytes) -> bool:
    """A file received by sync (its hash checked by the bundle): into this desk's folder or, on a
    server, the shared store (in the import's own transaction). True if it was not here."""
    if desk.db.is_sqlite:
        return desk.blobs.write(sha256, content)
    return share_blob(session, sha256, content)


def store_blob(desk: Desk, source: Path) -> tuple[str, int, str]:
    """Keep the file `source` (if not there yet); returns (sha256, size, media type)."""
    if not source.is_file():
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The file {path} does not exist."), path=str(source)
        )
    if source.stat().st_size > MAX_BYTES:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "The file is larger than 50 MB."), field="file")
    content = source.read_bytes()
    kind = media_type(content[:16])
    if kind is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Attach a scan (PDF) or a photo (JPEG, PNG, TIFF, GIF or WebP)."),
            field="file",
        )
    sha = hashlib.sha256(content).hexdigest()
    if desk.db.is_sqlite:
        desk.blobs.write(sha, content)
    else:  # the office's other desks open it from the server
        with desk.db.session() as session:  # no officer stamp: a blob is no record
            share_blob(session, sha, content)
    return sha, len(content), kind


def attach_to_case(desk: Desk, number: str, source: Path, note: str = "") -> AttachmentInfo:
    access.require(desk, access.Permission.EDIT_CASES)
    from app.services.cases import get_case

    sha, size, kind = store_blob(desk, source)
    with desk.write() as session:
        case = get_case(session, number)
        row = Attachment(
            case_id=case.id,
            sha256=sha,
            filename=source.name[:255],
            media_type=kind,
            size=size,
            note=note.strip(),
        )
        session.add(row)
        session.flush()
        return AttachmentInfo(row.id, sha, row.filename, kind, size, row.note)


def case_attachments(desk: Desk, number: str) -> list[AttachmentInfo]:
    from app.services.cases import get_case

    with desk.read() as session:
        case = get_case(session, number)
        rows = session.scalars(
            select(Attachment)
            .where(Attachment.case_id == case.id, Attachment.deleted_at.is_(None))
            .order_by(Attachment.created_at)
        )
        return [AttachmentInfo(a.id, a.sha256, a.filename, a.media_type, a.size, a.note) for a in rows]


def verify_blob(desk: Desk, sha256: str) -> bool:
    """Whether the stored file is there, opens and still has the hash it is filed under."""
    return read_blob(desk, sha256) is not None
