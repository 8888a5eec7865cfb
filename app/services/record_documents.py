"""The printed forms of correspondence and meetings, filled from their records: an outgoing
letter or a memo (it keeps the number it was signed with), the lembar disposisi of an incoming
letter, and a meeting's invitation, attendance list and minutes.

`app.services.case_documents` routes these forms here, so the preview, `issue()` and the register
are the same as for a case's forms (one mechanism)."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from app.documents.formats import long_date
from app.documents.forms import disposition, letter, meeting
from app.documents.page import PageSettings, Signatory
from app.errors import NotFound, ValidationError
from app.i18n import QT_TRANSLATE_NOOP, translate
from app.letter_labels import SIFAT_WORDS
from app.models.correspondence import DispositionInstruction, LetterSecurity
from app.services import documents, meetings, minutes
from app.services.desk import Desk
from app.services.meeting_dto import MeetingRecord

#: form code -> its title (marked for translation)
RECORD_FORMS: dict[str, str] = {
    "letter": QT_TRANSLATE_NOOP("documents", "Official letter"),
    "memo": QT_TRANSLATE_NOOP("documents", "Memorandum"),
    "disposition": QT_TRANSLATE_NOOP("documents", "Disposition sheet"),
    "invitation": QT_TRANSLATE_NOOP("documents", "Meeting invitation"),
    "attendance": QT_TRANSLATE_NOOP("documents", "Attendance list"),
    "minutes": QT_TRANSLATE_NOOP("documents", "Minutes"),
}
MEETING_FORMS = ("invitation", "attendance", "minutes")

#: the letter's kinds each form prints
_KINDS = {"letter": ("out", "invitation"), "memo": ("memo",)}

#: the lembar disposisi's boxes (English sources in app/documents/forms/disposition.py), by instruction
_INSTRUCTION_BOXES = dict(zip(DispositionInstruction, disposition.INSTRUCTIONS, strict=True))

#: Indonesian time zones by their IANA names; elsewhere the invitation says "local time"
_ZONES = {"Asia/Jakarta": "WIB", "Asia/Pontianak": "WIB", "Asia/Makassar": "WITA", "Asia/Jayapura": "WIT"}

_NUMBERS = (
    QT_TRANSLATE_NOOP("documents", "one"),
    QT_TRANSLATE_NOOP("documents", "two"),
    QT_TRANSLATE_NOOP("documents", "three"),
    QT_TRANSLATE_NOOP("documents", "four"),
    QT_TRANSLATE_NOOP("documents", "five"),
    QT_TRANSLATE_NOOP("documents", "six"),
    QT_TRANSLATE_NOOP("documents", "seven"),
    QT_TRANSLATE_NOOP("documents", "eight"),
    QT_TRANSLATE_NOOP("documents", "nine"),
)


@dataclass(frozen=True)
class RecordForm:
    """A form ready to print: its input, its builder, its title and the register's fields."""

    doc: Any
    build: Callable[[Any, PageSettings], bytes]
    title: str
    record_ref: str
    #: the number it carries (a signed letter's); None: the register numbers it
    number: str | None
    #: why it may be previewed but not issued yet (an unsigned letter, open minutes)
    not_yet: ValidationError | None = None


def _t(text: str, language: str) -> str:
    return translate("documents", text, language)


def _attachment(count: int, language: str) -> str:
    """Lampiran as Tata Naskah Dinas writes it: "1 (satu) berkas", or "-"."""
    if count <= 0:
        return "-"
    words = f" ({_t(_NUMBERS[count - 1], language)})" if count <= len(_NUMBERS) else ""
    return _t("{count}{words} file(s)", language).format(count=count, words=words)


def _paragraphs(text: str) -> tuple[str, ...]:
    return tuple(" ".join(p.split()) for p in text.replace("\r\n", "\n").split("\n\n") if p.strip())


