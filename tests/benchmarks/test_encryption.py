"""What encryption at rest costs (`make bench`): the case register's first page, a full-text
search and an import of 2,000 cases, on the same 100,000 cases plain and encrypted with
SQLCipher; and the sign-in that unlocks the encrypted desk. docs/security.md has the numbers."""

from __future__ import annotations

import csv
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from app.config import load_config
from app.persistence import keyfile
from app.services import accounts, cases, encryption, spreadsheet
from app.services.desk import Desk, open_desk
from tests.benchmarks.bigdb import ROOT, big_database
from tests.conftest import ADMIN_PASSWORD

CASES = 100_000
PAGE = 60
IMPORT = 2_000


def _encrypted_copy(plain: Path) -> Path:
    """The same database encrypted (sqlcipher_export) with a key file for the administrator."""
    target = ROOT / f"{plain.stem}-encrypted" / "jejaring.sqlite3"
    if target.exists():
        return target
    target.parent.mkdir(parents=True, exist_ok=True)
    data_key = keyfile.new_data_key()
    partial = target.with_name("building.sqlite3")
    encryption._export(plain, None, partial, data_key)
    keys = keyfile.KeyFile(path=keyfile.path_for(target), site_code="KBRI-KUL")
    # the production cost (tests/conftest.py lowers the default for the rest of the suite)
    keys.accounts = {"admin": keyfile.wrap(data_key, ADMIN_PASSWORD, "admin", keyfile.WrapCost())}
    keys.save()
    partial.rename(target)
    return target


def _open(path: Path, *, sign_in: bool) -> Desk:
    desk = open_desk(load_config(path.parent / f"{path.stem}-home", f"sqlite:///{path}"))
    if sign_in:
        accounts.sign_in(desk, "admin", ADMIN_PASSWORD)
    else:
        desk.username = "admin"  # the plain baseline: signing in would encrypt it
    return desk


@pytest.fixture(scope="module", params=["plain", "encrypted"])
def desk(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Desk]:
    # a working copy: the import writes into it
    source = big_database(CASES)
    if request.param == "encrypted":
        source = _encrypted_copy(source)
    work = tmp_path_factory.mktemp(request.param) / "jejaring.sqlite3"
    shutil.copy(source, work)
    if request.param == "encrypted":
        shutil.copy(keyfile.path_for(source), keyfile.path_for(work))
    opened = _open(work, sign_in=request.param == "encrypted")
    yield opened
    opened.close()


def _run(benchmark: Any, fn: Any, rounds: int = 10, warmup: int = 1) -> Any:
    return benchmark.pedantic(fn, rounds=rounds, iterations=1, warmup_rounds=warmup)


def test_first_page(benchmark: Any, desk: Desk) -> None:
    page = _run(benchmark, lambda: cases.case_page(desk, None, total=CASES, offset=0, limit=PAGE))
    assert len(page) == PAGE


def test_full_text_search(benchmark: Any, desk: Desk) -> None:
    flt = cases.CaseFilter(text="siti aminah")

    def search() -> int:
        total = cases.count_cases(desk, flt)
        cases.case_page(desk, flt, total=total, offset=0, limit=PAGE)
        return total

    assert _run(benchmark, search) > 0


def test_import_2000_cases(benchmark: Any, desk: Desk, tmp_path: Path) -> None:
    sheet_path = tmp_path / "register.csv"
    with sheet_path.open("w", newline="", encoding="utf-8") as stream:
        writer = csv.writer(stream)
        writer.writerow(["Nama", "Negara Penempatan", "Jenis Pengaduan", "Tanggal Pengaduan"])
        for n in range(IMPORT):
            writer.writerow([f"Pekerja Uji {n}", "Malaysia", "Gaji Tidak Dibayar", "2026-10-01"])
    sheet = spreadsheet.read_sheet(sheet_path)
    mapping = spreadsheet.guess_mapping(sheet.headers)

    def load() -> int:
        return spreadsheet.import_cases(desk, sheet, mapping, confirm=True).valid

    # minutes per round at 100,000 cases (every row is checked for duplicates): one round each
    assert _run(benchmark, load, rounds=1, warmup=0) == IMPORT


def test_sign_in(benchmark: Any, desk: Desk) -> None:
    """Open the desk and sign in. Encrypted: unwrap the data key (Argon2id at the production
    cost), open and check the database, check the password. Plain: open, check the password.
    The credential hash of the benchmark database has the suite's low cost, so one production
    Argon2id verify (test_password_check) must be added to both."""
    path = Path(desk.config.database_url.split("///", 1)[-1])
    encrypted = desk.keys is not None

    def start() -> None:
        opened = _open(path, sign_in=encrypted)
        if not encrypted:
            with opened.read() as session:
                accounts.find_officer(session, "admin", "KBRI-KUL")
        opened.close()

    _run(benchmark, start, rounds=5)


def test_password_check(benchmark: Any) -> None:
    """One Argon2id verify at the production cost (64 MiB, 3 passes, 4 lanes)."""
    from argon2 import PasswordHasher

    hasher = PasswordHasher()
    hashed = hasher.hash(ADMIN_PASSWORD)
    _run(benchmark, lambda: hasher.verify(hashed, ADMIN_PASSWORD), rounds=5)
