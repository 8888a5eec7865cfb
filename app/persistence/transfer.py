"""Move an office from one desk's SQLite file to a new PostgreSQL server (`jejaring db copy`).

The target's schema comes from the same Alembic history (never from the models), so it is the
schema every later upgrade expects, triggers and search index included. Rows go in batches,
table by table in foreign-key order, all in ONE transaction on the target: a copy that fails or
is interrupted leaves the target as empty as it was. Counters (`number_counter`) are rows and
travel with the rest; the server's own sequences (the local serial ids of the journal) are set
past the copied ids. Then both sides are read again and compared table by table: row count and
an order-independent checksum of the rows (so the servers' collation cannot make a false alarm).
Derived columns that each database computes itself (the search index, `worker_sort`, `procedural`,
`stage_rank`) are not copied or compared: the target's triggers and generated columns make them.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Integer, Table, func, inspect, select, text
from sqlalchemy.engine import Connection

from app.errors import DatabaseError
from app.i18n import QT_TRANSLATE_NOOP
from app.models import Base
from app.persistence import schema
from app.persistence.canonical import dumps
from app.persistence.db import Database

BATCH = 2_000
#: columns each database derives by itself (triggers, generated columns): neither copied nor compared
DERIVED = {("case_file", "worker_sort"), ("case_file", "stage_rank"), ("case_file", "procedural")}

Progress = Callable[[str, int], None]


@dataclass(frozen=True)
class TableReport:
    table: str
    source_rows: int
    target_rows: int
    source_checksum: str
    target_checksum: str

    @property
    def ok(self) -> bool:
        return self.source_rows == self.target_rows and self.source_checksum == self.target_checksum


@dataclass(frozen=True)
class CopyReport:
    tables: tuple[TableReport, ...]

    @property
    def ok(self) -> bool:
        return all(t.ok for t in self.tables)

    @property
    def rows(self) -> int:
        return sum(t.target_rows for t in self.tables)


def _tables() -> list[Table]:
    return [t for t in Base.metadata.sorted_tables if t.name != "alembic_version"]


def _columns(table: Table) -> list[Any]:
    return [c for c in table.columns if (table.name, c.name) not in DERIVED and c.computed is None]


def _rows(connection: Connection, table: Table) -> Iterator[Any]:
    columns = _columns(table)
    result = connection.execution_options(yield_per=BATCH).execute(select(*columns))
    yield from result


def _checksum(connection: Connection, table: Table) -> tuple[int, str]:
    """Row count and the sum (mod 2^128) of every row's SHA-256: the same rows in any order
    give the same value; a changed, missing or doubled row changes it."""
    names = [c.name for c in _columns(table)]
    total = 0
    count = 0
    for row in _rows(connection, table):
        line = dumps(dict(zip(names, row, strict=True)))
        total = (total + int.from_bytes(hashlib.sha256(line.encode()).digest()[:16], "big")) % (1 << 128)
        count += 1
    return count, f"{total:032x}"


def ensure_empty(target: Database) -> None:
    names = inspect(target.engine).get_table_names()
    if names:
        raise DatabaseError(
            QT_TRANSLATE_NOOP(
                "errors",
                "The target database is not empty (it has {count} tables). Copy only into a new, "
                "empty database; nothing was changed.",
            ),
            count=len(names),
        )


def copy_database(source: Database, target_url: str, progress: Progress | None = None) -> CopyReport:
    """Copy every row of `source` (at the app's schema) into the empty database at `target_url`."""
    if target_url.startswith("sqlite"):
        raise DatabaseError(
            QT_TRANSLATE_NOOP("errors", "Copy to a PostgreSQL server (a postgresql:// address).")
        )
    target = Database(target_url)
    try:
        ensure_empty(target)
        schema.upgrade(target, None)
        tables = _tables()
        with source.engine.connect() as reading, target.engine.begin() as writing:
            for table in reversed(tables):  # rows the migrations made, if any: the copy replaces them
                writing.execute(table.delete())
            for table in tables:
                columns = _columns(table)
                names = [c.name for c in columns]
                batch: list[dict[str, Any]] = []
                done = 0
                for row in _rows(reading, table):
                    batch.append(dict(zip(names, row, strict=True)))
                    if len(batch) >= BATCH:
                        writing.execute(table.insert(), batch)
                        done += len(batch)
                        batch.clear()
                        if progress:
                            progress(table.name, done)
                if batch:
                    writing.execute(table.insert(), batch)
                    done += len(batch)
                if progress:
                    progress(table.name, done)
            _advance_sequences(writing, tables)
        with source.engine.connect() as left, target.engine.connect() as right:
            reports = []
            for table in tables:
                source_rows, source_sum = _checksum(left, table)
                target_rows, target_sum = _checksum(right, table)
                reports.append(TableReport(table.name, source_rows, target_rows, source_sum, target_sum))
        return CopyReport(tuple(reports))
    finally:
        target.dispose()


def _advance_sequences(connection: Connection, tables: list[Table]) -> None:
    """Local serial ids (the journal's) continue after the copied ones on the server."""
    for table in tables:
        keys = list(table.primary_key.columns)
        if len(keys) != 1 or not isinstance(keys[0].type, Integer):
            continue
        column = keys[0]
        sequence = connection.scalar(
            text("SELECT pg_get_serial_sequence(:table, :column)"),
            {"table": table.name, "column": column.name},
        )
        if sequence is None:
            continue
        last = connection.scalar(select(func.max(column)))
        connection.execute(
            text("SELECT setval(:sequence, :value, :called)"),
            {"sequence": sequence, "value": last or 1, "called": last is not None},
        )
