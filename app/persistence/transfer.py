"""Move an office from one desk's SQLite file to a new PostgreSQL server (`jejaring db copy`).

The target's schema comes from the same Alembic history (never from the models), so it is the
schema every later upgrade expects, triggers and search index included. Rows go by COPY,
table by table in foreign-key order, all in ONE transaction on the target: a copy that fails or
is interrupted leaves the target as empty as it was. Counters (`number_counter`) are rows and
travel with the rest; the server's own sequences (the local serial ids of the journal) are set
past the copied ids. Then both sides are read again and compared table by table: row count and
an order-independent checksum of the rows (so the servers' collation cannot make a false alarm).
Derived columns that each database computes itself (the search index, `worker_sort`, `procedural`,
`stage_rank`) are not copied or compared: the target's triggers and generated columns make them.
The desk's attachment files (its data folder) go into the server's shared store (`stored_blob`)
in the same transaction, each checked against its hash, and are compared the same way: the
count and checksum of the hashes on both sides, the server's recomputed from the bytes.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Integer, Table, func, insert, inspect, select, text
from sqlalchemy.engine import Connection

from app.errors import DatabaseError
from app.i18n import QT_TRANSLATE_NOOP
from app.models import Base, StoredBlob
from app.models.base import utcnow
from app.persistence import schema
from app.persistence.blobstore import BlobStore
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


_BLOBS = StoredBlob.__tablename__


def _tables() -> list[Table]:
    # the shared file store is copied from the desk's folder (and its table) by _copy_blobs
    return [t for t in Base.metadata.sorted_tables if t.name not in ("alembic_version", _BLOBS)]


def _sha_sum(hashes: Iterator[str]) -> tuple[int, str]:
    count, total = 0, 0
    for sha in hashes:
        total = (total + int(sha[:32], 16)) % (1 << 128)
        count += 1
    return count, f"{total:032x}"


def _source_blobs(reading: Connection, store: BlobStore | None) -> Iterator[tuple[str, bytes]]:
    """The source's files that open and still have their hash: its folder, then its table."""
    seen: set[str] = set()
    for sha in store.names() if store is not None else ():
        content = store.read(sha) if store is not None else None
        if content is not None:
            seen.add(sha)
            yield sha, content
    for sha, content in reading.execution_options(yield_per=20).execute(
        select(StoredBlob.sha256, StoredBlob.content)
    ):
        if sha not in seen and hashlib.sha256(content).hexdigest() == sha:
            seen.add(sha)
            yield sha, content


def _copy_blobs(
    reading: Connection, writing: Connection, store: BlobStore | None, progress: Progress | None
) -> None:
    # one at a time: a scan may be 50 MB
    for done, (sha, content) in enumerate(_source_blobs(reading, store), start=1):
        row = {"sha256": sha, "size": len(content), "content": content, "stored_at": utcnow()}
        writing.execute(insert(StoredBlob), row)
        if progress:
            progress(_BLOBS, done)


def _source_names(source: Connection, store: BlobStore | None) -> Iterator[str]:
    """Every file the source holds, damaged or not: a damaged one is not copied, so the
    report shows the stored files as DIFFERENT instead of losing it silently."""
    names = set(store.names()) if store is not None else set()
    names |= set(source.scalars(select(StoredBlob.sha256)))
    yield from sorted(names)


def _blob_report(source: Connection, target: Connection, store: BlobStore | None) -> TableReport:
    source_rows, source_sum = _sha_sum(_source_names(source, store))
    rows = target.execution_options(yield_per=20).execute(select(StoredBlob.content))
    target_rows, target_sum = _sha_sum(hashlib.sha256(content).hexdigest() for (content,) in rows)
    return TableReport(_BLOBS, source_rows, target_rows, source_sum, target_sum)


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


def _copy_table(reading: Connection, writing: Connection, table: Table, progress: Progress | None) -> None:
    """One table's rows through PostgreSQL's COPY (far faster than INSERTs: a million cases
    in minutes), each value first turned into what SQLAlchemy would bind (enums, JSON, UTC
    times), in the caller's transaction. Row triggers (search index, sort keys) fire as usual."""
    columns = _columns(table)
    dialect = writing.dialect
    processors = [c.type.dialect_impl(dialect).bind_processor(dialect) for c in columns]
    quote = dialect.identifier_preparer.quote
    statement = f"COPY {quote(table.name)} ({', '.join(quote(c.name) for c in columns)}) FROM STDIN"
    driver = writing.connection.driver_connection
    assert driver is not None
    done = 0
    with driver.cursor() as cursor, cursor.copy(statement) as copy:
        for row in _rows(reading, table):
            copy.write_row([p(v) if p else v for p, v in zip(processors, row, strict=True)])
            done += 1
            if progress and done % BATCH == 0:
                progress(table.name, done)
    if progress:
        progress(table.name, done)


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


def copy_database(
    source: Database, target_url: str, progress: Progress | None = None, *, blobs: BlobStore | None = None
) -> CopyReport:
    """Copy every row of `source` (at the app's schema) into the empty database at `target_url`,
    and the attachment files of `blobs` (the source desk's store, decrypted) into its shared store."""
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
                _copy_table(reading, writing, table, progress)
            _copy_blobs(reading, writing, blobs, progress)
            _advance_sequences(writing, tables)
        with source.engine.connect() as left, target.engine.connect() as right:
            reports = []
            for table in tables:
                source_rows, source_sum = _checksum(left, table)
                target_rows, target_sum = _checksum(right, table)
                reports.append(TableReport(table.name, source_rows, target_rows, source_sum, target_sum))
            reports.append(_blob_report(left, right, blobs))
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
