"""The letter register, dispositions, confidentiality and the communication log, through the services."""

from __future__ import annotations

import io
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from reportlab.pdfgen import canvas
from sqlalchemy import func, select

from app.errors import NotFound, ValidationError
from app.models import Change, LocalState
from app.models.correspondence import ClassificationCode, Letter, LetterFile
from app.services import attachments, case_activity, cases, comms, dispositions, letters, reference
from app.services.desk import Desk
from app.services.dispositions import Route
from app.services.dto import UnitInfo
from app.services.letters import IncomingLetter, LetterDraft, LetterFilter
from app.services.workers import WorkerInput

TODAY = date(2026, 3, 16)


def scan_pdf(path: Path) -> Path:
    buffer = io.BytesIO()
    page = canvas.Canvas(buffer)
    page.drawString(72, 720, "Surat KJRI Johor Bahru nomor 123/PK/III/2026")
    page.save()
    path.write_bytes(buffer.getvalue())
    return path


def _incoming(desk: Desk, tmp_path: Path, **changes: object) -> letters.Registered:
    values: dict[str, object] = {
        "received_on": TODAY,
        "dated_on": date(2026, 3, 12),
        "subject": "Permohonan pemulangan PMI a.n. Siti Aminah",
        "sender_agency": "BP2MI",
        "sender_number": "B-431/BP2MI/PL.02/III/2026",
        "summary": "BP2MI meminta KBRI memfasilitasi pemulangan.",
        "reply_by": date(2026, 3, 23),
        "attachment_count": 2,
        "scans": (scan_pdf(tmp_path / "scan.pdf"),),
    }
    values.update(changes)
    return letters.register_incoming(desk, IncomingLetter(**values), today=TODAY)  # type: ignore[arg-type]


def _units(desk: Desk) -> dict[str, UnitInfo]:
    return {u.code: u for u in reference.units(desk, "KBRI-KUL")}


def test_classification_codes_are_seeded_and_editable(desk: Desk) -> None:
    codes = {c.code: c for c in letters.classification_codes(desk)}
    assert codes["PL.01"].name == "Pengaduan" and len(codes) >= 27
    letters.save_classification(desk, code="pl.99", name="Pendataan PMI", name_en="Registration")
    edited = letters.save_classification(
        desk, code="PL.01", name="Pengaduan PMI", code_id=codes["PL.01"].id, active=True
    )
    assert edited.name == "Pengaduan PMI"
    with pytest.raises(ValidationError):
        letters.save_classification(desk, code="PL.99", name="Dua kali")
    with pytest.raises(ValidationError):
        letters.save_classification(desk, code="PL 07!", name="Kode buruk")
    # seeding again (a new release of the files) never overwrites the administrator's edit
    with desk.db.session(None) as session:
        state = session.get(LocalState, "reference_replicated")
        assert state is not None
        state.value = "an older release"
    assert reference.seed(desk.db)
    with desk.read() as session:
        row = session.scalar(select(ClassificationCode).where(ClassificationCode.code == "PL.01"))
        assert row is not None and row.name == "Pengaduan PMI" and row.origin_site == "_seed"


def test_registering_an_incoming_letter_with_its_scan(desk: Desk, tmp_path: Path) -> None:
    first = _incoming(desk, tmp_path)
    second = _incoming(desk, tmp_path, subject="Undangan rapat koordinasi", reply_by=None)
    assert first.reference == "KBRI-KUL/SM/2026/00001"
    assert second.reference == "KBRI-KUL/SM/2026/00002"
    detail = letters.letter_detail(desk, first.reference, today=TODAY)
    assert detail.sender.startswith("Badan Pelindungan Pekerja Migran Indonesia")
    assert detail.awaiting_reply and not detail.overdue
    (scan,) = detail.files
    assert scan.is_scan and scan.media_type == "application/pdf"
    assert attachments.verify_blob(desk, scan.sha256)
    # every row went through the one change capture
    with desk.read() as session:
        logged = {e for (e,) in session.execute(select(Change.entity).distinct())}
    assert {"letter", "letter_file"} <= logged


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"subject": "   "}, "subject"),
        ({"reply_by": date(2026, 3, 10)}, "reply_by"),
        ({"dated_on": date(2026, 3, 20)}, "dated_on"),
        ({"sender_agency": "", "sender_name": ""}, "sender"),
        ({"sender_agency": "NOPE"}, "sender"),
        ({"security": "penting"}, "security"),
        ({"case_numbers": ("KBRI-KUL/2026/99999",)}, None),
    ],
)
def test_bad_input_saves_nothing(
    desk: Desk, tmp_path: Path, changes: dict[str, object], field: str | None
) -> None:
    with pytest.raises((ValidationError, NotFound)) as raised:
        _incoming(desk, tmp_path, **changes)
    if field:
        assert raised.value.field == field
    assert raised.value.translated("id")
    with desk.read() as session:
        assert session.scalar(select(func.count(Letter.id))) == 0
    # the agenda number was not used up
    assert _incoming(desk, tmp_path).reference.endswith("/00001")


