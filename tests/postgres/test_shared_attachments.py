"""Attachments on an office server: a scan attached at one desk opens at every other desk of the
same server (the server's `stored_blob` store; app/services/attachments.py) and no desk keeps a
copy on its disk, sync bundles still carry them both ways, and `db copy` brings a desk's
(encrypted) files along."""

from __future__ import annotations

import io
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PIL import Image
from sqlalchemy import func, select, text

from app.config import load_config
from app.models import StoredBlob
from app.persistence import transfer
from app.persistence.blobstore import MAGIC
from app.services import accounts, attachments, cases, letters
from app.services.desk import Desk, open_desk
from app.services.letters import IncomingLetter
from app.services.workers import WorkerInput
from tests.backends import PostgresServer
from tests.conftest import ADMIN_PASSWORD
from tests.sync.sites import make_sites, open_case
from tests.unit.test_letters import scan_pdf

pytestmark = pytest.mark.usefixtures("postgres_server")

TODAY = date(2026, 3, 16)


def photo(path: Path, colour: str = "#3366aa") -> Path:
    buffer = io.BytesIO()
    Image.new("RGB", (40, 30), colour).save(buffer, "PNG")
    path.write_bytes(buffer.getvalue())
    return path


def _case(desk: Desk) -> str:
    return cases.open_case(
        desk,
        WorkerInput(full_name="Siti Aminah", destination_country="MY"),
        cases.CaseInput(category="unpaid_wages", reported_on=TODAY, summary="Gaji tidak dibayar"),
        today=TODAY,
    ).number


@pytest.fixture
def desk_b(desk: Desk) -> Iterator[Desk]:
    """Budi's desk: another PC with its own data folder, on the same server."""
    accounts.add_account(desk, "budi", "supervisor", "Sawah-Padi-2026", full_name="Budi Santoso")
    other = open_desk(load_config(desk.config.data_dir.parent / "desk-b", desk.config.database_url))
    accounts.sign_in(other, "budi", "Sawah-Padi-2026")
    yield other
    other.close()


def test_a_file_attached_at_one_desk_opens_at_another(desk: Desk, desk_b: Desk, tmp_path: Path) -> None:
    number = _case(desk)
    source = photo(tmp_path / "paspor.png")
    info = attachments.attach_to_case(desk, number, source, "Paspor")
    scan = scan_pdf(tmp_path / "surat.pdf")
    registered = letters.register_incoming(
        desk, IncomingLetter(received_on=TODAY, subject="Surat BP2MI", sender_name="BP2MI", scans=(scan,))
    )

    # desk B has never seen the files: they come from the server, and neither desk keeps one
    [listed] = attachments.case_attachments(desk_b, number)
    assert attachments.read_blob(desk_b, listed.sha256) == source.read_bytes()
    assert attachments.verify_blob(desk_b, info.sha256)
    [letter_file] = letters.letter_detail(desk_b, registered.id).files
    assert attachments.read_blob(desk_b, letter_file.sha256) == scan.read_bytes()
    for each in (desk, desk_b):
        assert not list(each.config.attachments_dir.rglob("*"))

    with desk.read() as session:  # stored once, however many desks attach it
        assert session.scalar(select(func.count()).select_from(StoredBlob)) == 2
    attachments.attach_to_case(desk_b, number, source, "Paspor lagi")
    with desk.read() as session:
        assert session.scalar(select(func.count()).select_from(StoredBlob)) == 2


def test_a_damaged_row_is_never_shown_as_the_file(desk: Desk, desk_b: Desk, tmp_path: Path) -> None:
    number = _case(desk)
    info = attachments.attach_to_case(desk, number, photo(tmp_path / "paspor.png"))
    with desk.db.engine.begin() as connection:
        connection.execute(text("UPDATE stored_blob SET content = 'not the scan'::bytea"))
    assert attachments.read_blob(desk_b, info.sha256) is None
    assert not attachments.verify_blob(desk_b, info.sha256)
    assert not attachments.verify_blob(desk, info.sha256)  # the one store: both see the damage


