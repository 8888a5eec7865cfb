"""Moving an officer's Excel register in, and the register back out."""

from __future__ import annotations

import csv
from datetime import date, datetime
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook

from app.errors import ValidationError
from app.services import cases, spreadsheet
from app.services.desk import Desk

TODAY = date(2026, 11, 28)
HEADERS = [
    "No",
    "Nama PMI",
    "NIK",
    "Jenis Kelamin",
    "Tgl Lahir",
    "Negara Penempatan",
    "Majikan",
    "Jenis Pengaduan",
    "Tanggal Pengaduan",
    "Kronologi",
]
GOOD = [
    1,
    "Sri Wahyuni",
    3507014508900001.0,
    "P",
    "05/08/1990",
    "Malaysia",
    "Tan Ah Kow",
    "Gaji Tidak Dibayar",
    datetime(2026, 10, 1),
    "Gaji 6 bulan belum dibayar",
]
BAD_NIK = [2, "Dewi", "3507010508900001", "P", "05/08/1990", "Arab Saudi", "", "Sakit", "2026-10-02", ""]
BAD_COUNTRY = [3, "Ani", "", "P", "", "Atlantis", "", "Sakit", "2026-10-03", ""]
GOOD_2 = [4, "Budi Santoso", "", "L", "", "Taiwan", "", "Ingin Dipulangkan", "3 Oktober 2026", ""]


def _xlsx(path: Path, rows: list[list[object]]) -> Path:
    book = Workbook()
    sheet = book.active
    sheet.append(HEADERS)
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


def test_headers_are_recognised_in_indonesian() -> None:
    mapping = spreadsheet.guess_mapping(HEADERS)
    assert mapping == {
        1: "full_name",
        2: "nik",
        3: "sex",
        4: "birth_date",
        5: "destination_country",
        6: "employer_name",
        7: "category",
        8: "reported_on",
        9: "summary",
    }


def test_dry_run_reports_row_by_row_and_saves_nothing(desk: Desk, tmp_path: Path) -> None:
    sheet = spreadsheet.read_sheet(_xlsx(tmp_path / "register.xlsx", [GOOD, BAD_NIK, BAD_COUNTRY, GOOD_2]))
    report = spreadsheet.import_cases(
        desk, sheet, spreadsheet.guess_mapping(sheet.headers), confirm=False, today=TODAY
    )
    assert (report.valid, report.invalid) == (2, 2)
    problems = {r.row: r.problems[0] for r in report.rows if not r.ok}
    assert problems[3].field == "nik" and "does not match the sex" in problems[3].message
    assert problems[4].field == "destination_country"
    assert cases.count_cases(desk) == 0
    confirmed = spreadsheet.import_cases(
        desk, sheet, spreadsheet.guess_mapping(sheet.headers), confirm=True, today=TODAY
    )
    assert [r.number for r in confirmed.rows if r.ok] == ["KBRI-KUL/2026/00001", "KBRI-KUL/2026/00002"]
    sri = cases.list_cases(desk, cases.CaseFilter(text="wahyuni"), today=TODAY)[0]
    assert (sri.reported_on, sri.country, sri.category) == (date(2026, 10, 1), "MY", "Gaji Tidak Dibayar")
    budi = cases.list_cases(desk, cases.CaseFilter(text="budi"), today=TODAY)[0]
    assert budi.reported_on == date(2026, 10, 3) and budi.country == "TW"


def test_a_malformed_file_gets_a_clear_message(desk: Desk, tmp_path: Path) -> None:
    broken = tmp_path / "broken.xlsx"
    broken.write_bytes(b"PK\x03\x04 this is not really a workbook")
    with pytest.raises(ValidationError) as error:
        spreadsheet.read_sheet(broken)
    assert "cannot be read as a spreadsheet" in str(error.value)
    with pytest.raises(ValidationError):
        spreadsheet.read_sheet(tmp_path / "register.pdf")
    empty = tmp_path / "empty.csv"
    empty.write_text("", encoding="utf-8")
    with pytest.raises(ValidationError):
        spreadsheet.read_sheet(empty)
    no_name = tmp_path / "no_name.csv"
    no_name.write_text("Negara;Kategori\nMalaysia;Sakit\n", encoding="utf-8")
    sheet = spreadsheet.read_sheet(no_name)
    with pytest.raises(ValidationError) as missing:
        spreadsheet.import_cases(desk, sheet, spreadsheet.guess_mapping(sheet.headers), confirm=True)
    assert missing.value.field == "full_name"


def test_export_round_trips(demo_desk: Desk, tmp_path: Path) -> None:
    count = spreadsheet.export_cases(demo_desk, tmp_path / "out.xlsx", language="id")
    assert count == 40
    book = load_workbook(tmp_path / "out.xlsx", read_only=True)
    try:  # a read-only workbook holds its file open until closed
        rows = list(book.worksheets[0].iter_rows(values_only=True))
    finally:
        book.close()
    assert len(rows) == 41 and rows[0][0] == "Nomor kasus"
    malaysia = spreadsheet.export_cases(demo_desk, tmp_path / "my.csv", cases.CaseFilter(country="MY"))
    with (tmp_path / "my.csv").open(encoding="utf-8-sig") as handle:
        lines = list(csv.reader(handle))
    assert len(lines) == malaysia + 1 and all(line[7] == "MY" for line in lines[1:])
    assert not list(tmp_path.glob(".*"))  # no temporary files left behind


def test_export_reads_the_register_page_by_page(
    demo_desk: Desk, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Pages of 7 over 40 cases: every case once, in number order, each page started after the
    last number written (never an offset), and a failed write leaves nothing behind."""
    monkeypatch.setattr(spreadsheet, "EXPORT_PAGE", 7)
    reads: list[str | None] = []
    original = cases.list_cases

    def list_cases(*args: object, **kwargs: object) -> list[cases.CaseRow]:
        reads.append(kwargs.get("number_after"))  # type: ignore[arg-type]
        assert kwargs.get("offset", 0) == 0
        return original(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(cases, "list_cases", list_cases)
    assert spreadsheet.export_cases(demo_desk, tmp_path / "all.csv") == 40
    with (tmp_path / "all.csv").open(encoding="utf-8-sig") as handle:
        numbers = [line[0] for line in list(csv.reader(handle))[1:]]
    assert numbers == sorted(set(numbers)) and len(numbers) == 40
    assert len(reads) == 6 and reads[0] is None and reads[1] == numbers[6]

    def broken(*args: object, **kwargs: object) -> list[cases.CaseRow]:
        if kwargs.get("number_after"):
            raise OSError("disk full")
        return original(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(cases, "list_cases", broken)
    with pytest.raises(OSError):
        spreadsheet.export_cases(demo_desk, tmp_path / "half.xlsx")
    assert not (tmp_path / "half.xlsx").exists() and not list(tmp_path.glob(".*"))
