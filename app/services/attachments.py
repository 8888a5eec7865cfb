"""Scans and photos attached to records, stored once by their SHA-256.

Rows hold the hash, never the bytes: the same scan attached twice is stored once, a file can be
checked against its hash at any time, and sync carries blobs by hash (SYNC.md).

Where the bytes live depends on the database. A single desk (SQLite) keeps them in its data
folder. On an office server (PostgreSQL) the server's `stored_blob` table is the store every desk
shares: a desk writes a new file there as it stores it, and `blob_path` fetches a file another
desk attached into this desk's folder, which is then only a cache (checked against the hash on
the way in, so a damaged row is never shown as the scan). docs/postgresql.md says why.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
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


def local_path(desk: Desk, sha256: str) -> Path:
    """Where this desk keeps a blob (its store, or on a server its cache); it may not be there."""
    return desk.config.attachments_dir / sha256[:2] / sha256


def blob_path(desk: Desk, sha256: str) -> Path:
    """The file of a blob on this computer. On an office server, one that another desk stored
    is fetched first; the path does not exist if no desk has the file (not synced yet)."""
    path = local_path(desk, sha256)
    if not path.exists() and not desk.db.is_sqlite:
        with desk.read() as session:
            content = session.scalar(select(StoredBlob.content).where(StoredBlob.sha256 == sha256))
        if content is not None and hashlib.sha256(content).hexdigest() == sha256:
            _write_atomically(path, content)
    return path


def _write_atomically(target: Path, content: bytes) -> None:
    # two desks, or two threads, may fetch the same file at once: each writes its own temporary
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, partial = tempfile.mkstemp(prefix=".incoming-", dir=target.parent)
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(content)
        os.replace(partial, target)
    except BaseException:
        Path(partial).unlink(missing_ok=True)
        raise


def share_blob(session: Session, sha256: str, content: bytes) -> bool:
    """Put a file into the server's shared store in `session` (once: a blob never changes).
    Nothing on a single desk, whose folder is the store. True if the row is new."""
    if session.get_bind().dialect.name == "sqlite":
        return False
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
    """A file received by sync: into this desk's folder and, on a server, the shared store
    (in the import's own transaction). True if this desk did not have it."""
    target = local_path(desk, sha256)
    new = not target.exists()
    if new:
        _write_atomically(target, content)
    return share_blob(session, sha256, content) or new


def store_blob(desk: Desk, source: Path) -> tuple[str, int, str]:
    """Copy `source` into the store (if not there yet); returns (sha256, size, media type)."""
    if not source.is_file():
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The file {path} does not exist."), path=str(source)
        )
    size = source.stat().st_size
    if size > MAX_BYTES:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "The file is larger than 50 MB."), field="file")
    with source.open("rb") as handle:
        kind = media_type(handle.read(16))
    if kind is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Attach a scan (PDF) or a photo (JPEG, PNG, TIFF, GIF or WebP)."),
            field="file",
        )
    store = desk.config.attachments_dir
    store.mkdir(parents=True, exist_ok=True)
    digest = hashlib.sha256()
    fd, partial = tempfile.mkstemp(prefix=".incoming-", dir=store)
    try:
        with os.fdopen(fd, "wb") as out, source.open("rb") as handle:
            for chunk in iter(lambda: handle.read(1 << 20), b""):
                digest.update(chunk)
                out.write(chunk)
        sha = digest.hexdigest()
        target = local_path(desk, sha)
        target.parent.mkdir(parents=True, exist_ok=True)
        if target.exists():
            Path(partial).unlink()
        else:
            os.replace(partial, target)
    except BaseException:
        Path(partial).unlink(missing_ok=True)
        raise
    if not desk.db.is_sqlite:  # the office's other desks open it from the server
        with desk.db.session() as session:  # no officer stamp: a blob is no record
            share_blob(session, sha, target.read_bytes())
    return sha, size, kind


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
    """Whether the stored file still has the hash it is filed under."""
    path = blob_path(desk, sha256)
    if not path.is_file():
        return False
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest() == sha256
