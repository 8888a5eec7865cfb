"""The forms of a coordination meeting: the invitation (surat undangan) with its invitee annex,
the attendance list (daftar hadir) and the minutes (notula)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from datetime import date, time
from typing import Any

from app.documents.formats import clock, day_and_date, long_date
from app.documents.forms.letter import LetterDocument, addressee_block, body_block, copies_block, header_block
from app.documents.page import (
    MM,
    L,
    PageSettings,
    Signatory,
    Styles,
    align_right,
    field_rows,
    grid_table,
    render,
    signature_block,
)
from app.i18n import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class Invitee:
    name: str
    position: str = ""
    agency: str = ""


@dataclass(frozen=True)
class Invitation:
    number: str
    place: str
    date: date
    classification: str
    attachment: str
    subject: str
    #: "Yth." line: who is invited (e.g. "Bapak/Ibu sebagaimana terlampir")
    addressee: str
    addressee_address: str
    opening: str
    meeting_date: dt.date  # (the field `date` above hides the type)
    start: time
    end: time | None
    venue: str
    agenda: tuple[str, ...]
    closing: str
    signer: Signatory
    invitees: tuple[Invitee, ...]
    copies: tuple[str, ...] = ()
    #: "WIB", "WITA", "waktu setempat" ...
    time_zone: str = "WIB"


def _time_span(start: time, end: time | None, zone: str, lang: str) -> str:
    if end is None:
        return L("{start} {zone} until finished", lang).format(start=clock(start, lang), zone=zone)
    return f"{clock(start, lang)} – {clock(end, lang)} {zone}"


def build_invitation(inv: Invitation, page: PageSettings) -> bytes:
    from reportlab.platypus import PageBreak, Spacer

    lang = page.language
    styles = Styles(page.font_size)
    width = page.text_width
    frame = LetterDocument(
        inv.number,
        inv.place,
        inv.date,
        inv.classification,
        inv.attachment,
        inv.subject,
        inv.addressee,
        inv.addressee_address,
        (),
        inv.signer,
        inv.copies,
    )
    story: list[Any] = header_block(styles, page, frame)
    story += addressee_block(styles, page, inv.addressee, inv.addressee_address)
    story += body_block(styles, (inv.opening,))
    story.append(
        field_rows(
            styles,
            [
                (L("Day, date", lang), day_and_date(inv.meeting_date, lang)),
                (L("Time", lang), _time_span(inv.start, inv.end, inv.time_zone, lang)),
                (L("Place", lang), inv.venue),
                (
                    L("Agenda", lang),
                    "\n".join(f"{i}. {a}" for i, a in enumerate(inv.agenda, 1))
                    if len(inv.agenda) > 1
                    else (inv.agenda[0] if inv.agenda else "-"),
                ),
            ],
            30 * MM,
            width - 44 * MM,
        )
    )
    story += body_block(styles, (inv.closing,))
    story.append(Spacer(1, styles.size))
    story.append(align_right(page, signature_block(styles, page, inv.signer)))
    story += copies_block(styles, page, inv.copies)
    if inv.invitees:
        story += [
            PageBreak(),
            field_rows(
                styles,
                [
                    (L("Attachment", lang), ""),
                    (L("Letter number", lang), inv.number),
                    (L("Date", lang), long_date(inv.date, lang)),
                ],
                32 * MM,
                80 * MM,
                "small",
            ),
            Spacer(1, styles.size),
            styles.p(L("LIST OF INVITEES", lang), "title"),
            Spacer(1, styles.size * 0.5),
            grid_table(
                styles,
                [L("No.", lang), L("Name", lang), L("Position", lang), L("Agency", lang)],
                [(str(i), p.name, p.position, p.agency) for i, p in enumerate(inv.invitees, 1)],
                [11 * MM, width * 0.3, width * 0.3, width - 11 * MM - width * 0.6],
            ),
        ]
    return render(story, page, title=inv.subject, short_header=inv.number, subject=inv.number)


@dataclass(frozen=True)
class AttendanceSheet:
    meeting: str
    date: date
    start: time
    venue: str
    #: printed rows; names already known are filled in, the rest are blank lines to write on
    rows: int
    attendees: tuple[Invitee, ...] = ()
    time_zone: str = "WIB"


def build_attendance(sheet: AttendanceSheet, page: PageSettings) -> bytes:
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, Spacer

    lang = page.language
    styles = Styles(page.font_size)
    width = page.text_width
    count = max(sheet.rows, len(sheet.attendees))
    sign_w, nip_w, phone_w = 32 * MM, 29 * MM, 22 * MM
    # the position and agency run longest (a ministry's full name): they get the larger share
    rest = width - 9 * MM - nip_w - phone_w - sign_w
    name_w, post_w = rest * 0.42, rest * 0.58
    # signatures alternate left and right in their column, so neighbours do not sign over each other
    odd = ParagraphStyle("sign_odd", styles["cell"])
    even = ParagraphStyle("sign_even", styles["cell"], leftIndent=sign_w / 2 - 3)
    rows = []
    for i in range(1, count + 1):
        person = sheet.attendees[i - 1] if i <= len(sheet.attendees) else Invitee("")
        mark = Paragraph(f"{i}. ........", odd if i % 2 else even)
        rows.append(
            (
                str(i),
                person.name,
                ", ".join(x for x in (person.position, person.agency) if x),
                "",
                "",
                [mark, Spacer(1, 6 * MM)],
            )
        )
    table = grid_table(
        styles,
        [
            L("No.", lang),
            L("Name", lang),
            L("Position / agency", lang),
            L("NIP", lang),
            L("Mobile no.", lang),
            L("Signature", lang),
        ],
        rows,
        [9 * MM, name_w, post_w, nip_w, phone_w, sign_w],
    )
    story: list[Any] = [
        styles.p(L("ATTENDANCE LIST", lang), "title"),
        Spacer(1, styles.size * 0.5),
        field_rows(
            styles,
            [
                (L("Meeting", lang), sheet.meeting),
                (L("Day, date", lang), day_and_date(sheet.date, lang)),
                (L("Time", lang), f"{clock(sheet.start, lang)} {sheet.time_zone}"),
                (L("Place", lang), sheet.venue),
            ],
            30 * MM,
            width - 34 * MM,
        ),
        Spacer(1, styles.size * 0.5),
        table,
    ]
    return render(
        story,
        page,
        title=L("Attendance list", lang) + " " + sheet.meeting,
        short_header=f"{L('Attendance list', lang)} · {sheet.meeting}",
    )


@dataclass(frozen=True)
class AgendaItem:
    title: str
    discussion: tuple[str, ...]


@dataclass(frozen=True)
class ActionItem:
    what: str
    owner: str
    due: date | None


@dataclass(frozen=True)
class Minutes:
    meeting: str
    date: date
    start: time
    end: time | None
    venue: str
    chair: Signatory
    minute_taker: Signatory
    participants: tuple[Invitee, ...]
    agenda: tuple[AgendaItem, ...]
    decisions: tuple[str, ...]
    actions: tuple[ActionItem, ...]
    place: str = ""
    number: str = ""
    time_zone: str = "WIB"
    #: corrections written after the minutes were closed: (date and author, text)
    addenda: tuple[tuple[str, str], ...] = ()


def build_minutes(minutes: Minutes, page: PageSettings) -> bytes:
    from reportlab.platypus import Spacer, Table, TableStyle

    lang = page.language
    styles = Styles(page.font_size)
    width = page.text_width
    story: list[Any] = [
        styles.p(L("MINUTES", lang), "title"),
        styles.p(minutes.meeting, "subtitle"),
        Spacer(1, styles.size * 0.6),
        field_rows(
            styles,
            [
                (L("Day, date", lang), day_and_date(minutes.date, lang)),
                (L("Time", lang), _time_span(minutes.start, minutes.end, minutes.time_zone, lang)),
                (L("Place", lang), minutes.venue),
                (L("Chair", lang), minutes.chair.name),
                (L("Minute-taker", lang), minutes.minute_taker.name),
            ],
            34 * MM,
            width - 38 * MM,
        ),
        styles.p(L("A. Participants", lang), "heading"),
        grid_table(
            styles,
            [L("No.", lang), L("Name", lang), L("Position / agency", lang)],
            [
                (str(i), p.name, ", ".join(x for x in (p.position, p.agency) if x))
                for i, p in enumerate(minutes.participants, 1)
            ],
            [11 * MM, width * 0.4, width - 11 * MM - width * 0.4],
        ),
        styles.p(L("B. Agenda", lang), "heading"),
    ]
    story += [styles.p(f"{i}. {item.title}") for i, item in enumerate(minutes.agenda, 1)]
    story.append(styles.p(L("C. Discussion", lang), "heading"))
    for i, item in enumerate(minutes.agenda, 1):
        story.append(styles.rich(f"<b>{i}. {styles_escape(item.title)}</b>"))
        story += [styles.p(text, "justify") for text in item.discussion]
    story.append(styles.p(L("D. Decisions", lang), "heading"))
    story += [styles.p(f"{i}. {d}", "justify") for i, d in enumerate(minutes.decisions, 1)] or [styles.p("-")]
    story.append(styles.p(L("E. Follow-up", lang), "heading"))
    story.append(
        grid_table(
            styles,
            [L("No.", lang), L("Action", lang), L("Who", lang), L("By when", lang)],
            [
                (str(i), a.what, a.owner, long_date(a.due, lang) or "-")
                for i, a in enumerate(minutes.actions, 1)
            ],
            [11 * MM, width - 11 * MM - 80 * MM, 45 * MM, 35 * MM],
        )
    )
    if minutes.addenda:
        story.append(styles.p(L("F. Addendums", lang), "heading"))
        for i, (who, text) in enumerate(minutes.addenda, 1):
            story.append(styles.rich(f"<b>{i}. {styles_escape(who)}</b>"))
            story.append(styles.p(text, "justify"))
    story.append(Spacer(1, styles.size))
    if minutes.place:
        story.append(styles.p(f"{minutes.place}, {long_date(minutes.date, lang)}", "right"))
    half = width / 2
    signs = Table(
        [
            [
                signature_block(
                    styles, page, _titled(minutes.minute_taker, L("Minute-taker", lang)), width=half - 6 * MM
                ),
                signature_block(
                    styles, page, _titled(minutes.chair, L("Chair of the meeting", lang)), width=half - 6 * MM
                ),
            ]
        ],
        colWidths=[half, half],
    )
    signs.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    story.append(signs)
    return render(
        story,
        page,
        title=L("Minutes", lang) + " " + minutes.meeting,
        short_header=f"{L('Minutes', lang)} · {minutes.meeting}",
    )


def styles_escape(text: str) -> str:
    from app.documents.page import esc

    return esc(text)


def _titled(person: Signatory, role: str) -> Signatory:
    return Signatory(
        f"{role}\n{person.position}" if person.position else role, person.name, person.rank, person.nip
    )


_LABELS = (
    QT_TRANSLATE_NOOP("documents", "{start} {zone} until finished"),
    QT_TRANSLATE_NOOP("documents", "Day, date"),
    QT_TRANSLATE_NOOP("documents", "Time"),
    QT_TRANSLATE_NOOP("documents", "Place"),
    QT_TRANSLATE_NOOP("documents", "Agenda"),
    QT_TRANSLATE_NOOP("documents", "Letter number"),
    QT_TRANSLATE_NOOP("documents", "LIST OF INVITEES"),
    QT_TRANSLATE_NOOP("documents", "Agency"),
    QT_TRANSLATE_NOOP("documents", "ATTENDANCE LIST"),
    QT_TRANSLATE_NOOP("documents", "Attendance list"),
    QT_TRANSLATE_NOOP("documents", "Position / agency"),
    QT_TRANSLATE_NOOP("documents", "NIP"),
    QT_TRANSLATE_NOOP("documents", "Mobile no."),
    QT_TRANSLATE_NOOP("documents", "Signature"),
    QT_TRANSLATE_NOOP("documents", "Meeting"),
    QT_TRANSLATE_NOOP("documents", "MINUTES"),
    QT_TRANSLATE_NOOP("documents", "Minutes"),
    QT_TRANSLATE_NOOP("documents", "Chair"),
    QT_TRANSLATE_NOOP("documents", "Minute-taker"),
    QT_TRANSLATE_NOOP("documents", "A. Participants"),
    QT_TRANSLATE_NOOP("documents", "B. Agenda"),
    QT_TRANSLATE_NOOP("documents", "C. Discussion"),
    QT_TRANSLATE_NOOP("documents", "D. Decisions"),
    QT_TRANSLATE_NOOP("documents", "E. Follow-up"),
    QT_TRANSLATE_NOOP("documents", "F. Addendums"),
    QT_TRANSLATE_NOOP("documents", "Action"),
    QT_TRANSLATE_NOOP("documents", "Who"),
    QT_TRANSLATE_NOOP("documents", "By when"),
    QT_TRANSLATE_NOOP("documents", "Chair of the meeting"),
)
