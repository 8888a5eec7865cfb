"""Export and import of about 100,000 changes, against the floor of a plain SQLite executemany
insert of the same change rows in the same run (`make bench`). Target: at least a third of it.

A second floor is printed beside it: the same executemany into the change log of a new Jejaring
database, which is encrypted (SQLCipher) and indexes the log for merging; it shows how much of the
gap is the storage itself rather than the exchange.

The source site is filled with demo cases (every field of every record is a change); the bundle
goes to a second site, which verifies it and applies it in one transaction.
"""

from __future__ import annotations

import os
import sqlite3
import time
from pathlib import Path

import pytest
from sqlalchemy import func, select

from app.config import load_config
from app.models import Change, SyncPeer
from app.persistence.capture import SEED_ORIGIN
from app.services import demo
from app.services.desk import open_desk
from app.sync import holdings
from app.sync.export import counted
from tests.sync.sites import make_sites

TARGET_CHANGES = int(os.environ.get("JEJARING_BENCH_SYNC_CHANGES", "100000"))


@pytest.mark.slow
def test_export_import_100k_changes(tmp_path: Path, benchmark) -> None:  # type: ignore[no-untyped-def]
    embassy, _desk, hub = make_sites(tmp_path)
    try:
        cases = 0
        while True:
            with embassy.desk.read() as session:
                held = (
                    session.scalar(select(func.count(Change.id)).where(Change.origin_site != SEED_ORIGIN))
                    or 0
                )
            if held >= TARGET_CHANGES:
                break
            demo.load_demo(embassy.desk, cases=100, seed=cases)
            cases += 100
        with embassy.desk.read() as session:
            rows = session.execute(
                select(
                    Change.origin_site,
                    Change.origin_seq,
                    Change.hlc,
                    Change.entity,
                    Change.row_id,
                    Change.field,
                    Change.value,
                    Change.base,
                    Change.actor,
                    Change.tx,
                ).where(Change.origin_site != SEED_ORIGIN)
            ).all()
        plain = [(r[0], r[1], r[2], r[3], r[4].hex, r[5], r[6], r[7], r[8], r[9].hex) for r in rows]

        def floor() -> float:
            path = tmp_path / f"floor-{time.perf_counter_ns()}.sqlite3"
            connection = sqlite3.connect(path)
            connection.execute(
                "CREATE TABLE change_log (id INTEGER PRIMARY KEY, origin_site TEXT, origin_seq INTEGER,"
                " hlc TEXT, entity TEXT, row_id TEXT, field TEXT, value TEXT, base TEXT, actor TEXT,"
                " tx TEXT, UNIQUE (origin_site, origin_seq))"
            )
            start = time.perf_counter()
            with connection:
                connection.executemany(
                    "INSERT INTO change_log (origin_site, origin_seq, hlc, entity, row_id, field, value,"
                    " base, actor, tx) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    plain,
                )
            elapsed = time.perf_counter() - start
            connection.close()
            return elapsed

        def own_floor() -> float:
            """The same rows into the change log of a new (encrypted, migrated) site database."""
            desk = open_desk(load_config(tmp_path / f"floor-site-{time.perf_counter_ns()}"))
            try:
                connection = desk.db.engine.raw_connection()
                try:
                    start = time.perf_counter()
                    cursor = connection.cursor()
                    cursor.execute("BEGIN")  # the engine's connections leave transactions to it
                    cursor.executemany(
                        "INSERT INTO change_log (origin_site, origin_seq, hlc, entity, row_id, field,"
                        " value, base, actor, tx) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                        plain,
                    )
                    connection.commit()
                    return time.perf_counter() - start
                finally:
                    connection.close()
            finally:
                desk.close()

        def exchange() -> None:
            hub.import_file(embassy.export_to(hub.code))

        start = time.perf_counter()
        benchmark.pedantic(exchange, rounds=1, iterations=1)
        took = time.perf_counter() - start
        floor_took = min(floor() for _ in range(3))
        own_took = min(own_floor() for _ in range(3))
        ours, base = len(plain) / took, len(plain) / floor_took
        print(
            f"\n{len(plain)} changes: export+import {took:.2f} s ({ours:,.0f} changes/s); "
            f"executemany floor {floor_took:.2f} s ({base:,.0f} changes/s); ratio {ours / base:.2f}; "
            f"into a new site's own change log (encrypted, indexed) {own_took:.2f} s: ratio to it "
            f"{own_took / took:.2f}"
        )
        with hub.desk.read() as session:
            assert (
                session.scalar(select(func.count(Change.id)).where(Change.origin_site == embassy.code)) or 0
            ) >= len(plain)
        # the holdings a later bundle states (app/sync/holdings.py): counted again, then compared
        with embassy.desk.read() as session:
            peer = session.get(SyncPeer, hub.code)
            assert peer is not None
            start = time.perf_counter()
            stated = counted(embassy.desk, session, peer)
            count_took = time.perf_counter() - start
        with hub.desk.read() as session:
            start = time.perf_counter()
            assert holdings.compare(session, hub.code, stated) == []
            compare_took = time.perf_counter() - start
        print(f"holdings of a later bundle: counted {count_took:.3f} s, compared {compare_took:.3f} s")
    finally:
        for site in (embassy, _desk, hub):
            site.desk.close()
