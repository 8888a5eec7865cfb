"""Issuing through the register and verifying: the issued file is genuine; one changed
character is caught; an unknown file is unknown."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader, PdfWriter

from app.config import load_config
from app.services import case_documents, demo, documents, office
from app.services.desk import Desk, open_desk
from tests.conftest import ADMIN_PASSWORD


@pytest.fixture
def desk(tmp_path: Path) -> Desk:
    d = open_desk(load_config(tmp_path / "data"))
    office.initialize(
        d,
        office.OfficeSetup(
            "BP2MI-JKT",
            "BP2MI Pusat",
            "BP2MI",
            admin_username="admin",
            admin_password=ADMIN_PASSWORD,
            admin_name="Rina Kusuma",
        ),
    )
    demo.load_demo(d, cases=3, seed=7)
    yield d
    d.close()


def _number(desk: Desk) -> str:
    from app.services import cases

    return cases.list_cases(desk, cases.CaseFilter(), limit=1)[0].number


def test_issued_pdf_is_genuine_and_a_changed_character_is_rejected(desk: Desk) -> None:
    number = _number(desk)
    issued = case_documents.print_form(desk, case_documents.PrintRequest("chronology", number))
    assert documents.verify(desk, issued.pdf).verdict == documents.GENUINE
    tampered = _change_one_character(issued.pdf)
    result = documents.verify(desk, tampered)
    assert result.verdict == documents.ALTERED
    assert result.document is not None and result.document.number == issued.info.number


def _change_one_character(pdf: bytes) -> bytes:
    """Rewrite the PDF uncompressed, then change one glyph of the title's text."""
    from io import BytesIO

    reader = PdfReader(BytesIO(pdf))
    writer = PdfWriter()
    for page in reader.pages:
        writer.add_page(page)
    for page in writer.pages:
        content = page.get_contents()
        assert content is not None
        data = content.get_data()
        # the numeral of the document number in the footer's text (drawn as a literal string)
        marker = b"KRN-"
        at = data.find(marker)
        assert at >= 0
        data = data[: at + 4] + (b"9" if data[at + 4 : at + 5] != b"9" else b"8") + data[at + 5 :]
        content.set_data(data)
        page.replace_contents(content)
        break
    out = BytesIO()
    writer.write(out)
    return out.getvalue()


def test_resaved_pdf_with_the_same_text_is_recognised(desk: Desk) -> None:
    from io import BytesIO

    issued = case_documents.print_form(desk, case_documents.PrintRequest("protocol", "protocol"))
    writer = PdfWriter(clone_from=PdfReader(BytesIO(issued.pdf)))
    out = BytesIO()
    writer.write(out)
    assert out.getvalue() != issued.pdf
    assert documents.verify(desk, out.getvalue()).verdict == documents.RESAVED


def test_unknown_pdf_and_failed_print_take_no_number(desk: Desk, tmp_path: Path) -> None:
    from app.documents.forms import letter
    from tests.documents import samples

    foreign = letter.build(samples.LETTER, samples.page())
    assert documents.verify(desk, foreign).verdict == documents.UNKNOWN
    before = len(documents.issued(desk))
    with pytest.raises(RuntimeError, match="printer on fire"):
        documents.issue(
            desk,
            form="x",
            record_ref="x",
            title="x",
            doc=samples.LETTER,
            build=lambda doc, page: (_ for _ in ()).throw(RuntimeError("printer on fire")),
            page=documents.page_settings(desk),
        )
    assert len(documents.issued(desk)) == before
    issued = case_documents.print_form(
        desk, case_documents.PrintRequest("intake", _number(desk)), today=date(2026, 12, 1)
    )
    assert issued.info.number == "PGD-1/BP2MI-JKT/12/2026"  # the failed print took no number


def test_letterhead_settings_are_validated_and_printed(desk: Desk, tmp_path: Path) -> None:
    from app.errors import ValidationError

    with pytest.raises(ValidationError) as error:
        documents.save_letterhead(desk, {"paper": "Letter"})
    assert error.value.field == "paper"
    with pytest.raises(ValidationError):
        documents.save_letterhead(desk, {"margin_left_mm": "0"})
    logo = tmp_path / "logo.png"
    _write_png(logo)
    info = documents.save_letterhead(
        desk,
        {
            "ministry": "Kementerian Pelindungan Pekerja Migran Indonesia",
            "unit_name": "Direktorat Asia",
            "phone": "(021) 29244800",
            "paper": "F4",
            "place": "Jakarta",
        },
        logo=logo,
    )
    assert info.paper == "F4" and info.logo_sha256
    issued = case_documents.print_form(desk, case_documents.PrintRequest("intake", _number(desk)))
    reader = PdfReader(__import__("io").BytesIO(issued.pdf))
    assert round(float(reader.pages[0].mediabox.height) * 25.4 / 72) == 330
    text = reader.pages[0].extract_text()
    assert "KEMENTERIAN PELINDUNGAN PEKERJA MIGRAN INDONESIA" in text and "DIREKTORAT ASIA" in text
    assert "/XObject" in reader.pages[0]["/Resources"]  # the logo image


def test_case_summary_leaves_sensitive_fields_out_unless_chosen(desk: Desk) -> None:
    from app.services import case_activity

    number = _number(desk)
    nik = str(case_activity.case_detail(desk, number).worker["nik"] or "")
    plain = case_documents.print_form(desk, case_documents.PrintRequest("summary", number))
    text = "".join(p.extract_text() for p in PdfReader(__import__("io").BytesIO(plain.pdf)).pages)
    assert "NIK" not in text
    if nik:
        assert nik not in text
        full = case_documents.print_form(
            desk, case_documents.PrintRequest("summary", number, include_sensitive=True)
        )
        text = "".join(p.extract_text() for p in PdfReader(__import__("io").BytesIO(full.pdf)).pages)
        assert nik in text


def _write_png(path: Path) -> None:
    import struct
    import zlib

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    raw = b"".join(b"\x00" + b"\xc0\x20\x20" * 16 for _ in range(16))
    path.write_bytes(
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", struct.pack(">IIBBBBB", 16, 16, 8, 2, 0, 0, 0))
        + chunk(b"IDAT", zlib.compress(raw))
        + chunk(b"IEND", b"")
    )


def test_periodic_report_counts_the_register(desk: Desk) -> None:
    from io import BytesIO

    from app.errors import ValidationError
    from app.services import cases
    from app.services.report_documents import parse_period

    year = date.today().year
    total = sum(
        1 for r in cases.list_cases(desk, cases.CaseFilter(), limit=1000) if r.reported_on.year == year
    )
    issued = case_documents.print_form(desk, case_documents.PrintRequest("report", str(year)))
    text = "".join(p.extract_text() for p in PdfReader(BytesIO(issued.pdf)).pages)
    assert "LAPORAN KOORDINASI BERKALA" in text and f"Kasus diterima\n:\n{total}" in text
    assert f"1 Januari {year} s.d. 31 Desember {year}" in text
    assert issued.info.number.startswith("LAP-") and issued.info.record_ref == f"report:{year}"
    assert parse_period("2026-Q4", "id")[2] == "Triwulan IV 2026"
    assert parse_period("2026-02", "id")[:2] == (date(2026, 2, 1), date(2026, 2, 28))
    assert parse_period("2026-11", "en")[2] == "November 2026"
    with pytest.raises(ValidationError) as error:
        parse_period("2026-13", "id")
    assert error.value.field == "period"
