"""A bulk print is all or nothing: a document that fails to build, or a cancel after the last one,
leaves the register and the document numbers as they were."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from sqlalchemy import func, select

from app.documents.page import PageSettings
from app.models import IssuedDocument
from app.services import bulk_print, documents
from app.services.desk import Desk

DAY = date(2026, 12, 1)


def _registered(desk: Desk) -> int:
    with desk.read() as session:
        return session.scalar(select(func.count()).select_from(IssuedDocument)) or 0


def test_a_failure_or_a_late_cancel_issues_nothing(demo_desk: Desk) -> None:
    from app.documents.forms import protocol_guide
    from app.services.case_documents import build_protocol

    page = documents.page_settings(demo_desk)
    guide = build_protocol(demo_desk, "id")

    def broken(doc: Any, printed: PageSettings) -> bytes:
        raise RuntimeError("the printer ran out of paper")

    good = bulk_print.Pending("protocol", "protocol", "Pedoman", guide, protocol_guide.build)
    bad = bulk_print.Pending("protocol", "protocol", "Pedoman", guide, broken)
    with pytest.raises(RuntimeError):
        bulk_print.issue_all(demo_desk, [good, bad], page, today=DAY)
    assert _registered(demo_desk) == 0
    with pytest.raises(bulk_print.Cancelled):  # cancelled when every document was built
        bulk_print.issue_all(demo_desk, [good, good], page, progress=lambda d, t: d < t, today=DAY)
    assert _registered(demo_desk) == 0
    done = bulk_print.issue_all(demo_desk, [good, good], page, today=DAY)
    assert [i.number for i in done.issued] == ["PDM-1/KBRI-KUL/12/2026", "PDM-2/KBRI-KUL/12/2026"]
    assert _registered(demo_desk) == 2
