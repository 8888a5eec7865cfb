"""Set-aside changes: a change that arrives before what allows it is set aside, stays aside when
released too early, passes once the referral that allows it has arrived, and can be discarded;
a malformed one can only be discarded. Through the service and the command line as typed."""

from __future__ import annotations

import json
from datetime import date

import pytest
from sqlalchemy import select

from app import cli
from app.models import Case, SyncQuarantine
from app.models.base import new_id, utcnow
from app.services import case_activity, cases
from app.services.workers import WorkerInput
from app.sync import SyncError, quarantine
from tests.conftest import ADMIN_PASSWORD
from tests.sync.sites import SyncSite

TODAY = date(2026, 11, 2)


def _priority(site: SyncSite, number: str) -> int | None:
    with site.desk.read() as session:
        return session.scalar(select(Case.priority).where(Case.number == number))


def _late_referral(three: list[SyncSite]) -> str:
    """The embassy refers a case to BP2MI and tells BP2MI, not yet the hub; BP2MI raises the
    priority and tells the hub, which cannot yet know BP2MI may: it sets the change aside."""
    embassy, desk, hub = three
    opened = cases.open_case(
        embassy.desk,
        WorkerInput(full_name="Yuni Astuti", destination_country="MY"),
        cases.CaseInput(
            category="unpaid_wages",
            reported_on=TODAY,
            country="MY",
            lead_agency_code="KBRI-KUL",
            participant_codes=(),
        ),
        today=TODAY,
    )
    hub.import_file(embassy.export_to(hub.code))
    case_activity.refer_case(embassy.desk, opened.number, "BP2MI", "Pemulangan", today=TODAY)
    desk.import_file(embassy.export_to(desk.code))
    cases.set_field(desk.desk, opened.number, "priority", "1", today=TODAY)
    report = hub.import_file(desk.export_to(hub.code))
    assert report.quarantined >= 1
    return opened.number


def test_a_change_set_aside_passes_once_the_referral_allowing_it_arrives(three: list[SyncSite]) -> None:
    embassy, _desk, hub = three
    number = _late_referral(three)
    held = quarantine.list_quarantine(hub.desk)
    assert {(q.entity, q.field, q.reason) for q in held} >= {("case_file", "priority", "not_allowed")}
    assert all(q.releasable for q in held)
    before = _priority(hub, number)

    # too early: run through the import again, still not allowed, set aside again with its reason
    [report] = quarantine.release(hub.desk)
    assert report.applied == 0 and report.quarantined == len(held)
    assert [q.reason for q in quarantine.list_quarantine(hub.desk)] == [q.reason for q in held]
    assert _priority(hub, number) == before

    hub.import_file(embassy.export_to(hub.code))  # the referral reaches the hub
    [report] = quarantine.release(hub.desk)
    assert report.quarantined == 0 and report.applied == len(held)
    assert quarantine.list_quarantine(hub.desk) == []
    assert _priority(hub, number) == 1


def test_a_malformed_change_can_only_be_discarded(three: list[SyncSite]) -> None:
    _embassy, _desk, hub = three
    with hub.desk.write() as session:
        session.add(
            SyncQuarantine(
                bundle_id=new_id(),
                sender="BP2MI-JKT",
                origin_site="BP2MI-JKT",
                origin_seq=7,
                entity="case_file",
                row_id=new_id(),
                field="no_such_field",
                reason="malformed",
                line="{}",
                at=utcnow(),
            )
        )
    [kept] = quarantine.list_quarantine(hub.desk)
    with pytest.raises(SyncError, match="can only be discarded"):
        quarantine.release(hub.desk, [kept.id])
    assert quarantine.release(hub.desk) == []  # "every releasable one" leaves it alone
    with pytest.raises(SyncError, match="No set-aside change has the number 999"):
        quarantine.discard(hub.desk, [999])
    assert quarantine.discard(hub.desk, [kept.id]) == 1
    assert quarantine.list_quarantine(hub.desk) == []


def test_the_commands_list_release_and_discard(
    three: list[SyncSite], capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("JEJARING_USER", "admin-kp2mi")
    monkeypatch.setenv("JEJARING_PASSWORD", ADMIN_PASSWORD)
    embassy, _desk, hub = three
    _late_referral(three)
    data_dir = str(hub.desk.config.data_dir)

    assert cli.main(["--data-dir", data_dir, "quarantine", "list", "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert listed and all(row["reason"] == "not_allowed" and row["releasable"] for row in listed)

    assert cli.main(["--data-dir", data_dir, "quarantine", "list"]) == 0
    assert "its origin may not change this record" in capsys.readouterr().out

    hub.import_file(embassy.export_to(hub.code))
    assert cli.main(["--data-dir", data_dir, "quarantine", "release", "--all"]) == 0
    assert f"{len(listed)} changes applied, 0 still set aside." in capsys.readouterr().out

    assert cli.main(["--data-dir", data_dir, "quarantine", "discard", "4242"]) == 1
    assert "No set-aside change has the number 4242" in capsys.readouterr().err
