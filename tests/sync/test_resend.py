"""A peer that lost bundles it had acknowledged (its laptop restored from a backup) gets
everything again: its lower acknowledgement is noticed on import and the next bundle for it
carries the whole log; an administrator can ask for the same with `site resend`."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from sqlalchemy import select

from app import cli
from app.config import load_config
from app.models import Case, SyncPeer
from app.services import accounts
from app.services.desk import Desk, open_desk
from tests.conftest import ADMIN_PASSWORD
from tests.sync.sites import SyncSite, open_case


def _reopen(folder: Path) -> Desk:
    desk = open_desk(load_config(folder))
    accounts.sign_in(desk, "admin-kp2mi", ADMIN_PASSWORD)
    return desk


def _cases(site: SyncSite) -> set[str]:
    with site.desk.read() as session:
        return set(session.scalars(select(Case.number)))


def _peer(site: SyncSite, code: str) -> tuple[int, int]:
    with site.desk.read() as session:
        peer = session.get(SyncPeer, code)
        assert peer is not None
        return peer.cursor, peer.acked_seq


def test_a_peer_restored_from_a_backup_gets_everything_again(three: list[SyncSite], tmp_path: Path) -> None:
    embassy, _desk, hub = three
    first = open_case(embassy, "Sri Wahyuni")
    hub.import_file(embassy.export_to(hub.code))
    embassy.import_file(hub.export_to(embassy.code))  # acknowledges bundle 1

    folder = hub.desk.config.data_dir
    hub.desk.close()
    shutil.copytree(folder, tmp_path / "backup")
    hub.desk = _reopen(folder)

    second = open_case(embassy, "Dewi Lestari")
    hub.import_file(embassy.export_to(hub.code))
    report = embassy.import_file(hub.export_to(embassy.code))  # acknowledges bundle 2
    assert not report.resend
    cursor, acked = _peer(embassy, hub.code)
    assert cursor > 0 and acked == 2

    hub.desk.close()  # the laptop is restored from the backup: bundle 2 and the second case are gone
    shutil.rmtree(folder)
    shutil.copytree(tmp_path / "backup", folder)
    hub.desk = _reopen(folder)
    assert second.number not in _cases(hub)

    report = embassy.import_file(hub.export_to(embassy.code))
    assert report.resend
    assert _peer(embassy, hub.code) == (0, 1)
    hub.import_file(embassy.export_to(hub.code))
    assert {first.number, second.number} <= _cases(hub)
    assert embassy.dump() == hub.dump()


def test_site_resend_sends_the_whole_log_with_the_next_bundle(
    three: list[SyncSite], capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("JEJARING_USER", "admin-kbri")
    monkeypatch.setenv("JEJARING_PASSWORD", ADMIN_PASSWORD)
    embassy, _desk, hub = three
    open_case(embassy, "Sri Wahyuni")
    hub.import_file(embassy.export_to(hub.code))
    embassy.import_file(hub.export_to(embassy.code))
    assert _peer(embassy, hub.code)[0] > 0

    data_dir = str(embassy.desk.config.data_dir)
    assert cli.main(["--data-dir", data_dir, "site", "resend", "kp2mi-hub"]) == 0
    assert "The next bundle for KP2MI-HUB carries every change again." in capsys.readouterr().out
    assert _peer(embassy, hub.code)[0] == 0
    report = hub.import_file(embassy.export_to(hub.code))
    assert report.received > 0 and report.new == 0  # all of it again, nothing new: harmless
    assert cli.main(["--data-dir", data_dir, "site", "resend", "NOPE"]) == 1
    assert "No enrolled site has the code NOPE." in capsys.readouterr().err
