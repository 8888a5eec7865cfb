"""Errors the core raises for a person to read.

A `DomainError` carries an English source message marked for translation plus named values;
the GUI translates it with Qt, the CLI with `app.i18n.translate`. Nothing is half-saved when one
is raised: services validate before they write, and the session rolls back on any exception.
"""

from __future__ import annotations

from typing import Any

from app.i18n import QT_TRANSLATE_NOOP, translate


class Marked(str):
    """A value of a message that is itself a catalogue string (context "errors"), translated with it."""


def _fill(text: str, values: dict[str, Any], translator: Any) -> str:
    if not values:
        return text
    return text.format(
        **{k: translator("errors", v) if isinstance(v, Marked) else v for k, v in values.items()}
    )


class DomainError(Exception):
    context = "errors"

    def __init__(self, message: str, *, field: str | None = None, **values: Any) -> None:
        super().__init__(message.format(**values) if values else message)
        self.message = message
        self.field = field
        self.values = values

    def translated(self, language: str | None = None) -> str:
        return _fill(
            translate(self.context, self.message, language),
            self.values,
            lambda context, value: translate(context, value, language),
        )

    def fill(self, text: str, tr: Any) -> str:
        """`text` (the message translated by `tr(context, source)`) with its values filled in."""
        return _fill(text, self.values, tr)


class ValidationError(DomainError):
    """Bad input at the edge (form field, CLI argument, imported row)."""


def allowed_value(enum_class: type, value: str, field_name: str) -> object:
    """The member of `enum_class` whose value is `value`, or a ValidationError at that field."""
    try:
        return enum_class(value)
    except ValueError:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "{value} is not an allowed value here."),
            field=field_name,
            value=value,
        ) from None


class NotFound(DomainError):
    pass


class DatabaseError(DomainError):
    """The database cannot be opened or upgraded safely."""
