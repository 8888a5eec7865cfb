"""The breach register: recorded when found, the 3 x 24 hour deadline, notices recorded, and
the notification letter read back from the PDF."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from io import BytesIO

import pytest
from pypdf import PdfReader

from app.errors import DomainError
from app.services import audit, breaches
from app.services.desk import Desk


def test_register_notify_and_print(desk: Desk) -> None:
    found = breaches.parse_local(desk, "2026-11-20 09:15", "found_at")
    assert found.utcoffset() == timedelta(hours=8)  # Kuala Lumpur
    info = breaches.record_breach(
        desk,
        found_at=found,
        description="A laptop with the case register was stolen.",
        data_kinds="names, NIK, phone numbers",
        subjects=120,
        measures="Passwords changed.",
    )
    assert info.number == "PDP-1/KBRI-KUL/2026"
    assert info.deadline == found + timedelta(hours=72) and info.overdue  # nobody told yet, long past
    for kwargs, message in (
        ({"found_at": datetime.now(UTC) + timedelta(days=1), "description": "x"}, "future"),
        ({"found_at": found, "description": "  "}, "Say what happened"),
        ({"found_at": found, "description": "x", "subjects": -1}, "negative"),
    ):
        with pytest.raises(DomainError, match=message):
            breaches.record_breach(desk, **kwargs)  # type: ignore[arg-type]
    with pytest.raises(DomainError, match="not a time"):
        breaches.parse_local(desk, "yesterday", "found_at")
    with pytest.raises(DomainError, match="after the breach was found"):
        breaches.record_notice(desk, info.number, authority_at=found - timedelta(hours=1))

    told = breaches.record_notice(
        desk, info.number, authority_at=found + timedelta(hours=30), subjects_at=found + timedelta(hours=40)
    )
    assert not told.overdue and told.authority_notified_at == found + timedelta(hours=30)
    assert [b.number for b in breaches.breaches(desk)] == [info.number]

    issued = breaches.print_notice(desk, info.number, "authority", language="id")
    text = "".join(page.extract_text() for page in PdfReader(BytesIO(issued.pdf)).pages)
    for expected in (
        info.number,
        "Pemberitahuan kegagalan pelindungan data pribadi",
        "Pasal 46",
        "20 November 2026 09.15",
        "23 November 2026 09.15",
        "(3 x 24 jam)",
        "120",
        "A laptop with the case register was stolen.",
    ):
        assert expected in text, expected
    subjects = breaches.print_notice(desk, info.number, "subjects", language="en")
    assert (
        "We inform you that personal data about you"
        in PdfReader(BytesIO(subjects.pdf)).pages[0].extract_text()
    )
    assert audit.list_entries(desk, audit.AuditFilter(actions=("print",)))[0].changes == {
        "form": "breach_notice"
    }
    with pytest.raises(DomainError, match="No breach"):
        breaches.print_notice(desk, "PDP-9/X/2026", "authority")
