"""Alembic environment: run by app.persistence.schema with a live connection, never by hand."""

from __future__ import annotations

from alembic import context

from app.models import Base
from app.persistence.schema import include_name

config = context.config
connection = config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=connection.dialect.name == "sqlite",
    compare_type=True,
    include_name=include_name,
)
with context.begin_transaction():
    context.run_migrations()
