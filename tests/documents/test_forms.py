"""Every form read back from its PDF: page size, fonts embedded, fields in the official order
and position, tables running over pages with their header repeated, Arabic names kept."""

from __future__ import annotations

import re
import unicodedata
from io import BytesIO
from typing import Any

import pytest
from pypdf import PdfReader

from app.documents.catalogue import BUILDERS
from app.documents.page import MM
from tests.documents import samples


def _read(pdf: bytes) -> PdfReader:
    return PdfReader(BytesIO(pdf))


def _positions(page: Any) -> list[tuple[str, float, float]]:
    """(text, x, y) of every text run on a page."""
    found: list[tuple[str, float, float]] = []

    def visit(text: str, cm: Any, tm: Any, font: Any, size: Any) -> None:
        if text.strip():  # the text matrix placed by the current transformation
            x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
            y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
            found.append((text.strip(), x, y))

    page.extract_text(visitor_text=visit)
    return found


def _at(runs: list[tuple[str, float, float]], pattern: str) -> tuple[float, float]:
    for text, x, y in runs:
        if re.search(pattern, text):
            return x, y
    raise AssertionError(f"{pattern!r} not on the page: {[r[0] for r in runs]}")


@pytest.mark.parametrize(("paper", "size_mm"), [("A4", (210, 297)), ("F4", (215, 330))])
def test_page_size_is_exact_and_fonts_are_embedded(paper: str, size_mm: tuple[int, int]) -> None:
    reader = _read(BUILDERS["letter"](samples.LETTER, samples.page(paper)))
    box = reader.pages[0].mediabox
    assert (round(float(box.width) / MM, 1), round(float(box.height) / MM, 1)) == size_mm
    fonts = reader.pages[0]["/Resources"]["/Font"]
    for ref in fonts.values():
        font = ref.get_object()
        descendant = font["/DescendantFonts"][0].get_object() if "/DescendantFonts" in font else font
        descriptor = descendant["/FontDescriptor"].get_object()
        assert "/FontFile2" in descriptor, f"{font['/BaseFont']} is not embedded"
        assert "Liberation" in str(font["/BaseFont"]) or "Noto" in str(font["/BaseFont"])


def test_letter_fields_in_official_order_and_position() -> None:
    page = _read(BUILDERS["letter"](samples.LETTER, samples.page())).pages[0]
    runs = _positions(page)
    width = float(page.mediabox.width)
    labels = [_at(runs, rf"^{label}$") for label in ("Nomor", "Sifat", "Lampiran", "Hal")]
    # at the left margin, one under the other, in that order
    assert all(abs(x - 30 * MM) < 1 for x, _ in labels)
    assert [y for _, y in labels] == sorted((y for _, y in labels), reverse=True)
    date_x, date_y = _at(runs, r"^Jakarta, 28 November 2026$")
    assert date_x > width / 2 and abs(date_y - labels[0][1]) < 1  # at the right, on the number's line
    text = page.extract_text()
    _in_order(
        text,
        [
            "Nomor",
            "Sifat",
            "Lampiran",
            "Hal",
            "Yth. Duta Besar",
            "Dengan hormat",
            "Direktur Pelindungan Kawasan",
            "Dr. Hendra Wijaya",
            "NIP 197001011995031001",
            "Tembusan",
            "1. Kepala Badan",
        ],
    )
    sign_x, _ = _at(runs, r"^Dr\. Hendra Wijaya")
    assert sign_x > width / 2  # the signature block stands at the right


def _in_order(text: str, pieces: list[str]) -> None:
    at = 0
    for piece in pieces:
        found = text.find(piece, at)
        assert found >= 0, f"{piece!r} missing or out of order"
        at = found + len(piece)


def test_memo_lists_its_header_fields_in_order() -> None:
    text = _read(BUILDERS["memo"](samples.MEMO, samples.page())).pages[0].extract_text()
    _in_order(text, ["NOTA DINAS", "Kepada", "Dari", "Tembusan", "Tanggal", "Sifat", "Lampiran", "Hal"])


def test_long_minutes_table_spans_pages_with_repeated_header() -> None:
    reader = _read(BUILDERS["minutes"](samples.minutes(60), samples.page()))
    assert len(reader.pages) >= 3
    pages_with_header = [i for i, p in enumerate(reader.pages) if "Tindak lanjut nomor" in p.extract_text()]
    assert len(pages_with_header) >= 2
    for i in pages_with_header:
        text = reader.pages[i].extract_text()
        assert "Tindakan" in text and "Batas waktu" in text, f"page {i + 1} lacks the table header"
    last = reader.pages[-1].extract_text()
    assert "Tindak lanjut nomor 60" in "".join(p.extract_text() for p in reader.pages)
    assert "Notulis" in last and "Ratna Sari Dewi" in last  # signature blocks close the minutes
    later = reader.pages[1].extract_text()
    assert "- 2 -" in later  # following pages: a page number and a short header


