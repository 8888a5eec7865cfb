"""the dashboard on a million cases: the worker's procedural flag copied onto case_file, one
key-first covering index per breakdown, and a partial index of the open cases

* procedural: the worker's `procedural`, kept current by triggers on both databases (like
  worker_sort, 3ca5e50a7001 and 9e0000000001) on every insert of a case, change of its worker,
  and insert or change of the worker, whoever writes (the app, a bundle import, a script).
  Counting procedural cases no longer joins a worker for each case of the period. Derived:
  never journalled, synced or copied (each database derives it).
* one covering index per breakdown of the period's cases, the grouped column first: SQLite's
  GROUP BY then reads the index in its order (a skip-scan over the few keys, the period a range
  inside each) instead of sorting the period's cases in a temporary b-tree, 2-3 times faster.
  Stage and procedural-or-not are grouped per day with the trend, in one pass over
  ix_case_file_live_figures in its order (deleted_at, reported_on, status, procedural, ...).
* ix_case_file_open: only the open cases (status not resolved or closed), which the open and
  life-threatening counts read in one pass. ix_case_file_open_figures (all live cases by
  status) and ix_worker_procedural (the join) are no longer read and go.

Revision ID: 9c0d00000001
Revises: 9b0d00000001
Create Date: 2026-12-02 02:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "9c0d00000001"
down_revision: str | None = "9b0d00000001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Frozen here (not imported from the models): a migration must not change when the code does.
OPEN_CASES = "deleted_at IS NULL AND status NOT IN ('resolved', 'closed')"
_FILTERS = ("country", "category", "site_id")
BREAKDOWNS = {
    "ix_case_file_category_figures": ("category", "deleted_at", "reported_on", "country", "site_id"),
    "ix_case_file_country_figures": ("country", "deleted_at", "reported_on", "category", "site_id"),
    "ix_case_file_lead_figures": ("lead_agency_id", "deleted_at", "reported_on", *_FILTERS),
}
FIGURES = ("deleted_at", "reported_on", "status", "procedural", *_FILTERS)
OLD_FIGURES = ("deleted_at", "reported_on", "category", "country", "status", "lead_agency_id", "site_id", "worker_id")
OLD_OPEN = ("deleted_at", "status", "life_threatening", "country", "category", "site_id")

_PROCEDURAL = "(SELECT w.procedural FROM worker w WHERE w.id = new.worker_id)"
SQLITE_TRIGGERS = [
    f"""CREATE TRIGGER case_procedural_insert AFTER INSERT ON case_file BEGIN
        UPDATE case_file SET procedural = {_PROCEDURAL} WHERE rowid = new.rowid;
    END""",
    f"""CREATE TRIGGER case_procedural_update AFTER UPDATE OF worker_id ON case_file BEGIN
        UPDATE case_file SET procedural = {_PROCEDURAL} WHERE rowid = new.rowid;
    END""",
    # a bundle may bring a case before its worker: the worker's insert fills its cases in
    """CREATE TRIGGER case_procedural_worker_insert AFTER INSERT ON worker BEGIN
        UPDATE case_file SET procedural = new.procedural WHERE worker_id = new.id;
    END""",
    """CREATE TRIGGER case_procedural_worker AFTER UPDATE OF procedural ON worker BEGIN
        UPDATE case_file SET procedural = new.procedural
            WHERE worker_id = new.id AND procedural IS NOT new.procedural;
    END""",
]
POSTGRESQL_TRIGGERS = [
    """CREATE FUNCTION case_procedural_from_worker() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        NEW.procedural := (SELECT w.procedural FROM worker w WHERE w.id = NEW.worker_id);
        RETURN NEW;
    END $$""",
    """CREATE TRIGGER case_procedural_case BEFORE INSERT OR UPDATE OF worker_id ON case_file
        FOR EACH ROW EXECUTE FUNCTION case_procedural_from_worker()""",
    """CREATE FUNCTION case_procedural_worker_changed() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        UPDATE case_file SET procedural = NEW.procedural
            WHERE worker_id = NEW.id AND procedural IS DISTINCT FROM NEW.procedural;
        RETURN NULL;
    END $$""",
    """CREATE TRIGGER case_procedural_worker AFTER INSERT OR UPDATE OF procedural ON worker
        FOR EACH ROW EXECUTE FUNCTION case_procedural_worker_changed()""",
]


def upgrade() -> None:
    bind = op.get_bind()
    # Plain ALTER TABLE, not batch mode: recreating case_file would drop its triggers.
    op.add_column("case_file", sa.Column("procedural", sa.Boolean(), nullable=True))
    if bind.dialect.name == "postgresql":
        op.execute(
            "UPDATE case_file c SET procedural = w.procedural FROM worker w "
            "WHERE w.id = c.worker_id AND w.procedural IS NOT NULL"
        )
        for statement in POSTGRESQL_TRIGGERS:
            op.execute(statement)
    else:
        op.execute(
            "UPDATE case_file SET procedural = (SELECT w.procedural FROM worker w WHERE w.id = case_file.worker_id) "
            "WHERE worker_id IN (SELECT id FROM worker WHERE procedural IS NOT NULL)"
        )
        for statement in SQLITE_TRIGGERS:
            op.execute(statement)
    op.drop_index("ix_case_file_open_figures", table_name="case_file")
    op.drop_index("ix_worker_procedural", table_name="worker")
    op.drop_index("ix_case_file_live_figures", table_name="case_file")
    op.create_index("ix_case_file_live_figures", "case_file", list(FIGURES))
    for name, columns in BREAKDOWNS.items():
        op.create_index(name, "case_file", list(columns))
    op.create_index(
        "ix_case_file_open",
        "case_file",
        # status and deleted_at too, though the condition fixes them: SQLite counts an index as
        # covering only when it holds every column the query names
        ["country", "category", "life_threatening", "site_id", "status", "deleted_at"],
        sqlite_where=sa.text(OPEN_CASES),
        postgresql_where=sa.text(OPEN_CASES),
    )
    # statistics for the new indexes: SQLite's skip-scan over a breakdown's keys needs them
    op.execute("ANALYZE")


def downgrade() -> None:
    bind = op.get_bind()
    op.drop_index("ix_case_file_open", table_name="case_file")
    for name in BREAKDOWNS:
        op.drop_index(name, table_name="case_file")
    op.drop_index("ix_case_file_live_figures", table_name="case_file")
    op.create_index("ix_case_file_live_figures", "case_file", list(OLD_FIGURES))
    op.create_index("ix_worker_procedural", "worker", ["id", "procedural"])
    op.create_index("ix_case_file_open_figures", "case_file", list(OLD_OPEN))
    if bind.dialect.name == "postgresql":
        op.execute("DROP TRIGGER IF EXISTS case_procedural_worker ON worker")
        op.execute("DROP TRIGGER IF EXISTS case_procedural_case ON case_file")
        op.execute("DROP FUNCTION IF EXISTS case_procedural_worker_changed()")
        op.execute("DROP FUNCTION IF EXISTS case_procedural_from_worker()")
    else:
        for trigger in (
            "case_procedural_insert",
            "case_procedural_update",
            "case_procedural_worker_insert",
            "case_procedural_worker",
        ):
            op.execute(f"DROP TRIGGER IF EXISTS {trigger}")
    op.drop_column("case_file", "procedural")
