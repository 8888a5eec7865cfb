"""Letter numbers: issued at signing from the site's pattern, restarting each year, never reused,
never colliding between two sites working offline."""

from __future__ import annotations

import uuid
from datetime import date
from pathlib import Path

import pytest

from app.config import load_config
from app.errors import ValidationError
from app.services import letters, numbering, office
from app.services.desk import Desk, open_desk
from app.services.letters import LetterDraft
from tests.conftest import ADMIN_PASSWORD


def _signed(desk: Desk, on: date, *, kind: str = "out", security: str = "biasa", cls: str = "PL.01") -> str:
    letter_id = _draft(desk, on, kind=kind, security=security, cls=cls)
    letters.approve_letter(desk, letter_id, today=on)
    return letters.sign_letter(desk, letter_id, signer="admin", today=on)


def _draft(
    desk: Desk, on: date, *, kind: str = "out", security: str = "biasa", cls: str = "PL.01"
) -> uuid.UUID:
    return letters.draft_letter(
        desk,
        LetterDraft(
            kind=kind,
            subject="Pemulangan PMI",
            addressee="Direktur PWNI",
            security=security,
            classification=cls,
        ),
        today=on,
    )


def test_the_default_pattern_and_the_serial_issued_at_signing(desk: Desk) -> None:
    on = date(2026, 3, 16)
    letter_id = _draft(desk, on)
    assert letters.letter_detail(desk, letter_id).number is None  # a draft has no number
    letters.approve_letter(desk, letter_id, today=on)
    assert letters.letter_detail(desk, letter_id).number is None
    number = letters.sign_letter(desk, letter_id, signer="admin", today=on)
    assert number == "B-1/KBRI-KUL/PL.01/03/2026"
    assert _signed(desk, on, security="rahasia") == "R-2/KBRI-KUL/PL.01/03/2026"
    assert _signed(desk, on, kind="memo") == "1/KBRI-KUL/PL.01/03/2026"  # memos count on their own


def test_the_serial_restarts_each_year(desk: Desk) -> None:
    assert _signed(desk, date(2026, 12, 30)) == "B-1/KBRI-KUL/PL.01/12/2026"
    assert _signed(desk, date(2026, 12, 31)) == "B-2/KBRI-KUL/PL.01/12/2026"
    assert _signed(desk, date(2027, 1, 2)) == "B-1/KBRI-KUL/PL.01/01/2027"


def test_a_cancelled_number_stays_in_the_register_and_is_never_reused(desk: Desk) -> None:
    on = date(2026, 5, 4)
    first = _draft(desk, on)
    letters.approve_letter(desk, first, today=on)
    cancelled_number = letters.sign_letter(desk, first, signer="admin", today=on)
    letters.cancel_letter(desk, first, "Salah alamat", today=on)
    with pytest.raises(ValidationError):
        letters.cancel_letter(desk, first, "again", today=on)
    assert _signed(desk, on) == "B-2/KBRI-KUL/PL.01/05/2026"
    register = letters.number_register(desk, 2026)
    assert [(r.reference, r.status) for r in register] == [
        (cancelled_number, "cancelled"),
        ("B-2/KBRI-KUL/PL.01/05/2026", "signed"),
    ]


def test_a_failed_signing_issues_no_number(desk: Desk) -> None:
    on = date(2026, 5, 4)
    letter_id = _draft(desk, on)
    with pytest.raises(ValidationError):  # not approved yet
        letters.sign_letter(desk, letter_id, signer="admin", today=on)
    letters.approve_letter(desk, letter_id, today=on)
    with pytest.raises(ValidationError):  # nobody of that name signs
        letters.sign_letter(desk, letter_id, signer="nobody", today=on)
    assert letters.sign_letter(desk, letter_id, signer="admin", today=on).startswith("B-1/")


