"""A forum's cadence: an RFC 5545 RRULE (python-dateutil) from a first date, with the dates that
fall on a non-working day of the hosting site moved to the next working day, and the rule said
in plain words ("setiap Selasa kedua setiap bulan").
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from dateutil.rrule import rrule, rrulestr

from app.errors import ValidationError
from app.i18n import QT_TRANSLATE_NOOP, translate
from app.services.workdays import WorkingCalendar

FREQUENCIES = ("WEEKLY", "MONTHLY", "YEARLY")
MAX_INTERVAL = 12
WEEKDAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
#: filters that can make a rule empty (February the 30th); without them a rule always occurs
_NARROWING = ("BYMONTH", "BYMONTHDAY", "BYYEARDAY", "BYWEEKNO", "BYSETPOS")
#: one Gregorian cycle (400 years) in each frequency's unit; weekdays repeat with it exactly
_UNITS_PER_CYCLE = {"WEEKLY": 20871, "MONTHLY": 4800, "YEARLY": 400}


@dataclass(frozen=True)
class Occurrence:
    """One date of the cadence: the rule's own date and the working day the meeting is held."""

    occurrence: date
    meeting_date: date

    @property
    def moved(self) -> bool:
        return self.occurrence != self.meeting_date


def parts(rule_text: str) -> dict[str, str]:
    text = rule_text.strip().upper().removeprefix("RRULE:")
    result: dict[str, str] = {}
    for piece in text.split(";"):
        key, _, value = piece.partition("=")
        if key:
            result[key.strip()] = value.strip()
    return result


def normalise(rule_text: str) -> str:
    return ";".join(f"{k}={v}" for k, v in parts(rule_text).items())


def _bad_rule(rule_text: str) -> ValidationError:
    return ValidationError(
        QT_TRANSLATE_NOOP("errors", "“{rule}” is not a recurrence rule (RFC 5545 RRULE)."),
        field="rrule",
        rule=rule_text.strip(),
    )


def _parse(rule_text: str, dtstart: datetime) -> rrule:
    if "\n" in rule_text or "DTSTART" in rule_text.upper():
        raise _bad_rule(rule_text)
    try:
        rule = rrulestr(normalise(rule_text), dtstart=dtstart)
    except (ValueError, TypeError, KeyError, IndexError):
        raise _bad_rule(rule_text) from None
    if not isinstance(rule, rrule):
        raise _bad_rule(rule_text)
    return rule


def validate_rule(rule_text: str, starts_on: date) -> str:
    """The rule in its normal form, or a ValidationError a person can act on."""
    if not rule_text.strip():
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Give the forum's cadence as a recurrence rule."), field="rrule"
        )
    dtstart = datetime.combine(starts_on, time(0))
    rule = _parse(rule_text, dtstart)
    fields = parts(rule_text)
    if fields.get("FREQ") not in FREQUENCIES:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors", "A forum meets weekly, monthly or yearly (FREQ=WEEKLY, MONTHLY or YEARLY)."
            ),
            field="rrule",
        )
    interval = int(fields.get("INTERVAL", "1") or 1)
    if not 1 <= interval <= MAX_INTERVAL:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The interval of a cadence is between 1 and {max}."),
            field="rrule",
            max=MAX_INTERVAL,
        )
    try:
        empty = not _ever_occurs(fields, dtstart) or next(iter(rule), None) is None
    except (ValueError, IndexError, KeyError):  # dateutil finds some nonsense only when iterating
        raise _bad_rule(rule_text) from None
    if empty:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors", "This recurrence rule never gives a date: check the days and months it names."
            ),
            field="rrule",
        )
    return normalise(rule_text)


