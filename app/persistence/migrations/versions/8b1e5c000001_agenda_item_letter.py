"""an agenda item may be about a letter

Revision ID: 8b1e5c000001
Revises: 7a5c00000001
Create Date: 2026-12-01 21:20:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "8b1e5c000001"
down_revision: str | None = "7a5c00000001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("agenda_item", schema=None) as batch_op:
        batch_op.add_column(sa.Column("letter_id", sa.Uuid(), nullable=True))
        batch_op.create_index(batch_op.f("ix_agenda_item_letter_id"), ["letter_id"], unique=False)
        batch_op.create_foreign_key(batch_op.f("fk_agenda_item_letter_id_letter"), "letter", ["letter_id"], ["id"])


def downgrade() -> None:
    with op.batch_alter_table("agenda_item", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("fk_agenda_item_letter_id_letter"), type_="foreignkey")
        batch_op.drop_index(batch_op.f("ix_agenda_item_letter_id"))
        batch_op.drop_column("letter_id")
