"""The case commands, run as typed."""

from __future__ import annotations

import json
from pathlib import Path

from tests.cli.conftest import Run


def test_list_show_set_and_filters(initialised: Run) -> None:
    assert initialised("demo", "--cases", "30").returncode == 0
    listed = initialised("case", "list", "--json", "--limit", "500")
    rows = json.loads(listed.stdout)
    assert len(rows) == 30 and {"number", "worker_name", "status", "overdue"} <= set(rows[0])
    number = rows[0]["number"]
    shown = json.loads(initialised("case", "show", number, "--json").stdout)
    assert shown["number"] == number and shown["timeline"]
    text = initialised("case", "show", number)
    assert text.returncode == 0 and number in text.stdout
    hk = json.loads(initialised("case", "list", "--json", "--country", "HK", "--limit", "500").stdout)
    assert all(r["country"] == "HK" for r in hk)
    assert initialised("case", "set", number, "priority", "1").returncode == 0
    assert json.loads(initialised("case", "show", number, "--json").stdout)["priority"] == 1
    bad = initialised("case", "set", number, "worker.nik", "12345")
    assert bad.returncode == 1 and bad.stderr.startswith("jejaring: The NIK 12345 is not valid")
    missing = initialised("case", "show", "KJRI-HKG/2026/99999")
    assert missing.returncode == 1 and "There is no case with the number" in missing.stderr


def test_import_dry_run_then_for_real_and_export(initialised: Run, tmp_path: Path) -> None:
    register = tmp_path / "register.csv"
    register.write_text(
        "Nama PMI;Negara;Jenis Pengaduan;Tanggal Pengaduan;Uraian\n"
        "Sri Wahyuni;Hong Kong;Gaji Tidak Dibayar;01/10/2026;Gaji belum dibayar\n"
        "Nur Aini;Atlantis;Sakit;02/10/2026;\n",
        encoding="utf-8",
    )
    dry = initialised("case", "import", str(register), "--dry-run")
    assert dry.returncode == 3
    assert "row 3: Unknown country: Atlantis." in dry.stdout
    assert "1 rows valid, 1 rows with errors; nothing imported" in dry.stdout
    assert json.loads(initialised("case", "list", "--json").stdout) == []
    real = initialised("case", "import", str(register))
    assert "1 cases imported" in real.stdout
    assert [r["worker_name"] for r in json.loads(initialised("case", "list", "--json").stdout)] == [
        "Sri Wahyuni"
    ]
    exported = initialised("case", "export", str(tmp_path / "out.xlsx"))
    assert exported.returncode == 0 and (tmp_path / "out.xlsx").exists()
    wrong = initialised("case", "import", str(tmp_path / "nope.xlsx"))
    assert wrong.returncode == 1 and "does not exist" in wrong.stderr


def test_case_show_lists_its_letters_and_meetings(initialised: Run) -> None:
    assert initialised("demo", "--cases", "30").returncode == 0
    letters = json.loads(initialised("letter", "list", "--json", "--limit", "100").stdout)
    shown = (
        json.loads(initialised("letter", "show", row["reference"], "--json").stdout)
        for row in letters
        if row["reference"]
    )
    letter = next(s for s in shown if s["cases"])
    number = letter["cases"][0]
    case = json.loads(initialised("case", "show", number, "--json").stdout)
    linked = {row["reference"]: row for row in case["letters"]}
    assert linked[letter["reference"]]["subject"] == letter["subject"]
    assert {"kind", "dated_on", "status", "awaiting_reply", "overdue"} <= set(linked[letter["reference"]])
    text = initialised("case", "show", number).stdout
    assert "Letters:" in text and letter["reference"] in text and letter["subject"] in text

    meetings = json.loads(initialised("meeting", "list", "--json").stdout)
    records = (json.loads(initialised("meeting", "show", m["reference"], "--json").stdout) for m in meetings)
    record, item = next((r, i) for r in records for i in r["agenda"] if i["case_number"])
    case = json.loads(initialised("case", "show", item["case_number"], "--json").stdout)
    assert record["meeting"]["reference"] in [m["reference"] for m in case["meetings"]]
    assert all({"forum_name", "on", "on_agenda", "actions"} <= set(m) for m in case["meetings"])
    text = initialised("case", "show", item["case_number"]).stdout
    assert "Meetings:" in text and record["meeting"]["reference"] in text

    other = next(r["reference"] for r in letters if r["reference"] and r["reference"] not in linked)
    done = initialised("case", "link-letter", number, other)
    assert done.returncode == 0 and done.stdout.strip() == f"Letter {other} linked to case {number}."
    again = initialised("case", "link-letter", number, other, lang="id")
    assert (
        again.returncode == 1
        and again.stderr.strip() == f"jejaring: Surat {other} sudah ditautkan ke kasus {number}."
    )
    case = json.loads(initialised("case", "show", number, "--json").stdout)
    assert [row["reference"] for row in case["letters"]].count(other) == 1

    indonesian = initialised("case", "show", number, lang="id").stdout
    assert "Surat:" in indonesian and other in indonesian
