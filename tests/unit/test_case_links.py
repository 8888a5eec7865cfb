"""A case's letters and meetings (app/services/case_links.py) on a real demo database: the letters
linked to it with their reply state, the meetings where it was on the agenda or got action items,
and linking another registered letter (once, with a timeline entry)."""

from __future__ import annotations

import uuid
from datetime import date, timedelta

import pytest
from sqlalchemy import select

from app.errors import NotFound, ValidationError
from app.models import Case, Meeting, MeetingStatus
from app.models.correspondence import Letter, LetterCase
from app.services import case_activity, letters, minutes
from app.services.case_links import case_links, link_letter
from app.services.desk import Desk


def _editable_meeting(desk: Desk) -> tuple[uuid.UUID, date]:
    with desk.read() as session:
        meeting = session.scalar(
            select(Meeting).where(Meeting.status == MeetingStatus.PLANNED).order_by(Meeting.starts_at)
        )
        assert meeting is not None
        return meeting.id, meeting.starts_at.date()


def test_a_case_lists_its_letters_and_meetings(demo_desk: Desk) -> None:
    with demo_desk.read() as session:
        number, letter_id = session.execute(
            select(Case.number, LetterCase.letter_id).join(LetterCase, LetterCase.case_id == Case.id).limit(1)
        ).one()
        letter = session.get(Letter, letter_id)
        assert letter is not None
        reference, subject = letter.agenda_number, letter.subject
    meeting_id, held_on = _editable_meeting(demo_desk)
    minutes.add_agenda_item(demo_desk, meeting_id, "Perkembangan kasus", case_number=number)
    due = held_on + timedelta(days=7)
    minutes.add_action(
        demo_desk,
        meeting_id,
        minutes.ActionInput("Kirim surat ke majikan", "KBRI-KUL", due, case_number=number),
    )

    links = case_links(demo_desk, number, today=due + timedelta(days=1))
    assert links.number == number
    shown = {letter.reference: letter for letter in links.letters}
    assert shown[reference].subject == subject and shown[reference].kind == "in"
    ours = next(m for m in links.meetings if m.id == meeting_id)
    assert ours.on_agenda
    assert [(a.what, a.owner_agency, a.due_on, a.done_on, a.overdue) for a in ours.actions] == [
        ("Kirim surat ke majikan", "KBRI-KUL", due, None, True)
    ]

    with pytest.raises(NotFound):
        case_links(demo_desk, "KBRI-KUL/1999/99999")


def test_linking_another_letter_to_a_case(demo_desk: Desk) -> None:
    with demo_desk.read() as session:
        number = session.scalars(select(Case.number).order_by(Case.number)).first()
        linked = set(
            session.scalars(
                select(LetterCase.letter_id)
                .join(Case, Case.id == LetterCase.case_id)
                .where(Case.number == number)
            )
        )
        letter = session.scalars(
            select(Letter).where(Letter.id.not_in(linked), Letter.security == "biasa")
        ).first()
        assert number is not None and letter is not None
        reference = letter.agenda_number or letter.number
    assert reference

    assert link_letter(demo_desk, number, reference) == reference
    assert reference in {row.reference for row in case_links(demo_desk, number).letters}
    detail = case_activity.case_detail(demo_desk, number)
    assert any(reference in item.text for item in detail.timeline)
    assert number in letters.letter_detail(demo_desk, reference).cases

    with pytest.raises(ValidationError, match="already linked"):
        link_letter(demo_desk, number, reference)
    with pytest.raises(ValidationError):
        link_letter(demo_desk, number, "  ")
    with pytest.raises(NotFound):
        link_letter(demo_desk, number, "no-such-letter")
    assert sum(1 for row in case_links(demo_desk, number).letters if row.reference == reference) == 1


def test_an_agenda_item_about_a_letter(demo_desk: Desk) -> None:
    meeting_id, _held_on = _editable_meeting(demo_desk)
    with demo_desk.read() as session:
        letter = session.scalars(
            select(Letter)
            .join(LetterCase, LetterCase.letter_id == Letter.id)
            .where(Letter.agenda_number.is_not(None))
        ).first()
        assert letter is not None
        reference, letter_id = letter.agenda_number, letter.id
    assert reference
    with demo_desk.read() as session:
        number = session.scalar(
            select(Case.number)
            .join(LetterCase, LetterCase.case_id == Case.id)
            .where(LetterCase.letter_id == letter_id)
        )
    assert number is not None
    assert meeting_id not in {m.id for m in case_links(demo_desk, number).meetings}
    item_id = minutes.add_agenda_item(demo_desk, meeting_id, "Tanggapan atas surat BP2MI", letter=reference)
    # the letter's case was discussed: the meeting is among the case's
    assert meeting_id in {m.id for m in case_links(demo_desk, number).meetings if m.on_agenda}
    record = minutes.meeting_record(demo_desk, meeting_id)
    item = next(i for i in record.agenda if i.id == item_id)
    assert (item.letter_id, item.letter_reference, item.case_number) == (letter_id, reference, None)
    plain = minutes.add_agenda_item(demo_desk, meeting_id, "Lain-lain", letter="  ")
    assert (
        next(i for i in minutes.meeting_record(demo_desk, meeting_id).agenda if i.id == plain).letter_id
        is None
    )
    before = len(minutes.meeting_record(demo_desk, meeting_id).agenda)
    with pytest.raises(NotFound):
        minutes.add_agenda_item(
            demo_desk, meeting_id, "Surat yang tidak ada", letter="KBRI-KUL/SM/1999/00001"
        )
    assert len(minutes.meeting_record(demo_desk, meeting_id).agenda) == before


def test_a_confidential_letter_is_counted_not_shown(demo_desk: Desk) -> None:
    from app.services import reference

    reference.save_officer(
        demo_desk,
        full_name="Budi Santoso",
        agency_code="KBRI-KUL",
        username="budi",
        role="case_officer",
        unit_code="KONS",
    )
    with demo_desk.read() as session:
        number = session.scalars(select(Case.number).order_by(Case.number)).first()
    assert number is not None
    secret = letters.register_incoming(
        demo_desk,
        letters.IncomingLetter(
            received_on=date.today(),
            subject="Rahasia: dugaan TPPO",
            sender_agency="BP2MI",
            security="rahasia",
            addressee_unit="PWNI",
            case_numbers=(number,),
        ),
    )
    admin = case_links(demo_desk, number)
    assert secret.reference in {r.reference for r in admin.letters} and admin.hidden_letters == 0
    demo_desk.username = "budi"
    try:
        seen = case_links(demo_desk, number)
        assert secret.reference not in {r.reference for r in seen.letters}
        assert seen.hidden_letters == 1
        assert len(seen.letters) == len(admin.letters) - 1
    finally:
        demo_desk.username = "admin"
