"""Alembic migrations of the Jejaring schema (versions/). Update HEAD_REVISION with each new
revision: start-up compares the database with it without loading Alembic
(tests/unit/test_schema.py checks that it names the newest script)."""

HEAD_REVISION = "9e0000000007"
