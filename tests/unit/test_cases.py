"""The life of a case through the services: protocol, duplicates, referrals, stages, overdue."""

from __future__ import annotations

from datetime import date

import pytest

from app.errors import NotFound, ValidationError
from app.services import case_activity, cases
from app.services.desk import Desk
from app.services.workdays import WorkingCalendar
from app.services.workers import WorkerInput, find_duplicates, normalise_phone, similar_names

TODAY = date(2026, 3, 16)  # a Monday; Thursday 19 March 2026 is Nyepi, 21-22 March Idul Fitri

SITI = WorkerInput(
    full_name="Siti Aminah",
    nik="3507014508900001",
    sex="F",
    birth_date=date(1990, 8, 5),
    phone="0812-3456-7890",
    employer_name="Tan Ah Kow",
    destination_country="MY",
    departure_date=date(2024, 2, 1),
)


def _open(desk: Desk, worker: WorkerInput = SITI, category: str = "unpaid_wages", **case: object) -> str:
    return cases.open_case(
        desk,
        worker,
        cases.CaseInput(category=category, reported_on=TODAY, **case),
        today=TODAY,  # type: ignore[arg-type]
    ).number


def test_working_days_skip_weekends_and_holidays() -> None:
    jakarta = WorkingCalendar("ID")
    assert jakarta.add_working_days(date(2026, 3, 18), 1) == date(2026, 3, 20)  # over Nyepi
    assert jakarta.add_working_days(date(2026, 3, 20), 1) == date(2026, 3, 23)  # over the Idul Fitri weekend
    assert jakarta.working_days_between(date(2026, 3, 16), date(2026, 3, 23)) == 4
    riyadh = WorkingCalendar("SA")  # Friday-Saturday weekend and Saudi Eid holidays as well
    assert riyadh.weekend == frozenset({4, 5})
    assert riyadh.add_working_days(date(2026, 3, 18), 1) > date(2026, 3, 23)


def test_opening_applies_the_protocol(desk: Desk) -> None:
    number = _open(desk)
    detail = case_activity.case_detail(desk, number, today=TODAY)
    assert number == "KBRI-KUL/2026/00001"
    assert detail.lead_agency == "KBRI-KUL"  # the representation for Malaysia leads wage cases
    assert set(detail.participants) == {"BP2MI", "KEMNAKER"}
    assert detail.worker["phone"] == "+6281234567890"
    steps = {s.what: s for s in detail.next_steps}
    assert len(steps) == 2 and all(s.agency_code == "KBRI-KUL" for s in steps.values())
    # 3 working days from Monday 16 March, in Malaysia: Nyepi is an Indonesian holiday, so it counts
    verify = next(t for t in detail.tasks if t.step == "verify")
    assert verify.due_on == WorkingCalendar("MY").add_working_days(TODAY, 3)
    assert [i.text for i in detail.timeline] == ["Case registered"]


def test_the_police_lead_trafficking_cases(desk: Desk) -> None:
    number = _open(desk, category="trafficking")
    assert case_activity.case_detail(desk, number, today=TODAY).lead_agency == "POLRI"


def test_duplicates_are_caught(desk: Desk) -> None:
    _open(desk)
    with desk.read() as session:
        by_nik = find_duplicates(session, WorkerInput(full_name="S. Aminah", nik="3507014508900001"))
        by_name = find_duplicates(session, WorkerInput(full_name="Siti Aminnah", birth_date=date(1990, 8, 5)))
        by_employer = find_duplicates(session, WorkerInput(full_name="Aminah", employer_name="Tan Ah Kow"))
        stranger = find_duplicates(
            session, WorkerInput(full_name="Dewi Lestari", birth_date=date(1990, 8, 5))
        )
    assert [d.reason for d in by_nik] == ["nik"]
    assert [d.reason for d in by_name] == ["name_birth_date"]
    assert [d.reason for d in by_employer] == ["name_employer"]
    assert by_nik[0].case_numbers == ("KBRI-KUL/2026/00001",)
    assert stranger == []
    assert similar_names("Siti Aminah", "SITI AMINAH") and not similar_names("Siti Aminah", "Sri Wahyuni")


