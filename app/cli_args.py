"""Values typed on the command line, read the same way by every command: dates and times in ISO
form, refused with the same translated message."""

from __future__ import annotations

import argparse
from datetime import date, time

from app.errors import ValidationError
from app.i18n import QT_TRANSLATE_NOOP


def iso_date(text: str, field: str | None = None) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "{value} is not a date: write YYYY-MM-DD."), field=field, value=text
        ) from None


def optional_date(text: str | None, field: str | None = None) -> date | None:
    return iso_date(text, field) if text else None


def iso_time(text: str) -> time:
    try:
        return time.fromisoformat(text)
    except ValueError:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "{value} is not a time of day: write HH:MM."), value=text
        ) from None


def date_argument(text: str) -> date:
    """For argparse's `type=`: a bad date is then argparse's usage error, at parsing time."""
    try:
        return iso_date(text)
    except ValidationError as error:
        raise argparse.ArgumentTypeError(error.translated()) from None
