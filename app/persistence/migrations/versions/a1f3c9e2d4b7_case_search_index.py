"""case search index (SQLite FTS5, kept current by triggers)

The index holds, per case, its number, the worker's names, NIK, passport, employer and placement
company, and the summary. Triggers keep it current on every write, whoever makes it (the app,
a sync import, a scripted correction), so the search never lags behind the register.
PostgreSQL gets its own full-text index when the office-server issue lands.

Revision ID: a1f3c9e2d4b7
Revises: 909f07d4c7fc
Create Date: 2026-11-28 14:25:00
"""

from collections.abc import Sequence

from alembic import op

revision: str = "a1f3c9e2d4b7"
down_revision: str | None = "909f07d4c7fc"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_CASE_TEXT = """
    SELECT c.rowid, c.number,
           w.full_name || ' ' || w.aliases,
           coalesce(w.nik, '') || ' ' || coalesce(w.passport_no, ''),
           w.employer_name || ' ' || w.p3mi_name,
           c.summary
    FROM case_file c JOIN worker w ON w.id = c.worker_id
"""

STATEMENTS = [
    """CREATE VIRTUAL TABLE case_search USING fts5(
        number, names, documents, employer, summary,
        tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3'
    )""",
    f"INSERT INTO case_search (rowid, number, names, documents, employer, summary) {_CASE_TEXT}",
    f"""CREATE TRIGGER case_search_insert AFTER INSERT ON case_file BEGIN
        INSERT INTO case_search (rowid, number, names, documents, employer, summary)
        {_CASE_TEXT} WHERE c.rowid = new.rowid;
    END""",
    f"""CREATE TRIGGER case_search_update AFTER UPDATE OF number, summary, worker_id ON case_file BEGIN
        DELETE FROM case_search WHERE rowid = old.rowid;
        INSERT INTO case_search (rowid, number, names, documents, employer, summary)
        {_CASE_TEXT} WHERE c.rowid = new.rowid;
    END""",
    f"""CREATE TRIGGER case_search_worker AFTER UPDATE OF full_name, aliases, nik, passport_no, employer_name,
            p3mi_name ON worker BEGIN
        DELETE FROM case_search WHERE rowid IN (SELECT rowid FROM case_file WHERE worker_id = new.id);
        INSERT INTO case_search (rowid, number, names, documents, employer, summary)
        {_CASE_TEXT} WHERE c.worker_id = new.id;
    END""",
]


def upgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    for statement in STATEMENTS:
        op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    for trigger in ("case_search_insert", "case_search_update", "case_search_worker"):
        op.execute(f"DROP TRIGGER IF EXISTS {trigger}")
    op.execute("DROP TABLE IF EXISTS case_search")
