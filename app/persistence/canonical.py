"""Canonical JSON: one spelling per value, so that two sites can compare records byte for byte
and a change's value hashes the same everywhere."""

from __future__ import annotations

import enum
import json
import uuid
from datetime import UTC, date, datetime, time
from decimal import Decimal
from typing import Any


def to_plain(value: Any) -> Any:
    """A JSON-native form of a column value."""
    if value is None or isinstance(value, bool | int | str):
        return value
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, datetime):
        if value.tzinfo is None:
            raise ValueError("naive datetime in a replicated record")
        return value.astimezone(UTC).isoformat(timespec="microseconds").replace("+00:00", "Z")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, time):  # a local clock time (a forum's start): "HH:MM:SS"
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, float):
        return repr(value)
    if isinstance(value, dict):
        return {str(k): to_plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [to_plain(v) for v in value]
    raise TypeError(f"no canonical form for {type(value).__name__}")


def dumps(value: Any) -> str:
    return json.dumps(to_plain(value), sort_keys=True, separators=(",", ":"), ensure_ascii=False)
