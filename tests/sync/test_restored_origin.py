"""A site put back on an older copy of its database numbers its new changes with numbers its
peers hold for other changes. A peer refuses such a bundle whole and says why (importing would
skip the reused numbers: the new work would be lost without a word), and the restored site is
told when a peer acknowledges bundles it does not remember sending (app/sync/restored.py)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from sqlalchemy import select

from app import cli
from app.config import load_config
from app.models import Case, SyncPeer
from app.services import accounts
from app.sync import SyncError, sites
from tests.conftest import ADMIN_PASSWORD
from tests.sync.sites import PASSPHRASE, SyncSite, open_case


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
    from app.services.desk import open_desk

    site.desk = open_desk(load_config(site.desk.config.data_dir))
    accounts.sign_in(site.desk, "admin-kbri", ADMIN_PASSWORD)


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