def _ever_occurs(fields: dict[str, str], dtstart: datetime) -> bool:
    """Whether the rule (without COUNT and UNTIL) has any date at all.

    dateutil searches an empty rule up to the year 9999, which takes seconds. The calendar and
    its weekdays repeat every 400 years, so it is enough to look at one whole cycle: the rule is
    started a multiple of 400 years later (a multiple of its interval too), close to 9999, where
    dateutil's search of an empty rule ends quickly."""
    if not any(key in fields for key in _NARROWING):
        return True  # only weekdays (or nothing) narrow it: every period has a date
    freq = fields["FREQ"]
    interval = int(fields.get("INTERVAL", "1") or 1)
    units = _UNITS_PER_CYCLE[freq]
    step = interval // math.gcd(units, interval)  # cycles per aligned shift
    cycle_years = 400 * step
    latest = datetime.max.year - cycle_years - 1
    shifts = max(0, (latest - dtstart.year) // cycle_years)
    far = dtstart.replace(year=dtstart.year + shifts * cycle_years)
    general = ";".join(f"{k}={v}" for k, v in fields.items() if k not in ("COUNT", "UNTIL"))
    return next(iter(rrulestr(general, dtstart=far)), None) is not None


def zone(name: str) -> ZoneInfo:
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "“{zone}” is not a time zone (for example Asia/Jakarta)."),
            field="timezone",
            zone=name,
        ) from None


def occurrences(
    rule_text: str, starts_on: date, calendar: WorkingCalendar, first: date, last: date
) -> list[Occurrence]:
    """The cadence's dates from `first` to `last` (inclusive), each moved to a working day."""
    rule = _parse(rule_text, datetime.combine(starts_on, time(0)))
    result: list[Occurrence] = []
    taken: set[date] = set()
    for moment in rule.between(
        datetime.combine(max(first, starts_on), time(0)), datetime.combine(last, time(23, 59)), inc=True
    ):
        held = calendar.next_working_day(moment.date())
        if held not in taken:  # two dates moved onto the same working day make one meeting
            taken.add(held)
            result.append(Occurrence(moment.date(), held))
    return result


def local_span(day: date, start: time, minutes: int, timezone: str) -> tuple[datetime, datetime]:
    """Start and end in UTC of a meeting held on `day` at `start` in `timezone`."""
    begins = datetime.combine(day, start, zone(timezone))
    return begins.astimezone(UTC), (begins + timedelta(minutes=minutes)).astimezone(UTC)


# --- in plain words -------------------------------------------------------------------------------

ORDINALS = {
    1: QT_TRANSLATE_NOOP("cadence", "first"),
    2: QT_TRANSLATE_NOOP("cadence", "second"),
    3: QT_TRANSLATE_NOOP("cadence", "third"),
    4: QT_TRANSLATE_NOOP("cadence", "fourth"),
    5: QT_TRANSLATE_NOOP("cadence", "fifth"),
    -1: QT_TRANSLATE_NOOP("cadence", "last"),
    -2: QT_TRANSLATE_NOOP("cadence", "second-to-last"),
}
DAY_NAMES = {
    "MO": QT_TRANSLATE_NOOP("cadence", "Monday"),
    "TU": QT_TRANSLATE_NOOP("cadence", "Tuesday"),
    "WE": QT_TRANSLATE_NOOP("cadence", "Wednesday"),
    "TH": QT_TRANSLATE_NOOP("cadence", "Thursday"),
    "FR": QT_TRANSLATE_NOOP("cadence", "Friday"),
    "SA": QT_TRANSLATE_NOOP("cadence", "Saturday"),
    "SU": QT_TRANSLATE_NOOP("cadence", "Sunday"),
}


def _t(text: str, language: str | None) -> str:
    return translate("cadence", text, language)


def _join(names: list[str], language: str | None) -> str:
    if len(names) <= 1:
        return "".join(names)
    return _t(QT_TRANSLATE_NOOP("cadence", "{first} and {last}"), language).format(
        first=", ".join(names[:-1]), last=names[-1]
    )


def _day(code: str, language: str | None) -> str:
    return _t(DAY_NAMES[code], language)