def test_a_scan_that_is_not_a_pdf_or_an_image_is_refused(desk: Desk, tmp_path: Path) -> None:
    text = tmp_path / "scan.pdf"
    text.write_text("not a scan at all")
    with pytest.raises(ValidationError) as raised:
        letters.register_incoming(
            desk,
            IncomingLetter(received_on=TODAY, subject="Hal", sender_name="Tan Ah Kow", scans=(text,)),
            today=TODAY,
        )
    assert "PDF" in raised.value.translated("en")
    with desk.read() as session:
        assert session.scalar(select(func.count(Letter.id))) == 0
        assert session.scalar(select(func.count(LetterFile.id))) == 0


def test_a_reply_ends_the_wait_and_overdue_letters_show(desk: Desk, tmp_path: Path) -> None:
    first = _incoming(desk, tmp_path)
    waiting = LetterFilter(kind="in", awaiting_reply=True)
    assert [r.reference for r in letters.list_letters(desk, waiting, today=TODAY)] == [first.reference]
    later = date(2026, 3, 24)
    overdue = letters.list_letters(desk, LetterFilter(overdue=True), today=later)
    assert [r.overdue for r in overdue] == [True]
    reply = letters.draft_letter(
        desk,
        LetterDraft(
            kind="out",
            subject="Tanggapan atas permohonan pemulangan",
            addressee="Kepala BP2MI",
            addressee_place="Jakarta",
            body="Dengan hormat, ...",
            classification="PL.02",
            signer="admin",
            copies=("Direktur PWNI Kemlu", "Arsip"),
            in_reply_to=first.reference,
        ),
        today=TODAY,
    )
    letters.approve_letter(desk, reply, today=TODAY)
    assert letters.count_letters(desk, waiting, today=TODAY) == 1  # a draft answers nothing yet
    number = letters.sign_letter(desk, reply, today=TODAY)
    assert number == "B-1/KBRI-KUL/PL.02/03/2026"
    assert letters.count_letters(desk, waiting, today=TODAY) == 0
    detail = letters.letter_detail(desk, first.reference, today=TODAY)
    assert [r.reference for r in detail.replies] == [number] and not detail.awaiting_reply
    letters.send_letter(desk, reply, today=TODAY)
    document = letters.letter_document(desk, number)
    assert document.number == number and document.sifat == "Biasa" and document.place == "Kuala Lumpur"
    assert document.tembusan == ("Direktur PWNI Kemlu", "Arsip")
    assert document.signer_name == "Siti Rahmawati" and document.in_reply_to == "B-431/BP2MI/PL.02/III/2026"
    # search over number, sender, subject and summary
    for word in ("B-1/KBRI", "BP2MI", "tanggapan", "memfasilitasi"):
        assert letters.count_letters(desk, LetterFilter(text=word), today=TODAY) >= 1, word
    assert letters.count_letters(desk, LetterFilter(text="tidakada"), today=TODAY) == 0