def test_a_second_case_can_link_the_known_worker(desk: Desk) -> None:
    first = cases.open_case(desk, SITI, cases.CaseInput("unpaid_wages", TODAY), today=TODAY)
    second = cases.open_case(
        desk, None, cases.CaseInput("illness", TODAY), existing_worker_id=first.worker_id, today=TODAY
    )
    assert second.worker_id == first.worker_id and second.number.endswith("00002")


@pytest.mark.parametrize(
    ("worker", "field"),
    [
        (WorkerInput(full_name="  "), "full_name"),
        (WorkerInput(full_name="Ani", nik="1234"), "nik"),
        (WorkerInput(full_name="Ani", nik="3507014508900001", sex="M"), "nik"),
        (WorkerInput(full_name="Ani", phone="12"), "phone"),
        (WorkerInput(full_name="Ani", passport_no="A-1"), "passport_no"),
        (WorkerInput(full_name="Ani", departure_date=date(2026, 6, 1)), "departure_date"),
        (WorkerInput(full_name="Ani", destination_country="ZZ"), "destination_country"),
    ],
)
def test_bad_worker_input_names_the_field_and_saves_nothing(
    desk: Desk, worker: WorkerInput, field: str
) -> None:
    with pytest.raises(ValidationError) as error:
        _open(desk, worker)
    assert error.value.field == field
    assert cases.count_cases(desk) == 0


def test_a_worker_who_failed_to_depart_may_have_a_future_departure(desk: Desk) -> None:
    _open(desk, WorkerInput(full_name="Ani", departure_date=date(2026, 6, 1)), category="failed_to_depart")
    assert cases.count_cases(desk) == 1


def test_referral_accept_and_return(desk: Desk) -> None:
    number = _open(desk)
    referral = case_activity.refer_case(
        desk, number, "BP3MI-JATIM", "Worker returned home to Malang", today=TODAY
    )
    detail = case_activity.case_detail(desk, number, today=TODAY)
    sent = detail.referrals[0]
    assert (sent.to_agency, sent.status) == ("BP3MI-JATIM", "sent")
    # 3 working days in Indonesia from Monday 16 March 2026: 17, 18, (Nyepi), 20
    assert sent.due_on == date(2026, 3, 20)
    assert "BP3MI-JATIM" in detail.participants
    owed = [s for s in detail.next_steps if s.referral_id == referral]
    assert owed and owed[0].agency_code == "BP3MI-JATIM"
    assert cases.count_cases(desk, cases.CaseFilter(owed_by_agency="BP3MI-JATIM"), today=TODAY) == 1
    with pytest.raises(ValidationError):
        case_activity.answer_referral(desk, referral, accept=False, note="")
    case_activity.answer_referral(desk, referral, accept=True, today=TODAY)
    with pytest.raises(ValidationError):
        case_activity.withdraw_referral(desk, referral)
    detail = case_activity.case_detail(desk, number, today=TODAY)
    assert detail.referrals[0].status == "accepted"
    assert [i.text for i in detail.timeline][-2:] == [
        "Referred to BP3MI-JATIM: Worker returned home to Malang",
        "Referral accepted by BP3MI-JATIM",
    ]


def test_overdue_moves_with_the_working_day_calendar(desk: Desk) -> None:
    number = _open(desk)
    referral = case_activity.refer_case(desk, number, "BP3MI-JATIM", "Follow up at home", today=TODAY)
    overdue = cases.CaseFilter(overdue=True, owed_by_agency="BP3MI-JATIM")
    assert cases.count_cases(desk, overdue, today=date(2026, 3, 19)) == 0
    assert cases.count_cases(desk, overdue, today=date(2026, 3, 20)) == 0  # due that day, after the holiday
    assert cases.count_cases(desk, overdue, today=date(2026, 3, 23)) == 1
    row = cases.list_cases(desk, overdue, today=date(2026, 3, 23))[0]
    assert row.number == number and row.overdue
    case_activity.withdraw_referral(desk, referral, note="Handled by the representation", today=TODAY)
    assert cases.count_cases(desk, overdue, today=date(2026, 3, 23)) == 0


