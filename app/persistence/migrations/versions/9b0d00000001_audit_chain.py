"""the audit trail becomes a hash chain; entries written before are chained once

Revision ID: 9b0d00000001
Revises: 8b1e5c000001
Create Date: 2026-12-01 22:50:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "9b0d00000001"
down_revision: str | None = "8b1e5c000001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("audit_entry", schema=None) as batch_op:
        batch_op.add_column(sa.Column("prev_hash", sa.String(length=64), nullable=False, server_default=""))
        batch_op.add_column(sa.Column("hash", sa.String(length=64), nullable=False, server_default=""))
    _chain_existing_entries()
    with op.batch_alter_table("audit_entry", schema=None) as batch_op:
        batch_op.alter_column("prev_hash", server_default=None)
        batch_op.alter_column("hash", server_default=None)


def _chain_existing_entries() -> None:
    """Chain the entries already written, in id order, with the app's own hash function (so
    that `jejaring audit verify` accepts them): what they said before today is vouched for
    only from this migration on (docs/audit.md)."""
    from app.models.base import UTCDateTime
    from app.persistence.audit_chain import GENESIS, HASHED, entry_hash

    entry = sa.table(
        "audit_entry",
        sa.column("id", sa.Integer),
        sa.column("at", UTCDateTime()),
        sa.column("actor", sa.String),
        sa.column("site", sa.String),
        sa.column("tx", sa.Uuid),
        sa.column("action", sa.String),
        sa.column("entity", sa.String),
        sa.column("row_id", sa.Uuid),
        sa.column("changes", sa.Text),
        sa.column("prev_hash", sa.String),
        sa.column("hash", sa.String),
    )
    bind = op.get_bind()
    prev, after = GENESIS, 0
    while True:
        rows = bind.execute(
            sa.select(*(entry.c[name] for name in HASHED if name != "prev_hash"))
            .where(entry.c.id > after)
            .order_by(entry.c.id)
            .limit(5000)
        ).all()
        if not rows:
            return
        updates = []
        for row in rows:
            values = {**row._mapping, "prev_hash": prev}
            prev = entry_hash(values)
            updates.append({"_id": row.id, "_prev": values["prev_hash"], "_hash": prev})
        bind.execute(
            entry.update()
            .where(entry.c.id == sa.bindparam("_id"))
            .values(prev_hash=sa.bindparam("_prev"), hash=sa.bindparam("_hash")),
            updates,
        )
        after = rows[-1].id


def downgrade() -> None:
    with op.batch_alter_table("audit_entry", schema=None) as batch_op:
        batch_op.drop_column("hash")
        batch_op.drop_column("prev_hash")
