"""The officer's words for what sync and audit report: every replicated table and logged column
has a name (a new record or field cannot reach the windows as an SQL name), and logged values
read as an officer writes them."""

from __future__ import annotations

from typing import Any

import pytest

from app.sync.audience import replicated_tables
from app.sync.merge import logged_columns
from ui import record_names


def test_every_replicated_table_and_logged_column_has_a_name() -> None:
    tables = replicated_tables()
    assert sorted(set(tables) - set(record_names.RECORDS)) == []
    columns = {name for entity in tables for name in logged_columns(entity)}
    assert sorted(columns - set(record_names.FIELDS)) == []


def test_every_coded_column_exists_and_every_code_has_a_label() -> None:
    tables = replicated_tables()
    for (entity, field), names in record_names._coded().items():
        column = tables[entity].columns[field]
        codes = set(getattr(column.type, "enums", ()) or ())
        assert codes and codes <= set(names), (entity, field, codes - set(names))


@pytest.mark.parametrize(
    ("entity", "field", "value", "shown"),
    [
        ("case_file", "status", "intake", "Intake"),
        ("referral", "status", "sent", "Awaiting answer"),
        ("letter", "kind", "in", "Incoming letter"),
        ("case_file", "reported_on", "2026-11-02", "02/11/2026"),
        ("timeline_entry", "at", "2026-11-02T03:04:05.000000Z", "02/11/2026 03:04 UTC"),
        ("case_file", "life_threatening", True, "✓"),
        ("case_file", "life_threatening", False, "✗"),
        ("case_file", "outcome", None, "—"),
        ("case_file", "priority", 2, "2"),
        # a code is read as one only in its own column; dates only when the whole value is one
        ("case_file", "summary", "intake", "intake"),
        ("case_file", "summary", "2026-11-02 gaji belum dibayar", "2026-11-02 gaji belum dibayar"),
        ("case_file", "status", "a-stage-from-a-newer-version", "a-stage-from-a-newer-version"),
    ],
)
def test_values_read_as_an_officer_writes_them(entity: str, field: str, value: Any, shown: str) -> None:
    assert record_names.value_text(entity, field, value) == shown