def test_dispositions_route_forward_and_finish(desk: Desk, tmp_path: Path) -> None:
    letter = _incoming(desk, tmp_path)
    units = _units(desk)
    pwni, kons = units["PWNI"], units["KONS"]
    with pytest.raises(ValidationError):  # two recipients and no lead
        dispositions.dispose(desk, letter.id, (Route(unit_id=pwni.id), Route(unit_id=kons.id)), today=TODAY)
    with pytest.raises(ValidationError):
        dispositions.dispose(
            desk, letter.id, (Route(unit_id=pwni.id, lead=True),), due_on=date(2026, 3, 1), today=TODAY
        )
    first = dispositions.dispose(
        desk,
        letter.id,
        (Route(unit_id=pwni.id, lead=True), Route(unit_id=kons.id)),
        instructions=("selesaikan", "koordinasikan"),
        note="Segera tindak lanjuti",
        due_on=date(2026, 3, 20),
        today=TODAY,
    )
    (routing,) = letters.letter_detail(desk, letter.id, today=TODAY).dispositions
    lead = routing.recipients[0]
    assert lead.name.startswith("Fungsi Pelindungan") and lead.lead
    admin = next(o for o in reference.officers(desk) if o.username == "admin")
    dispositions.forward(
        desk, lead.id, (Route(officer_id=admin.id),), instructions=("pelajari",), today=TODAY
    )
    dispositions.complete(desk, routing.recipients[1].id, note="Sudah dikoordinasikan", today=TODAY)
    with pytest.raises(ValidationError):
        dispositions.complete(desk, lead.id, today=TODAY)  # forwarded already
    chain = letters.letter_detail(desk, letter.id, today=date(2026, 3, 23)).dispositions
    assert [(d.depth, [r.status for r in d.recipients]) for d in chain] == [
        (0, ["forwarded", "done"]),
        (1, ["pending"]),
    ]
    assert chain[1].parent_recipient_id == lead.id and chain[1].instructions == ("pelajari",)
    mine = dispositions.pending_for(desk, scope="mine", today=TODAY)
    assert [p.letter_reference for p in mine] == [letter.reference]
    sheet = dispositions.disposition_sheet(desk, first)
    assert sheet.agenda_number == letter.reference and sheet.sifat == "Biasa"
    assert [name for name, lead_ in sheet.recipients if lead_] == [pwni.name]
    assert [word for _, word, ticked in sheet.instructions if ticked] == ["Selesaikan", "Koordinasikan"]
    assert len(sheet.instructions) == 7 and sheet.due_on == date(2026, 3, 20)
    # the first routing is overdue once its deadline has passed... but only for pending recipients
    assert dispositions.overdue_count(desk, today=date(2026, 3, 23)) == 0


def test_a_secret_letter_is_read_only_by_its_addressee_and_allowed_roles(desk: Desk, tmp_path: Path) -> None:
    units = _units(desk)
    reference.save_officer(
        desk,
        full_name="Budi Santoso",
        agency_code="KBRI-KUL",
        username="budi",
        role="case_officer",
        unit_code="KONS",
    )
    reference.save_officer(
        desk,
        full_name="Dewi Lestari",
        agency_code="KBRI-KUL",
        username="dewi",
        role="case_officer",
        unit_code="PWNI",
    )
    secret = _incoming(desk, tmp_path, security="rahasia", addressee_unit="PWNI", subject="Rahasia: TPPO")
    ordinary = _incoming(desk, tmp_path, subject="Biasa saja")
    assert letters.count_letters(desk, LetterFilter(), today=TODAY) == 2  # the administrator reads all
    desk.username = "budi"
    assert [r.reference for r in letters.list_letters(desk, LetterFilter(), today=TODAY)] == [
        ordinary.reference
    ]
    with pytest.raises(NotFound):
        letters.letter_detail(desk, secret.reference)
    desk.username = "dewi"  # her unit is the addressee
    assert letters.count_letters(desk, LetterFilter(), today=TODAY) == 2
    desk.username = "admin"
    budi = next(o for o in reference.officers(desk) if o.username == "budi")
    dispositions.dispose(desk, secret.id, (Route(officer_id=budi.id),), today=TODAY)
    desk.username = "budi"  # routed to him now
    assert letters.letter_detail(desk, secret.reference).subject == "Rahasia: TPPO"
    assert units  # units exist for the routing


