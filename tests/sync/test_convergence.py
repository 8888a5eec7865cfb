"""Convergence: three sites edit offline on skewed clocks and swap bundles in any order, twice or
never, some tampered with; once everyone has delivered everything, every site holds the same
records (`db dump`), the same conflicts, and every change that was made. No import ever reports
a divergence of holdings (nobody loses rows here), and at the end every sender's count for each
peer is exactly what that peer holds."""

from __future__ import annotations

import tempfile
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, Phase, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, precondition, rule
from sqlalchemy import func, select

from app.models import Case, Change, SyncPeer
from app.models.base import utcnow
from app.persistence.capture import SEED_ORIGIN
from app.persistence.clock import HybridClock
from app.services import cases
from app.sync import SyncError, holdings
from app.sync.conflicts import list_conflicts
from app.sync.export import counted
from tests.sync.sites import SyncSite, make_sites, open_case

TODAY = date(2026, 11, 2)
SKEWS_MS = (0, -3_600_000, 5 * 60_000)  # one laptop an hour behind, one five minutes ahead


def _skew(site: SyncSite, skew: int) -> None:
    import time

    site.desk.db._clock = HybridClock(site.code, now_ms=lambda: time.time_ns() // 1_000_000 + skew)


class ThreeSites(RuleBasedStateMachine):
    def __init__(self) -> None:
        super().__init__()
        self.tmp = tempfile.TemporaryDirectory()
        self.sites = make_sites(Path(self.tmp.name))
        for site, skew in zip(self.sites, SKEWS_MS, strict=True):
            _skew(site, skew)
        self.pool: list[tuple[int, Path]] = []
        self.names = 0

    def teardown(self) -> None:
        for site in self.sites:
            site.desk.close()
        self.tmp.cleanup()

    def _numbers(self, site: SyncSite) -> list[str]:
        with site.desk.read() as session:
            return sorted(session.scalars(select(Case.number).where(Case.deleted_at.is_(None))))

    @rule(at=st.integers(0, 2))
    def create_case(self, at: int) -> None:
        self.names += 1
        open_case(self.sites[at], f"Pekerja Nomor {self.names}", summary="gaji tidak dibayar")

    @rule(at=st.integers(0, 2), pick=st.integers(0, 50), priority=st.sampled_from(["1", "2", "3"]))
    def edit_priority(self, at: int, pick: int, priority: str) -> None:
        numbers = self._numbers(self.sites[at])
        if numbers:
            cases.set_field(
                self.sites[at].desk, numbers[pick % len(numbers)], "priority", priority, today=TODAY
            )

    @rule(at=st.integers(0, 2), pick=st.integers(0, 50), tail=st.integers(1000, 9999))
    def edit_worker_phone(self, at: int, pick: int, tail: int) -> None:
        numbers = self._numbers(self.sites[at])
        if numbers:
            number = numbers[pick % len(numbers)]
            cases.set_field(self.sites[at].desk, number, "worker.phone", f"+6012345{tail}", today=TODAY)

    @rule(at=st.integers(0, 2), pick=st.integers(0, 50))
    def delete_case(self, at: int, pick: int) -> None:
        numbers = self._numbers(self.sites[at])
        if numbers:
            with self.sites[at].desk.write() as session:
                case = session.scalar(select(Case).where(Case.number == numbers[pick % len(numbers)]))
                assert case is not None
                case.deleted_at = utcnow()

    @rule(sender=st.integers(0, 2), offset=st.integers(1, 2))
    def export(self, sender: int, offset: int) -> None:
        receiver = (sender + offset) % 3
        path = self.sites[sender].export_to(self.sites[receiver].code)
        self.pool.append((receiver, path))

    @precondition(lambda self: bool(self.pool))
    @rule(pick=st.integers(0, 100), keep=st.booleans())
    def deliver(self, pick: int, keep: bool) -> None:
        """Deliver a bundle from the pool: in any order; kept in the pool, it comes again later."""
        receiver, path = self.pool[pick % len(self.pool)]
        if not keep:
            self.pool.remove((receiver, path))
        report = self.sites[receiver].import_file(path)
        # nobody here loses rows: any divergence the holdings show would be a false alarm
        assert report.diverged == [], report.diverged

    @precondition(lambda self: bool(self.pool))
    @rule(pick=st.integers(0, 100), where=st.floats(0, 1), bit=st.integers(0, 7))
    def tampered(self, pick: int, where: float, bit: int) -> None:
        receiver, path = self.pool[pick % len(self.pool)]
        data = bytearray(path.read_bytes())
        data[min(int(where * len(data)), len(data) - 1)] ^= 1 << bit
        bad = path.with_name(path.name + ".tampered")
        bad.write_bytes(bytes(data))
        site = self.sites[receiver]
        before = site.dump()
        with pytest.raises(SyncError):
            site.import_file(bad)
        assert site.dump() == before

    @invariant()
    def held_changes_never_shrink(self) -> None:
        for site in self.sites:
            count = self._count(site)
            assert count >= getattr(site, "_held", 0)
            site._held = count  # type: ignore[attr-defined]

    def _holdings_agree_exactly(self) -> None:
        """Once everyone delivered everything, what each sender counts for each peer is exactly
        what that peer holds of those origins, not merely no less."""
        for sender in self.sites:
            for receiver in self.sites:
                if sender is receiver:
                    continue
                with sender.desk.read() as session:
                    peer = session.get(SyncPeer, receiver.code)
                    assert peer is not None
                    expected = counted(sender.desk, session, peer)
                with receiver.desk.read() as session:
                    held = {o: holdings.held_tally(session, o, t.upto) for o, t in expected.items()}
                assert expected == held

    def _count(self, site: SyncSite) -> int:
        with site.desk.read() as session:
            return session.scalar(select(func.count(Change.id)).where(Change.origin_site != SEED_ORIGIN)) or 0

    def teardown_check(self) -> None:
        for _round in range(2):
            for sender in self.sites:
                for receiver in self.sites:
                    if sender is not receiver:
                        report = receiver.import_file(sender.export_to(receiver.code))
                        assert report.diverged == [], report.diverged
        self._holdings_agree_exactly()
        dumps = [site.dump() for site in self.sites]
        assert dumps[0] == dumps[1] == dumps[2]
        counts = {self._count(site) for site in self.sites}
        assert len(counts) == 1
        conflicts = [[c.to_json() for c in list_conflicts(s.desk, include_minor=True)] for s in self.sites]
        assert conflicts[0] == conflicts[1] == conflicts[2]


class Checked(ThreeSites):
    def teardown(self) -> None:
        try:
            self.teardown_check()
        finally:
            super().teardown()


Checked.TestCase.settings = settings(
    max_examples=4,
    stateful_step_count=12,
    deadline=None,
    phases=[Phase.explicit, Phase.reuse, Phase.generate],
    suppress_health_check=[HealthCheck.too_slow],
)
test_three_sites_converge = Checked.TestCase
