"""Attachment files at rest, with real files and real keys: a scan lies encrypted beside the
encrypted database, opens only with that database's key and under its own hash, the plain
files an earlier version left are encrypted at the next sign-in, and backups carry the files
sealed under the backup's key (a damaged one refuses the restore, nothing written)."""

from __future__ import annotations

import io
import zipfile
from datetime import date
from pathlib import Path

import pytest
from PIL import Image
from sqlalchemy import delete

from app.config import load_config
from app.errors import DomainError
from app.models import LocalState
from app.persistence.blobstore import MAGIC, BlobStore, file_key
from app.services import accounts, attachments, cases, documents, encryption
from app.services.desk import FILES_SEALED_KEY, Desk, open_desk
from app.services.workers import WorkerInput
from tests.conftest import ADMIN_PASSWORD

pytestmark = pytest.mark.sqlite_only

PASSPHRASE = "frasa sandi cadangan"


def _passport(path: Path, colour: str = "#3366aa") -> Path:
    buffer = io.BytesIO()
    Image.new("RGB", (60, 40), colour).save(buffer, "PNG")
    path.write_bytes(buffer.getvalue())
    return path


def _attached(desk: Desk, tmp_path: Path, colour: str = "#3366aa") -> tuple[str, bytes]:
    number = cases.open_case(
        desk,
        WorkerInput(full_name="Sulastri Wulandari", destination_country="MY"),
        cases.CaseInput(category="unpaid_wages", reported_on=date(2026, 3, 2)),
        today=date(2026, 3, 2),
    ).number
    source = _passport(tmp_path / f"paspor-{colour[1:]}.png", colour)
    info = attachments.attach_to_case(desk, number, source, "Paspor")
    return info.sha256, source.read_bytes()


def test_a_stored_scan_is_encrypted_and_opens_only_with_its_key_and_name(desk: Desk, tmp_path: Path) -> None:
    sha, content = _attached(desk, tmp_path)
    stored = desk.blobs.path(sha).read_bytes()
    assert stored.startswith(MAGIC) and content[16:48] not in stored and b"IHDR" not in stored
    assert attachments.read_blob(desk, sha) == content and attachments.verify_blob(desk, sha)

    # a copy of the folder with another database's key, or no key, opens nothing
    assert BlobStore(desk.config.attachments_dir, file_key(b"\x00" * 32)).read(sha) is None
    assert BlobStore(desk.config.attachments_dir, None).read(sha) is None
    # a file put under another attachment's name is not shown as that attachment
    other_sha, _ = _attached(desk, tmp_path, "#aa3366")
    desk.blobs.path(other_sha).chmod(0o600)
    desk.blobs.path(other_sha).write_bytes(stored)
    assert attachments.read_blob(desk, other_sha) is None and not attachments.verify_blob(desk, other_sha)
    # one flipped byte is caught
    flipped = bytearray(stored)
    flipped[-1] ^= 1
    desk.blobs.path(sha).write_bytes(bytes(flipped))
    assert not attachments.verify_blob(desk, sha)


def test_the_letterhead_logo_is_stored_encrypted_and_printed(desk: Desk, tmp_path: Path) -> None:
    logo = _passport(tmp_path / "garuda.png", "#c8a000")
    info = documents.save_letterhead(desk, {}, logo=logo)
    assert info.logo_sha256 and desk.blobs.path(info.logo_sha256).read_bytes().startswith(MAGIC)
    head = documents.page_settings(desk).letterhead
    assert head is not None and head.logo == logo.read_bytes()


def _as_an_earlier_version_left_it(desk: Desk, sha: str, content: bytes) -> None:
    path = desk.blobs.path(sha)
    path.chmod(0o600)
    path.write_bytes(content)
    with desk.db.session() as session:
        session.execute(delete(LocalState).where(LocalState.key == FILES_SEALED_KEY))


def test_plain_files_of_an_earlier_version_are_sealed_at_the_next_sign_in(desk: Desk, tmp_path: Path) -> None:
    sha, content = _attached(desk, tmp_path)
    damaged_sha, _ = _attached(desk, tmp_path, "#aa3366")
    _as_an_earlier_version_left_it(desk, sha, content)
    _as_an_earlier_version_left_it(desk, damaged_sha, b"not the scan")
    assert desk.blobs.path(sha).read_bytes() == content
    config = desk.config
    desk.close()

    again = open_desk(config)
    try:
        accounts.sign_in(again, "admin", ADMIN_PASSWORD)
        stored = again.blobs.path(sha).read_bytes()
        assert stored.startswith(MAGIC) and stored != content
        assert attachments.read_blob(again, sha) == content
        # a file damaged before is left as it was: verification still reports it
        assert again.blobs.path(damaged_sha).read_bytes() == b"not the scan"
        assert not attachments.verify_blob(again, damaged_sha)
        with again.read() as session:
            assert session.get(LocalState, FILES_SEALED_KEY) is not None
    finally:
        again.close()


def test_a_backup_carries_the_files_sealed_and_the_restore_reseals_them(desk: Desk, tmp_path: Path) -> None:
    sha, content = _attached(desk, tmp_path)
    backup = encryption.backup(desk, tmp_path / "out" / "kantor.jjb", PASSPHRASE)
    with zipfile.ZipFile(backup) as archive:
        carried = archive.read(f"attachments/{sha}")
    assert carried.startswith(MAGIC) and carried != desk.blobs.path(sha).read_bytes()
    assert b"IHDR" not in backup.read_bytes()

    target = load_config(tmp_path / "elsewhere")
    encryption.restore(target, backup, PASSPHRASE)
    restored = open_desk(target)
    try:
        accounts.sign_in(restored, "admin", ADMIN_PASSWORD)
        assert attachments.read_blob(restored, sha) == content
        # under the restored database's new key, not the old desk's
        assert restored.db.key != desk.db.key
        assert restored.blobs.path(sha).read_bytes() != desk.blobs.path(sha).read_bytes()
    finally:
        restored.close()


def test_a_backup_with_a_damaged_file_is_refused_and_nothing_is_written(desk: Desk, tmp_path: Path) -> None:
    sha, _ = _attached(desk, tmp_path)
    backup = encryption.backup(desk, tmp_path / "kantor.jjb", PASSPHRASE)
    damaged = tmp_path / "damaged.jjb"
    with zipfile.ZipFile(backup) as source, zipfile.ZipFile(damaged, "w") as out:
        for name in source.namelist():
            data = source.read(name)
            out.writestr(name, data[:-1] + bytes([data[-1] ^ 1]) if name.endswith(sha) else data)
    target = load_config(tmp_path / "elsewhere")
    with pytest.raises(DomainError) as refused:
        encryption.restore(target, damaged, PASSPHRASE)
    assert "not a Jejaring backup" in refused.value.message
    assert not [p for p in target.data_dir.rglob("*") if p.is_file()]
