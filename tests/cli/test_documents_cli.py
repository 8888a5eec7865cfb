"""`jejaring print` and `jejaring verify`, run as typed."""

from __future__ import annotations

import json
from io import BytesIO
from pathlib import Path

from pypdf import PdfReader, PdfWriter

from tests.cli.conftest import Run


def _first_case(run: Run) -> str:
    assert run("demo", "--cases", "3").returncode == 0
    return str(json.loads(run("case", "list", "--json").stdout)[0]["number"])


def test_print_every_case_form_and_the_protocol_then_verify(initialised: Run, tmp_path: Path) -> None:
    number = _first_case(initialised)
    for form in ("intake", "summary", "chronology", "clarification", "record"):
        out = tmp_path / f"{form}.pdf"
        result = initialised("print", form, number, "--out", str(out))
        assert result.returncode == 0, result.stderr
        assert out.read_bytes().startswith(b"%PDF-") and "written to" in result.stdout
    f4 = tmp_path / "protocol.pdf"
    assert (
        initialised(
            "print", "protocol", "protocol", "--out", str(f4), "--paper", "F4", "--lang", "en"
        ).returncode
        == 0
    )
    box = PdfReader(f4).pages[0].mediabox
    assert (round(float(box.width) * 25.4 / 72), round(float(box.height) * 25.4 / 72)) == (215, 330)
    assert "COORDINATION PROTOCOL" in PdfReader(f4).pages[0].extract_text()

    genuine = initialised("verify", str(tmp_path / "intake.pdf"))
    assert genuine.returncode == 0 and "GENUINE" in genuine.stdout and "PGD-1/KJRI-HKG/" in genuine.stdout


def test_verify_rejects_a_changed_character_and_an_unknown_file(initialised: Run, tmp_path: Path) -> None:
    number = _first_case(initialised)
    issued = tmp_path / "chronology.pdf"
    assert initialised("print", "chronology", number, "--out", str(issued)).returncode == 0
    reader = PdfReader(issued)
    writer = PdfWriter()
    writer.append(reader)
    content = writer.pages[0].get_contents()
    assert content is not None
    data = content.get_data()
    at = data.index(number.split("/")[-1].encode())  # a digit of the case number as printed
    data = data[:at] + (b"8" if data[at : at + 1] != b"8" else b"7") + data[at + 1 :]
    content.set_data(data)
    writer.pages[0].replace_contents(content)
    forged = tmp_path / "forged.pdf"
    buffer = BytesIO()
    writer.write(buffer)
    forged.write_bytes(buffer.getvalue())
    altered = initialised("verify", str(forged))
    assert altered.returncode == 4 and "ALTERED" in altered.stdout

    stranger = tmp_path / "stranger.pdf"
    blank = PdfWriter()
    blank.add_blank_page(595, 842)
    with stranger.open("wb") as handle:
        blank.write(handle)
    unknown = initialised("verify", str(stranger))
    assert unknown.returncode == 5 and "UNKNOWN" in unknown.stdout


def test_bad_input_is_one_clear_line(initialised: Run, tmp_path: Path) -> None:
    missing = initialised("print", "intake", "KJRI-HKG/2026/99999", "--out", str(tmp_path / "x.pdf"))
    assert missing.returncode == 1 and "There is no case with the number" in missing.stderr
    assert not (tmp_path / "x.pdf").exists()
    wrong = initialised("print", "intake", "X", "--out", str(tmp_path / "x.txt"))
    assert wrong.returncode == 1 and "must end in .pdf" in wrong.stderr
    not_pdf = tmp_path / "note.pdf"
    not_pdf.write_text("hello")
    assert "not a PDF" in initialised("verify", str(not_pdf)).stderr
    indonesian = initialised("verify", str(tmp_path / "nothing.pdf"), lang="id")
    assert indonesian.returncode == 1 and "tidak ada" in indonesian.stderr.lower()
