"""Bulk printing: pages per second for a 200-page print of minutes whose follow-up table runs
over every page, Jejaring's own page (kop, numbered pages with "Halaman n dari N", short header,
verification strip with QR on every page, embedded fonts) against bare ReportLab platypus on the
same content and fonts (the floor). One round each: it is slow enough to measure, small enough
to run (`make bench`)."""

from __future__ import annotations

from io import BytesIO
from typing import Any

import pytest
from pypdf import PdfReader

from app.documents import fonts
from app.documents.forms.meeting import build_minutes
from app.documents.page import MM, Styles, grid_table
from tests.documents import samples

TARGET_PAGES = 200
ACTIONS = 4000  # ~20 rows a page
_results: dict[str, float] = {}


def _bare(actions: int) -> bytes:
    """The same follow-up table and fonts on SimpleDocTemplate: no kop, no page furniture, no QR."""
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import SimpleDocTemplate

    fonts.register()
    minutes = samples.minutes(actions)
    styles = Styles(12)
    width = A4[0] - 50 * MM
    table = grid_table(
        styles,
        ["No.", "Tindakan", "Penanggung jawab", "Batas waktu"],
        [(str(i), a.what, a.owner, str(a.due)) for i, a in enumerate(minutes.actions, 1)],
        [11 * MM, width - 91 * MM, 45 * MM, 35 * MM],
    )
    out = BytesIO()
    SimpleDocTemplate(out, pagesize=A4, leftMargin=30 * MM, rightMargin=20 * MM).build([table])
    return out.getvalue()


def _jejaring(actions: int) -> bytes:
    return build_minutes(samples.minutes(actions), samples.page())


@pytest.mark.parametrize(("name", "make"), [("bare platypus", _bare), ("jejaring", _jejaring)])
def test_bulk_print_pages_per_second(benchmark: Any, name: str, make: Any) -> None:
    pdf = benchmark.pedantic(make, args=(ACTIONS,), rounds=1, iterations=1)
    pages = len(PdfReader(BytesIO(pdf)).pages)
    assert pages >= TARGET_PAGES * 0.9
    rate = pages / benchmark.stats.stats.mean
    _results[name] = rate
    benchmark.extra_info["pages"] = pages
    benchmark.extra_info["pages_per_second"] = round(rate, 1)
    if len(_results) == 2:
        ratio = _results["jejaring"] / _results["bare platypus"]
        benchmark.extra_info["share_of_bare_rate"] = round(ratio, 2)
        print(
            f"\nbulk print: bare {_results['bare platypus']:.1f} pages/s, jejaring {rate:.1f} pages/s "
            f"({ratio:.0%} of bare)"
        )
