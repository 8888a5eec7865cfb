"""Fonts embedded in every document: Liberation Sans (metrically compatible with Arial, the
font Tata Naskah Dinas asks for), Noto Naskh Arabic for names written in Arabic script, shaped by
HarfBuzz (uharfbuzz) through ReportLab's shaping support, and Droid Sans Fallback for names in
Chinese (and Japanese or Korean) script: employers in Hong Kong and Taiwan sign with them.

Droid Sans Fallback is a TrueType font of 4 MB: Noto Sans CJK has CFF outlines, which ReportLab
cannot embed, and is four times larger. It has one weight, so bold Han text prints regular.
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
HAN = "JejaringHan"

_FILES = {
    SANS: "LiberationSans-Regular.ttf",
    SANS_BOLD: "LiberationSans-Bold.ttf",
    SANS_ITALIC: "LiberationSans-Italic.ttf",
    ARABIC: "NotoNaskhArabic-Regular.ttf",
    ARABIC_BOLD: "NotoNaskhArabic-Bold.ttf",
    HAN: "DroidSansFallbackFull.ttf",
}

#: a run of Arabic-script letters (with the spaces and marks between them)
_ARABIC_RUN = re.compile(
    r"[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]"
    r"(?:[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF\s])*"
)

#: a run of Han, kana or Hangul characters (with CJK punctuation and full-width forms)
_HAN_RUN = re.compile(r"[\u3000-\u30FF\u3400-\u4DBF\u4E00-\u9FFF\uAC00-\uD7AF\uF900-\uFAFF\uFF00-\uFFEF]+")


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
    for bold in (0, 1):
        for italic in (0, 1):
            addMapping(HAN, bold, italic, HAN)


def has_arabic(text: str) -> bool:
    return _ARABIC_RUN.search(text) is not None


def markup(text: str) -> str:
    """`text` escaped for a ReportLab paragraph, Arabic-script runs set in the Arabic face, Han
    runs in the Han face, and line breaks kept. (Styles.rich gives a paragraph with Arabic a
    shapable style font, so that HarfBuzz shapes the run and ReportLab lays its words right to
    left; Han needs no shaping.)"""
    runs = sorted(
        [(m.start(), m.group(0).rstrip(), ARABIC) for m in _ARABIC_RUN.finditer(text)]
        + [(m.start(), m.group(0), HAN) for m in _HAN_RUN.finditer(text)]
    )
    parts: list[str] = []
    last = 0
    for start, run, face in runs:
        parts.append(escape(text[last:start]))
        parts.append(f'<font name="{face}">{escape(run)}</font>')
        last = start + len(run)
    parts.append(escape(text[last:]))
    return "".join(parts).replace("\n", "<br/>")
