"""The case register on an office server (`make bench` with JEJARING_TEST_POSTGRES): the same list,
search and open figures as test_cases_scale.py on SQLite, and 20 desks writing at once from
separate processes. Skipped without a server.

The million cases come from the SQLite benchmark file through `jejaring db copy` (app.persistence.
transfer, PostgreSQL's COPY), so the copy is exercised at scale too. The set-up resumes where it
stopped: the SQLite file is kept in .benchmarks/ once built, the server's database is built under
a `_building` name and renamed when complete (an interrupted one is dropped and copied again from
the kept file), and a complete one (`jejaring_bench_<cases>_<schema>`) is reused by every later
run. JEJARING_BENCH_PG_CASES sets the size (default 1,000,000; 20,000 to check it works).
Every writer desk signs its officer in, as a person at a desk does."""

from __future__ import annotations

import multiprocessing
import os
import time
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select, text

from app.config import load_config
from app.errors import DatabaseError
from app.models import Case
from app.persistence import schema, transfer
from app.persistence.db import Database
from app.services import case_activity, cases
from app.services.desk import Desk, open_desk
from app.services.workers import WorkerInput
from tests import backends
from tests.benchmarks.bigdb import ROOT, big_database

PAGE = 60
CASES = int(os.environ.get("JEJARING_BENCH_PG_CASES", "1000000"))
WRITERS = 20
EACH = 10
TODAY = date(2026, 3, 2)


@pytest.fixture(scope="module")
def server() -> Iterator[backends.PostgresServer]:
    url = backends.server_url()
    if url is None:
        pytest.skip(f"needs a PostgreSQL server: {backends.HOW}")
    server = backends.PostgresServer(url)
    yield server
    server.close()


@pytest.fixture(scope="module")
def big(server: backends.PostgresServer) -> Iterator[Desk]:
    name = f"jejaring_bench_{CASES}_{schema.head_revision()}"
    with server.admin.connect() as connection:
        exists = connection.execute(
            text("SELECT 1 FROM pg_database WHERE datname = :n"), {"n": name}
        ).scalar()
    url = server.url_of(name)
    if not exists:
        building = f"{name}_building"
        with server.admin.connect() as connection:
            connection.execute(text(f"DROP DATABASE IF EXISTS {building} WITH (FORCE)"))
            connection.execute(text(backends.CREATE.format(name=building, template="template0")))
        source = Database(f"sqlite:///{big_database(CASES)}")
        try:
            report = transfer.copy_database(source, server.url_of(building))
        finally:
            source.dispose()
        assert report.ok
        with server.admin.connect() as connection:
            connection.execute(text(f"ALTER DATABASE {building} RENAME TO {name}"))
        target = Database(url)
        with target.engine.connect() as connection:
            connection.execution_options(isolation_level="AUTOCOMMIT").execute(text("VACUUM ANALYZE"))
        target.dispose()
    desk = open_desk(load_config(ROOT / f"{name}-home", url))
    yield desk
    desk.close()


def _run(benchmark: Any, fn: Any) -> Any:
    return benchmark.pedantic(fn, rounds=10, iterations=1, warmup_rounds=1)


def test_count(benchmark: Any, big: Desk) -> None:
    assert _run(benchmark, lambda: cases.count_cases(big)) == CASES


def test_first_page(benchmark: Any, big: Desk) -> None:
    page = _run(benchmark, lambda: cases.case_page(big, None, total=CASES, offset=0, limit=PAGE))
    assert len(page) == PAGE


