"""A site put back on an older copy of its database numbers its new changes with numbers its
peers hold for other changes. A peer refuses such a bundle whole and says why (importing would
skip the reused numbers: the new work would be lost without a word), and the restored site is
told when a peer acknowledges bundles it does not remember sending (app/sync/restored.py)."""

from __future__ import annotations

import json
import shutil
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select, text

from app import cli
from app.config import load_config
from app.models import Case, SyncImport, SyncPeer
from app.services import accounts, cases
from app.sync import SyncError, sites
from tests.conftest import ADMIN_PASSWORD
from tests.sync.sites import PASSPHRASE, SyncSite, open_case

TODAY = date(2026, 11, 2)


def _restore(site: SyncSite, backup: Path) -> None:
    """The site's laptop is put back on `backup`, taken earlier with `_back_up`."""
    from app.services.desk import open_desk

    folder = site.desk.config.data_dir
    site.desk.close()
    shutil.rmtree(folder)
    shutil.copytree(backup, folder)
    site.desk = open_desk(load_config(folder))
    accounts.sign_in(site.desk, "admin-kbri", ADMIN_PASSWORD)


def _back_up(site: SyncSite, backup: Path) -> None:
    from app.services.desk import open_desk

    folder = site.desk.config.data_dir
    site.desk.close()
    shutil.copytree(folder, backup)
    site.desk = open_desk(load_config(folder))
    accounts.sign_in(site.desk, "admin-kbri", ADMIN_PASSWORD)


def _numbers(site: SyncSite) -> list[str]:
    with site.desk.read() as session:
        return sorted(session.scalars(select(Case.number)))


def _received(site: SyncSite, sender: str) -> int:
    with site.desk.read() as session:
        peer = session.get(SyncPeer, sender)
        assert peer is not None
        return peer.received_seq


