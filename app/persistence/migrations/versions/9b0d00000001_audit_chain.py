"""the audit trail becomes a hash chain (entries written before are chained once); personal-data
protection: a lawful basis on each worker, retention rules, the breach register

Revision ID: 9b0d00000001
Revises: 9e0000000001
Create Date: 2026-12-01 22:50:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import app.models.base

revision: str = "9b0d00000001"
down_revision: str | None = "9e0000000001"
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
    op.create_table(
        "data_breach",
        sa.Column("number", sa.String(length=64), nullable=False),
        sa.Column("found_at", app.models.base.UTCDateTime(timezone=True), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("data_kinds", sa.String(length=400), nullable=False),
        sa.Column("subjects", sa.Integer(), nullable=False),
        sa.Column("measures", sa.Text(), nullable=False),
        sa.Column("authority_notified_at", app.models.base.UTCDateTime(timezone=True), nullable=True),
        sa.Column("subjects_notified_at", app.models.base.UTCDateTime(timezone=True), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", app.models.base.UTCDateTime(timezone=True), nullable=False),
        sa.Column("created_by", sa.String(length=64), nullable=False),
        sa.Column("updated_at", app.models.base.UTCDateTime(timezone=True), nullable=False),
        sa.Column("updated_by", sa.String(length=64), nullable=False),
        sa.Column("origin_site", sa.String(length=16), nullable=False),
        sa.Column("deleted_at", app.models.base.UTCDateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_data_breach")),
        sa.UniqueConstraint("number", name=op.f("uq_data_breach_number")),
    )
    with op.batch_alter_table("data_breach", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_data_breach_found_at"), ["found_at"], unique=False)

    op.create_table(
        "retention_rule",
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("years", sa.Integer(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", app.models.base.UTCDateTime(timezone=True), nullable=False),
        sa.Column("created_by", sa.String(length=64), nullable=False),
        sa.Column("updated_at", app.models.base.UTCDateTime(timezone=True), nullable=False),
        sa.Column("updated_by", sa.String(length=64), nullable=False),
        sa.Column("origin_site", sa.String(length=16), nullable=False),
        sa.Column("deleted_at", app.models.base.UTCDateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_retention_rule")),
        sa.UniqueConstraint("kind", name=op.f("uq_retention_rule_kind")),
    )
    with op.batch_alter_table("case_file", schema=None) as batch_op:
        batch_op.add_column(sa.Column("anonymised_at", app.models.base.UTCDateTime(timezone=True), nullable=True))
    with op.batch_alter_table("worker", schema=None) as batch_op:
        batch_op.add_column(sa.Column("lawful_basis", sa.String(length=24), nullable=True))
        batch_op.add_column(sa.Column("consent_on", sa.Date(), nullable=True))
        # ADD COLUMN in place (a copy of the table would drop its search and sort triggers)
        batch_op.add_column(
            sa.Column("consent_form", sa.String(length=16), nullable=False, server_default="")
        )
        batch_op.add_column(
            sa.Column("anonymised_at", app.models.base.UTCDateTime(timezone=True), nullable=True)
        )


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


def _drop_in_place(table: str, *columns: str) -> None:
    """DROP COLUMN where it stands: a batch copy of case_file or worker would lose the search
    and sort triggers that live on them."""
    for column in columns:
        if op.get_bind().dialect.name == "sqlite":
            op.execute(f"ALTER TABLE {table} DROP COLUMN {column}")
        else:
            op.drop_column(table, column)


def downgrade() -> None:
    _drop_in_place("case_file", "anonymised_at")
    _drop_in_place("worker", "anonymised_at", "consent_form", "consent_on", "lawful_basis")

    op.drop_table("retention_rule")
    with op.batch_alter_table("data_breach", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_data_breach_found_at"))

    op.drop_table("data_breach")
    with op.batch_alter_table("audit_entry", schema=None) as batch_op:
        batch_op.drop_column("hash")
        batch_op.drop_column("prev_hash")
