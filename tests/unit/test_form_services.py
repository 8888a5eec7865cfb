"""The small reads behind the new-case form: regions, jobs, the protocol's suggestion, warnings."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from app.errors import ValidationError
from app.services import protocol, reference, workers
from app.services.desk import Desk
from app.services.workers import WorkerInput

TODAY = date(2026, 3, 16)


def test_regions_by_parent(desk: Desk) -> None:
    provinces = reference.regions(desk)
    assert len(provinces) == 38 and all(p.parent_code is None for p in provinces)
    jatim = next(p for p in provinces if p.code == "35")
    assert jatim.name == "Jawa Timur" and jatim.level == "provinsi"
    regencies = reference.regions(desk, "35")
    assert {r.parent_code for r in regencies} == {"35"}
    malang = next(r for r in regencies if r.code == "35.07")
    assert malang.name == "Kabupaten Malang"
    assert [r.name for r in regencies] == sorted(r.name for r in regencies)
    assert all(d.code.startswith("35.07.") for d in reference.regions(desk, "35.07"))
    assert reference.regions(desk, "99") == []


def test_jobs_are_the_shipped_list() -> None:
    jobs = {j.code: j for j in reference.jobs()}
    assert jobs["domestic_worker"].name_en == "Domestic worker"
    assert jobs["caregiver_elderly"].name_id.startswith("Pengasuh Lansia")
    assert "other" in jobs


def test_the_protocol_suggests_agencies_by_code(desk: Desk) -> None:
    wages = protocol.suggested_agencies(desk, "unpaid_wages", "my")
    assert wages.lead_agency == "KBRI-KUL" and set(wages.participants) == {"BP2MI", "KEMNAKER"}
    trafficking = protocol.suggested_agencies(desk, "trafficking", "MY")
    assert trafficking.lead_agency == "POLRI" and "BP2MI" in trafficking.participants
    # no representation of this desk in Japan: the protocol cannot name the lead
    nowhere = protocol.suggested_agencies(desk, "unpaid_wages", None)
    assert nowhere.lead_agency != "KBRI-KUL"


def test_worker_warnings_while_typing(desk: Desk) -> None:
    siti = WorkerInput(full_name="Siti Aminah", nik="3507014508900001", sex="F", birth_date=date(1990, 8, 5))
    assert workers.worker_warnings(desk, siti, today=TODAY) == ()
    old_district = replace(siti, nik="3507994508900001")  # a district code no longer in the list
    assert workers.worker_warnings(desk, old_district, today=TODAY) == (
        "The NIK's district code is not in the current region list.",
    )
    with pytest.raises(ValidationError) as refused:
        workers.worker_warnings(desk, replace(siti, birth_date=date(1990, 8, 6)), today=TODAY)
    assert refused.value.field == "nik"
