"""the office's attachment files in the database (stored_blob), used on a PostgreSQL server

Revision ID: 9c5a00000001
Revises: 9c0d00000001
Create Date: 2026-12-02 02:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import app.models.base

revision: str = "9c5a00000001"
down_revision: str | None = "9c0d00000001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "stored_blob",
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("size", sa.BigInteger(), nullable=False),
        sa.Column("content", sa.LargeBinary(), nullable=False),
        sa.Column("stored_at", app.models.base.UTCDateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("sha256", name=op.f("pk_stored_blob")),
    )
    if op.get_bind().dialect.name == "postgresql":
        # scans are already compressed (PDF, JPEG): TOAST compressing them again only costs CPU
        op.execute("ALTER TABLE stored_blob ALTER COLUMN content SET STORAGE EXTERNAL")


def downgrade() -> None:
    op.drop_table("stored_blob")
