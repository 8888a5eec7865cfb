"""Dates, days, times and amounts as an Indonesian (or English) official document writes them."""

from __future__ import annotations

from datetime import date, datetime, time
from decimal import Decimal

_LOCALES = {"id": "id_ID", "en": "en_GB"}


def _locale(language: str) -> str:
    return _LOCALES.get(language, "id_ID")


def long_date(value: date | None, language: str = "id") -> str:
    """ "28 November 2026" (the day without a leading zero, the month written out)."""
    if value is None:
        return ""
    from babel.dates import format_date

    return str(format_date(value, "d MMMM y", locale=_locale(language)))


def day_name(value: date, language: str = "id") -> str:
    """ "Sabtu" / "Saturday"."""
    from babel.dates import format_date

    return str(format_date(value, "EEEE", locale=_locale(language)))


def day_and_date(value: date, language: str = "id") -> str:
    """ "Sabtu, 28 November 2026"."""
    return f"{day_name(value, language)}, {long_date(value, language)}"


def clock(value: time | None, language: str = "id") -> str:
    """ "09.00" in Indonesian documents (a dot, as Tata Naskah Dinas writes times), "09:00" in English."""
    if value is None:
        return ""
    separator = "." if language == "id" else ":"
    return f"{value.hour:02d}{separator}{value.minute:02d}"


def date_time(value: datetime, language: str = "id") -> str:
    return f"{long_date(value.date(), language)} {clock(value.time(), language)}"


def money(amount: Decimal | None, currency: str, language: str = "id") -> str:
    """ "Rp12.500.000,00", "SAR 4,500.00": the currency's own sign and decimals in the document's
    number convention."""
    if amount is None:
        return ""
    from babel.numbers import format_currency

    return str(format_currency(amount, currency or "IDR", locale=_locale(language)))