def test_stages_resolve_close_and_reopen_with_a_reason(desk: Desk) -> None:
    number = _open(desk)
    cases.change_status(desk, number, "clarification_1", today=TODAY)
    detail = case_activity.case_detail(desk, number, today=TODAY)
    assert {t.step for t in detail.tasks if t.done_on is None} == {"clarify_2"}
    cases.change_status(desk, number, "resolved", today=TODAY)
    cases.change_status(desk, number, "closed", today=TODAY)
    assert case_activity.case_detail(desk, number, today=TODAY).next_steps == ()
    with pytest.raises(ValidationError) as error:
        cases.change_status(desk, number, "mediation", today=TODAY)
    assert error.value.field == "reason"
    cases.change_status(desk, number, "mediation", reason="Employer broke the agreement", today=TODAY)
    detail = case_activity.case_detail(desk, number, today=TODAY)
    assert detail.status == "mediation" and detail.closed_on is None
    assert detail.timeline[-1].text == "Stage changed: Closed → Mediation: Employer broke the agreement"


def test_set_field_is_validated_like_the_form(desk: Desk) -> None:
    number = _open(desk)
    cases.set_field(desk, number, "priority", "1", today=TODAY)
    cases.set_field(desk, number, "worker.phone", "+60 12-345 6789", today=TODAY)
    cases.set_field(desk, number, "outcome_amount", "1500.50", today=TODAY)
    detail = case_activity.case_detail(desk, number, today=TODAY)
    assert (
        detail.priority == 1
        and detail.worker["phone"] == "+60123456789"
        and detail.outcome_amount == "1500.50"
    )
    for field, value in (("priority", "7"), ("worker.nik", "99"), ("outcome_currency", "XYZ"), ("nope", "1")):
        with pytest.raises(ValidationError):
            cases.set_field(desk, number, field, value, today=TODAY)
    with pytest.raises(NotFound):
        cases.set_field(desk, "KBRI-KUL/2026/99999", "priority", "1", today=TODAY)


def test_list_filters_and_search(demo_desk: Desk) -> None:
    everything = cases.list_cases(demo_desk, limit=1000)
    assert len(everything) == cases.count_cases(demo_desk) == 40
    malaysia = cases.list_cases(demo_desk, cases.CaseFilter(country="MY"), limit=1000)
    assert malaysia and all(r.country == "MY" for r in malaysia)
    name = everything[0].worker_name.split()[0]
    found = cases.list_cases(demo_desk, cases.CaseFilter(text=name.lower()), limit=1000)
    assert everything[0].number in {r.number for r in found}
    by_number = cases.list_cases(demo_desk, sort="number", descending=False, limit=1000)
    assert [r.number for r in by_number] == sorted(r.number for r in everything)


def test_phone_numbers_of_any_country() -> None:
    assert normalise_phone("+966 50 123 4567", "phone") == "+966501234567"
    assert normalise_phone("0812 3456 7890", "phone") == "+6281234567890"


def test_full_text_search_follows_every_write(desk: Desk) -> None:
    number = _open(
        desk,
        WorkerInput(
            full_name="Siti Aminah",
            nik="3507014508900001",
            passport_no="C1234567",
            employer_name="Tan Ah Kow",
            p3mi_name="PT Sinar Jaya",
        ),
    )
    _open(desk, WorkerInput(full_name="Dewi Lestari"), summary="Majikan di Selangor menahan gaji")

    def found(text: str) -> list[str]:
        return [r.number for r in cases.list_cases(desk, cases.CaseFilter(text=text), today=TODAY)]

    assert found("siti amin") == [number]  # every word, each as a prefix
    assert found("350701") == [number]  # a NIK prefix
    assert found("c1234567") == [number]
    assert found("sinar") == [number]
    assert found("selangor gaji") == ["KBRI-KUL/2026/00002"]
    assert found("Dèwi") == ["KBRI-KUL/2026/00002"]  # accents do not matter
    assert found("aminah dewi") == []
    assert found('"; DROP TABLE case_file; --') == []  # search syntax never reaches the database
    cases.set_field(desk, number, "worker.full_name", "Siti Rahayu", today=TODAY)
    assert found("rahayu") == [number] and found("aminah") == []


