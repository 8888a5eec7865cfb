"""case sort keys: the worker's name and the stage's handling order on case_file

Sorting a million cases by the worker's name joined every case to its worker (a page in the
middle took seconds), and sorting by stage followed the stage's code, not the handling order.
Both keys now live on case_file with a covering index each:
* worker_sort: lower(worker.full_name), kept current by SQLite triggers on every write to a case
  or its worker, whoever makes it (the app, a sync import, a scripted correction), like the
  search index of a1f3c9e2d4b7. Other databases sort through the join until they get triggers.
* stage_rank: a generated column (intake 0 ... closed 7), so nothing has to keep it current.
Neither is journalled: each site derives the same values from the same records.

Revision ID: 3ca5e50a7001
Revises: 5e77e5000001
Create Date: 2026-12-01 20:20:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "3ca5e50a7001"
down_revision: str | None = "5e77e5000001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Frozen here (not imported from the models): a migration must not change when the code does.
STAGE_RANK_SQL = (
    "CASE status WHEN 'intake' THEN 0 WHEN 'verification' THEN 1 WHEN 'clarification_1' THEN 2 "
    "WHEN 'clarification_2' THEN 3 WHEN 'mediation' THEN 4 WHEN 'referred' THEN 5 "
    "WHEN 'resolved' THEN 6 WHEN 'closed' THEN 7 END"
)

_WORKER_SORT = "(SELECT lower(w.full_name) FROM worker w WHERE w.id = case_file.worker_id)"

TRIGGERS = [
    f"""CREATE TRIGGER case_sort_insert AFTER INSERT ON case_file BEGIN
        UPDATE case_file SET worker_sort = {_WORKER_SORT} WHERE rowid = new.rowid;
    END""",
    f"""CREATE TRIGGER case_sort_update AFTER UPDATE OF worker_id ON case_file BEGIN
        UPDATE case_file SET worker_sort = {_WORKER_SORT} WHERE rowid = new.rowid;
    END""",
    """CREATE TRIGGER case_sort_worker AFTER UPDATE OF full_name ON worker BEGIN
        UPDATE case_file SET worker_sort = lower(new.full_name) WHERE worker_id = new.id;
    END""",
]


def _stored() -> bool | None:
    # PostgreSQL (before 18) has only stored generated columns; SQLite adds virtual ones only.
    return True if op.get_bind().dialect.name == "postgresql" else None


def upgrade() -> None:
    # Plain ALTER TABLE, not batch mode: recreating case_file would drop its search triggers.
    op.add_column("case_file", sa.Column("worker_sort", sa.String(200), server_default="", nullable=False))
    op.add_column("case_file", sa.Column("stage_rank", sa.Integer(), sa.Computed(STAGE_RANK_SQL, persisted=_stored()), nullable=True))
    op.drop_index("ix_case_file_live_status", table_name="case_file")
    op.execute(f"UPDATE case_file SET worker_sort = coalesce({_WORKER_SORT}, '')")
    op.create_index("ix_case_file_live_worker_sort", "case_file", ["deleted_at", "worker_sort", "number"])
    op.create_index("ix_case_file_live_stage_rank", "case_file", ["deleted_at", "stage_rank", "number"])
    if op.get_bind().dialect.name == "sqlite":
        for statement in TRIGGERS:
            op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for trigger in ("case_sort_insert", "case_sort_update", "case_sort_worker"):
            op.execute(f"DROP TRIGGER IF EXISTS {trigger}")
    op.drop_index("ix_case_file_live_stage_rank", table_name="case_file")
    op.drop_index("ix_case_file_live_worker_sort", table_name="case_file")
    op.create_index("ix_case_file_live_status", "case_file", ["deleted_at", "status", "number"])
    op.drop_column("case_file", "stage_rank")
    op.drop_column("case_file", "worker_sort")
