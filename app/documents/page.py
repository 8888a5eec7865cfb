"""The page of an official document: paper, margins, the letterhead (kop surat) on the first
page, a short header and the page number on the following ones, and the verification strip
(document number and QR code) at the foot of every page.

`render(story, page, title)` lays a platypus story out on these pages and returns the PDF bytes.
ReportLab is imported inside the functions, never at module import.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from app.documents import fonts
from app.i18n import QT_TRANSLATE_NOOP, translate

MM = 72 / 25.4

#: ReportLab keeps per-font subsetting state in shared objects: one document is laid out at a time
#: (the preview on a reader thread and an issue on the writer thread may otherwise overlap)
_RENDERING = threading.Lock()

#: paper sizes in millimetres (width, height); "half-F4" is the disposition sheet's half folio
PAPERS: dict[str, tuple[float, float]] = {
    "A4": (210.0, 297.0),
    "F4": (215.0, 330.0),
    "half-F4": (165.0, 215.0),
}


def L(text: str, language: str) -> str:
    """A printed label in the document's language (not the interface's)."""
    return translate("documents", text, language)


@dataclass(frozen=True)
class Letterhead:
    """The kop surat, from the office settings."""

    ministry: str
    agency: str = ""
    unit: str = ""
    address: str = ""
    phone: str = ""
    fax: str = ""
    email: str = ""
    website: str = ""
    #: PNG or JPEG bytes of the emblem or agency logo uploaded by an administrator
    logo: bytes | None = None


@dataclass(frozen=True)
class Verification:
    """What the foot of each page carries so that anyone can check the paper against the register."""

    number: str
    code: str


@dataclass(frozen=True)
class PageSettings:
    paper: str = "A4"
    language: str = "id"
    font_size: float = 12.0
    margin_top_mm: float = 20.0
    margin_left_mm: float = 30.0
    margin_right_mm: float = 20.0
    margin_bottom_mm: float = 25.0
    letterhead: Letterhead | None = None
    verification: Verification | None = None

    @property
    def size(self) -> tuple[float, float]:
        width, height = PAPERS[self.paper]
        return width * MM, height * MM

    @property
    def text_width(self) -> float:
        return self.size[0] - (self.margin_left_mm + self.margin_right_mm) * MM


@dataclass
class Styles:
    """Paragraph styles derived from the office's font size."""

    size: float
    sheet: dict[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_RIGHT
        from reportlab.lib.styles import ParagraphStyle

        fonts.register()
        s = self.size
        base = ParagraphStyle("body", fontName=fonts.SANS, fontSize=s, leading=s * 1.3, shaping=1)
        self.sheet = {
            "body": base,
            "justify": ParagraphStyle("justify", base, alignment=TA_JUSTIFY, spaceAfter=s * 0.5),
            "center": ParagraphStyle("center", base, alignment=TA_CENTER),
            "right": ParagraphStyle("right", base, alignment=TA_RIGHT),
            "title": ParagraphStyle(
                "title", base, fontName=fonts.SANS_BOLD, alignment=TA_CENTER, fontSize=s + 1, leading=s * 1.5
            ),
            "subtitle": ParagraphStyle("subtitle", base, alignment=TA_CENTER),
            "heading": ParagraphStyle(
                "heading",
                base,
                fontName=fonts.SANS_BOLD,
                spaceBefore=s * 0.6,
                spaceAfter=s * 0.3,
                keepWithNext=1,
            ),
            "cell": ParagraphStyle("cell", base, fontSize=s - 1.5, leading=(s - 1.5) * 1.25),
            "cell_bold": ParagraphStyle(
                "cell_bold", base, fontName=fonts.SANS_BOLD, fontSize=s - 1.5, leading=(s - 1.5) * 1.25
            ),
            "cell_center": ParagraphStyle(
                "cell_center", base, fontSize=s - 1.5, leading=(s - 1.5) * 1.25, alignment=TA_CENTER
            ),
            "small": ParagraphStyle("small", base, fontSize=s - 3, leading=(s - 3) * 1.25),
        }

    def __getitem__(self, name: str) -> Any:
        return self.sheet[name]

    def p(self, text: str, style: str = "body") -> Any:
        """A paragraph of plain text (escaped; Arabic-script runs in the Arabic face)."""
        return self.rich(fonts.markup(text), style)

    def rich(self, markup: str, style: str = "body") -> Any:
        """A paragraph of ReportLab markup the form composed itself (values already escaped)."""
        from reportlab.platypus import Paragraph

        chosen = self.sheet[style]
        if fonts.ARABIC in markup:
            # ReportLab shapes a paragraph only when its style's font is shapable, and one face
            # cannot be registered twice with different settings: such a paragraph takes the
            # (shapable) Arabic face as its style font and sets everything else in its own font
            chosen = self._shaped(style)
            markup = f'<font name="{self.sheet[style].fontName}">{markup}</font>'
        return Paragraph(markup, chosen)

    def _shaped(self, name: str) -> Any:
        from reportlab.lib.styles import ParagraphStyle

        key = f"{name}+shaped"
        if key not in self.sheet:
            base = self.sheet[name]
            face = fonts.ARABIC_BOLD if base.fontName == fonts.SANS_BOLD else fonts.ARABIC
            self.sheet[key] = ParagraphStyle(key, base, fontName=face)
        return self.sheet[key]


def esc(text: str) -> str:
    """A value escaped for `Styles.rich` markup."""
    return fonts.markup(text)


def _letterhead_lines(page: PageSettings) -> list[tuple[str, str, float]]:
    """The kop's lines: (text, font, size), the ministry first and largest."""
    head = page.letterhead
    if head is None:
        return []
    lang = page.language
    lines: list[tuple[str, str, float]] = [(head.ministry.upper(), fonts.SANS_BOLD, 13)]
    if head.agency:
        lines.append((head.agency.upper(), fonts.SANS_BOLD, 12))
    if head.unit:
        lines.append((head.unit.upper(), fonts.SANS_BOLD, 11))
    if head.address:
        lines.append((head.address, fonts.SANS, 9))
    contact = [f"{L(k, lang)} {v}" for k, v in (("Phone", head.phone), ("Fax", head.fax)) if v]
    contact += [f"{L(k, lang)}: {v}" for k, v in (("Email", head.email), ("Website", head.website)) if v]
    if contact:
        lines.append(("  ".join(contact), fonts.SANS, 9))
    return lines


_LOGO = 24 * MM


def _letterhead_height(page: PageSettings) -> float:
    """From the top edge to just under the kop's double rule."""
    if page.letterhead is None:
        return 0.0
    text = 4 * MM + sum(size * 1.25 for _, _, size in _letterhead_lines(page))
    return 10 * MM + max(text, _LOGO if page.letterhead.logo else 0) + 3 * MM


def _draw_letterhead(canvas: Any, page: PageSettings) -> None:
    head = page.letterhead
    assert head is not None
    width, height = page.size
    left = page.margin_left_mm * MM * 0.6
    right = width - page.margin_right_mm * MM * 0.6
    top = height - 10 * MM
    if head.logo:
        from io import BytesIO

        from reportlab.lib.utils import ImageReader

        image = ImageReader(BytesIO(head.logo))
        w, h = image.getSize()
        scale = _LOGO / max(w, h)
        canvas.drawImage(
            image, left, top - _LOGO + (_LOGO - h * scale) / 2, width=w * scale, height=h * scale, mask="auto"
        )
    centre = (left + (_LOGO if head.logo else 0) + right) / 2
    y = top - 4 * MM
    for text, font, size in _letterhead_lines(page):
        canvas.setFont(font, size)
        canvas.drawCentredString(centre, y, text)
        y -= size * 1.25
    rule = height - _letterhead_height(page) + 1.5 * MM
    # the double rule of the kop: a thick line over a thin one
    canvas.setLineWidth(2.2)
    canvas.line(left, rule, right, rule)
    canvas.setLineWidth(0.6)
    canvas.line(left, rule - 2.2, right, rule - 2.2)


def _draw_verification(canvas: Any, page: PageSettings) -> None:
    check = page.verification
    if check is None:
        return
    width, _ = page.size
    side = 17 * MM
    x = width - page.margin_right_mm * MM - side
    y = 5 * MM
    # the code is the same on every page: draw it once as a form and place the form on each page
    if not getattr(canvas, "_jejaring_qr", False):
        canvas.beginForm("jejaring-qr", lowerx=0, lowery=0, upperx=side, uppery=side)
        _draw_qr(canvas, check.code, 0, 0, side)
        canvas.endForm()
        canvas._jejaring_qr = True
    canvas.saveState()
    canvas.translate(x, y)
    canvas.doForm("jejaring-qr")
    canvas.restoreState()
    canvas.setFont(fonts.SANS, 7)
    left = page.margin_left_mm * MM
    canvas.drawString(
        left, y + side - 7, L("Document number: {number}", page.language).format(number=check.number)
    )
    canvas.drawString(
        left,
        y + side - 16,
        L("Check that this document is genuine: jejaring verify, or scan the code.", page.language),
    )
    canvas.drawString(left, y + side - 25, check.code)


def _draw_qr(canvas: Any, text: str, x: float, y: float, side: float) -> None:
    """The QR code as filled squares (ReportLab's QR widget would draw through renderPDF, which
    switches to Helvetica, a font the document would then carry unembedded)."""
    from reportlab.graphics.barcode import qrencoder

    qr = qrencoder.QRCode(None, qrencoder.QRErrorCorrectLevel.M)
    qr.addData(text)
    qr.make()
    count = qr.getModuleCount()
    module = side / (count + 2)  # a quiet zone of one module each side
    canvas.saveState()
    canvas.setFillColorRGB(0, 0, 0)
    for row in range(count):
        for column in range(count):
            if qr.isDark(row, column):
                canvas.rect(
                    x + (column + 1) * module, y + side - (row + 2) * module, module, module, stroke=0, fill=1
                )
    canvas.restoreState()


class _Numbered:
    """A canvas maker that knows the page count when each page is finished ("Halaman 2 dari 3")."""

    def __init__(self, page: PageSettings, short_header: str) -> None:
        self.page = page
        self.short_header = short_header

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        from reportlab.pdfgen.canvas import Canvas

        page = self.page
        header = self.short_header

        class NumberedCanvas(Canvas):  # type: ignore[misc]
            def __init__(self, *a: Any, **k: Any) -> None:
                # the canvas would start every page in Helvetica, a font not embedded
                k["initialFontName"] = k.get("initialFontName") or fonts.SANS
                super().__init__(*a, **k)
                self._pages: list[dict[str, Any]] = []

            def showPage(self) -> None:
                self._pages.append(dict(self.__dict__))
                self._startPage()

            def save(self) -> None:
                total = len(self._pages)
                for state in self._pages:
                    self.__dict__.update(state)
                    _draw_page_furniture(self, page, header, total)
                    super().showPage()
                super().save()

        return NumberedCanvas(*args, **kwargs)


def _draw_page_furniture(canvas: Any, page: PageSettings, header: str, total: int) -> None:
    number = canvas.getPageNumber()
    width, height = page.size
    if number == 1 and page.letterhead:
        _draw_letterhead(canvas, page)
    if number > 1:
        canvas.setFont(fonts.SANS, 9)
        canvas.drawCentredString(width / 2, height - 12 * MM, f"- {number} -")
        if header:
            canvas.setFont(fonts.SANS_ITALIC, 8)
            canvas.drawString(page.margin_left_mm * MM, height - 17 * MM, header)
            canvas.setLineWidth(0.4)
            canvas.line(
                page.margin_left_mm * MM,
                height - 18.5 * MM,
                width - page.margin_right_mm * MM,
                height - 18.5 * MM,
            )
    if total > 1:
        canvas.setFont(fonts.SANS, 7)
        canvas.drawRightString(
            width - page.margin_right_mm * MM,
            24 * MM,
            L("Page {page} of {pages}", page.language).format(page=number, pages=total),
        )
    _draw_verification(canvas, page)


def render(
    story: Sequence[Any],
    page: PageSettings,
    *,
    title: str,
    short_header: str = "",
    subject: str = "",
    first_page_letterhead: bool = True,
) -> bytes:
    """Lay `story` out on the office's pages and return the PDF's bytes.

    The output is byte-for-byte reproducible for the same input (ReportLab's invariant mode),
    so a document can be rebuilt and compared, and tests can pin it.
    """
    from io import BytesIO

    from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate

    fonts.register()
    width, height = page.size
    left, right = page.margin_left_mm * MM, page.margin_right_mm * MM
    # the foot keeps room for the verification strip whatever the office's bottom margin
    bottom = max(page.margin_bottom_mm * MM, 27 * MM if page.verification else 0)
    head = page.letterhead if first_page_letterhead else None
    first_top = (_letterhead_height(page) + 6 * MM) if head else page.margin_top_mm * MM
    later_top = max(page.margin_top_mm * MM, 22 * MM)
    first = Frame(
        left,
        bottom,
        width - left - right,
        height - first_top - bottom,
        id="first",
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
    )
    later = Frame(
        left,
        bottom,
        width - left - right,
        height - later_top - bottom,
        id="later",
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
    )
    out = BytesIO()
    shown = page if head else _without_letterhead(page)
    doc = BaseDocTemplate(
        out,
        pagesize=(width, height),
        title=title,
        subject=subject,
        author=page.letterhead.ministry if page.letterhead else "",
        creator="Jejaring",
        producer="Jejaring",
        invariant=1,
        leftMargin=left,
        rightMargin=right,
        topMargin=later_top,
        bottomMargin=bottom,
    )
    doc.addPageTemplates(
        [
            PageTemplate(id="First", frames=[first], autoNextPageTemplate="Later"),
            PageTemplate(id="Later", frames=[later]),
        ]
    )
    if page.verification:
        # the register's key in the file itself, so `jejaring verify` finds the entry to compare
        doc.keywords = page.verification.code
    with _RENDERING:
        doc.build(list(story), canvasmaker=_Numbered(shown, short_header))
    return out.getvalue()


def _without_letterhead(page: PageSettings) -> PageSettings:
    from dataclasses import replace

    return replace(page, letterhead=None)


# ---- pieces that several forms share -------------------------------------------------------


@dataclass(frozen=True)
class Signatory:
    """Who signs: position title, name, rank and NIP (Tata Naskah Dinas signature block)."""

    position: str
    name: str
    rank: str = ""
    nip: str = ""


def signature_block(
    styles: Styles, page: PageSettings, signer: Signatory, *, above: str = "", width: float | None = None
) -> Any:
    """The signature block: position, room to sign and stamp, name, rank and NIP."""
    from reportlab.platypus import Spacer, Table, TableStyle

    rows: list[list[Any]] = []
    if above:
        rows.append([styles.p(above)])
    rows.append([styles.p(signer.position)])
    rows.append([Spacer(1, styles.size * 4.5)])
    rows.append([styles.rich(f"<u><b>{esc(signer.name)}</b></u>")])
    if signer.rank:
        rows.append([styles.p(signer.rank)])
    if signer.nip:
        rows.append([styles.p(L("NIP {nip}", page.language).format(nip=signer.nip))])
    block = Table(rows, colWidths=[width or page.text_width * 0.45])
    block.setStyle(
        TableStyle(
            [
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
            ]
        )
    )
    return block


def align_right(page: PageSettings, flowable: Any, width_share: float = 0.45) -> Any:
    """Place `flowable` in the right part of the text column (signature blocks, dates)."""
    from reportlab.platypus import Table, TableStyle

    holder = Table(
        [["", flowable]], colWidths=[page.text_width * (1 - width_share), page.text_width * width_share]
    )
    holder.setStyle(
        TableStyle(
            [
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]
        )
    )
    return holder


def field_rows(
    styles: Styles,
    rows: Sequence[tuple[str, str]],
    label_width: float,
    value_width: float,
    style: str = "body",
) -> Any:
    """ "Label : value" rows, the colon in its own column so the values line up."""
    from reportlab.platypus import Table, TableStyle

    data = [[styles.p(label, style), styles.p(":", style), styles.p(value, style)] for label, value in rows]
    table = Table(data, colWidths=[label_width, 4 * MM, value_width])
    table.setStyle(
        TableStyle(
            [
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 2),
                ("TOPPADDING", (0, 0), (-1, -1), 0.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0.5),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]
        )
    )
    return table


