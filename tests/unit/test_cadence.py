"""The cadence rules: RRULE dates moved off the hosting site's weekends and holidays, across
month ends, leap years, the Idul Fitri holidays, and time zones (Jakarta, Riyadh, Hong Kong)."""

from __future__ import annotations

import time as clock
from datetime import UTC, date, datetime, time
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.errors import ValidationError
from app.services import cadence
from app.services.workdays import WorkingCalendar

JAKARTA = WorkingCalendar("ID")
RIYADH = WorkingCalendar("SA")
HONG_KONG = WorkingCalendar("HK")


def moved(rule: str, start: date, calendar: WorkingCalendar, last: date) -> list[tuple[date, date]]:
    return [
        (o.occurrence, o.meeting_date)
        for o in cadence.occurrences(rule, start, calendar, start, last)
        if o.moved
    ]


def dates(rule: str, start: date, calendar: WorkingCalendar, last: date) -> list[date]:
    return [o.meeting_date for o in cadence.occurrences(rule, start, calendar, start, last)]


def test_second_tuesday_of_every_month() -> None:
    got = dates("FREQ=MONTHLY;BYDAY=2TU", date(2026, 1, 1), JAKARTA, date(2026, 4, 30))
    assert got == [date(2026, 1, 13), date(2026, 2, 10), date(2026, 3, 10), date(2026, 4, 14)]


def test_last_day_of_the_month_moves_across_the_month_end() -> None:
    # 31 January 2026 is a Saturday, 28 February a Saturday, 31 May a Sunday: each goes to Monday
    # (1 June 2026 is Pancasila Day, so May's meeting is on Tuesday 2 June)
    got = moved("FREQ=MONTHLY;BYMONTHDAY=-1", date(2026, 1, 1), JAKARTA, date(2026, 6, 30))
    assert got == [
        (date(2026, 1, 31), date(2026, 2, 2)),
        (date(2026, 2, 28), date(2026, 3, 2)),
        (date(2026, 5, 31), date(2026, 6, 2)),
    ]


def test_leap_years() -> None:
    leap_day = dates("FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=29", date(2024, 1, 1), JAKARTA, date(2032, 12, 31))
    assert leap_day == [date(2024, 2, 29), date(2028, 2, 29), date(2032, 3, 1)]  # 29 Feb 2032 is a Sunday
    last_of_february = [
        o.meeting_date
        for o in cadence.occurrences(
            "FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=-1",
            date(2027, 1, 1),
            JAKARTA,
            date(2027, 1, 1),
            date(2028, 12, 31),
        )
    ]
    assert last_of_february == [date(2027, 3, 1), date(2028, 2, 29)]  # 28 Feb 2027 is a Sunday


def test_idul_fitri_in_jakarta() -> None:
    # Idul Fitri 1446 H: Monday 31 March and Tuesday 1 April 2025 are public holidays
    got = moved("FREQ=MONTHLY;BYDAY=-1MO", date(2025, 3, 1), JAKARTA, date(2025, 4, 30))
    assert got == [(date(2025, 3, 31), date(2025, 4, 2))]


def test_idul_fitri_and_the_weekend_in_riyadh() -> None:
    # A desk in Saudi Arabia keeps Friday-Saturday weekends and the Saudi Eid holidays as well as
    # the Indonesian ones: Friday 20 March 2026 is Eid al-Fitr, the office reopens on the 25th.
    got = moved("FREQ=WEEKLY;BYDAY=FR", date(2026, 3, 1), RIYADH, date(2026, 3, 31))
    assert (date(2026, 3, 20), date(2026, 3, 25)) in got
    assert (date(2026, 3, 6), date(2026, 3, 8)) in got  # an ordinary Friday goes to Sunday
    assert dates("FREQ=WEEKLY;BYDAY=FR", date(2026, 3, 1), JAKARTA, date(2026, 3, 31)) == [
        date(2026, 3, 6),
        date(2026, 3, 13),
        date(2026, 3, 20),  # Jakarta's Lebaran holidays in 2026 are 21-22 March (the weekend)
        date(2026, 3, 27),
    ]


def test_two_dates_moved_onto_one_working_day_make_one_meeting() -> None:
    # Every Saturday and Sunday: both move to Monday, once
    got = dates("FREQ=WEEKLY;BYDAY=SA,SU", date(2026, 7, 1), JAKARTA, date(2026, 7, 13))
    assert got == [date(2026, 7, 6), date(2026, 7, 13)]


def test_time_zones_jakarta_riyadh_hong_kong() -> None:
    starts, ends = cadence.local_span(date(2026, 3, 10), time(10, 0), 120, "Asia/Jakarta")
    assert starts == datetime(2026, 3, 10, 3, 0, tzinfo=UTC)
    assert ends == datetime(2026, 3, 10, 5, 0, tzinfo=UTC)
    assert starts.astimezone(ZoneInfo("Asia/Riyadh")).time() == time(6, 0)
    assert starts.astimezone(ZoneInfo("Asia/Hong_Kong")).time() == time(11, 0)
    # An evening meeting in Riyadh is already the next day in Hong Kong
    evening, _ = cadence.local_span(date(2026, 3, 12), time(19, 30), 60, "Asia/Riyadh")
    assert evening.astimezone(ZoneInfo("Asia/Hong_Kong")) == datetime(
        2026, 3, 13, 0, 30, tzinfo=ZoneInfo("Asia/Hong_Kong")
    )
    assert evening.astimezone(ZoneInfo("Asia/Jakarta")).date() == date(2026, 3, 12)


