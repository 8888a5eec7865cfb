"""origins' seals over blocks of their changes (verifiable relay)

Revision ID: 9f5ea1000001
Revises: 8b1e5c000001
Create Date: 2026-12-01 23:40:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "9f5ea1000001"
down_revision: str | None = "8b1e5c000001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "sync_seal",
        sa.Column("origin_site", sa.String(length=16), nullable=False),
        sa.Column("block", sa.BigInteger(), nullable=False),
        sa.Column("last_seq", sa.BigInteger(), nullable=False),
        sa.Column("hashes", sa.LargeBinary(), nullable=False),
        sa.Column("signature", sa.String(length=128), nullable=False),
        sa.PrimaryKeyConstraint("origin_site", "block", name=op.f("pk_sync_seal")),
    )


def downgrade() -> None:
    op.drop_table("sync_seal")