def grid_table(
    styles: Styles,
    header: Sequence[str],
    rows: Sequence[Sequence[Any]],
    widths: Sequence[float],
    *,
    centre_columns: Sequence[int] = (0,),
    row_heights: float | None = None,
) -> Any:
    """A ruled table whose header row repeats on every page it runs onto. Cells that are text
    become wrapping paragraphs; flowables are kept as they are."""
    from reportlab.lib import colors
    from reportlab.platypus import Table, TableStyle

    def cell(value: Any, column: int) -> Any:
        if isinstance(value, str):
            return styles.p(value, "cell_center" if column in centre_columns else "cell")
        return value

    data = [[styles.p(h, "cell_bold") for h in header]]
    data += [[cell(v, i) for i, v in enumerate(row)] for row in rows]
    heights = None if row_heights is None else [None] + [row_heights] * len(rows)
    table = Table(data, colWidths=list(widths), repeatRows=1, rowHeights=heights)
    table.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                ("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.9, 0.9, 0.9)),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                ("LEFTPADDING", (0, 0), (-1, -1), 3),
                ("RIGHTPADDING", (0, 0), (-1, -1), 3),
            ]
        )
    )
    return table


#: labels of the pieces above, marked for translation (printed in the document's language)
_LABELS = (
    QT_TRANSLATE_NOOP("documents", "Phone"),
    QT_TRANSLATE_NOOP("documents", "Fax"),
    QT_TRANSLATE_NOOP("documents", "Email"),
    QT_TRANSLATE_NOOP("documents", "Website"),
    QT_TRANSLATE_NOOP("documents", "Document number: {number}"),
    QT_TRANSLATE_NOOP("documents", "Check that this document is genuine: jejaring verify, or scan the code."),
    QT_TRANSLATE_NOOP("documents", "Page {page} of {pages}"),
    QT_TRANSLATE_NOOP("documents", "NIP {nip}"),
)

Builder = Callable[[Any, PageSettings], bytes]