def test_hong_kong_holidays_move_a_hong_kong_forum() -> None:
    # Lunar New Year 2026: 17-19 February are Hong Kong holidays (not Indonesian ones after the 17th)
    got = moved("FREQ=WEEKLY;BYDAY=WE", date(2026, 2, 1), HONG_KONG, date(2026, 2, 28))
    assert got == [(date(2026, 2, 18), date(2026, 2, 20))]


@pytest.mark.parametrize(
    "rule",
    [
        "FREQ=MONTHLY;BYMONTH=2;BYMONTHDAY=30",
        "FREQ=WEEKLY;BYMONTH=4;BYMONTHDAY=31",
        "FREQ=YEARLY;BYMONTH=11;BYMONTHDAY=31",
        "FREQ=MONTHLY;BYMONTHDAY=5;UNTIL=20250101",
        "FREQ=WEEKLY;INTERVAL=2;BYMONTH=2;BYMONTHDAY=31",
    ],
)
def test_a_rule_that_never_occurs_is_refused_quickly(rule: str) -> None:
    began = clock.perf_counter()
    with pytest.raises(ValidationError) as error:
        cadence.validate_rule(rule, date(2026, 1, 1))
    assert error.value.field == "rrule"
    assert "never gives a date" in str(error.value)
    assert clock.perf_counter() - began < 30  # dateutil alone searches to the year 9999


@pytest.mark.parametrize(
    ("rule", "message"),
    [
        ("", "Give the forum's cadence"),
        ("EVERY TUESDAY", "is not a recurrence rule"),
        ("FREQ=MONTHLY;BYDAY=9TU", "is not a recurrence rule"),
        ("FREQ=DAILY", "weekly, monthly or yearly"),
        ("FREQ=WEEKLY;INTERVAL=40", "between 1 and 12"),
        ("DTSTART:20260101\nRRULE:FREQ=WEEKLY", "is not a recurrence rule"),
    ],
)
def test_bad_rules_have_a_clear_message(rule: str, message: str) -> None:
    with pytest.raises(ValidationError, match=message):
        cadence.validate_rule(rule, date(2026, 1, 1))


def test_rare_but_possible_rules_are_accepted() -> None:
    assert cadence.validate_rule("rrule:freq=yearly;bymonth=2;bymonthday=29", date(2026, 1, 1)) == (
        "FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=29"
    )
    assert cadence.validate_rule("FREQ=MONTHLY;BYDAY=5FR", date(2026, 1, 1))


@pytest.mark.parametrize(
    ("rule", "english", "indonesian"),
    [
        ("FREQ=MONTHLY;BYDAY=2TU", "every second Tuesday of the month", "setiap Selasa kedua setiap bulan"),
        ("FREQ=WEEKLY;BYDAY=MO", "every Monday", "setiap Senin"),
        (
            "FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,TH",
            "every 2 weeks on Monday and Thursday",
            "setiap 2 minggu pada hari Senin dan Kamis",
        ),
        ("FREQ=MONTHLY;BYDAY=-1FR", "every last Friday of the month", "setiap Jumat terakhir setiap bulan"),
        ("FREQ=MONTHLY;BYMONTHDAY=-1", "on the last day of every month", "setiap hari terakhir setiap bulan"),
        (
            "FREQ=MONTHLY;INTERVAL=3;BYMONTHDAY=15",
            "on day 15 of every 3 months",
            "setiap tanggal 15 setiap 3 bulan",
        ),
        (
            "FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=29",
            "every year on 29 February",
            "setiap tahun pada tanggal 29 Februari",
        ),
        (
            "FREQ=MONTHLY;BYDAY=1WE;COUNT=6",
            "every first Wednesday of the month, 6 times",
            "setiap Rabu pertama setiap bulan, sebanyak 6 kali",
        ),
    ],
)
def test_the_cadence_in_plain_words(rule: str, english: str, indonesian: str) -> None:
    assert cadence.describe(rule, date(2026, 1, 1), "en") == english
    assert cadence.describe(rule, date(2026, 1, 1), "id") == indonesian


def test_an_unusual_rule_is_shown_as_written() -> None:
    assert cadence.describe("FREQ=MONTHLY;BYSETPOS=-1;BYDAY=MO,TU", date(2026, 1, 1), "en") == (
        "by the rule FREQ=MONTHLY;BYSETPOS=-1;BYDAY=MO,TU"
    )


@settings(max_examples=60, deadline=None)
@given(
    ordinal=st.sampled_from([1, 2, 3, 4, -1]),
    weekday=st.sampled_from(cadence.WEEKDAYS),
    interval=st.integers(1, 3),
    country=st.sampled_from(["ID", "SA", "HK", "MY", "TW"]),
    start=st.dates(min_value=date(2024, 1, 1), max_value=date(2030, 12, 31)),
)
def test_every_planned_date_is_a_working_day_soon_after_its_rule_date(
    ordinal: int, weekday: str, interval: int, country: str, start: date
) -> None:
    calendar = WorkingCalendar(country)
    rule = cadence.monthly_weekday_rule(ordinal, weekday, interval)
    got = cadence.occurrences(rule, start, calendar, start, date(start.year + 1, start.month, 1))
    assert got, rule
    held = [o.meeting_date for o in got]
    assert held == sorted(set(held))  # one meeting per working day, in order
    for o in got:
        assert calendar.is_working_day(o.meeting_date)
        assert 0 <= (o.meeting_date - o.occurrence).days <= 14  # the longest closures (Lebaran)
        assert o.occurrence >= start
        assert o.moved == (not calendar.is_working_day(o.occurrence))
