"""The bundle reader refuses every bad file with a clear message and changes nothing; a bundle of
format 1 kept in tests/data keeps importing."""

from __future__ import annotations

import io
import json
import zipfile
from pathlib import Path

import pyrage
import pytest

from app.config import load_config
from app.models import LocalState
from app.services import office
from app.services.desk import open_desk
from app.sync import SyncError, bundle, sites
from app.sync.importer import import_file
from app.sync.keys import SiteCard, SiteKeys
from tests.conftest import ADMIN_PASSWORD
from tests.sync.sites import SyncSite, open_case

DATA = Path(__file__).resolve().parent.parent / "data" / "sync"


def _plain(site: SyncSite, path: Path) -> bytes:
    return bytes(pyrage.decrypt(path.read_bytes(), [site.keys.identity]))


def _encrypt(site: SyncSite, data: bytes, name: str) -> Path:
    path = site.folder / name
    path.write_bytes(bytes(pyrage.encrypt(data, [site.keys.identity.to_public()])))
    return path


def _rezip(plain: bytes, change: dict[str, bytes | None]) -> bytes:
    """The same members with some replaced (None drops one), others kept byte for byte."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(plain)) as source, zipfile.ZipFile(out, "w") as target:
        for info in source.infolist():
            if info.filename in change:
                data = change.pop(info.filename)
                if data is not None:
                    target.writestr(info, data)
            else:
                target.writestr(info, source.read(info))
        for name, data in change.items():
            if data is not None:
                target.writestr(name, data)
    return out.getvalue()


def _refused(site: SyncSite, path: Path, message: str) -> None:
    before = site.dump()
    with pytest.raises(SyncError) as caught:
        import_file(site.desk, site.keys, path)
    assert message in caught.value.translated("en")
    assert caught.value.translated("id") != caught.value.translated("en")
    assert site.dump() == before


def test_bad_files_are_refused_and_change_nothing(
    three: list[SyncSite], monkeypatch: pytest.MonkeyPatch
) -> None:
    embassy, desk, hub = three
    open_case(embassy, "Rina Wulandari")
    good = embassy.export_to(hub.code)
    plain = _plain(hub, good)
    data = good.read_bytes()

    truncated = hub.folder / "truncated"
    truncated.write_bytes(data[: len(data) // 2])
    _refused(hub, truncated, "damaged or truncated")
    _refused(hub, _encrypt(hub, b"not a zip at all", "junk"), "damaged or truncated")
    _refused(desk, good, "not encrypted for this site")
    text = hub.folder / "text"
    text.write_text("hello")
    _refused(hub, text, "not a Jejaring bundle")

    with zipfile.ZipFile(io.BytesIO(plain)) as archive:
        group = next(n for n in archive.namelist() if n.endswith(".jsonl.gz"))
        manifest = json.loads(archive.read("manifest.json"))
        group_bytes = archive.read(group)
    flipped = bytearray(group_bytes)
    flipped[len(flipped) // 2] ^= 1
    _refused(hub, _encrypt(hub, _rezip(plain, {group: bytes(flipped)}), "flipped"), "does not match")
    _refused(hub, _encrypt(hub, _rezip(plain, {"../evil": b"x"}), "dotdot"), "unsafe entry")
    _refused(hub, _encrypt(hub, _rezip(plain, {"/etc/passwd": b"x"}), "absolute"), "unsafe entry")
    linked = io.BytesIO()
    with zipfile.ZipFile(linked, "w") as archive:
        with zipfile.ZipFile(io.BytesIO(plain)) as src:
            for item in src.infolist():
                archive.writestr(item, src.read(item))
        info = zipfile.ZipInfo("blobs/" + "0" * 64)
        info.external_attr = (0o120777) << 16
        archive.writestr(info, "/etc/passwd")
    _refused(hub, _encrypt(hub, linked.getvalue(), "link"), "unsafe entry")

    # a manifest edited by someone else than the sender: its signature no longer holds
    manifest["recipients"] = ["KP2MI-HUB", "BP2MI-JKT"]
    forged = json.dumps(manifest, sort_keys=True, separators=(",", ":")).encode()
    _refused(hub, _encrypt(hub, _rezip(plain, {"manifest.json": forged}), "forged"), "signature is not valid")

    # an entry that inflates beyond the limit (a zip bomb, scaled down)
    monkeypatch.setattr(bundle, "MAX_INFLATED_BYTES", 100)
    _refused(hub, good, "unsafe entry")
    monkeypatch.undo()

    # a newer schema, and a newer format, signed properly by the sender
    for field, value, message in (("schema", "ffffffffffff", "newer version"), ("format", 3, "format 3")):
        newer = dict(manifest, recipients=[hub.code], **{field: value})
        body = json.dumps(newer, sort_keys=True, separators=(",", ":")).encode()
        signed = _rezip(plain, {"manifest.json": body, "manifest.sig": embassy.keys.sign(body).encode()})
        _refused(hub, _encrypt(hub, signed, f"newer-{field}"), message)

    # holdings of the wrong shape, signed properly by the sender (app/sync/holdings.py)
    for holdings in ("all of them", {"KBRI-KUL": {"upto": "9", "count": 1, "sha256": "0" * 64}}):
        odd = dict(manifest, recipients=[hub.code], holdings=holdings)
        body = json.dumps(odd, sort_keys=True, separators=(",", ":")).encode()
        signed = _rezip(plain, {"manifest.json": body, "manifest.sig": embassy.keys.sign(body).encode()})
        _refused(hub, _encrypt(hub, signed, "odd-holdings"), "damaged or truncated")

    # a stranger's bundle, and one from a revoked site
    stranger = SiteKeys.generate()
    body = json.dumps(dict(manifest, recipients=[hub.code], sender="KJRI-HKG"), sort_keys=True).encode()
    signed = _rezip(plain, {"manifest.json": body, "manifest.sig": stranger.sign(body).encode()})
    _refused(hub, _encrypt(hub, signed, "stranger"), "has not enrolled")
    sites.revoke(hub.desk, embassy.code)
    _refused(hub, good, "keys were revoked")


def test_a_change_the_sender_may_not_make_is_quarantined(three: list[SyncSite]) -> None:
    embassy, _desk, hub = three
    # the embassy renames a seeded agency: only a hub edits shared reference data
    from sqlalchemy import select

    from app.models import Agency

    with embassy.desk.write() as session:
        agency = session.scalar(select(Agency).where(Agency.code == "POLRI"))
        assert agency is not None
        agency.name = "Kepolisian (diubah)"
    report = hub.import_file(embassy.export_to(hub.code))
    assert report.quarantined == 1
    with hub.desk.read() as session:
        assert session.scalar(select(Agency.name).where(Agency.code == "POLRI")) != "Kepolisian (diubah)"


def test_a_bundle_of_format_1_keeps_importing(tmp_path: Path) -> None:
    desk = open_desk(load_config(tmp_path / "hub"))
    try:
        office.initialize(
            desk,
            office.OfficeSetup(
                "KP2MI-HUB",
                "KP2MI Jakarta",
                "KP2MI",
                admin_username="admin-hub",
                admin_password=ADMIN_PASSWORD,
            ),
        )
        sites.set_hub(desk, True)
        with desk.write() as session:
            identity = (DATA / "hub-identity.json").read_text(encoding="utf-8").strip()
            session.add(LocalState(key="sync.identity", value=identity))
        sites.enroll(desk, SiteCard.from_json((DATA / "KBRI-KUL.card.json").read_text(encoding="utf-8")))
        keys = sites.unlock(desk, (DATA / "PASSPHRASE").read_text(encoding="utf-8").strip())
        report = import_file(desk, keys, DATA / "format1-KBRI-KUL-to-KP2MI-HUB.jejaring")
        assert report.new >= 3 and report.quarantined == 0
        from app.services import cases

        found = cases.list_cases(desk)
        assert [c.worker_name for c in found] == ["Dewi Lestari"]
    finally:
        desk.close()
