"""accounts: local credentials, usernames unique per site, break-the-glass accesses

Revision ID: 9a5e00000001
Revises: 9d0a00000001
Create Date: 2026-12-01 23:05:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from app.models.base import UTCDateTime

revision: str = "9a5e00000001"
down_revision: str | None = "9d0a00000001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "credential",
        sa.Column("officer_id", sa.Uuid(), nullable=False),
        sa.Column("password_hash", sa.String(length=200), nullable=False),
        sa.Column("must_change", sa.Boolean(), nullable=False),
        sa.Column("failed_attempts", sa.Integer(), nullable=False),
        sa.Column("locked_until", UTCDateTime(timezone=True), nullable=True),
        sa.Column("changed_at", UTCDateTime(timezone=True), nullable=False),
        sa.Column("last_sign_in", UTCDateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(["officer_id"], ["officer.id"], name=op.f("fk_credential_officer_id_officer")),
        sa.PrimaryKeyConstraint("officer_id", name=op.f("pk_credential")),
    )
    op.create_table(
        "sensitive_access",
        sa.Column("officer_id", sa.Uuid(), nullable=False),
        sa.Column("entity", sa.String(length=40), nullable=False),
        sa.Column("record_id", sa.Uuid(), nullable=False),
        sa.Column("reference", sa.String(length=64), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", UTCDateTime(timezone=True), nullable=False),
        sa.Column("created_by", sa.String(length=64), nullable=False),
        sa.Column("updated_at", UTCDateTime(timezone=True), nullable=False),
        sa.Column("updated_by", sa.String(length=64), nullable=False),
        sa.Column("origin_site", sa.String(length=16), nullable=False),
        sa.Column("deleted_at", UTCDateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["officer_id"], ["officer.id"], name=op.f("fk_sensitive_access_officer_id_officer")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sensitive_access")),
    )
    with op.batch_alter_table("sensitive_access", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_sensitive_access_officer_id"), ["officer_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_sensitive_access_record_id"), ["record_id"], unique=False)
    with op.batch_alter_table("officer", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("uq_officer_username"), type_="unique")
        batch_op.create_index(batch_op.f("ix_officer_username"), ["username"], unique=False)
        batch_op.create_unique_constraint(batch_op.f("uq_officer_site_id_username"), ["site_id", "username"])
    # the desk no longer acts as the first administrator: an officer signs in
    op.execute("DELETE FROM local_state WHERE key = 'desk_user'")


def downgrade() -> None:
    with op.batch_alter_table("officer", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("uq_officer_site_id_username"), type_="unique")
        batch_op.drop_index(batch_op.f("ix_officer_username"))
        batch_op.create_unique_constraint(batch_op.f("uq_officer_username"), ["username"])
    op.drop_table("sensitive_access")
    op.drop_table("credential")