def _letter(desk: Desk, form: str, ref: str, language: str) -> RecordForm:
    from app.services.letters import letter_document

    try:  # the app names a draft, which has no number yet, by its id
        data = letter_document(desk, uuid.UUID(ref.strip()))
    except ValueError:
        data = letter_document(desk, ref)
    if data.kind not in _KINDS[form]:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Letter {reference} is not printed as this form: try {form}."),
            field="form",
            reference=ref,
            form="memo" if data.kind == "memo" else "letter",
        )
    signer = Signatory(data.signer_position, data.signer_name, data.signer_rank, data.signer_nip)
    body = _paragraphs(data.body)
    dated = data.dated_on or date.today()
    attachment = _attachment(data.lampiran, language)
    doc: Any
    if form == "memo":
        doc = letter.MemoDocument(
            data.number,
            dated,
            data.addressee,
            data.from_unit or data.signer_position or documents.letterhead(desk).unit_name,
            data.sifat,
            attachment,
            data.hal,
            body,
            signer,
            data.tembusan,
        )
        build: Callable[[Any, PageSettings], bytes] = letter.build_memo
    else:
        doc = letter.LetterDocument(
            data.number,
            data.place,
            dated,
            data.sifat,
            attachment,
            data.hal,
            data.addressee,
            data.addressee_place,
            body,
            signer,
            data.tembusan,
        )
        build = letter.build
    unsigned = None
    if not data.number:
        unsigned = ValidationError(
            QT_TRANSLATE_NOOP(
                "errors",
                "Letter {reference} is not signed yet: it gets its number, and can be issued, once signed.",
            ),
            reference=f"“{data.hal}”",  # a draft has no number: it is named by its subject
        )
    title = f"{_t(RECORD_FORMS[form], language)} {data.hal}"
    return RecordForm(doc, build, title, data.number, data.number, unsigned)


def _disposition(desk: Desk, ref: str) -> RecordForm:
    from app.services import dispositions
    from app.services.letters import letter_detail

    try:
        disposition_id = uuid.UUID(ref.strip())
    except ValueError:
        # an incoming letter's agenda number names its first routing (the head's disposition)
        chain = letter_detail(desk, ref).dispositions
        if not chain:
            raise NotFound(
                QT_TRANSLATE_NOOP("errors", "Letter {reference} has not been disposed yet."), reference=ref
            ) from None
        disposition_id = chain[0].id
    data = dispositions.disposition_sheet(desk, disposition_id)
    ticked = tuple(
        _INSTRUCTION_BOXES[DispositionInstruction(code)] for code, _words, on in data.instructions if on
    )
    notes = data.note
    if data.forwarded_from:
        notes = " ".join(x for x in (f"({data.forwarded_from})", notes) if x)
    sheet = disposition.DispositionSheet(
        agenda_number=data.agenda_number,
        received_on=data.received_on or data.given_on,
        letter_number=data.letter_number,
        letter_date=data.letter_date or data.given_on,
        sender=data.sender,
        subject=data.hal,
        urgency=data.sifat,
        forward_to=tuple(name for name, _lead in data.recipients),
        instructions=ticked,
        notes=notes,
        deadline=data.due_on,
        initials=data.from_name,
        signed_on=data.given_on,
    )
    return RecordForm(sheet, disposition.build, f"{data.agenda_number} {data.hal}", str(disposition_id), None)


def _zone(name: str, language: str) -> str:
    return _ZONES.get(name) or _t("local time", language)


def _invitees(record: MeetingRecord) -> tuple[meeting.Invitee, ...]:
    if record.invitees:
        return tuple(meeting.Invitee(a.name, a.position, a.agency_name) for a in record.invitees)
    return tuple(
        meeting.Invitee(m.officer_name, m.officer_position, m.agency_name) for m in record.forum.members
    )


def _attendee(name: str, stand_in: str) -> str:
    """Who sat at the table: the invitee, or their stand-in "for" them."""
    if stand_in:
        return f"{stand_in} ({name})" if name else stand_in
    return name or "-"


def _venue(record: MeetingRecord) -> str:
    row = record.meeting
    return " · ".join(x for x in (row.place, row.online_link) if x) or "-"


def _signer(desk: Desk, name: str, position: str) -> Signatory:
    from app.services.case_documents import _signer as desk_signer

    return Signatory(position, name) if name else desk_signer(desk)


