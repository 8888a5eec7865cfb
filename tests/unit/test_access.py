"""Roles and permissions through the services: each role does what it should and nothing else."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from app.models import AuditEntry, SensitiveAccess
from app.services import access, accounts, case_activity, cases, letters, meetings, reference, sensitive
from app.services.access import AccessDenied, Permission
from app.services.desk import Desk
from app.services.letters import IncomingLetter, LetterDraft, LetterFilter
from app.services.workers import WorkerInput
from tests.conftest import ADMIN_PASSWORD

PASSWORD = "Merdeka-Raya-77"
TODAY = date(2026, 11, 2)


def _officer(desk: Desk, username: str, role: str, unit: str = "") -> None:
    accounts.add_account(desk, username, role, PASSWORD, full_name=username.title(), unit_code=unit)
    accounts.sign_in(desk, username, PASSWORD)
    accounts.change_password(desk, PASSWORD, PASSWORD + "!")
    accounts.sign_in(desk, "admin", ADMIN_PASSWORD)


def _as(desk: Desk, username: str) -> Desk:
    accounts.sign_in(desk, username, PASSWORD + "!")
    return desk


@pytest.fixture
def office(desk: Desk) -> Desk:
    for username, role in (
        ("budi", "case_officer"),
        ("dewi", "auditor"),
        ("sekar", "secretariat"),
        ("kepala", "supervisor"),
        ("lain", "case_officer"),
    ):
        _officer(desk, username, role)
    return desk


def _open(
    desk: Desk, category: str = "unpaid_wages", summary: str = "", officers: tuple[str, ...] = ()
) -> str:
    return cases.open_case(
        desk,
        WorkerInput(full_name="Siti Aminah", destination_country="MY"),
        cases.CaseInput(
            category=category, reported_on=TODAY, country="MY", summary=summary, officer_usernames=officers
        ),
        today=TODAY,
    ).number


def test_the_roles_table(office: Desk) -> None:
    table = {role.value: perms for role, perms in access.ROLE_PERMISSIONS.items()}
    assert table["administrator"] == frozenset(Permission)
    assert table["auditor"] == {Permission.READ_AUDIT}
    assert Permission.DISPOSE_LETTERS in table["supervisor"] - table["case_officer"]
    assert Permission.MANAGE_MEETINGS in table["secretariat"] - table["case_officer"]
    assert Permission.EDIT_CASES not in table["secretariat"]


def test_an_auditor_reads_but_cannot_edit(office: Desk) -> None:
    number = _open(office)
    desk = _as(office, "dewi")
    assert case_activity.case_detail(desk, number, today=TODAY).number == number  # reads
    with pytest.raises(AccessDenied, match="editing cases"):
        cases.change_status(desk, number, "verification", today=TODAY)
    with pytest.raises(AccessDenied, match="editing cases"):
        _open(desk)
    with pytest.raises(AccessDenied, match="drafting letters"):
        letters.draft_letter(desk, LetterDraft(kind="outgoing", subject="Hal", addressee="Yth."))
    with pytest.raises(AccessDenied, match="changing the office's settings"):
        reference.save_agency(desk, code="NEW-AG", name="Baru", kind="ngo")


def test_a_case_officer_works_cases_but_does_not_dispose_or_plan_meetings(office: Desk) -> None:
    desk = _as(office, "budi")
    number = _open(desk)
    cases.change_status(desk, number, "verification", today=TODAY)
    assert case_activity.case_detail(desk, number, today=TODAY).status == "verification"
    with pytest.raises(AccessDenied, match="planning meetings"):
        meetings.generate_meetings(desk, months=1)


def test_a_secretariat_officer_cannot_open_a_case(office: Desk) -> None:
    with pytest.raises(AccessDenied, match="editing cases"):
        _open(_as(office, "sekar"))


def test_a_case_officer_cannot_read_a_rahasia_letter_addressed_to_someone_else(office: Desk) -> None:
    secret = letters.register_incoming(
        office,
        IncomingLetter(
            received_on=TODAY,
            subject="Penyelidikan TPPO",
            sender_name="Polri",
            security="rahasia",
            addressee_officer="lain",
        ),
        today=TODAY,
    )
    ordinary = letters.register_incoming(
        office, IncomingLetter(received_on=TODAY, subject="Undangan", sender_name="Disnaker"), today=TODAY
    )
    budi = _as(office, "budi")
    seen = {row.reference for row in letters.list_letters(budi, LetterFilter(), today=TODAY)}
    assert ordinary.reference in seen and secret.reference not in seen
    with pytest.raises(letters.NotFound):
        letters.letter_detail(budi, secret.id)
    lain = _as(office, "lain")
    assert letters.letter_detail(lain, secret.id).subject == "Penyelidikan TPPO"
    accounts.sign_in(office, "admin", ADMIN_PASSWORD)
    assert letters.letter_detail(office, secret.id).subject == "Penyelidikan TPPO"


def test_sensitive_fields_are_masked_without_a_need_to_know_and_break_the_glass_is_recorded(
    office: Desk,
) -> None:
    story = "Korban kekerasan seksual oleh majikan; dirawat di rumah sakit."
    number = _open(office, "employer_violence", story, officers=("budi",))
    assert case_activity.case_detail(_as(office, "budi"), number, today=TODAY).summary == story  # assigned
    assert (
        case_activity.case_detail(_as(office, "kepala"), number, today=TODAY).summary == story
    )  # supervisor
    other = _as(office, "lain")
    hidden = case_activity.case_detail(other, number, today=TODAY)
    assert hidden.summary == "" and "summary" in hidden.masked
    # the officers' own words in the timeline tell the story too: left out, events kept
    case_activity.add_entry(_as(office, "budi"), number, "call", "Korban mengaku diperkosa majikan")
    cases.change_status(_as(office, "budi"), number, "verification", reason="visum di RS Ampang", today=TODAY)
    told = [i.text for i in case_activity.case_detail(_as(office, "budi"), number, today=TODAY).timeline]
    assert any("diperkosa" in t for t in told) and any("visum" in t for t in told)
    hidden = case_activity.case_detail(_as(office, "lain"), number, today=TODAY)
    texts = [item.text for item in hidden.timeline]
    assert not any("diperkosa" in t or "visum" in t for t in texts), texts
    assert "(an officer's note, hidden: sensitive case)" in texts and "timeline" in hidden.masked
    assert len(texts) == len(told)  # every event still shows: what happened, when, by whom
    with pytest.raises(sensitive.ValidationError, match="Say why"):
        sensitive.break_glass(other, number, "perlu")
    sensitive.break_glass(other, number, "Menggantikan Budi yang cuti, ada sidang besok")
    assert case_activity.case_detail(other, number, today=TODAY).summary == story
    assert sensitive.accesses(other, number) == [("lain", "Menggantikan Budi yang cuti, ada sidang besok")]
    with other.read() as session:
        record = session.scalar(select(SensitiveAccess))
        assert record is not None
        audit = session.scalar(select(AuditEntry).where(AuditEntry.row_id == record.id))
        assert audit is not None and audit.actor == "lain" and "sidang besok" in audit.changes
    # the glass is broken for this sign-in only
    accounts.sign_in(other, "budi", PASSWORD + "!")
    assert case_activity.case_detail(_as(office, "lain"), number, today=TODAY).summary == ""
    # an ordinary case is not masked for anyone
    plain = _open(office, "unpaid_wages", "Gaji tidak dibayar enam bulan.")
    assert case_activity.case_detail(_as(office, "dewi"), plain, today=TODAY).summary.startswith("Gaji")


def _numbers(desk: Desk, text: str) -> set[str]:
    found = cases.list_cases(desk, cases.CaseFilter(text=text), limit=50, today=TODAY)
    assert cases.count_cases(desk, cases.CaseFilter(text=text), today=TODAY) == len(found)
    # the Cases view's first page counts in its own statement: the same rule, the same number
    assert cases.first_page(desk, cases.CaseFilter(text=text), limit=1, today=TODAY).total == len(found)
    return {row.number for row in found}


def test_search_does_not_find_a_hidden_story_by_its_words(office: Desk) -> None:
    story = "Korban kekerasan seksual oleh majikan; dirawat di rumah sakit Ampang."
    hidden = _open(office, "employer_violence", story, officers=("budi",))
    plain = _open(office, "unpaid_wages", "Gaji tidak dibayar; majikan di Ampang.")
    child = cases.open_case(
        office,
        WorkerInput(full_name="Nur Aini", destination_country="MY", birth_date=date(2010, 5, 1)),
        cases.CaseInput(category="unpaid_wages", reported_on=TODAY, country="MY", summary="Ampang, anak"),
        today=TODAY,
    ).number
    # the assigned officer, the site's supervisor and the administrator find it by its story
    assert _numbers(_as(office, "budi"), "seksual ampang") == {hidden}
    assert _numbers(office, "ampang") == {hidden, plain}  # budi is not on the child's case
    for reader in ("kepala", "admin"):
        accounts.sign_in(office, reader, ADMIN_PASSWORD if reader == "admin" else PASSWORD + "!")
        assert _numbers(office, "seksual ampang") == {hidden}
        assert _numbers(office, "ampang") == {hidden, plain, child}
    # another case officer sees only what the cases would show them: not the story's words
    other = _as(office, "lain")
    assert _numbers(other, "seksual") == set()
    assert _numbers(other, "ampang") == {plain}  # the child's case is sealed too (under 18)
    assert _numbers(other, "siti aminah") == {hidden, plain}  # by the worker's name: yes
    assert _numbers(other, hidden) == {hidden}  # by the number
    # once the glass is broken, the story is searchable for the rest of the sign-in
    sensitive.break_glass(other, hidden, "Menggantikan Budi yang cuti, ada sidang besok")
    assert _numbers(other, "seksual") == {hidden}
