"""Setting up the office, the overview figures, the case register's first floor, sample data."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select
from stdnum.id import nik as stdnum_nik

from app.errors import ValidationError
from app.models import Case, Worker
from app.services import cases, demo, office, reference
from app.services.desk import Desk
from app.services.workers import WorkerInput
from tests.conftest import SETUP


def _open(desk: Desk, name: str, category: str, reported: date, **worker: object) -> str:
    return cases.open_case(
        desk,
        WorkerInput(full_name=name, destination_country="MY", **worker),  # type: ignore[arg-type]
        cases.CaseInput(category=category, reported_on=reported),
        today=date(2026, 11, 28),
    ).number


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"site_code": "k"}, "site_code"),
        ({"site_code": "1ABC"}, "site_code"),
        ({"site_name": "  "}, "site_name"),
        ({"country": "XX"}, "country"),
        ({"admin_username": "A B"}, "username"),
    ],
)
def test_setup_validation_names_the_field(changes: dict[str, str], field: str) -> None:
    from dataclasses import replace

    with pytest.raises(ValidationError) as error:
        office.validate_setup(replace(SETUP, **changes))
    assert error.value.field == field


def test_initialize_makes_the_site_and_administrator(fresh_desk: Desk) -> None:
    assert not fresh_desk.initialized
    status = office.initialize(fresh_desk, SETUP)
    assert fresh_desk.initialized and fresh_desk.site_code == "KBRI-KUL"
    assert status.site is not None and status.site.country_name == "Malaysia"
    assert status.site.timezone == "Asia/Kuala_Lumpur"
    assert status.officer is not None and status.officer.role == "administrator"
    with pytest.raises(ValidationError):
        office.initialize(fresh_desk, SETUP)


def test_unknown_agency_saves_nothing(fresh_desk: Desk) -> None:
    from dataclasses import replace

    with pytest.raises(ValidationError):
        office.initialize(fresh_desk, replace(SETUP, agency_code="NOPE"))
    assert not fresh_desk.initialized
    assert reference.sites(fresh_desk) == []


def test_reference_data_is_loaded(fresh_desk: Desk) -> None:
    names = {c.iso2: c.name_id for c in reference.countries(fresh_desk)}
    assert names["SA"] == "Arab Saudi" and names["ID"] == "Indonesia"
    codes = {a.code for a in reference.agencies(fresh_desk)}
    assert {"KP2MI", "BP2MI", "KEMNAKER", "KEMLU"} <= codes
    assert any(c.code == "unpaid_wages" for c in reference.categories(fresh_desk))


def test_case_numbers_are_per_site_and_year_and_never_reused(desk: Desk) -> None:
    first = _open(desk, "Sri Wahyuni", "unpaid_wages", date(2026, 3, 1))
    second = _open(desk, "Dewi Lestari", "illness", date(2026, 5, 2))
    other_year = _open(desk, "Nur Aini", "illness", date(2025, 12, 30))
    assert (first, second, other_year) == (
        "KBRI-KUL/2026/00001",
        "KBRI-KUL/2026/00002",
        "KBRI-KUL/2025/00001",
    )
    with pytest.raises(ValidationError):
        _open(desk, "Ani", "no_such_category", date(2026, 5, 2))
    third = _open(desk, "Siti", "illness", date(2026, 6, 1))
    assert third == "KBRI-KUL/2026/00003"  # the failed save consumed no number


@pytest.mark.parametrize(
    ("nik", "sex", "born", "message"),
    [
        ("12345", None, None, "is not valid"),
        ("3507014508900001", "M", None, "does not match the sex"),
        ("3507010508900001", "M", date(1990, 8, 6), "does not match the date of birth"),
    ],
)
def test_a_bad_nik_is_refused_and_nothing_saved(
    desk: Desk, nik: str, sex: str | None, born: date | None, message: str
) -> None:
    with pytest.raises(ValidationError) as error:
        _open(desk, "Ani", "illness", date(2026, 1, 5), nik=nik, sex=sex, birth_date=born)
    assert error.value.field == "nik" and message in str(error.value)
    assert cases.count_cases(desk) == 0
    with desk.read() as session:
        assert session.scalar(select(func.count(Worker.id))) == 0


def test_a_woman_nik_has_forty_added_to_the_day(desk: Desk) -> None:
    number = _open(
        desk, "Ani", "illness", date(2026, 1, 5), nik="3507014508900001", sex="F", birth_date=date(1990, 8, 5)
    )
    assert number.endswith("/00001")


def test_demo_data_is_realistic_and_repeatable(desk: Desk) -> None:
    added = demo.load_demo(desk, cases=30, seed=11, today=date(2026, 11, 28))
    assert added == 30 == cases.count_cases(desk)
    with desk.read() as session:
        workers = session.execute(select(Worker.nik, Worker.sex, Worker.birth_date)).all()
        reported = session.scalars(select(Case.reported_on)).all()
    for nik, sex, born in workers:
        if nik:
            assert stdnum_nik.is_valid(nik)
            assert stdnum_nik.get_birth_date(nik).strftime("%d%m%y") == born.strftime("%d%m%y")
            assert (int(nik[6:8]) > 40) == (sex.value == "F")
    assert max(reported) <= date(2026, 11, 28)
    assert len(reference.sites(desk)) > 3 and len(reference.officers(desk)) > 5
    overview = office.overview(desk)
    assert overview.cases_total == 30
    assert sum(n for _, n in overview.cases_by_status) == 30


def test_cancelled_demo_adds_nothing(desk: Desk) -> None:
    with pytest.raises(demo.Cancelled):
        demo.load_demo(desk, cases=60, progress=lambda done, total: done < 25)
    assert cases.count_cases(desk) == 0
    assert len(reference.sites(desk)) == 1