def test_sync_carries_files_to_and_from_the_server(postgres_server: PostgresServer, tmp_path: Path) -> None:
    """KBRI-KUL runs on the server with two desks; BP2MI is a single desk on SQLite."""
    url = postgres_server.empty_database()
    try:
        server, embassy = make_sites(tmp_path, 2, urls={"KBRI-KUL": url})
        desk_a = server.desk
        desk_b = open_desk(load_config(tmp_path / "KBRI-KUL-desk-b", url))
        try:
            accounts.sign_in(desk_b, "admin-kbri", ADMIN_PASSWORD)
            opened = open_case(server, "Siti Aminah")
            source = photo(tmp_path / "paspor.png")
            attachments.attach_to_case(server.desk, opened.number, source)
            # exported from desk B, which never had the file in its folder
            desk_a = server.desk
            server.desk = desk_b
            embassy.import_file(server.export_to(embassy.code))
            [there] = attachments.case_attachments(embassy.desk, opened.number)
            assert attachments.read_blob(embassy.desk, there.sha256) == source.read_bytes()

            # and back: a file attached at BP2MI, imported at desk B, opens at desk A
            theirs = open_case(embassy, "Rina Wati")
            scan = photo(tmp_path / "ktp.png", "#aa3366")
            attachments.attach_to_case(embassy.desk, theirs.number, scan)
            report = server.import_file(embassy.export_to(server.code))
            assert report.blobs >= 1
            [back] = attachments.case_attachments(desk_a, theirs.number)
            assert not desk_a.blobs.has(back.sha256)
            assert attachments.read_blob(desk_a, back.sha256) == scan.read_bytes()
        finally:
            for each in {id(d): d for d in (desk_b, desk_a, server.desk, embassy.desk)}.values():
                each.close()
    finally:
        postgres_server.drop(url)


def test_db_copy_brings_the_desks_files_to_the_server(
    postgres_server: PostgresServer, tmp_path: Path
) -> None:
    from app.services import office
    from tests.conftest import SETUP

    on_file = open_desk(load_config(tmp_path / "desk"))
    url = postgres_server.empty_database()
    try:
        office.initialize(on_file, SETUP)
        accounts.sign_in(on_file, SETUP.admin_username, ADMIN_PASSWORD)
        number = _case(on_file)
        kept = attachments.attach_to_case(on_file, number, photo(tmp_path / "paspor.png"))
        assert on_file.blobs.path(kept.sha256).read_bytes().startswith(MAGIC)  # encrypted on disk
        report = transfer.copy_database(on_file.db, url, blobs=on_file.blobs)
        assert report.ok
        [blobs] = [t for t in report.tables if t.table == "stored_blob"]
        assert (blobs.source_rows, blobs.target_rows) == (1, 1)
        on_server = open_desk(load_config(tmp_path / "server-desk", url))
        try:
            accounts.sign_in(on_server, SETUP.admin_username, ADMIN_PASSWORD)
            assert attachments.read_blob(on_server, kept.sha256) == (tmp_path / "paspor.png").read_bytes()
        finally:
            on_server.close()
    finally:
        on_file.close()
        postgres_server.drop(url)


def test_db_copy_reports_a_damaged_file_instead_of_losing_it(
    postgres_server: PostgresServer, tmp_path: Path
) -> None:
    from app.services import office
    from tests.conftest import SETUP

    on_file = open_desk(load_config(tmp_path / "desk"))
    url = postgres_server.empty_database()
    try:
        office.initialize(on_file, SETUP)
        accounts.sign_in(on_file, SETUP.admin_username, ADMIN_PASSWORD)
        kept = attachments.attach_to_case(on_file, _case(on_file), photo(tmp_path / "paspor.png"))
        damaged = on_file.blobs.path(kept.sha256)
        damaged.chmod(0o600)
        damaged.write_bytes(b"rusak")
        report = transfer.copy_database(on_file.db, url, blobs=on_file.blobs)
        [blobs] = [t for t in report.tables if t.table == "stored_blob"]
        assert not report.ok and not blobs.ok
        assert (blobs.source_rows, blobs.target_rows) == (1, 0)
    finally:
        on_file.close()
        postgres_server.drop(url)
