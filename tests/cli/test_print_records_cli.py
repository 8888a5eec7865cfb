"""`jejaring print letter|memo|disposition|invitation|attendance|minutes` as typed: the forms are
filled from the demo's real letters and meetings, read back with pypdf, and verified."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from pypdf import PdfReader

from tests.cli.conftest import Run


def _text(path: Path) -> str:
    return " ".join(" ".join(page.extract_text() or "" for page in PdfReader(path).pages).split())


def _json(run: Run, *args: str) -> Any:
    result = run(*args, "--json")
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def _demo(run: Run) -> None:
    assert run("demo", "--cases", "5").returncode == 0


def test_a_signed_letter_prints_under_its_own_number_once(initialised: Run, tmp_path: Path) -> None:
    _demo(initialised)
    rows = _json(initialised, "letter", "list")
    signed = next(r for r in rows if r["kind"] == "out" and r["status"] == "signed")
    number = signed["reference"]
    out = tmp_path / "letter.pdf"
    result = initialised("print", "letter", number, "--out", str(out))
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith(f"{number} written to")
    text = _text(out)
    assert f"Nomor : {number}" in text and "Sifat : Biasa" in text and "Lampiran : -" in text
    assert f"Hal : {signed['subject']}" in text and "Tembusan: 1. Direktur Pelindungan WNI 2. Arsip" in text
    assert text.index("Nomor") < text.index("Yth.") < text.index("Tembusan")
    verdict = initialised("verify", str(out))
    assert verdict.returncode == 0 and "GENUINE" in verdict.stdout and number in verdict.stdout

    again = initialised("print", "letter", number, "--out", str(tmp_path / "again.pdf"))
    assert again.returncode != 0 and "already been issued" in again.stderr
    assert not (tmp_path / "again.pdf").exists()
    wrong = initialised("print", "memo", number, "--out", str(tmp_path / "memo.pdf"))
    assert wrong.returncode != 0 and "try letter" in wrong.stderr
    missing = initialised("print", "letter", "B-999/NOPE", "--out", str(tmp_path / "x.pdf"))
    assert missing.returncode != 0 and "There is no letter B-999/NOPE" in missing.stderr


def test_disposition_sheet_of_an_incoming_letter(initialised: Run, tmp_path: Path) -> None:
    _demo(initialised)
    incoming = [r["reference"] for r in _json(initialised, "letter", "list") if r["kind"] == "in"]
    details = [_json(initialised, "letter", "show", ref) for ref in incoming]
    disposed = next(d for d in details if d["dispositions"])
    bare = next((d for d in details if not d["dispositions"]), None)
    out = tmp_path / "disposition.pdf"
    result = initialised("print", "disposition", disposed["reference"], "--out", str(out), "--paper", "F4")
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("DIS-")
    box = PdfReader(out).pages[0].mediabox  # the lembar disposisi is half folio whatever the paper
    assert (round(float(box.width) * 25.4 / 72), round(float(box.height) * 25.4 / 72)) == (165, 215)
    text = _text(out)
    head = disposed["dispositions"][0]
    assert "LEMBAR DISPOSISI" in text and f"No. agenda: {disposed['reference']}" in text
    for recipient in head["recipients"]:
        assert recipient["name"] in text
    assert "[X] Selesaikan" in text if "selesaikan" in head["instructions"] else "[ ] Selesaikan" in text
    assert initialised("verify", str(out)).returncode == 0
    if bare is not None:
        refused = initialised("print", "disposition", bare["reference"], "--out", str(tmp_path / "n.pdf"))
        assert refused.returncode != 0 and "has not been disposed yet" in refused.stderr


def test_a_meetings_invitation_attendance_list_and_minutes(initialised: Run, tmp_path: Path) -> None:
    _demo(initialised)
    meetings = _json(initialised, "meeting", "list")
    held = next(m for m in meetings if m["status"] == "held" and m["minutes_closed"])
    invited = next(m for m in meetings if m["status"] == "invited")
    record = _json(initialised, "meeting", "show", held["reference"])

    minutes = tmp_path / "minutes.pdf"
    result = initialised("print", "minutes", held["reference"], "--out", str(minutes), "--lang", "en")
    assert result.returncode == 0, result.stderr
    text = _text(minutes)
    assert "MINUTES" in text and held["reference"] in text
    at = text.index("D. Decisions")
    for decision in record["decisions"]:
        assert " ".join(decision["text"].split()) in text[at:]
    follow_up = text.index("E. Follow-up")
    for action in record["actions"]:
        assert action["what"] in text[follow_up:]
    assert at < follow_up

    invitation = tmp_path / "invitation.pdf"
    result = initialised("print", "invitation", invited["reference"], "--out", str(invitation))
    assert result.returncode == 0, result.stderr
    number = result.stdout.split()[0]
    assert number.startswith("UND-")
    reader = PdfReader(invitation)
    assert len(reader.pages) >= 2  # the letter, then the annex listing the invitees
    first = " ".join((reader.pages[0].extract_text() or "").split())
    annex = " ".join((reader.pages[1].extract_text() or "").split())
    assert f"Nomor : {number}" in first and "Yth. Bapak/Ibu sebagaimana terlampir" in first
    assert "DAFTAR UNDANGAN" in annex and number in annex
    invitees = _json(initialised, "meeting", "show", invited["reference"])["invitees"]
    assert invitees and all(i["agency_name"].split()[0] in annex for i in invitees)

    attendance = tmp_path / "attendance.pdf"
    assert initialised("print", "attendance", invited["reference"], "--out", str(attendance)).returncode == 0
    assert "DAFTAR HADIR" in _text(attendance)

    for pdf in (minutes, invitation, attendance):
        verdict = initialised("verify", str(pdf))
        assert verdict.returncode == 0 and "GENUINE" in verdict.stdout
    unknown = initialised("print", "minutes", "NOPE/2026-01-01", "--out", str(tmp_path / "n.pdf"))
    assert unknown.returncode != 0 and "There is no meeting NOPE/2026-01-01" in unknown.stderr


def test_the_periodic_report_counts_the_meetings(initialised: Run, tmp_path: Path) -> None:
    _demo(initialised)
    held = next(m for m in _json(initialised, "meeting", "list") if m["status"] == "held")
    month = held["reference"].rsplit("/", 1)[1][:7]
    out = tmp_path / "report.pdf"
    assert initialised("print", "report", month, "--out", str(out), "--lang", "en").returncode == 0
    text = _text(out)
    assert "not kept at this desk" not in text
    planned = int(text.split("Meetings planned : ")[1].split()[0])
    held_count = int(text.split("Meetings held : ")[1].split()[0])
    assert planned >= held_count >= 1
