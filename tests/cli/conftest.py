"""Run `jejaring` as a person types it, in a fresh data folder (and, in the PostgreSQL leg, a
fresh database on the server).

`jejaring` runs the command line in this process through `app.cli.main(argv)` (the function the
console script calls) with its output captured: the same parser, commands and messages, without
starting an interpreter per command (which made this suite the slowest of all).
`jejaring_process` runs the installed console script in a subprocess, for the few tests that
are about the program itself (its entry point, exit codes, imports at start-up).
"""

from __future__ import annotations

import io
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from app import cli
from tests.conftest import ADMIN_PASSWORD

JEJARING = str(Path(sys.executable).with_name("jejaring"))

Run = Callable[..., subprocess.CompletedProcess[str]]


@pytest.fixture
def home(tmp_path: Path) -> Path:
    return tmp_path / "home"


def _environment(
    home: Path, lang: str, database_url: str | None, extra: dict[str, str | None] | None = None
) -> dict[str, str | None]:
    env: dict[str, str | None] = {
        "JEJARING_HOME": str(home),
        "JEJARING_LANG": lang,
        # the first administrator runs every command (tests of sign-in override these)
        "JEJARING_USER": "admin",
        "JEJARING_PASSWORD": ADMIN_PASSWORD,
        "QT_QPA_PLATFORM": "offscreen",
    }
    if database_url:
        env["JEJARING_DB"] = database_url
    return {**env, **(extra or {})}


def invoke(
    args: tuple[str, ...],
    env: dict[str, str | None],
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    stdin: str | None = None,
) -> subprocess.CompletedProcess[str]:
    """`jejaring ARGS` in this process with `env` set (None: unset), what it reads on standard
    input, its exit code and output captured."""
    capsys.readouterr()  # what came before belongs to no command
    with monkeypatch.context() as patch:
        for name, value in env.items():
            if value is None:
                patch.delenv(name, raising=False)
            else:
                patch.setenv(name, value)
        patch.setattr("sys.stdin", io.StringIO(stdin or ""))
        try:
            code = cli.main(list(args))
        except SystemExit as exit_:  # argparse: --help, --version, a usage error
            code = exit_.code if isinstance(exit_.code, int) else (0 if exit_.code is None else 2)
    out, err = capsys.readouterr()
    return subprocess.CompletedProcess(["jejaring", *args], code, out, err)


@pytest.fixture
def jejaring(
    home: Path, database_url: str | None, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> Run:
    def run(
        *args: str,
        lang: str = "en",
        timeout: float = 120,
        env: dict[str, str | None] | None = None,
        stdin: str | None = None,
    ) -> subprocess.CompletedProcess[str]:
        del timeout  # in this process: nothing to time out
        return invoke(args, _environment(home, lang, database_url, env), capsys, monkeypatch, stdin)

    return run


@pytest.fixture
def jejaring_on_file(home: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> Run:
    """`jejaring` on the SQLite file in `home`, in either leg (a desk moving to a server)."""

    def run(
        *args: str, lang: str = "en", env: dict[str, str | None] | None = None
    ) -> subprocess.CompletedProcess[str]:
        return invoke(args, _environment(home, lang, None, env), capsys, monkeypatch)

    return run


@pytest.fixture
def jejaring_process(home: Path, database_url: str | None) -> Run:
    def run(
        *args: str,
        lang: str = "en",
        timeout: float = 120,
        env: dict[str, str | None] | None = None,
        stdin: str | None = None,
    ) -> subprocess.CompletedProcess[str]:
        merged = {**os.environ, **_environment(home, lang, database_url, env)}
        return subprocess.run(
            [JEJARING, *args],
            capture_output=True,
            text=True,
            env={k: v for k, v in merged.items() if v is not None},
            timeout=timeout,
            check=False,
            input=stdin,
        )

    return run


INIT = (
    "init",
    "--site-code",
    "KJRI-HKG",
    "--site-name",
    "KJRI Hong Kong",
    "--agency",
    "KJRI-HKG",
    "--country",
    "HK",
    "--admin",
    "admin",
)


@pytest.fixture
def initialised(jejaring: Run) -> Run:
    result = jejaring(*INIT)
    assert result.returncode == 0, result.stderr
    return jejaring


Rows = Callable[[str], list[tuple[object, ...]]]


def sqlite_engine(home: Path) -> Any:
    """The desk's encrypted SQLite file, opened with the data key the first administrator's
    password unwraps from its key file (as signing in does)."""
    from app.persistence.db import make_engine

    path = home / "jejaring.sqlite3"
    return make_engine(f"sqlite:///{path}", key=data_key(path))


def data_key(path: Path) -> bytes | None:
    """The data key of an encrypted file: the setup key, or unwrapped with ADMIN_PASSWORD."""
    from app.persistence import keyfile

    if not keyfile.path_for(path).exists():
        return None
    keys = keyfile.load(keyfile.path_for(path))
    if keys.setup_key:
        return bytes.fromhex(keys.setup_key)
    for name, entry in keys.accounts.items():
        try:
            return keyfile.unwrap(entry, ADMIN_PASSWORD, name)
        except keyfile.WrongSecret:
            continue
    raise AssertionError("no entry opens with ADMIN_PASSWORD")


def sqlite_home(home: Path) -> Any:
    """A DB-API connection to the desk's SQLite file, for tests that forge rows in it."""
    import sqlcipher3

    from app.persistence import keyfile

    path = home / "jejaring.sqlite3"
    connection = sqlcipher3.connect(str(path))
    key = data_key(path)
    if key is not None:
        connection.execute(f"PRAGMA key = {keyfile.sqlcipher_key(key)}")
    return connection


@pytest.fixture
def rows(home: Path, database_url: str | None) -> Rows:
    """Read the test's database directly, whichever it is (the SQLite file in `home`, or the
    server's database), to check what a command stored."""
    from sqlalchemy import create_engine, text

    def query(sql: str) -> list[tuple[object, ...]]:
        engine = create_engine(database_url) if database_url else sqlite_engine(home)
        try:
            with engine.connect() as connection:
                return [tuple(r) for r in connection.execute(text(sql))]
        finally:
            engine.dispose()

    return query
