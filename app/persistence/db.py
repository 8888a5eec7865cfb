"""The engine, built from a URL (SQLite by default, PostgreSQL for offices with many desks),
and units of work that know who is acting so the change-capture hook can stamp every write."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, event, select
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, sessionmaker

from app.errors import DatabaseError
from app.i18n import QT_TRANSLATE_NOOP
from app.models.journal import LocalState
from app.persistence import capture
from app.persistence.capture import Actor
from app.persistence.clock import ZERO, HybridClock, Stamp

SQLITE_BUSY_TIMEOUT_MS = 10_000


SYSTEM = "system"

_BUSY = QT_TRANSLATE_NOOP(
    "errors",
    "Another program is writing to this database and did not finish within {seconds} seconds. "
    "Nothing was saved: try again in a moment.",
)


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    # Let SQLAlchemy, not the sqlite3 module, decide when a transaction begins (see _sqlite_begin).
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


#: the execution option that makes an SQLite transaction take the write lock at its start
WRITES = "jejaring_writes"


def _sqlite_begin(connection: Connection) -> None:
    # A unit of work that writes takes SQLite's write lock when it begins. A deferred BEGIN that
    # reads first and writes later fails at once with "database is locked" (SQLITE_BUSY_SNAPSHOT,
    # no busy wait) when another process committed in between: its snapshot is stale. With
    # IMMEDIATE the second writer waits its turn (busy_timeout). Reads stay deferred, beside it.
    writes = connection.get_execution_options().get(WRITES, False)
    connection.exec_driver_sql("BEGIN IMMEDIATE" if writes else "BEGIN")


def _keyed(data_key: bytes) -> Any:
    from app.persistence.keyfile import sqlcipher_key

    pragma = f"PRAGMA key = {sqlcipher_key(data_key)}"

    def give_key(dbapi_connection: Any, _record: Any) -> None:
        # The key must be the connection's first statement; a raw key skips SQLCipher's PBKDF2
        # (about a second per connection at its default 256,000 iterations).
        cursor = dbapi_connection.cursor()
        cursor.execute(pragma)
        cursor.close()

    return give_key


def make_engine(url: str, *, key: bytes | None = None, **kwargs: Any) -> Engine:
    """The engine of `url`; with `key` an SQLite file is opened through SQLCipher (sqlcipher3)
    with that raw data key, the one place where encryption at rest is wired in."""
    # Personal data must never reach an error message or a log through a failed statement.
    kwargs.setdefault("hide_parameters", True)
    if url.startswith("sqlite"):
        path = url.split("///", 1)[-1]
        if path and path != ":memory:":
            Path(path).parent.mkdir(parents=True, exist_ok=True)
        if key is not None:
            import sqlcipher3

            kwargs["module"] = sqlcipher3
        engine = create_engine(url, **kwargs)
        if key is not None:
            event.listen(engine, "connect", _keyed(key))
        event.listen(engine, "connect", _sqlite_pragmas)
        event.listen(engine, "begin", _sqlite_begin)
        return engine
    if url.startswith("postgresql"):
        # No JIT: a desk's statements are short, and the planner's cost of a search is a guess
        # (a common name's thousands of matches): above jit_above_cost PostgreSQL compiled a
        # register search for 1.7 s before running it for a few hundred ms (docs/postgresql.md)
        connect_args = kwargs.setdefault("connect_args", {})
        connect_args.setdefault("options", "-c jit=off")
    return create_engine(url, pool_pre_ping=True, **kwargs)


class Database:
    def __init__(self, url: str, *, key: bytes | None = None, **engine_kwargs: Any) -> None:
        self.url = url
        #: the SQLCipher data key (None: a plain SQLite file or a server)
        self.key = key
        self.engine = make_engine(url, key=key, **engine_kwargs)
        self._factory = sessionmaker(self.engine, expire_on_commit=False)
        capture.install(self._factory)
        self._clock: HybridClock | None = None
        self._clock_lock = threading.Lock()

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    @contextmanager
    def session(self, actor: Actor | None = None) -> Iterator[Session]:
        """A unit of work: commits at the end, rolls everything back on any exception."""
        try:
            with self._factory() as session:
                session.info["database"] = self
                if actor is not None:
                    session.info["actor"] = actor
                with session.begin():
                    if self.is_sqlite:
                        session.connection(execution_options={WRITES: True})  # BEGIN IMMEDIATE
                    yield session
        except OperationalError as error:
            if self.is_sqlite and "database is locked" in str(error.orig):
                # another process held the write lock for the whole busy timeout: say so, not crash
                raise DatabaseError(_BUSY, seconds=SQLITE_BUSY_TIMEOUT_MS // 1000) from error
            raise

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A read-only unit of work (no actor needed; nothing is committed)."""
        with self._factory() as session:
            session.info["database"] = self
            try:
                yield session
            finally:
                session.rollback()

    def clock(self, connection: Connection, site: str) -> HybridClock:
        """This site's clock, first moved past the last stamp committed in the database: other
        desks of an office server (or a second process on a file) write too. The caller already
        holds the change counter's row lock, so nobody can commit a newer stamp meanwhile."""
        text = connection.scalar(select(LocalState.value).where(LocalState.key == "hlc"))
        last = Stamp.parse(text) if text else ZERO
        with self._clock_lock:
            if self._clock is None or self._clock.site != site:
                self._clock = HybridClock(site, last)
            else:
                self._clock.observe(last)
            return self._clock

    def dispose(self) -> None:
        self.engine.dispose()
