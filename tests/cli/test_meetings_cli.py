"""The meeting commands, run as typed."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from icalendar import Calendar

from tests.cli.conftest import Run


def test_forum_plan_list_show_ics_and_actions(initialised: Run, tmp_path: Path) -> None:
    assert initialised("demo", "--cases", "10").returncode == 0  # demo forums with held meetings
    added = initialised(
        "meeting",
        "forum",
        "add",
        "--code",
        "TF-HKG",
        "--name",
        "Task Force PMI Hong Kong",
        "--host-site",
        "KJRI-HKG",
        "--rrule",
        "FREQ=WEEKLY;INTERVAL=2;BYDAY=WE",
        "--start",
        date.today().isoformat(),
        "--time",
        "15:00",
        "--timezone",
        "Asia/Hong_Kong",
        "--member",
        "KJRI-HKG",
        "--member",
        "BP2MI",
    )
    assert added.returncode == 0, added.stderr
    assert added.stdout.strip() == "Forum TF-HKG saved: every 2 weeks on Wednesday."
    forums = json.loads(initialised("meeting", "forum", "list", "--json").stdout)
    assert {f["code"] for f in forums} == {"RAKORNAS-PMI", "SATGAS-KJRI-HKG", "TF-HKG"}
    extra = initialised(
        "meeting", "add", "--forum", "tf-hkg", "--date", "2026-12-24", "--time", "10:00", "--end", "09:00"
    )
    assert extra.returncode == 1 and extra.stderr.strip() == "jejaring: A meeting ends after it starts."
    extra = initialised(
        "meeting", "add", "--forum", "TF-HKG", "--date", "2026-12-24", "--time", "10:00", "--end", "11:30"
    )
    assert extra.returncode == 0 and extra.stdout.startswith("Meeting added: ")
    planned = initialised("meeting", "plan", "--months", "2")
    assert planned.returncode == 0 and planned.stdout.startswith("Meetings planned: ")

    rows = json.loads(initialised("meeting", "list", "--json").stdout)
    assert {"reference", "status", "local_start", "timezone", "moved"} <= set(rows[0])
    assert any(r["status"] == "held" for r in rows) and any(r["forum_code"] == "TF-HKG" for r in rows)
    assert any(r["reference"] == "TF-HKG/2026-12-24" and r["occurrence"] is None for r in rows)
    first = rows[0]["local_start"][:10]
    window = json.loads(initialised("meeting", "list", "--json", "--from", first, "--to", first).stdout)
    assert window and all(r["local_start"].startswith(first) for r in window)
    text = initialised("meeting", "list").stdout
    assert "RAKORNAS-PMI/" in text and "Held" in text

    held = next(r for r in rows if r["status"] == "held")
    shown = initialised("meeting", "show", held["reference"])
    assert shown.returncode == 0, shown.stderr
    assert "Attendance:" in shown.stdout and "Action items:" in shown.stdout
    record = json.loads(initialised("meeting", "show", held["id"], "--json").stdout)
    assert record["minutes_closed_at"] and record["decisions"] and record["invitees"]

    out = tmp_path / "rapat.ics"
    written = initialised("meeting", "ics", held["reference"], "--out", str(out))
    assert written.returncode == 0 and out.exists()
    [event] = Calendar.from_ical(out.read_bytes()).walk("VEVENT")
    assert str(event["uid"]) == f"{held['id']}@jejaring"

    actions = json.loads(initialised("meeting", "actions", "--json").stdout)
    assert actions and {"what", "owner_agency", "due_on", "status"} <= set(actions[0])
    open_ones = json.loads(initialised("meeting", "actions", "--json", "--open").stdout)
    assert open_ones and all(a["done_on"] is None for a in open_ones)
    owner = open_ones[0]["owner_agency"]
    mine = json.loads(initialised("meeting", "actions", "--json", "--open", "--agency", owner).stdout)
    assert mine and {a["owner_agency"] for a in mine} == {owner}
    done = initialised("meeting", "done", open_ones[0]["id"], "--evidence", "Surat B-7/KJRI-HKG/2026")
    assert done.returncode == 0, done.stderr
    after = json.loads(initialised("meeting", "actions", "--json", "--open").stdout)
    assert len(after) == len(open_ones) - 1

    figures = json.loads(initialised("meeting", "figures", "--json", "--from", "2020-01-01").stdout)
    assert {f["forum_code"] for f in figures} >= {"RAKORNAS-PMI"} and figures[0]["held"] >= 1


def test_bad_input_is_one_translated_line_and_nothing_is_saved(initialised: Run) -> None:
    never = initialised(
        "meeting",
        "forum",
        "add",
        "--code",
        "X",
        "--name",
        "X",
        "--host-site",
        "KJRI-HKG",
        "--rrule",
        "FREQ=MONTHLY;BYMONTH=2;BYMONTHDAY=31",
        "--start",
        "2026-01-01",
        lang="id",
    )
    assert never.returncode == 1
    assert never.stderr.strip() == (
        "jejaring: Aturan pengulangan ini tidak pernah menghasilkan tanggal: "
        "periksa hari dan bulan yang disebutkan."
    )
    assert json.loads(initialised("meeting", "forum", "list", "--json").stdout) == []
    bad_date = initialised("meeting", "list", "--from", "31-12-2026")
    assert bad_date.returncode == 1 and bad_date.stderr.strip() == (
        "jejaring: 31-12-2026 is not a date: write YYYY-MM-DD."
    )
    missing = initialised("meeting", "show", "NOPE/2026-01-01")
    assert missing.returncode == 1 and "There is no meeting NOPE/2026-01-01" in missing.stderr
