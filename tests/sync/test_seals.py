"""Relayed changes are checked against the site that made them: the embassy's changes reach the
BP2MI desk through the hub with the embassy's seals; a hub that alters a relayed change, or drops
the seals, has those changes set aside at the desk and the desk's records stay as they were."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select, text

from app.models import Case, SyncSeal
from app.services import case_activity, cases
from app.services.workers import WorkerInput
from app.sync import SyncError, quarantine
from app.sync.seals import BLOCK
from tests.sync.sites import SyncSite

TODAY = date(2026, 11, 2)


def _referred(embassy: SyncSite, name: str) -> cases.OpenedCase:
    opened = cases.open_case(
        embassy.desk,
        WorkerInput(full_name=name, destination_country="MY"),
        cases.CaseInput(
            category="unpaid_wages",
            reported_on=TODAY,
            country="MY",
            lead_agency_code="KBRI-KUL",
            participant_codes=(),
        ),
        today=TODAY,
    )
    case_activity.refer_case(embassy.desk, opened.number, "BP2MI", "Pemulangan", today=TODAY)
    return opened


def _summary(site: SyncSite, number: str) -> str | None:
    with site.desk.read() as session:
        return session.scalar(select(Case.summary).where(Case.number == number))


def test_changes_relayed_by_the_hub_are_checked_against_their_origin(three: list[SyncSite]) -> None:
    embassy, desk, hub = three
    opened = _referred(embassy, "Sri Wahyuni")
    hub.import_file(embassy.export_to(hub.code))
    with hub.desk.read() as session:  # the hub keeps the embassy's seals to pass them on
        blocks = list(session.scalars(select(SyncSeal.block).where(SyncSeal.origin_site == embassy.code)))
    assert blocks and max(blocks) < 10_000 // BLOCK
    report = desk.import_file(hub.export_to(desk.code))
    assert report.quarantined == 0 and report.new > 0
    assert _summary(desk, opened.number) == _summary(embassy, opened.number)


def test_a_relayed_change_altered_by_the_hub_is_set_aside(three: list[SyncSite]) -> None:
    embassy, desk, hub = three
    opened = _referred(embassy, "Dewi Lestari")
    cases.set_field(embassy.desk, opened.number, "summary", "Gaji tidak dibayar 4 bulan.", today=TODAY)
    hub.import_file(embassy.export_to(hub.code))
    with hub.desk.write() as session:  # a malicious hub rewrites what the embassy said
        session.execute(
            text(
                "UPDATE change_log SET value = :value WHERE origin_site = :origin AND entity = 'case_file'"
                " AND field = 'summary'"
            ),
            {"value": '"Kasus sudah selesai."', "origin": embassy.code},
        )
    report = desk.import_file(hub.export_to(desk.code))
    assert report.quarantined >= 1
    reasons = {(q.entity, q.field): q.reason for q in quarantine.list_quarantine(desk.desk)}
    assert reasons[("case_file", "summary")] == "altered"
    assert _summary(desk, opened.number) != "Kasus sudah selesai."
    with pytest.raises(SyncError, match="can only be discarded"):
        quarantine.release(
            desk.desk, [q.id for q in quarantine.list_quarantine(desk.desk) if q.reason == "altered"]
        )


def test_a_hub_that_drops_the_seals_gets_its_relay_set_aside(three: list[SyncSite]) -> None:
    embassy, desk, hub = three
    opened = _referred(embassy, "Rina Wulandari")
    hub.import_file(embassy.export_to(hub.code))
    with hub.desk.write() as session:
        session.execute(text("DELETE FROM sync_seal WHERE origin_site = :origin"), {"origin": embassy.code})
    desk.import_file(hub.export_to(desk.code))
    held = quarantine.list_quarantine(desk.desk)
    assert held and {q.reason for q in held if q.origin_site == embassy.code} == {"unsealed"}
    with desk.desk.read() as session:
        assert session.scalar(select(Case.id).where(Case.number == opened.number)) is None
