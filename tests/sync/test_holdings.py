"""The holdings fingerprint (app/sync/holdings.py): a peer whose database lost change rows but
kept its counters is told so by the next bundle, a resend makes the counts agree again, and
ordinary exchanges (records outside a peer's audience, a referral that widens it, bundles
relayed by the hub) never raise it. In the PostgreSQL leg the site that loses rows is a server."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path
from types import SimpleNamespace

import pytest
from sqlalchemy import func, select, text

from app.models import Case, Change, SyncPeer
from app.services import case_activity, cases
from app.services.workers import WorkerInput
from app.sync import holdings, sites
from app.sync.export import counted
from app.sync.importer import ImportReport
from tests.sync.sites import SyncSite, make_sites, open_case

TODAY = date(2026, 11, 2)


@pytest.fixture
def three(
    tmp_path: Path, database_url: str | None, request: pytest.FixtureRequest
) -> Iterator[list[SyncSite]]:
    server = getattr(request, "param", "KP2MI-HUB")
    made = make_sites(tmp_path, urls={server: database_url} if database_url else None)
    yield made
    for site in made:
        site.desk.close()


def deliver(sender: SyncSite, receiver: SyncSite) -> ImportReport:
    return receiver.import_file(sender.export_to(receiver.code))


def quietly(sender: SyncSite, receiver: SyncSite) -> ImportReport:
    report = deliver(sender, receiver)
    assert report.diverged == [], f"{sender.code} -> {receiver.code}: {report.diverged}"
    return report


def everyone(made: list[SyncSite]) -> None:
    for _round in range(2):
        for a in made:
            for b in made:
                if a is not b:
                    quietly(a, b)


def _held(site: SyncSite, origin: str) -> int:
    with site.desk.read() as session:
        return session.scalar(select(func.count(Change.id)).where(Change.origin_site == origin)) or 0


def lose_rows(site: SyncSite, origin: str, count: int) -> list[int]:
    """Delete `count` change rows of `origin` straight from the database (no application code):
    the records and every counter stay as they were."""
    with site.desk.read() as session:
        seqs = list(
            session.scalars(
                select(Change.origin_seq)
                .where(Change.origin_site == origin)
                .order_by(Change.origin_seq)
                .offset(3)
                .limit(count)
            )
        )
    assert len(seqs) == count
    listed = ", ".join(str(seq) for seq in seqs)  # integers read above
    with site.desk.write() as session:
        session.execute(
            text(f"DELETE FROM change_log WHERE origin_site = :origin AND origin_seq IN ({listed})"),
            {"origin": origin},
        )
    return seqs


def _divergence(site: SyncSite, peer: str) -> holdings.PeerDivergence | None:
    with site.desk.read() as session:
        return holdings.divergence_of(session, peer)


def test_a_peer_that_lost_rows_is_told_by_the_next_bundle_and_a_resend_mends_it(
    three: list[SyncSite],
) -> None:
    embassy, _desk, hub = three
    open_case(embassy, "Sri Wahyuni")
    quietly(embassy, hub)  # a first bundle: counted from its own rows
    quietly(hub, embassy)  # acknowledges it: the embassy's cursor for the hub moves
    open_case(embassy, "Dewi Lestari")
    quietly(embassy, hub)  # counted again from the whole log: the same
    quietly(hub, embassy)
    held = _held(hub, embassy.code)

    lost = lose_rows(hub, embassy.code, 3)
    assert _held(hub, embassy.code) == held - 3
    report = deliver(embassy, hub)  # nothing new to carry; the count says what is missing
    assert report.received == 0
    [found] = report.diverged
    assert found["origin"] == embassy.code and found["missing"] == 3
    assert found["expected"] == held and found["held"] == held - 3 and found["upto"] >= max(lost)
    recorded = _divergence(hub, embassy.code)
    assert recorded is not None and recorded.missing == 3 and recorded.bundle == report.sequence
    [peer] = [p for p in sites.peers(hub.desk) if p.code == embassy.code]
    assert peer.missing == 3

    open_case(embassy, "Rina Wulandari")  # a later bundle, not a resend: still missing
    assert [d["missing"] for d in deliver(embassy, hub).diverged] == [3]

    sites.resend(embassy.desk, hub.code)  # the embassy's administrator sends everything again
    report = quietly(embassy, hub)
    assert report.received == _held(embassy, embassy.code)
    assert _held(hub, embassy.code) == _held(embassy, embassy.code)
    assert _divergence(hub, embassy.code) is None
    quietly(hub, embassy)
    quietly(embassy, hub)  # and the incremental bundles after it agree again
    assert embassy.dump() == hub.dump()


def _case_of_embassy_only(embassy: SyncSite, name: str) -> cases.OpenedCase:
    return cases.open_case(
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


@pytest.mark.parametrize("three", ["BP2MI-JKT"], indirect=True)
def test_audiences_and_relays_raise_nothing_and_a_loss_behind_the_hub_is_found(
    three: list[SyncSite],
) -> None:
    embassy, desk, hub = three
    shared = open_case(embassy, "Sri Wahyuni")
    apart = _case_of_embassy_only(embassy, "Yuni Astuti")  # not for the BP2MI desk
    open_case(desk, "Dewi Lestari")
    everyone(three)  # every exchange checks the counts: a record outside an audience is not counted
    with desk.desk.read() as session:
        assert session.get(Case, apart.id) is None
        assert session.get(Case, shared.id) is not None

    case_activity.refer_case(embassy.desk, apart.number, "BP2MI", "Pemulangan", today=TODAY)
    quietly(embassy, hub)
    quietly(hub, desk)  # the hub relays the referral and, with it, the whole case
    with desk.desk.read() as session:
        assert session.get(Case, apart.id) is not None
    everyone(three)

    for sender in (embassy, desk):  # for a hub the count skips the audiences: it is in all of them
        with sender.desk.read() as session:
            peer = session.get(SyncPeer, hub.code)
            assert peer is not None and peer.is_hub
            as_any = SimpleNamespace(code=peer.code, is_hub=False, cursor=peer.cursor)
            assert counted(sender.desk, session, peer) == counted(sender.desk, session, as_any)  # type: ignore[arg-type]

    lose_rows(desk, embassy.code, 2)  # the BP2MI desk loses two of the embassy's changes
    open_case(hub, "Wati Susanti")
    quietly(desk, hub)
    report = deliver(hub, desk)  # the hub relays the embassy's changes: it counts them
    assert [(d["origin"], d["missing"]) for d in report.diverged] == [(embassy.code, 2)]
    report = deliver(embassy, desk)  # and so does the embassy, for its own
    assert [(d["origin"], d["missing"]) for d in report.diverged] == [(embassy.code, 2)]
    sites.resend(hub.desk, desk.code)
    quietly(hub, desk)
    assert _divergence(desk, hub.code) is None
    everyone(three)
    assert embassy.dump() == hub.dump()


def test_a_bundle_from_before_the_holdings_is_checked_for_nothing(three: list[SyncSite]) -> None:
    """The manifest field is optional: a bundle without it imports as before and says nothing
    (the format-1 bundle of tests/data/sync is imported in test_bundle_reader.py)."""
    embassy, _desk, hub = three
    open_case(embassy, "Sri Wahyuni")
    quietly(embassy, hub)
    with hub.desk.read() as session:
        assert holdings.from_manifest({"sender": embassy.code}) is None
        stated = {embassy.code: holdings.Tally(10**6, 10**6, "0" * 64)}
        [found] = holdings.compare(session, hub.code, stated)
        assert found.missing == 10**6 - _held(hub, embassy.code)
        assert holdings.compare(session, hub.code, {hub.code: stated[embassy.code]}) == []