def describe(rule_text: str, starts_on: date, language: str | None = None) -> str:
    """The cadence in words a secretariat reads: "every second Tuesday of the month"."""
    from app.services.dates import long_date

    fields = parts(rule_text)
    freq = fields.get("FREQ", "")
    n = int(fields.get("INTERVAL", "1") or 1)
    days = [d for d in fields.get("BYDAY", "").split(",") if d]
    month_days = [d for d in fields.get("BYMONTHDAY", "").split(",") if d]
    others = set(fields) - {"FREQ", "INTERVAL", "BYDAY", "BYMONTHDAY", "COUNT", "UNTIL", "WKST"}
    text = ""
    if not others and freq == "WEEKLY" and not month_days and all(d in WEEKDAYS for d in days):
        names = _join([_day(d, language) for d in days or [WEEKDAYS[starts_on.weekday()]]], language)
        text = (
            _t(QT_TRANSLATE_NOOP("cadence", "every {weekdays}"), language).format(weekdays=names)
            if n == 1
            else _t(QT_TRANSLATE_NOOP("cadence", "every {n} weeks on {weekdays}"), language).format(
                n=n, weekdays=names
            )
        )
    elif not others and freq == "MONTHLY" and len(days) == 1 and not month_days and days[0][-2:] in WEEKDAYS:
        try:
            nth = int(days[0][:-2] or "0")
        except ValueError:
            nth = 0
        if nth in ORDINALS:
            values = {"ordinal": _t(ORDINALS[nth], language), "weekday": _day(days[0][-2:], language), "n": n}
            text = (
                _t(QT_TRANSLATE_NOOP("cadence", "every {ordinal} {weekday} of the month"), language)
                if n == 1
                else _t(QT_TRANSLATE_NOOP("cadence", "every {n} months on the {ordinal} {weekday}"), language)
            ).format(**values)
    elif not others and freq == "MONTHLY" and not days and len(month_days) <= 1:
        day = int(month_days[0]) if month_days else starts_on.day
        if day == -1:
            text = (
                _t(QT_TRANSLATE_NOOP("cadence", "on the last day of every month"), language)
                if n == 1
                else _t(QT_TRANSLATE_NOOP("cadence", "on the last day of every {n} months"), language).format(
                    n=n
                )
            )
        elif day > 0:
            text = (
                _t(QT_TRANSLATE_NOOP("cadence", "on day {day} of every month"), language)
                if n == 1
                else _t(QT_TRANSLATE_NOOP("cadence", "on day {day} of every {n} months"), language)
            ).format(day=day, n=n)
    elif not (others - {"BYMONTH"}) and freq == "YEARLY" and not days and len(month_days) <= 1:
        month = int(fields.get("BYMONTH", "") or starts_on.month)
        day = int(month_days[0]) if month_days else starts_on.day
        if 1 <= month <= 12 and 1 <= day <= 31:
            try:  # a leap year, so that 29 February can be named
                anniversary = date(2000, month, day)
            except ValueError:
                anniversary = None
            if anniversary is not None:
                text = _t(QT_TRANSLATE_NOOP("cadence", "every year on {date}"), language).format(
                    date=long_date(anniversary, language, with_year=False)
                )
    if not text:
        return _t(QT_TRANSLATE_NOOP("cadence", "by the rule {rule}"), language).format(
            rule=normalise(rule_text)
        )
    if "COUNT" in fields:
        text += _t(QT_TRANSLATE_NOOP("cadence", ", {n} times"), language).format(n=fields["COUNT"])
    if "UNTIL" in fields:
        until = _until(fields["UNTIL"])
        if until is not None:
            text += _t(QT_TRANSLATE_NOOP("cadence", ", until {date}"), language).format(
                date=long_date(until, language)
            )
    return text


def _until(value: str) -> date | None:
    try:
        return datetime.strptime(value[:8], "%Y%m%d").date()
    except ValueError:
        return None


# --- building a rule from the forum editor's choices ----------------------------------------------


def weekly_rule(weekdays: list[str], interval: int = 1) -> str:
    rule = "FREQ=WEEKLY"
    if interval > 1:
        rule += f";INTERVAL={interval}"
    return rule + ";BYDAY=" + ",".join(weekdays)


def monthly_weekday_rule(ordinal: int, weekday: str, interval: int = 1) -> str:
    rule = "FREQ=MONTHLY"
    if interval > 1:
        rule += f";INTERVAL={interval}"
    return rule + f";BYDAY={ordinal}{weekday}"


def monthly_day_rule(day: int, interval: int = 1) -> str:
    rule = "FREQ=MONTHLY"
    if interval > 1:
        rule += f";INTERVAL={interval}"
    return rule + f";BYMONTHDAY={day}"
