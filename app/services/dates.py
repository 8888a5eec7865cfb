"""Dates and times in words for the core (CLI, .ics, printed forms), with babel: Indonesian
conventions ("Selasa, 10 Maret 2026", "09.00") or English ones for an English reader."""

from __future__ import annotations

from datetime import date, datetime

from app.i18n import cli_language


def _locale(language: str | None) -> str:
    return "en_GB" if (language or cli_language()) == "en" else "id_ID"


def long_date(value: date, language: str | None = None, *, with_year: bool = True) -> str:
    from babel.dates import format_date

    return format_date(value, "d MMMM y" if with_year else "d MMMM", locale=_locale(language))


def day_and_date(value: date, language: str | None = None) -> str:
    from babel.dates import format_date

    return format_date(value, "EEEE, d MMMM y", locale=_locale(language))


def clock_time(value: datetime, language: str | None = None) -> str:
    from babel.dates import format_time

    return format_time(value, "HH.mm" if _locale(language) == "id_ID" else "HH:mm", locale=_locale(language))
