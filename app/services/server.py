"""A desk joins an office server: test the address, remember it, keep the password in libpq's
own password file (never in Jejaring's settings or logs).

The address is remembered in `<data folder>/office-server.url` without its password
(app.config reads it at every start). A password typed in the set-up wizard goes to the
officer's libpq password file (PGPASSFILE, else ~/.pgpass, on Windows
%APPDATA%\\postgresql\\pgpass.conf), readable by the officer only, where libpq finds it for
every connection: the way PostgreSQL's own tools keep passwords."""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import create_engine, inspect, text
from sqlalchemy.engine import URL, make_url

from app.config import SERVER_FILENAME, server_url
from app.errors import DatabaseError, ValidationError
from app.i18n import QT_TRANSLATE_NOOP
from app.redact import one_line

CONNECT_TIMEOUT_S = 8


@dataclass(frozen=True)
class ServerCheck:
    address: str  # as shown to a person (no password)
    version: str
    office: str | None  # the site set up on it, or None for an empty database


def parse_address(address: str, password: str = "") -> URL:
    """`postgresql://user@host[:port]/database` as typed; refused with a clear message if not."""
    try:
        url = make_url(server_url(address.strip()))
    except Exception:
        url = None
    if url is None or url.get_backend_name() != "postgresql" or not url.database or not url.host:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors",
                "Write the server's address as postgresql://USER@SERVER/DATABASE "
                "(for example postgresql://jejaring@dbserver/jejaring).",
            ),
            field="server_url",
        )
    return url.set(password=password) if password else url


def label(url: URL) -> str:
    return url.render_as_string(hide_password=True)


def check_server(address: str, password: str = "") -> ServerCheck:
    """Connect once: the server's version and whether an office is set up on it."""
    url = parse_address(address, password)
    engine = create_engine(url, hide_parameters=True, connect_args={"connect_timeout": CONNECT_TIMEOUT_S})
    try:
        with engine.connect() as connection:
            version = str(connection.execute(text("SHOW server_version")).scalar())
            office = None
            if "local_state" in inspect(connection).get_table_names():
                office = connection.execute(
                    text("SELECT value FROM local_state WHERE key = 'site_code'")
                ).scalar()
    except Exception as error:
        reason = one_line(getattr(error, "orig", error), 200)
        raise DatabaseError(
            QT_TRANSLATE_NOOP(
                "errors",
                "Cannot connect to the office server {address}: {reason}. Check the address, the "
                "password and that the server lets this computer in; nothing was changed.",
            ),
            field="server_url",
            address=label(url),
            reason=reason,
        ) from None
    finally:
        engine.dispose()
    return ServerCheck(label(url), version, office)


def password_file() -> Path:
    env = os.environ.get("PGPASSFILE")
    if env:
        return Path(env)
    if sys.platform == "win32":
        return Path(os.environ.get("APPDATA", Path.home())) / "postgresql" / "pgpass.conf"
    return Path.home() / ".pgpass"


def _pgpass_field(value: str) -> str:
    """libpq's escaping in a password file: a backslash before each backslash and colon."""
    return value.replace("\\", "\\\\").replace(":", "\\:")


def join(data_dir: Path, address: str, password: str = "") -> str:
    """Remember the server for this desk (and the password in libpq's file); returns the URL."""
    url = parse_address(address)
    if password or url.password:
        secret = password or str(url.password)
        entry = ":".join(
            _pgpass_field(v)
            for v in (url.host or "", str(url.port or 5432), url.database or "", url.username or "", secret)
        )
        path = password_file()
        path.parent.mkdir(parents=True, exist_ok=True)
        lines = path.read_text(encoding="utf-8").splitlines() if path.exists() else []
        prefix = entry.rsplit(":", 1)[0] + ":"
        lines = [line for line in lines if not line.startswith(prefix)] + [entry]
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        path.chmod(0o600)  # libpq ignores a password file that others can read
    plain = url._replace(password=None).render_as_string(hide_password=False)  # (set() keeps it)
    data_dir.mkdir(parents=True, exist_ok=True)
    (data_dir / SERVER_FILENAME).write_text(plain + "\n", encoding="utf-8")
    return plain