def _logical(text: str) -> str:
    """A PDF stores right-to-left words in visual order and shaped letters as presentation
    forms: fold the forms back (NFKC) and read each run of Arabic words from the right."""
    normal = unicodedata.normalize("NFKC", text)
    return re.sub(
        r"[\u0600-\u06FF]+(?: [\u0600-\u06FF]+)*", lambda m: " ".join(reversed(m.group(0).split(" "))), normal
    )


def test_arabic_name_is_shaped_and_extracted_intact() -> None:
    reader = _read(BUILDERS["attendance"](samples.ATTENDANCE, samples.page()))
    text = reader.pages[0].extract_text()
    assert samples.ARABIC_NAME in _logical(text)
    # shaped by HarfBuzz: the letters are drawn in their joining forms (initial, medial, final)
    assert sum(1 for c in text if "\ufe70" <= c <= "\ufeff") >= 8
    fonts = {str(f.get_object()["/BaseFont"]) for f in reader.pages[0]["/Resources"]["/Font"].values()}
    assert any("NotoNaskhArabic" in f for f in fonts)


def test_chinese_name_prints_in_the_han_face_and_is_extracted_intact() -> None:
    reader = _read(BUILDERS["attendance"](samples.ATTENDANCE, samples.page()))
    text = " ".join(reader.pages[0].extract_text().split())  # the name column wraps
    assert f"{samples.HAN_NAME} (Chan Mei Ling)" in text
    fonts = {str(f.get_object()["/BaseFont"]) for f in reader.pages[0]["/Resources"]["/Font"].values()}
    assert any("DroidSansFallback" in f for f in fonts)


def test_attendance_signature_numbers_alternate_left_and_right() -> None:
    page = _read(BUILDERS["attendance"](samples.ATTENDANCE, samples.page())).pages[0]
    runs = _positions(page)
    xs = {n: _at(runs, rf"^{n}\. \.+$")[0] for n in (1, 2, 3, 4)}
    assert xs[1] < xs[2] and xs[3] < xs[4] and abs(xs[1] - xs[3]) < 1 and abs(xs[2] - xs[4]) < 1


def test_disposition_sheet_is_half_folio() -> None:
    reader = _read(BUILDERS["disposition"](samples.DISPOSITION, samples.page("F4")))
    box = reader.pages[0].mediabox
    assert (round(float(box.width) / MM), round(float(box.height) / MM)) == (165, 215)
    text = reader.pages[0].extract_text()
    for piece in (
        "LEMBAR DISPOSISI",
        "SM-1182/2026",
        "B-3345/KBRI-KL/PWNI/11/2026",
        "[X] Selesaikan",
        "[X] Koordinasikan",
        "[ ] Pantau",
        "2 Desember 2026",
    ):
        assert piece in text


def test_invitation_has_meeting_details_and_invitee_annex() -> None:
    reader = _read(BUILDERS["invitation"](samples.INVITATION, samples.page()))
    first = reader.pages[0].extract_text()
    for piece in (
        "Sabtu, 28 November 2026",
        "09.00 – 12.00 WIB",
        "Ruang Rapat Lantai 3",
        "1. Tindak lanjut keputusan",
    ):
        assert piece in first
    annex = reader.pages[-1].extract_text()
    assert "DAFTAR UNDANGAN" in annex and "Agus Prasetyo" in annex


def test_english_documents_for_foreign_authorities() -> None:
    text = _read(BUILDERS["letter"](samples.LETTER, samples.page(language="en"))).pages[0].extract_text()
    assert "Number" in text and "Subject" in text and "Jakarta, 28 November 2026" in text


def test_every_form_carries_its_number_and_code() -> None:
    for name, doc in [
        ("letter", samples.LETTER),
        ("chronology", samples.CHRONOLOGY),
        ("disposition", samples.DISPOSITION),
    ]:
        reader = _read(BUILDERS[name](doc, samples.page()))
        text = reader.pages[0].extract_text()
        assert "B-12/DIR-PKAA/HK.01/11/2026" in text
        assert samples.page().verification.code in str(reader.metadata.get("/Keywords"))  # type: ignore[union-attr]