def test_a_search_counts_its_matches_with_its_first_page(desk: Desk) -> None:
    for n in range(5):
        _open(desk, WorkerInput(full_name=f"Siti Aminah {n}"))
    _open(desk, WorkerInput(full_name="Dewi Lestari"))
    _open(desk, WorkerInput(full_name="Siti Rahayu"))

    search = cases.CaseFilter(text="siti amin")
    first = cases.first_page(desk, search, limit=2, today=TODAY)
    # one statement found the page and counted every match: 5, not the page's 2
    assert first.total == 5 == cases.count_cases(desk, search, today=TODAY)
    assert first.rows == cases.list_cases(desk, search, limit=2, today=TODAY)
    assert cases.first_page(desk, cases.CaseFilter(text="lestari"), limit=2, today=TODAY).total == 1
    assert cases.first_page(desk, cases.CaseFilter(text="tidak ada"), limit=2, today=TODAY) == (
        cases.FirstPage([], 0)
    )
    # the register reads its page from an index and stops: the caller counts it afterwards
    register = cases.first_page(desk, None, limit=2, today=TODAY)
    assert register.total is None and len(register.rows) == 2
    assert cases.first_page(desk, None, limit=10, today=TODAY).total == 7  # it fits on the page


def test_attachments_are_stored_once_by_hash(desk: Desk, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from app.services import attachments

    number = _open(desk)
    scan = tmp_path / "surat-kuasa.pdf"
    scan.write_bytes(b"%PDF-1.7\n" + b"x" * 1000)
    first = attachments.attach_to_case(desk, number, scan, "Power of attorney")
    second = attachments.attach_to_case(desk, number, scan)
    assert first.sha256 == second.sha256 and first.media_type == "application/pdf"
    assert attachments.verify_blob(desk, first.sha256)
    # one folder and one file on a desk; none on an office server, whose table is the store
    assert len(list(desk.config.attachments_dir.rglob("*"))) == (2 if desk.db.is_sqlite else 0)
    assert [a.filename for a in attachments.case_attachments(desk, number)] == ["surat-kuasa.pdf"] * 2
    script = tmp_path / "photo.jpg"
    script.write_bytes(b"#!/bin/sh\nrm -rf /\n")
    with pytest.raises(ValidationError):
        attachments.attach_to_case(desk, number, script)
    assert len(attachments.case_attachments(desk, number)) == 2


def test_the_administrator_edits_the_protocol(desk: Desk) -> None:
    from app.services import protocol

    before = {r.category: r for r in protocol.rules(desk)}
    assert before["trafficking"].lead_agency == "POLRI" and "BP2MI" in before["trafficking"].participants
    rule = protocol.save_rule(
        desk,
        "unpaid_wages",
        lead_agency="BP2MI",
        participants=("KEMNAKER", "DISNAKER"),
        days={"verification_days": 5},
    )
    assert (rule.lead_agency, rule.participants, rule.verification_days) == (
        "BP2MI",
        ("DISNAKER", "KEMNAKER"),
        5,
    )
    number = _open(desk)
    detail = case_activity.case_detail(desk, number, today=TODAY)
    assert detail.lead_agency == "BP2MI" and set(detail.participants) == {"KEMNAKER", "DISNAKER"}
    verify = next(t for t in detail.tasks if t.step == "verify")
    assert verify.due_on == WorkingCalendar("ID").add_working_days(TODAY, 5)
    with pytest.raises(ValidationError):
        protocol.save_rule(
            desk, "unpaid_wages", lead_agency=None, participants=(), days={"verification_days": 0}
        )
    with pytest.raises(ValidationError):
        protocol.save_rule(desk, "nonsense", lead_agency=None, participants=(), days={})


def test_an_edit_form_saves_all_or_nothing(desk: Desk) -> None:
    number = _open(desk)
    cases.update_case(
        desk,
        number,
        {"summary": "Gaji 6 bulan", "worker.employer_name": "Lim Bee Leng", "life_threatening": "yes"},
        today=TODAY,
    )
    detail = case_activity.case_detail(desk, number, today=TODAY)
    assert (detail.summary, detail.worker["employer_name"], detail.life_threatening) == (
        "Gaji 6 bulan",
        "Lim Bee Leng",
        True,
    )
    with pytest.raises(ValidationError) as error:
        cases.update_case(
            desk, number, {"summary": "changed", "worker.birth_date": "1990-13-45"}, today=TODAY
        )
    assert error.value.field == "birth_date"
    assert case_activity.case_detail(desk, number, today=TODAY).summary == "Gaji 6 bulan"


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("1500.50", "1500.50"),
        ("1,500.50", "1500.50"),
        ("1.500,50", "1500.50"),
        ("1.500.000", "1500000"),
        ("750", "750"),
        ("", None),
    ],
)
def test_amounts_as_officers_write_them(text: str, amount: str | None) -> None:
    from decimal import Decimal

    assert cases.parse_amount(text, "outcome_amount") == (Decimal(amount) if amount else None)