def test_two_sites_offline_on_the_same_day_never_collide(desk: Desk, tmp_path: Path) -> None:
    other = open_desk(load_config(tmp_path / "medan"))
    try:
        office.initialize(
            other,
            office.OfficeSetup(
                site_code="BP3MI-SU",
                site_name="BP3MI Sumatera Utara",
                agency_code="BP2MI",
                country="ID",
                city="Medan",
                admin_username="admin",
                admin_password=ADMIN_PASSWORD,
                admin_name="Rudi Hartono",
            ),
        )
        on = date(2026, 8, 3)
        ours = [_signed(desk, on) for _ in range(3)]
        theirs = [_signed(other, on) for _ in range(3)]
        assert ours[0] == "B-1/KBRI-KUL/PL.01/08/2026"
        assert theirs[0] == "B-1/BP3MI-SU/PL.01/08/2026"
        assert not set(ours) & set(theirs)
    finally:
        other.close()


def test_a_site_sets_its_own_pattern(desk: Desk) -> None:
    numbering.set_pattern(desk, "out", "{security}.{serial:03}/{site}-{unit_code}/{year}")
    assert numbering.patterns(desk)["out"] == "{security}.{serial:03}/{site}-{unit_code}/{year}"
    assert _signed(desk, date(2026, 2, 2)) == "B.001/KBRI-KUL-KBRI-KUL/2026"
    assert numbering.patterns(desk)["memo"] == numbering.PLAIN_PATTERN


@pytest.mark.parametrize(
    ("pattern", "says"),
    [
        ("{serial}/{unit_code}/{year", "unmatched brace"),
        ("{serial}/{unit}/{year}", "unknown field {unit}"),
        ("{serial}/{unit_code}/{month:02}", "needs {serial} and {year}"),
        ("{serial}/{classification}/{year}", "needs {unit_code} or {site}"),
        ("{serial:x2}/{unit_code}/{year}", "format Python cannot apply"),
    ],
)
def test_an_invalid_pattern_is_refused_with_a_clear_error(desk: Desk, pattern: str, says: str) -> None:
    with pytest.raises(ValidationError) as raised:
        numbering.set_pattern(desk, "out", pattern)
    assert says in raised.value.translated("en")
    assert raised.value.field == "pattern"
    assert raised.value.translated("id") != raised.value.translated("en")  # translated
    assert numbering.patterns(desk)["out"] == numbering.LETTER_PATTERN  # nothing saved


def test_an_unknown_classification_code_is_refused(desk: Desk) -> None:
    with pytest.raises(ValidationError) as raised:
        _draft(desk, date(2026, 2, 2), cls="ZZ.99")
    assert raised.value.field == "classification"


def test_every_number_counter_can_be_rebuilt_from_the_records(demo_desk: Desk) -> None:
    """A site that takes back records it numbered and forgot (app/sync/restored.py) moves its
    counters to the highest numbers among its records: for a site that lost nothing, that is
    exactly where its counters stand, for every kind of number it issues."""
    from datetime import UTC, datetime

    from sqlalchemy import select

    from app.models import NumberCounter
    from app.services import breaches, case_documents
    from app.sync.restored import _numbers_held

    case_documents.print_form(demo_desk, case_documents.PrintRequest("protocol", "protocol"))
    breaches.record_breach(
        demo_desk, found_at=datetime(2026, 11, 20, 9, tzinfo=UTC), description="Laptop hilang di bandara."
    )
    with demo_desk.read() as session:
        issued = {
            name: value
            for name, value in session.execute(select(NumberCounter.name, NumberCounter.value))
            if not name.startswith("changes:")
        }
        rebuilt = _numbers_held(session, demo_desk.site_code or "")
    kinds = {name.split(":")[0] for name in issued}
    assert {"case", "agenda", "letter", "document", "breach"} <= kinds, kinds
    assert rebuilt == issued


def test_a_counter_is_raised_but_never_lowered(desk: Desk) -> None:
    from app.persistence import counters

    with desk.write() as session:
        connection = session.connection()
        counters.raise_to(connection, "case:TEST:2026", 7)  # made by the raise
        assert counters.peek(connection, "case:TEST:2026") == 7
        counters.raise_to(connection, "case:TEST:2026", 3)  # lower: left as it is
        assert counters.peek(connection, "case:TEST:2026") == 7
        assert counters.reserve(connection, "case:TEST:2026") == 8
        counters.raise_to(connection, "case:TEST:2026", 20)
        assert counters.reserve(connection, "case:TEST:2026") == 21