def _meeting(desk: Desk, form: str, ref: str, language: str, today: date) -> RecordForm:
    meeting_id = meetings.find_meeting(desk, ref)
    record = minutes.meeting_record(desk, meeting_id, today=today, language=language)
    row, forum = record.meeting, record.forum
    zone = _zone(row.timezone, language)
    starts, ends = row.local_start, row.local_end
    title = f"{_t(RECORD_FORMS[form], language)} {row.reference}"
    doc: Any
    if form == "invitation":
        agenda = tuple(i.title for i in record.agenda) or (forum.name,)
        doc = meeting.Invitation(
            number="",
            place=documents.letterhead(desk).place,
            date=today,
            classification=SIFAT_WORDS[LetterSecurity.BIASA],
            attachment=_attachment(1, language),
            subject=_t("Invitation: {forum}", language).format(forum=forum.name),
            addressee=_t("Sir/Madam, as listed in the annex", language),
            addressee_address=_t("at their offices", language),
            opening=_t("We respectfully invite you to the {forum}, to be held on:", language).format(
                forum=forum.name
            ),
            meeting_date=starts.date(),
            start=starts.time(),
            end=ends.time() if ends > starts else None,
            venue=_venue(record),
            agenda=agenda,
            closing=_t(
                "Given its importance, we look forward to your attendance. Thank you for your attention.",
                language,
            ),
            signer=_signer(desk, record.chair or forum.chair, record.chair_position or forum.chair_position),
            invitees=_invitees(record),
            time_zone=zone,
        )
        # the register gives the invitation its number, and the letter prints it on the Nomor line
        return RecordForm(doc, _numbered_invitation, title, row.reference, None)
    if form == "attendance":
        people = _invitees(record)
        doc = meeting.AttendanceSheet(
            meeting=f"{forum.name} ({row.reference})",
            date=starts.date(),
            start=starts.time(),
            venue=_venue(record),
            # room for those who come unannounced: a few blank lines under the invitees
            rows=max(10, len(people) + 5),
            attendees=people,
            time_zone=zone,
        )
        return RecordForm(doc, meeting.build_attendance, title, row.reference, None)
    owner = {a.id: " — ".join(x for x in (a.owner_officer, a.owner_agency) if x) for a in record.actions}
    doc = meeting.Minutes(
        meeting=f"{forum.name} ({row.reference})",
        date=starts.date(),
        start=starts.time(),
        end=ends.time() if ends > starts else None,
        venue=_venue(record),
        chair=Signatory(record.chair_position, record.chair),
        minute_taker=Signatory(record.minute_taker_position, record.minute_taker),
        participants=tuple(
            meeting.Invitee(
                _attendee(a.name, a.represented_by if a.status == "represented" else ""),
                a.position,
                a.agency_name,
            )
            for a in record.attendance
        ),
        agenda=tuple(meeting.AgendaItem(i.title, _paragraphs(i.discussion)) for i in record.agenda),
        decisions=tuple(d.text for d in record.decisions),
        actions=tuple(meeting.ActionItem(a.what, owner[a.id], a.due_on) for a in record.actions),
        place=documents.letterhead(desk).place,
        time_zone=zone,
        addenda=tuple(
            (f"{long_date(x.at.date(), language)}, {x.author}", " ".join(x.text.split()))
            for x in record.addenda
        ),
    )
    still_open = None
    if not row.minutes_closed:
        still_open = ValidationError(
            QT_TRANSLATE_NOOP(
                "errors",
                "The minutes of {reference} are not closed yet: close them to issue them (the preview "
                "shows the draft).",
            ),
            reference=row.reference,
        )
    return RecordForm(doc, meeting.build_minutes, title, row.reference, None, still_open)


def _numbered_invitation(inv: meeting.Invitation, page: PageSettings) -> bytes:
    number = page.verification.number if page.verification else inv.number
    return meeting.build_invitation(replace(inv, number=number), page)


def record_form(
    desk: Desk, form: str, record: str, language: str, *, today: date | None = None
) -> RecordForm:
    """The form `form` of the letter, disposition or meeting named `record`."""
    today = today or date.today()
    if form in _KINDS:
        return _letter(desk, form, record, language)
    if form == "disposition":
        return _disposition(desk, record)
    return _meeting(desk, form, record, language, today)


def issue_record_form(
    desk: Desk, form: str, record: str, page: PageSettings, *, today: date | None = None
) -> documents.IssuedFile:
    """Print the form and enter it in the register; a letter is issued under its own number,
    so it must be signed first."""
    ready = record_form(desk, form, record, page.language, today=today)
    if ready.not_yet is not None:
        raise ready.not_yet
    if ready.number and documents.issued_as(desk, ready.number) is not None:
        # the register holds one entry per number: the signed letter is issued once, as it is sent
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors", "Letter {number} has already been issued; the register keeps that copy."
            ),
            number=ready.number,
        )
    return documents.issue(
        desk,
        form=form,
        record_ref=ready.record_ref,
        title=ready.title,
        doc=ready.doc,
        build=ready.build,
        page=page,
        number=ready.number,
        today=today,
    )


_LABELS = (
    QT_TRANSLATE_NOOP("documents", "{count}{words} file(s)"),
    QT_TRANSLATE_NOOP("documents", "local time"),
    QT_TRANSLATE_NOOP("documents", "Invitation: {forum}"),
    QT_TRANSLATE_NOOP("documents", "Sir/Madam, as listed in the annex"),
    QT_TRANSLATE_NOOP("documents", "at their offices"),
    QT_TRANSLATE_NOOP("documents", "We respectfully invite you to the {forum}, to be held on:"),
    QT_TRANSLATE_NOOP(
        "documents",
        "Given its importance, we look forward to your attendance. Thank you for your attention.",
    ),
)
