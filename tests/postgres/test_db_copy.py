"""`jejaring db copy --to postgresql://...` as an office IT person types it."""

from __future__ import annotations

import pytest
from sqlalchemy import create_engine, text

from tests.backends import PostgresServer
from tests.cli.conftest import INIT, Run

pytestmark = pytest.mark.usefixtures("postgres_server")


@pytest.fixture
def empty_server_database(postgres_server: PostgresServer):  # type: ignore[no-untyped-def]
    url = postgres_server.empty_database()
    yield url
    postgres_server.drop(url)


def _plain(url: str) -> str:
    """As README writes it: postgresql://, without the driver."""
    return url.replace("postgresql+psycopg://", "postgresql://")


def test_a_desk_moves_to_the_server_and_nothing_is_lost(
    jejaring_on_file: Run, empty_server_database: str
) -> None:
    run = jejaring_on_file
    assert run(*INIT).returncode == 0
    assert run("demo", "--cases", "30").returncode == 0
    copied = run("db", "copy", "--to", _plain(empty_server_database))
    assert copied.returncode == 0, copied.stderr
    assert "DIFFERENT" not in copied.stdout
    assert "every table has the same rows" in copied.stdout
    assert "case_file" in copied.stdout and "change_log" in copied.stdout
    on_file = run("case", "list", "--limit", "100")
    on_server = run("--db", _plain(empty_server_database), "case", "list", "--limit", "100")
    assert on_server.returncode == 0, on_server.stderr
    assert on_server.stdout == on_file.stdout and on_file.stdout.count("\n") == 30
    # the server goes on where the desk stopped: the next case number, the journal's ids
    engine = create_engine(empty_server_database)
    with engine.connect() as connection:
        counter = connection.execute(
            text("SELECT sum(value) FROM number_counter WHERE name LIKE 'case:%'")
        ).scalar()
        next_audit = connection.execute(
            text("SELECT nextval(pg_get_serial_sequence('audit_entry', 'id'))")
        ).scalar()
        last_audit = connection.execute(text("SELECT max(id) FROM audit_entry")).scalar()
    engine.dispose()
    assert counter == 30
    assert next_audit == last_audit + 1

    again = run("db", "copy", "--to", _plain(empty_server_database))
    assert again.returncode == 1
    assert "The target database is not empty" in again.stderr
    assert "nothing was changed" in again.stderr


def test_a_server_that_cannot_be_reached_is_one_clear_line(jejaring_on_file: Run) -> None:
    assert jejaring_on_file(*INIT).returncode == 0
    result = jejaring_on_file("db", "copy", "--to", "postgresql://nobody@127.0.0.1:1/none")
    assert result.returncode == 1
    assert len(result.stderr.strip().splitlines()) == 1
