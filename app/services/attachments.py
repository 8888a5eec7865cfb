"""Scans and photos attached to records, stored once by their SHA-256 in the data folder.

Rows hold the hash, never the bytes: the same scan attached twice is stored once, a file can be
checked against its hash at any time, and sync carries blobs by hash (SYNC.md)."""

from __future__ import annotations

import hashlib
import os
import tempfile
import uuid
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from app.errors import ValidationError
from app.i18n import QT_TRANSLATE_NOOP
from app.models import Attachment
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


def blob_path(desk: Desk, sha256: str) -> Path:
    return desk.config.attachments_dir / sha256[:2] / sha256


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
        target = blob_path(desk, sha)
        target.parent.mkdir(parents=True, exist_ok=True)
        if target.exists():
            Path(partial).unlink()
        else:
            os.replace(partial, target)
    except BaseException:
        Path(partial).unlink(missing_ok=True)
        raise
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