def test_a_peer_refuses_new_changes_under_numbers_it_holds_and_the_restored_site_is_told(
    three: list[SyncSite],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    embassy, _desk, hub = three
    open_case(embassy, "Sri Wahyuni")
    hub.import_file(embassy.export_to(hub.code))
    embassy.import_file(hub.export_to(embassy.code))
    _back_up(embassy, tmp_path / "backup")
    lost = open_case(embassy, "Dewi Lestari")  # reaches the hub, then the embassy loses it
    hub.import_file(embassy.export_to(hub.code))

    _restore(embassy, tmp_path / "backup")
    again = open_case(embassy, "Rina Marlina")  # the same case number and change numbers, new work
    assert again.number == lost.number

    # told at the restored site: the hub acknowledges bundle 2, which this copy never sent
    behind = hub.export_to(embassy.code)
    monkeypatch.setenv("JEJARING_PASSPHRASE", PASSPHRASE)
    monkeypatch.setenv("JEJARING_USER", "admin-kbri")
    monkeypatch.setenv("JEJARING_PASSWORD", ADMIN_PASSWORD)
    embassy.desk.close()
    assert cli.main(["--data-dir", str(embassy.desk.config.data_dir), "bundle", "import", str(behind)]) == 0
    assert (
        "KP2MI-HUB has taken bundles from this site that this database does not remember sending"
        in capsys.readouterr().out
    )
    _restore_signed_in(embassy)

    # refused at the hub, whole, with nothing changed
    before, received = hub.dump(), _received(hub, embassy.code)
    bundle = embassy.export_to(hub.code)
    reused = r"KBRI-KUL numbers new changes \(\d+ to \d+\) with numbers this site"
    with pytest.raises(SyncError, match=reused):
        hub.import_file(bundle)
    assert hub.dump() == before and _received(hub, embassy.code) == received
    assert "Dewi Lestari" in "\n".join(before) and "Rina Marlina" not in "\n".join(hub.dump())

    monkeypatch.setenv("JEJARING_USER", "admin-kp2mi")
    hub.desk.close()
    assert cli.main(["--data-dir", str(hub.desk.config.data_dir), "bundle", "import", str(bundle)]) == 1
    err = capsys.readouterr().err
    assert "KBRI-KUL was probably put back on an older copy of its database. Nothing was imported." in err
    assert len(err.strip().splitlines()) == 1


def _restore_signed_in(site: SyncSite) -> None:
    _reopen(site, "admin-kbri")


def _reopen(site: SyncSite, admin: str) -> None:
    from app.services.desk import open_desk

    site.desk = open_desk(load_config(site.desk.config.data_dir))
    accounts.sign_in(site.desk, admin, ADMIN_PASSWORD)


def test_a_third_site_refuses_the_reused_numbers_relayed_by_the_hub(
    three: list[SyncSite], tmp_path: Path
) -> None:
    """The lost changes went straight to the BP2MI desk; the new ones under the same numbers come
    to it through the hub, which never held the old ones and relays them in good faith."""
    embassy, desk, hub = three
    _back_up(embassy, tmp_path / "backup")
    open_case(embassy, "Dewi Lestari", country="MY")
    first = embassy.export_to(desk.code)
    assert desk.import_file(first).new > 0
    _restore(embassy, tmp_path / "backup")
    open_case(embassy, "Rina Marlina", country="MY")
    assert hub.import_file(embassy.export_to(hub.code)).new > 0  # the hub holds no old numbers

    before = desk.dump()
    with pytest.raises(SyncError, match="KBRI-KUL numbers new changes"):
        desk.import_file(hub.export_to(desk.code))
    assert desk.dump() == before


def test_a_bundle_sent_again_is_still_a_harmless_repeat(three: list[SyncSite]) -> None:
    """The same changes under the same numbers (a full resend) are skipped, not refused."""
    embassy, _desk, hub = three
    open_case(embassy, "Sri Wahyuni")
    hub.import_file(embassy.export_to(hub.code))
    sites.resend(embassy.desk, hub.code)
    report = hub.import_file(embassy.export_to(hub.code))
    assert report.received > 0 and report.new == 0 and report.behind == 0


def _next_seq(site: SyncSite) -> int:
    from app.persistence import counters

    with site.desk.read() as session:
        return counters.peek(session.connection(), f"changes:{site.code}")


def _lost_and_restored(three: list[SyncSite], tmp_path: Path) -> tuple[cases.OpenedCase, int]:
    """The embassy sends the hub a case, then is put back on a copy taken before it; the hub
    learns from the embassy's next bundle that it holds fewer of its own changes."""
    embassy, _desk, hub = three
    open_case(embassy, "Sri Wahyuni")
    hub.import_file(embassy.export_to(hub.code))
    embassy.import_file(hub.export_to(embassy.code))
    _back_up(embassy, tmp_path / "backup")
    lost = open_case(embassy, "Dewi Lestari")
    cases.set_field(embassy.desk, lost.number, "summary", "Gaji tidak dibayar 4 bulan.", today=TODAY)
    hub.import_file(embassy.export_to(hub.code))
    forgotten = _next_seq(embassy)
    _restore(embassy, tmp_path / "backup")
    assert embassy.import_file(hub.export_to(embassy.code)).behind > 0
    assert hub.import_file(embassy.export_to(hub.code)).new == 0  # it says what it holds of its own
    return lost, forgotten


def test_a_restored_site_takes_its_own_changes_back_and_numbers_after_them(
    three: list[SyncSite],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    embassy, _desk, hub = three
    lost, forgotten = _lost_and_restored(three, tmp_path)
    assert lost.number not in _numbers(embassy) and _next_seq(embassy) < forgotten

    # as typed: the hub's bundle gives them back, the embassy takes them
    monkeypatch.setenv("JEJARING_PASSPHRASE", PASSPHRASE)
    monkeypatch.setenv("JEJARING_PASSWORD", ADMIN_PASSWORD)
    monkeypatch.setenv("JEJARING_USER", "admin-kp2mi")
    back = tmp_path / "back.jejaring"
    hub.desk.close()
    hub_dir = str(hub.desk.config.data_dir)
    export = ["bundle", "export", "--to", embassy.code, "--out", str(back)]
    assert cli.main(["--data-dir", hub_dir, *export]) == 0
    assert "are changes KBRI-KUL made itself and no longer holds" in capsys.readouterr().out
    _reopen(hub, "admin-kp2mi")
    monkeypatch.setenv("JEJARING_USER", "admin-kbri")
    embassy.desk.close()
    assert cli.main(["--data-dir", str(embassy.desk.config.data_dir), "bundle", "import", str(back)]) == 0
    out = capsys.readouterr().out
    assert "KP2MI-HUB gave back" in out and "does not remember sending" not in out
    _restore_signed_in(embassy)
    with embassy.desk.read() as session:
        report = json.loads(session.scalars(select(SyncImport.report).order_by(SyncImport.at)).all()[-1])
    assert report["taken_back"] > 0 and report["left_back"] == 0 and report["quarantined"] == 0
    assert lost.number in _numbers(embassy)
    with embassy.desk.read() as session:
        summary = session.scalar(select(Case.summary).where(Case.number == lost.number))
    assert summary == "Gaji tidak dibayar 4 bulan."
    assert _next_seq(embassy) == forgotten  # the change counter moved past what came back

    # the next case gets a number of its own, and its changes numbers nobody holds: the hub takes it
    after = open_case(embassy, "Rina Marlina")
    assert after.number not in (lost.number, *_numbers(hub))
    report = hub.import_file(embassy.export_to(hub.code))
    assert report.new > 0 and report.behind == 0
    assert after.number in _numbers(hub)
    # and repaired, the embassy is no longer told it is an older copy; nothing more comes back
    again = embassy.import_file(hub.export_to(embassy.code))
    assert again.behind == 0 and again.taken_back == 0


def test_a_restored_site_that_worked_since_takes_nothing_back_and_loses_nothing(
    three: list[SyncSite], tmp_path: Path
) -> None:
    embassy, _desk, hub = three
    lost, _forgotten = _lost_and_restored(three, tmp_path)
    since = open_case(embassy, "Rina Marlina")  # under numbers the forgotten changes had
    assert since.number == lost.number
    open_case(hub, "Ani Suryani")  # the hub's own work still arrives

    report = embassy.import_file(hub.export_to(embassy.code))
    assert report.taken_back == 0 and report.left_back > 0 and report.new > 0
    names = "\n".join(embassy.dump())
    assert "Rina Marlina" in names and "Ani Suryani" in names and "Dewi Lestari" not in names
    assert "Dewi Lestari" in "\n".join(hub.dump())  # the hub keeps them


def test_an_own_change_the_peer_altered_is_not_taken_back(three: list[SyncSite], tmp_path: Path) -> None:
    """Only what this site sealed comes back: a peer cannot make up a change in its name."""
    embassy, _desk, hub = three
    lost, _forgotten = _lost_and_restored(three, tmp_path)
    with hub.desk.write() as session:
        session.execute(
            text(
                "UPDATE change_log SET value = :value WHERE origin_site = :origin AND entity = 'case_file'"
                " AND field = 'summary'"
            ),
            {"value": '"Kasus sudah selesai."', "origin": embassy.code},
        )
    report = embassy.import_file(hub.export_to(embassy.code))
    assert report.taken_back > 0 and report.quarantined >= 1
    with embassy.desk.read() as session:
        summary = session.scalar(select(Case.summary).where(Case.number == lost.number))
    assert summary != "Kasus sudah selesai."
