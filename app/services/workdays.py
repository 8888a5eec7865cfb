"""Working days (hari kerja) for the coordination protocol and meeting dates.

A desk in Indonesia follows Indonesian public holidays and the Saturday-Sunday weekend. A
representation abroad also closes on the host country's public holidays and keeps the host's
weekend (Friday-Saturday in Saudi Arabia, for example). Holidays come from the `holidays` package.
"""

from __future__ import annotations

from datetime import date, timedelta
from functools import lru_cache

HOME = "ID"


@lru_cache(maxsize=64)
def _holidays(country: str, year: int) -> frozenset[date]:
    import holidays  # loaded when first needed, not at start-up

    try:
        calendar = holidays.country_holidays(country, years=year)
    except NotImplementedError:  # a country the package does not know: no extra holidays
        return frozenset()
    return frozenset(calendar)


@lru_cache(maxsize=64)
def _weekend(country: str) -> frozenset[int]:
    import holidays

    try:
        return frozenset(holidays.country_holidays(country).weekend)
    except NotImplementedError:
        return frozenset({5, 6})


class WorkingCalendar:
    def __init__(self, country: str = HOME) -> None:
        self.country = (country or HOME).upper()
        self.weekend = _weekend(self.country)

    def holiday_dates(self, year: int) -> frozenset[date]:
        dates = _holidays(HOME, year)
        if self.country != HOME:
            dates = dates | _holidays(self.country, year)
        return dates

    def is_working_day(self, day: date) -> bool:
        return day.weekday() not in self.weekend and day not in self.holiday_dates(day.year)

    def next_working_day(self, day: date) -> date:
        """`day` itself if it is a working day, else the first working day after it."""
        while not self.is_working_day(day):
            day += timedelta(days=1)
        return day

    def add_working_days(self, start: date, count: int) -> date:
        """The date `count` working days after `start` (the deadline of a standard)."""
        if count < 0:
            raise ValueError("count must not be negative")
        day = start
        while count:
            day += timedelta(days=1)
            if self.is_working_day(day):
                count -= 1
        return day

    def working_days_between(self, start: date, end: date) -> int:
        """Working days after `start` up to and including `end` (negative if end is earlier)."""
        if end < start:
            return -self.working_days_between(end, start)
        return sum(
            1 for n in range(1, (end - start).days + 1) if self.is_working_day(start + timedelta(days=n))
        )
