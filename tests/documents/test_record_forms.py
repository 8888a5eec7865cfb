"""The record forms filled from the demo's real letters and meetings (app/services/record_documents.py):
what may be previewed but not issued yet, addendums on the minutes, and the time zone abroad."""

from __future__ import annotations

from io import BytesIO

import pytest
from pypdf import PdfReader

from app.errors import ValidationError
from app.services import case_documents, documents, letters, meetings, minutes
from app.services.case_documents import PrintRequest
from app.services.desk import Desk
from app.services.letters import LetterFilter


def text_of(pdf: bytes) -> str:
    return " ".join(" ".join(p.extract_text() or "" for p in PdfReader(BytesIO(pdf)).pages).split())


def test_an_unsigned_memo_and_open_minutes_preview_but_are_not_issued(demo_desk: Desk) -> None:
    memo = next(r for r in letters.list_letters(demo_desk, LetterFilter(kind="memo")) if r.status == "draft")
    request = PrintRequest(form="memo", record=str(memo.id))
    draft = text_of(case_documents.preview(demo_desk, request))
    assert "NOTA DINAS" in draft and memo.subject in draft
    with pytest.raises(ValidationError, match="not signed yet"):
        case_documents.print_form(demo_desk, request)

    upcoming = next(m for m in meetings.list_meetings(demo_desk) if m.status == "invited")
    request = PrintRequest(form="minutes", record=upcoming.reference)
    assert "NOTULA" in text_of(case_documents.preview(demo_desk, request))
    with pytest.raises(ValidationError, match="are not closed yet"):
        case_documents.print_form(demo_desk, request)
    assert documents.issued(demo_desk) == []  # nothing took a number


def test_closed_minutes_print_their_addendums_and_the_local_time_abroad(demo_desk: Desk) -> None:
    held = next(
        m
        for m in meetings.list_meetings(demo_desk)
        if m.status == "held" and m.minutes_closed and m.timezone == "Asia/Kuala_Lumpur"
    )
    minutes.add_addendum(demo_desk, held.id, "Nama wakil KEMNAKER yang hadir diperbaiki.")
    issued = case_documents.print_form(demo_desk, PrintRequest(form="minutes", record=held.reference))
    text = text_of(issued.pdf)
    assert issued.info.number.startswith("NOT-1/KBRI-KUL/")
    assert "F. Adendum" in text and "Nama wakil KEMNAKER yang hadir diperbaiki." in text
    assert "waktu setempat" in text  # Kuala Lumpur keeps no Indonesian zone (WIB, WITA, WIT)
    english = text_of(
        case_documents.preview(
            demo_desk, PrintRequest(form="attendance", record=held.reference, language="en")
        )
    )
    assert "ATTENDANCE LIST" in english and "local time" in english
    assert documents.verify(demo_desk, issued.pdf).verdict == documents.GENUINE


def test_a_letter_named_as_the_wrong_form_is_refused_with_the_right_one(demo_desk: Desk) -> None:
    signed = next(
        r for r in letters.list_letters(demo_desk, LetterFilter(kind="out")) if r.status == "signed"
    )
    with pytest.raises(ValidationError, match="try letter"):
        case_documents.preview(demo_desk, PrintRequest(form="memo", record=signed.reference))


def test_a_signed_memo_is_issued_under_its_number_and_verifies(demo_desk: Desk) -> None:
    memo = next(r for r in letters.list_letters(demo_desk, LetterFilter(kind="memo")) if r.status == "draft")
    letters.approve_letter(demo_desk, memo.id)
    number = letters.sign_letter(demo_desk, memo.id, signer="admin")
    issued = case_documents.print_form(demo_desk, PrintRequest(form="memo", record=number))
    assert issued.info.number == number and issued.info.form == "memo"
    text = text_of(issued.pdf)
    assert "NOTA DINAS" in text and f"Nomor {number}" in text and "Kepada : Kepala Perwakilan" in text
    assert text.index("Kepada") < text.index("Hal") < text.index("Bersama ini kami laporkan")
    assert documents.verify(demo_desk, issued.pdf).verdict == documents.GENUINE
    with pytest.raises(ValidationError, match="already been issued"):
        case_documents.print_form(demo_desk, PrintRequest(form="memo", record=number))
