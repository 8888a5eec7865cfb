"""Two officers editing the same case never silently overwrite each other (app.services.edit_guard)."""

from __future__ import annotations

from datetime import date

import pytest

from app.config import load_config
from app.services import accounts, case_activity, cases
from app.services.desk import Desk, open_desk
from app.services.edit_guard import EditConflict
from app.services.workers import WorkerInput

TODAY = date(2026, 3, 2)
BUDI = "Sawah-Padi-2026"


def _case(desk: Desk) -> str:
    return cases.open_case(
        desk,
        WorkerInput(full_name="Siti Aminah", employer_name="Tan Ah Kow"),
        cases.CaseInput(category="unpaid_wages", reported_on=TODAY, summary="Gaji tidak dibayar"),
        today=TODAY,
    ).number


def _detail(desk: Desk, number: str) -> case_activity.CaseDetail:
    return case_activity.case_detail(desk, number, today=TODAY)


def _second_desk(desk: Desk) -> Desk:
    """Another officer's desk on the same database (its own connections, like another PC)."""
    accounts.add_account(desk, "budi", "case_officer", BUDI, full_name="Budi Santoso")
    other = open_desk(load_config(desk.config.data_dir.parent / "other-desk", desk.config.database_url))
    accounts.sign_in(other, "budi", BUDI)
    return other


def test_the_second_save_of_the_same_field_is_refused_and_names_it(desk: Desk) -> None:
    number = _case(desk)
    other = _second_desk(desk)
    try:
        mine = _detail(desk, number)  # both officers open the edit form
        theirs = _detail(other, number)
        cases.update_case(
            other, number, {"summary": "Gaji 6 bulan tidak dibayar"}, today=TODAY, base_version=theirs.version
        )
        with pytest.raises(EditConflict) as raised:
            cases.update_case(
                desk, number, {"summary": "Gaji ditahan"}, today=TODAY, base_version=mine.version
            )
        conflict = raised.value
        assert [(f.key, f.value, f.actor) for f in conflict.fields] == [
            ("summary", "Gaji 6 bulan tidak dibayar", "budi")
        ]
        assert "budi" in conflict.translated("en") and "summary" in conflict.translated("en")
        assert "Nothing was saved" in conflict.translated("en")
        assert conflict.translated("id") != conflict.translated("en")
        assert _detail(desk, number).summary == "Gaji 6 bulan tidak dibayar"  # nothing overwritten

        # "keep mine": saved again on the version the conflict showed
        cases.update_case(
            desk, number, {"summary": "Gaji ditahan"}, today=TODAY, base_version=conflict.version
        )
        assert _detail(other, number).summary == "Gaji ditahan"
    finally:
        other.close()


def test_different_fields_merge_and_worker_fields_are_guarded_too(desk: Desk) -> None:
    number = _case(desk)
    other = _second_desk(desk)
    try:
        mine, theirs = _detail(desk, number), _detail(other, number)
        cases.update_case(other, number, {"priority": "1"}, today=TODAY, base_version=theirs.version)
        cases.update_case(desk, number, {"country": "MY"}, today=TODAY, base_version=mine.version)
        merged = _detail(desk, number)
        assert (merged.priority, merged.country) == (1, "MY")  # both kept: nobody lost a field

        mine, theirs = merged, _detail(other, number)
        cases.update_case(
            other,
            number,
            {"worker.full_name": "Siti Aminah binti Ali"},
            today=TODAY,
            base_version=theirs.version,
        )
        with pytest.raises(EditConflict) as raised:
            cases.update_case(
                desk, number, {"worker.full_name": "Siti A."}, today=TODAY, base_version=mine.version
            )
        assert [f.key for f in raised.value.fields] == ["worker.full_name"]
        cases.update_case(
            desk, number, {"worker.phone": "+60123456789"}, today=TODAY, base_version=mine.version
        )
        assert _detail(desk, number).worker["full_name"] == "Siti Aminah binti Ali"
    finally:
        other.close()
