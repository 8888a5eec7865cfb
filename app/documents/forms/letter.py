"""Surat dinas (official letter) and nota dinas (internal memo), laid out as Tata Naskah Dinas
(ANRI regulation 5/2021) asks: the number, classification, attachment and subject at the left
with the place and date at the right on the number's line; "Yth." and the addressee; the body;
the signature block; the copies (Tembusan)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from app.documents.formats import long_date
from app.documents.page import (
    MM,
    L,
    PageSettings,
    Signatory,
    Styles,
    align_right,
    esc,
    field_rows,
    render,
    signature_block,
)
from app.i18n import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class LetterDocument:
    number: str
    place: str
    date: date
    #: Sifat: Biasa, Segera, Sangat Segera, Rahasia, Sangat Rahasia (as printed)
    classification: str
    #: Lampiran, e.g. "1 (satu) berkas" or "-"
    attachment: str
    subject: str
    #: the addressee's position (printed after "Yth.")
    addressee: str
    addressee_address: str
    body: tuple[str, ...]
    signer: Signatory
    copies: tuple[str, ...] = ()


@dataclass(frozen=True)
class MemoDocument:
    number: str
    date: date
    to: str
    sender: str
    classification: str
    attachment: str
    subject: str
    body: tuple[str, ...]
    signer: Signatory
    copies: tuple[str, ...] = ()


def header_block(styles: Styles, page: PageSettings, letter: LetterDocument) -> list[Any]:
    """Nomor, Sifat, Lampiran, Hal at the left; place and date at the right on the number's line."""
    from reportlab.pdfbase.pdfmetrics import stringWidth
    from reportlab.platypus import Table, TableStyle

    from app.documents import fonts

    lang = page.language
    width = page.text_width
    dated = f"{letter.place}, {long_date(letter.date, lang)}"
    # the place and date stay on one line (a long place name widens their column, up to half)
    date_w = min(width / 2, max(62 * MM, stringWidth(dated, fonts.SANS, styles.size) + 2 * MM))
    label_w, colon_w = 26 * MM, 4 * MM
    value_w = width - label_w - colon_w - date_w
    rows = [
        (L("Number", lang), letter.number),
        (L("Classification", lang), letter.classification),
        (L("Attachment", lang), letter.attachment or "-"),
        (L("Subject", lang), letter.subject),
    ]
    data: list[list[Any]] = []
    for i, (label, value) in enumerate(rows):
        right = styles.p(dated, "right") if i == 0 else ""
        data.append([styles.p(label), styles.p(":"), styles.p(value), right])
    table = Table(data, colWidths=[label_w, colon_w, value_w, date_w])
    table.setStyle(
        TableStyle(
            [
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0.5),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                # below the number's line the value may run under the date's column
                ("SPAN", (2, 1), (3, 1)),
                ("SPAN", (2, 2), (3, 2)),
                ("SPAN", (2, 3), (3, 3)),
            ]
        )
    )
    return [table]


def addressee_block(styles: Styles, page: PageSettings, addressee: str, address: str) -> list[Any]:
    from reportlab.platypus import Spacer

    lang = page.language
    story: list[Any] = [Spacer(1, styles.size), styles.rich(f"{esc(L('Yth.', lang))} {esc(addressee)}")]
    if address:
        story.append(styles.p(address))
    return story


def body_block(styles: Styles, paragraphs: tuple[str, ...]) -> list[Any]:
    from reportlab.platypus import Spacer

    story: list[Any] = [Spacer(1, styles.size)]
    story += [styles.p(text, "justify") for text in paragraphs]
    return story


def copies_block(styles: Styles, page: PageSettings, copies: tuple[str, ...]) -> list[Any]:
    from reportlab.platypus import Spacer

    if not copies:
        return []
    story: list[Any] = [Spacer(1, styles.size), styles.p(L("Copies:", page.language))]
    story += [styles.p(f"{i}. {name}") for i, name in enumerate(copies, 1)]
    return story


def build(letter: LetterDocument, page: PageSettings) -> bytes:
    from reportlab.platypus import Spacer

    styles = Styles(page.font_size)
    story: list[Any] = header_block(styles, page, letter)
    story += addressee_block(styles, page, letter.addressee, letter.addressee_address)
    story += body_block(styles, letter.body)
    story.append(Spacer(1, styles.size))
    story.append(align_right(page, signature_block(styles, page, letter.signer)))
    story += copies_block(styles, page, letter.copies)
    return render(story, page, title=letter.subject, short_header=letter.number, subject=letter.number)


def build_memo(memo: MemoDocument, page: PageSettings) -> bytes:
    from reportlab.lib import colors
    from reportlab.platypus import HRFlowable, Spacer

    lang = page.language
    styles = Styles(page.font_size)
    story: list[Any] = [
        styles.p(L("MEMORANDUM", lang), "title"),
        styles.p(L("Number {number}", lang).format(number=memo.number), "subtitle"),
        Spacer(1, styles.size),
    ]
    rows = [
        (L("To", lang), memo.to),
        (L("From", lang), memo.sender),
        (L("Copies", lang), ", ".join(memo.copies) or "-"),
        (L("Date", lang), long_date(memo.date, lang)),
        (L("Classification", lang), memo.classification),
        (L("Attachment", lang), memo.attachment or "-"),
        (L("Subject", lang), memo.subject),
    ]
    story.append(field_rows(styles, rows, 28 * MM, page.text_width - 32 * MM))
    story.append(Spacer(1, 3))
    story.append(HRFlowable(width="100%", thickness=1, color=colors.black))
    story += body_block(styles, memo.body)
    story.append(Spacer(1, styles.size))
    story.append(align_right(page, signature_block(styles, page, memo.signer)))
    return render(story, page, title=memo.subject, short_header=memo.number, subject=memo.number)


_LABELS = (
    QT_TRANSLATE_NOOP("documents", "Number"),
    QT_TRANSLATE_NOOP("documents", "Classification"),
    QT_TRANSLATE_NOOP("documents", "Attachment"),
    QT_TRANSLATE_NOOP("documents", "Subject"),
    QT_TRANSLATE_NOOP("documents", "Yth."),
    QT_TRANSLATE_NOOP("documents", "Copies:"),
    QT_TRANSLATE_NOOP("documents", "MEMORANDUM"),
    QT_TRANSLATE_NOOP("documents", "Number {number}"),
    QT_TRANSLATE_NOOP("documents", "To"),
    QT_TRANSLATE_NOOP("documents", "From"),
    QT_TRANSLATE_NOOP("documents", "Copies"),
    QT_TRANSLATE_NOOP("documents", "Date"),
)
