"""`jejaring stats` as typed: the dashboard's figures as text tables and as JSON with stable keys,
narrowed by period, country and category; bad input is one clear line and exit 1."""

from __future__ import annotations

import json
from collections import Counter
from datetime import date
from typing import Any

from tests.cli.conftest import Run

OPEN = {"intake", "verification", "clarification_1", "clarification_2", "mediation", "referred"}


def _json(run: Run, *args: str) -> Any:
    result = run(*args, "--json")
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_stats_agree_with_the_register(initialised: Run) -> None:
    assert initialised("demo", "--cases", "30", "--seed", "3").returncode == 0
    register = _json(initialised, "case", "list", "--limit", "1000")
    first, last = "2000-01-01", date.today().isoformat()
    stats = _json(initialised, "stats", "--from", first, "--to", last)
    assert sorted(stats) == [
        "cases",
        "exchange",
        "filter",
        "informal",
        "meetings",
        "period",
        "protocol",
        "today",
    ]
    assert stats["period"] == {"from": first, "to": last}
    cases = stats["cases"]
    assert cases["new"] == len(register)
    assert cases["open"] == sum(1 for c in register if c["status"] in OPEN)
    assert cases["by_status"] == dict(Counter(c["status"] for c in register))
    assert cases["by_country"] == dict(Counter(c["country"] or "unknown" for c in register))
    assert sum(m["new"] for m in cases["trend"]) == len(register)
    assert stats["informal"]["open_cases"] == cases["open"]

    country = Counter(c["country"] for c in register).most_common(1)[0][0]
    narrowed = _json(initialised, "stats", "--from", first, "--to", last, "--country", country.lower())
    assert narrowed["filter"]["country"] == country
    assert narrowed["cases"]["new"] == sum(1 for c in register if c["country"] == country)

    text = initialised("stats", "--from", first, "--to", last)
    assert text.returncode == 0, text.stderr
    assert f"Figures from {first} to {last}" in text.stdout
    for heading in ("Cases per month", "By category", "Protocol:", "Meetings", "Informal channels:"):
        assert heading in text.stdout
    indonesian = initialised("stats", lang="id")
    assert indonesian.returncode == 0 and "Kasus per bulan" in indonesian.stdout


def test_bad_stats_input_is_one_clear_line(initialised: Run) -> None:
    for args, message in (
        (("--country", "XX"), "There is no country with the code XX."),
        (("--category", "nope"), "There is no case category nope."),
        (("--from", "2026-13-01"), "2026-13-01 is not a date: write YYYY-MM-DD."),
        (("--from", "2026-12-01", "--to", "2026-11-01"), "The period ends before it starts."),
    ):
        result = initialised("stats", *args)
        assert result.returncode == 1
        assert result.stderr.strip() == f"jejaring: {message}"
