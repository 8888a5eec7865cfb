"""Dates in words for the core (the cadence in words, the CLI), with babel: Indonesian
conventions ("10 Maret 2026") or English ones for an English reader."""

from __future__ import annotations

from datetime import date

from app.i18n import cli_language


def _locale(language: str | None) -> str:
    return "en_GB" if (language or cli_language()) == "en" else "id_ID"


def long_date(value: date, language: str | None = None, *, with_year: bool = True) -> str:
    from babel.dates import format_date

    return format_date(value, "d MMMM y" if with_year else "d MMMM", locale=_locale(language))
