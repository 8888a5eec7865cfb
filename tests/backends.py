"""Which database the tests run on: a SQLite file per test (the default), or, in the PostgreSQL
leg (`pytest --postgres`, `make test` runs it when JEJARING_TEST_POSTGRES names a server), a
fresh PostgreSQL database per test.

Migrating a database takes seconds; copying one does not. So the leg migrates and seeds one
template database per test process and gives every test its own `CREATE DATABASE ... TEMPLATE`
copy, dropped after the test. The role in JEJARING_TEST_POSTGRES needs CREATEDB.
"""

from __future__ import annotations

import itertools
import os
import tempfile
from pathlib import Path

from sqlalchemy import create_engine, text
from sqlalchemy.engine import Engine, make_url

ENV = "JEJARING_TEST_POSTGRES"
HOW = f"set {ENV}=postgresql+psycopg://USER:PASSWORD@127.0.0.1:5432/postgres (a role with CREATEDB) to run it"
#: The database as README tells an office to create it: UTF-8, code-point order (as SQLite sorts)
CREATE = "CREATE DATABASE {name} TEMPLATE {template} ENCODING 'UTF8' LOCALE 'C.UTF-8'"


def server_url() -> str | None:
    return os.environ.get(ENV) or None


class PostgresServer:
    """Throw-away databases on the test server, named after this process."""

    def __init__(self, url: str) -> None:
        self.url = make_url(url).set(drivername="postgresql+psycopg")
        self.prefix = f"jt_{os.getpid()}"
        self.template = f"{self.prefix}_template"
        self._admin: Engine | None = None
        self._numbers = itertools.count(1)
        self._ready = False

    @property
    def admin(self) -> Engine:
        if self._admin is None:
            self._admin = create_engine(self.url, isolation_level="AUTOCOMMIT", hide_parameters=True)
        return self._admin

    def url_of(self, name: str) -> str:
        return self.url.set(database=name).render_as_string(hide_password=False)

    def check(self) -> str:
        """The server's version, or an exception saying why it cannot be reached."""
        with self.admin.connect() as connection:
            return str(connection.execute(text("SHOW server_version")).scalar())

    def _build_template(self) -> None:
        from app.config import load_config
        from app.services.desk import open_desk

        with self.admin.connect() as connection:
            connection.execute(text(f"DROP DATABASE IF EXISTS {self.template} WITH (FORCE)"))
            connection.execute(text(CREATE.format(name=self.template, template="template0")))
        with tempfile.TemporaryDirectory() as folder:
            open_desk(load_config(Path(folder), self.url_of(self.template))).close()
        self._ready = True

    def new_database(self) -> str:
        """The URL of a new, migrated and seeded database that no one else uses."""
        if not self._ready:
            self._build_template()
        name = f"{self.prefix}_{next(self._numbers)}"
        with self.admin.connect() as connection:
            connection.execute(text(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)"))
            connection.execute(text(CREATE.format(name=name, template=self.template)))
        return self.url_of(name)

    def empty_database(self) -> str:
        """The URL of a new database with no tables at all (a target for `db copy`)."""
        name = f"{self.prefix}_{next(self._numbers)}"
        with self.admin.connect() as connection:
            connection.execute(text(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)"))
            connection.execute(text(CREATE.format(name=name, template="template0")))
        return self.url_of(name)

    def drop(self, url: str) -> None:
        """Drop a test's database. Plain DROP first: the server itself stops an autovacuum
        worker busy in it (FORCE would need pg_signal_backend for that); FORCE only for
        connections a test left open."""
        name = make_url(url).database
        with self.admin.connect() as connection:
            try:
                connection.execute(text(f"DROP DATABASE IF EXISTS {name}"))
            except Exception:
                connection.execute(text(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)"))

    def close(self) -> None:
        if self._ready:
            with self.admin.connect() as connection:
                connection.execute(text(f"DROP DATABASE IF EXISTS {self.template}"))
        if self._admin is not None:
            self._admin.dispose()