def test_middle_page(benchmark: Any, big: Desk) -> None:
    page = _run(benchmark, lambda: cases.case_page(big, None, total=CASES, offset=CASES // 2, limit=PAGE))
    assert len(page) == PAGE


def test_middle_page_by_worker(benchmark: Any, big: Desk) -> None:
    page = _run(
        benchmark,
        lambda: cases.case_page(big, None, sort="worker", total=CASES, offset=CASES // 2, limit=PAGE),
    )
    assert len(page) == PAGE


def test_last_page(benchmark: Any, big: Desk) -> None:
    page = _run(benchmark, lambda: cases.case_page(big, None, total=CASES, offset=CASES - PAGE, limit=PAGE))
    assert len(page) == PAGE


def test_full_text_search(benchmark: Any, big: Desk) -> None:
    flt = cases.CaseFilter(text="siti aminah")

    def search() -> int:  # as the Cases view asks: the first page, counted in the same statement
        first = cases.first_page(big, flt, limit=PAGE)
        assert first.total is not None  # no second statement to count the matches
        return first.total

    assert _run(benchmark, search) > 0


def test_open_case(benchmark: Any, big: Desk) -> None:
    number = cases.list_cases(big, limit=1)[0].number
    assert _run(benchmark, lambda: case_activity.case_detail(big, number)).number == number


def _writer(url: str, folder: str, ready: Any, start: Any, out: Any) -> None:
    from app.services import accounts
    from tests.conftest import ADMIN_PASSWORD

    desk = open_desk(load_config(Path(folder), url))
    try:
        accounts.sign_in(desk, "admin", ADMIN_PASSWORD)  # every desk has its officer signed in
        ready.put(True)
        start.wait(120)
        began = time.perf_counter()
        busy = 0
        for i in range(EACH):
            try:
                cases.open_case(
                    desk,
                    WorkerInput(full_name=f"Pekerja {Path(folder).name} {i}"),
                    cases.CaseInput(category="unpaid_wages", reported_on=TODAY, summary="serentak"),
                    today=TODAY,
                )
            except DatabaseError:  # SQLite: waited out its busy timeout behind the others
                busy += 1
        out.put((time.perf_counter() - began, busy))
    finally:
        desk.close()


def _twenty_desks(benchmark: Any, url: str, folders: Path) -> None:
    """20 processes, each opening EACH cases as fast as it can, on a fresh office database `url`.
    The figure is the slowest desk's own time, from the start signal to its last case: starting
    20 Python processes and signing 20 officers in (Argon2 each) on two cores is not writing."""
    setup = open_desk(load_config(folders / "setup", url))
    from app.services import office
    from tests.conftest import SETUP

    office.initialize(setup, SETUP)  # kept open to check the result (an SQLite file is encrypted)
    spawn = multiprocessing.get_context("spawn")

    def round_() -> None:
        ready, start, out = spawn.Queue(), spawn.Event(), spawn.Queue()
        workers = [
            spawn.Process(target=_writer, args=(url, str(folders / f"desk{n}"), ready, start, out))
            for n in range(WRITERS)
        ]
        for process in workers:
            process.start()
        for _ in workers:  # every desk has opened its database and signed its officer in
            ready.get(timeout=120)
        start.set()
        for process in workers:
            process.join(600)
            assert process.exitcode == 0
        results.extend(out.get() for _ in workers)

    results: list[tuple[float, int]] = []
    benchmark.pedantic(round_, rounds=1, iterations=1)
    took = max(seconds for seconds, _busy in results)
    refused = sum(busy for _seconds, busy in results)
    saved = WRITERS * EACH - refused
    benchmark.extra_info["slowest_desk_s"] = round(took, 2)
    benchmark.extra_info["refused_busy"] = refused
    print(
        f"\n{WRITERS} desks x {EACH} cases at once ({url.split(':')[0]}): the slowest desk took "
        f"{took:.1f} s; {saved / took:.1f} cases a second together; {refused} refused as busy"
    )
    with setup.read() as session:
        numbers = sorted(session.scalars(select(Case.number)))
    setup.close()
    # every case saved has its number, with no gap; a refused one left nothing behind
    assert numbers == [f"KBRI-KUL/2026/{n:05d}" for n in range(1, saved + 1)]
    if not url.startswith("sqlite"):
        assert refused == 0  # the server queues every desk on the row lock: nobody is refused


def test_twenty_desks_open_cases_at_once(
    benchmark: Any, server: backends.PostgresServer, tmp_path: Path
) -> None:
    url = server.new_database()
    try:
        _twenty_desks(benchmark, url, tmp_path)
    finally:
        server.drop(url)


def test_twenty_desks_on_one_sqlite_file(benchmark: Any, tmp_path: Path) -> None:
    """The same on one local SQLite file, for comparison (WAL, one writer at a time): what a
    single machine with many sessions would do. Not a shared file on a network drive, which
    corrupts; runs without a server."""
    _twenty_desks(benchmark, f"sqlite:///{tmp_path / 'office.sqlite3'}", tmp_path)