def test_nik_and_sex_change_together(desk: Desk) -> None:
    number = _open(desk, WorkerInput(full_name="Budi", nik="3507010508900001", sex="M"))
    cases.update_case(desk, number, {"worker.nik": "3507014508900001", "worker.sex": "F"}, today=TODAY)
    assert case_activity.case_detail(desk, number, today=TODAY).worker["nik"] == "3507014508900001"


def test_agencies_categories_and_officers_of_a_case_can_change(desk: Desk) -> None:
    from app.services import reference

    reference.save_officer(
        desk, full_name="Budi Santoso", agency_code="KBRI-KUL", username="budi", role="case_officer"
    )
    number = _open(desk)
    cases.update_case(
        desk,
        number,
        {"participants": "BP2MI, POLRI", "extra_categories": "illness", "officers": "budi,admin"},
        today=TODAY,
    )
    detail = case_activity.case_detail(desk, number, today=TODAY)
    assert set(detail.participants) == {"BP2MI", "POLRI"} and detail.extra_categories == ("illness",)
    assert len(detail.officers) == 2
    assert cases.count_cases(desk, cases.CaseFilter(assigned_to="budi"), today=TODAY) == 1
    cases.set_field(desk, number, "participants", "BP2MI", today=TODAY)  # POLRI leaves
    cases.set_field(desk, number, "extra_categories", "", today=TODAY)
    case_activity.refer_case(desk, number, "POLRI", "Criminal complaint", today=TODAY)  # and comes back
    detail = case_activity.case_detail(desk, number, today=TODAY)
    assert set(detail.participants) == {"BP2MI", "POLRI"} and detail.extra_categories == ()
    assert cases.count_cases(desk, cases.CaseFilter(categories=("illness",)), today=TODAY) == 0
    with pytest.raises(ValidationError) as error:
        cases.update_case(desk, number, {"participants": "NOPE"}, today=TODAY)
    assert error.value.field == "participants"


def test_sorting_by_worker_and_stage_uses_the_case_s_own_keys(desk: Desk) -> None:
    """The worker's name is kept on the case by triggers (a rename re-sorts its cases) and the
    stage sorts in the handling order, not by its code; the sort keys are never journalled."""
    from sqlalchemy import func, select

    from app.models import Change

    budi = WorkerInput(full_name="budi Santoso", destination_country="MY")
    zainal = WorkerInput(full_name="Zainal Abidin", destination_country="MY")
    first, second, third = _open(desk, zainal), _open(desk, SITI), _open(desk, budi)

    def order(sort: str, descending: bool = False) -> list[str]:
        rows = cases.list_cases(desk, sort=sort, descending=descending, today=TODAY)
        return [row.number for row in rows]

    assert order("worker") == [third, second, first]  # budi, Siti, Zainal: case does not matter
    cases.set_field(desk, first, "full_name", "Agus Salim", today=TODAY)
    assert order("worker") == [first, third, second]
    assert order("worker", descending=True) == [second, third, first]

    # by code "closed" < "intake" < "verification"; in the handling order closed comes last
    cases.change_status(desk, first, "closed", today=TODAY)
    cases.change_status(desk, second, "verification", today=TODAY)
    assert order("status") == [third, second, first]  # intake, verification, closed
    with desk.read() as session:
        journalled = session.scalar(
            select(func.count()).select_from(Change).where(Change.field.in_(("worker_sort", "stage_rank")))
        )
    assert journalled == 0
