"""`jejaring print dispositions DAY` and `jejaring print summaries MONTH`: one PDF of many issued
documents, each page's document accepted by `jejaring verify`."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from pypdf import PdfReader, PdfWriter
from sqlalchemy import func, select

from app.config import load_config
from app.models import Case, IssuedDocument
from app.models.correspondence import Disposition
from app.services import accounts, dispositions, reference
from app.services.desk import open_desk
from tests.cli.conftest import Run
from tests.conftest import ADMIN_PASSWORD


def _busiest(home: Path, database_url: str | None) -> tuple[str, int, str, int, int]:
    """The day with most dispositions and the month with most cases, from the demo's database."""
    desk = open_desk(load_config(home, database_url), migrate=False)
    try:
        accounts.sign_in(desk, "admin", ADMIN_PASSWORD)  # unlocks the encrypted file
        with desk.read() as session:
            days = Counter(session.scalars(select(Disposition.given_on)))
            months = Counter(d.strftime("%Y-%m") for d in session.scalars(select(Case.reported_on)))
            issued = session.scalar(select(func.count()).select_from(IssuedDocument)) or 0
    finally:
        desk.close()
    (day, sheets), (month, cases) = days.most_common(1)[0], months.most_common(1)[0]
    return day.isoformat(), sheets, month, cases, issued


def _route_more(home: Path, database_url: str | None) -> None:
    """Two more routings on the demo's busiest day, so that the day has several sheets."""
    desk = open_desk(load_config(home, database_url), migrate=False)
    try:
        accounts.sign_in(desk, "admin", ADMIN_PASSWORD)  # who routes them (and unlocks the file)
        with desk.read() as session:
            day = Counter(session.scalars(select(Disposition.given_on))).most_common(1)[0][0]
            letter_ids = list(session.scalars(select(Disposition.letter_id).limit(2)))
        admin = next(o for o in reference.officers(desk) if o.username == "admin")
        for letter_id in letter_ids:
            route = (dispositions.Route(officer_id=admin.id, lead=True),)
            dispositions.dispose(desk, letter_id, route, today=day)
    finally:
        desk.close()


def _forge_second_sheet(pdf: Path, tmp_path: Path) -> Path:
    """One digit changed in the agenda number on the second sheet, as a forger would."""
    writer = PdfWriter()
    writer.append(PdfReader(pdf))
    content = writer.pages[1].get_contents()
    assert content is not None
    data = content.get_data()
    at = data.index(b"/SM/2026/0000") + len(b"/SM/2026/0000")
    data = data[:at] + (b"8" if data[at : at + 1] != b"8" else b"7") + data[at + 1 :]
    content.set_data(data)
    writer.pages[1].replace_contents(content)
    forged = tmp_path / "forged.pdf"
    with forged.open("wb") as handle:
        writer.write(handle)
    return forged


def _verify_each(run: Run, pdf: Path, tmp_path: Path) -> list[str]:
    """Split the file into its pages, as a person pulls one sheet out, and verify each one."""
    outputs = []
    for index, page in enumerate(PdfReader(pdf).pages):
        writer = PdfWriter()
        writer.add_page(page)
        one = tmp_path / f"page-{index}.pdf"
        with one.open("wb") as handle:
            writer.write(handle)
        result = run("verify", str(one))
        assert result.returncode == 0, result.stdout + result.stderr
        outputs.append(result.stdout)
    return outputs


def test_the_dispositions_of_a_day_and_the_summaries_of_a_month(
    initialised: Run, home: Path, tmp_path: Path, database_url: str | None
) -> None:
    assert initialised("demo", "--cases", "40").returncode == 0
    _route_more(home, database_url)
    day, sheets, month, cases, before = _busiest(home, database_url)
    assert sheets >= 3
    assert before == 0

    out = tmp_path / "sheets.pdf"
    result = initialised("print", "dispositions", day, "--out", str(out))
    assert result.returncode == 0, result.stderr
    assert f"{sheets} documents (DIS-1/KJRI-HKG/" in result.stdout
    pages = PdfReader(out).pages
    assert len(pages) == sheets
    assert all("LEMBAR DISPOSISI" in p.extract_text().upper() for p in pages)
    whole = initialised("verify", str(out))
    assert whole.returncode == 0, whole.stdout
    assert f"This file holds {sheets} issued documents:" in whole.stdout
    assert whole.stdout.count("SAME CONTENT") == sheets and "ALTERED" not in whole.stdout
    forged = _forge_second_sheet(out, tmp_path)
    rejected = initialised("verify", str(forged))
    assert rejected.returncode == 4 and rejected.stdout.count("ALTERED") == 1, rejected.stdout
    verdicts = _verify_each(initialised, out, tmp_path)
    assert [f"DIS-{n}/KJRI-HKG/" in v for n, v in enumerate(verdicts, 1)] == [True] * sheets

    summaries = tmp_path / "summaries.pdf"
    result = initialised("print", "summaries", month, "--out", str(summaries), "--paper", "F4")
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith(f"{cases} documents (RJK-{sheets + 1}/KJRI-HKG/")
    assert len(PdfReader(summaries).pages) >= cases
    whole = initialised("verify", str(summaries))
    assert whole.returncode == 0 and whole.stdout.count("SAME CONTENT") == cases, whole.stdout
    assert _busiest(home, database_url)[4] == sheets + cases


def test_bad_periods_and_an_empty_day_write_nothing(initialised: Run, tmp_path: Path) -> None:
    out = tmp_path / "none.pdf"
    bad = initialised("print", "dispositions", "2026-13-01", "--out", str(out))
    assert bad.returncode != 0 and "is not a date: write YYYY-MM-DD" in bad.stderr
    bad = initialised("print", "summaries", "November", "--out", str(out))
    assert bad.returncode != 0 and "is not a month: write YYYY-MM" in bad.stderr
    empty = initialised("print", "dispositions", "2001-01-01", "--out", str(out), lang="id")
    assert empty.returncode != 0 and "Tidak ada yang dicetak" in empty.stderr
    assert not out.exists()
