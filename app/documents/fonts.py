"""Fonts embedded in every document: Liberation Sans (metrically compatible with Arial, the
font Tata Naskah Dinas asks for) and Noto Naskh Arabic for names written in Arabic script,
shaped by HarfBuzz (uharfbuzz) through ReportLab's shaping support.

Chinese script is not shipped: a CJK font is 16 MB or more even as a single weight, too much for
the package; such names print in their Latin transcription (see docs/architecture.md).
"""

from __future__ import annotations

import re
from functools import cache
from xml.sax.saxutils import escape

from app.resources import resource_path

SANS = "JejaringSans"
SANS_BOLD = "JejaringSans-Bold"
SANS_ITALIC = "JejaringSans-Italic"
ARABIC = "JejaringNaskh"
ARABIC_BOLD = "JejaringNaskh-Bold"

_FILES = {
    SANS: "LiberationSans-Regular.ttf",
    SANS_BOLD: "LiberationSans-Bold.ttf",
    SANS_ITALIC: "LiberationSans-Italic.ttf",
    ARABIC: "NotoNaskhArabic-Regular.ttf",
    ARABIC_BOLD: "NotoNaskhArabic-Bold.ttf",
}

#: a run of Arabic-script letters (with the spaces and marks between them)
_ARABIC_RUN = re.compile(
    r"[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]"
    r"(?:[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF\s])*"
)


@cache
def register() -> None:
    """Register the fonts with ReportLab once per process (they are embedded as subsets)."""
    from reportlab.lib.fonts import addMapping
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    for name, filename in _FILES.items():
        path = str(resource_path("fonts", filename))
        # only the Arabic faces are shaped: shaping Latin text costs time and changes nothing
        pdfmetrics.registerFont(TTFont(name, path, shapable=name in (ARABIC, ARABIC_BOLD)))
    from reportlab.platypus.tables import CellStyle

    # a table draws even an empty text cell in its cell font: make that ours, never a Type 1
    # Helvetica that the document would carry unembedded
    CellStyle.fontname = SANS
    addMapping(SANS, 0, 0, SANS)
    addMapping(SANS, 1, 0, SANS_BOLD)
    addMapping(SANS, 0, 1, SANS_ITALIC)
    addMapping(SANS, 1, 1, SANS_BOLD)
    addMapping(ARABIC, 0, 0, ARABIC)
    addMapping(ARABIC, 1, 0, ARABIC_BOLD)
    addMapping(ARABIC, 0, 1, ARABIC)
    addMapping(ARABIC, 1, 1, ARABIC_BOLD)


def has_arabic(text: str) -> bool:
    return _ARABIC_RUN.search(text) is not None


def markup(text: str) -> str:
    """`text` escaped for a ReportLab paragraph, Arabic-script runs set in the Arabic face and
    line breaks kept. (Styles.rich gives such a paragraph a shapable style font, so that
    HarfBuzz shapes the run and ReportLab lays its words right to left.)"""
    parts: list[str] = []
    last = 0
    for match in _ARABIC_RUN.finditer(text):
        run = match.group(0).rstrip()
        parts.append(escape(text[last : match.start()]))
        parts.append(f'<font name="{ARABIC}">{escape(run)}</font>')
        last = match.start() + len(run)
    parts.append(escape(text[last:]))
    return "".join(parts).replace("\n", "<br/>")
