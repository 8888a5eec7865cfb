"""Column helpers shared by the models."""

from __future__ import annotations

import enum
from typing import Any

from sqlalchemy import Enum


def enum_type(enum_class: type[enum.Enum], length: int = 32) -> Enum:
    """Store an enum by its value as plain text: portable, readable in a dump, and free of
    database-native enum types that would need a migration for every new member."""
    return Enum(
        enum_class,
        native_enum=False,
        create_constraint=False,
        length=length,
        values_callable=lambda members: [m.value for m in members],
        validate_strings=True,
    )


def enum_values(enum_class: type[enum.Enum]) -> list[Any]:
    return [m.value for m in enum_class]