def _case(desk: Desk) -> str:
    return cases.open_case(
        desk,
        WorkerInput(full_name="Siti Aminah", destination_country="MY"),
        cases.CaseInput(category="unpaid_wages", reported_on=TODAY),
        today=TODAY,
    ).number


def test_a_logged_call_appears_in_the_case_timeline(desk: Desk) -> None:
    number = _case(desk)
    comms.log_communication(
        desk,
        comms.CommInput(
            channel="phone",
            direction="in",
            at=datetime(2026, 3, 16, 9, 30, tzinfo=UTC),
            counterpart_name="Pak Rahman",
            counterpart_agency="BP2MI",
            counterpart_phone="0812 3456 7890",
            summary="Keluarga menanyakan perkembangan kasus",
            follow_up="Kirim kabar ke keluarga",
            follow_up_due=date(2026, 3, 18),
            case_number=number,
        ),
    )
    (row,) = comms.list_communications(desk, comms.CommFilter(case_number=number))
    assert row.counterpart_phone == "+6281234567890" and row.agency == "BP2MI"
    timeline = case_activity.case_detail(desk, number, today=TODAY, language="en").timeline
    call = next(i for i in timeline if i.kind == "call")
    assert "Phone call (incoming) with Pak Rahman" in call.text and "Kirim kabar" in call.text
    assert comms.count_communications(desk, comms.CommFilter(open_follow_ups=True)) == 1
    comms.complete_follow_up(desk, row.id, today=TODAY)
    assert comms.count_communications(desk, comms.CommFilter(open_follow_ups=True)) == 0


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"summary": " "}, "summary"),
        ({"channel": "pigeon"}, "channel"),
        ({"counterpart_phone": "12"}, "counterpart_phone"),
        ({"follow_up_due": date(2026, 3, 1), "follow_up": "x"}, "follow_up_due"),
        ({"follow_up_due": date(2026, 3, 20)}, "follow_up"),
        ({"counterpart_name": ""}, "counterpart_name"),
    ],
)
def test_a_bad_log_entry_saves_nothing(desk: Desk, changes: dict[str, object], field: str) -> None:
    values: dict[str, object] = {
        "channel": "whatsapp",
        "summary": "Pesan dari majikan",
        "counterpart_name": "Tan Ah Kow",
        "at": datetime(2026, 3, 16, 9, 30, tzinfo=UTC),
    }
    values.update(changes)
    with pytest.raises(ValidationError) as raised:
        comms.log_communication(desk, comms.CommInput(**values))  # type: ignore[arg-type]
    assert raised.value.field == field
    assert comms.count_communications(desk, comms.CommFilter()) == 0


def test_a_draft_is_rewritten_and_its_removed_copies_are_tombstoned(desk: Desk) -> None:
    from app.models.correspondence import LetterCopy

    draft = LetterDraft(
        kind="memo", subject="Laporan mingguan", addressee="Kepala Perwakilan", copies=("A", "B", "C")
    )
    letter_id = letters.draft_letter(desk, draft, today=TODAY)
    letters.update_draft(
        desk,
        letter_id,
        LetterDraft(
            kind="memo", subject="Laporan mingguan (revisi)", addressee="Kepala Perwakilan", copies=("A", "D")
        ),
    )
    detail = letters.letter_detail(desk, letter_id)
    assert detail.subject == "Laporan mingguan (revisi)" and detail.copies == ("A", "D")
    with desk.read() as session:
        rows = session.scalars(select(LetterCopy).where(LetterCopy.letter_id == letter_id)).all()
        assert len(rows) == 3 and sum(r.deleted_at is not None for r in rows) == 1
    letters.approve_letter(desk, letter_id, today=TODAY)
    with pytest.raises(ValidationError):  # an approved letter is no longer a draft to rewrite
        letters.update_draft(desk, letter_id, draft)
    document = letters.letter_document(desk, letter_id)
    assert document.number == "" and document.signer_name == ""  # blank until signed
    letters.cancel_letter(desk, letter_id, "Tidak jadi dikirim", today=TODAY)
    assert letters.letter_detail(desk, letter_id).status == "cancelled"
    assert letters.number_register(desk, TODAY.year) == []  # it never had a number
