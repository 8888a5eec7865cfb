"""Two sites set up with the same first administrator's name exchange bundles; passwords stay home."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from app.models import AuditEntry, Change, Credential, Officer, Site
from app.services import accounts
from app.services.accounts import WrongPassword
from tests.conftest import ADMIN_PASSWORD
from tests.sync.sites import make_sites, open_case


def test_two_sites_each_with_admin_exchange_bundles_and_sign_in_at_home_only(tmp_path: Path) -> None:
    kul, jkt = make_sites(tmp_path, 2, admin="admin")
    try:
        open_case(kul, "Siti Aminah")
        open_case(jkt, "Dewi Lestari")
        jkt.import_file(kul.export_to(jkt.code))  # refused before: the two `admin`s clashed
        kul.import_file(jkt.export_to(kul.code))
        for site in (kul, jkt):
            with site.desk.read() as session:
                admins = session.execute(
                    select(Site.code, Officer.role)
                    .join(Site, Site.id == Officer.site_id)
                    .where(Officer.username == "admin")
                    .order_by(Site.code)
                ).all()
                assert [code for code, _ in admins] == ["BP2MI-JKT", "KBRI-KUL"]
                # only the site's own administrator has a password here: hashes never travel
                held = session.scalars(select(Credential.officer_id)).all()
                own = session.scalar(select(Officer.id).where(accounts.officer_named("admin")))
                assert held == [own]
                other = "BP2MI-JKT" if site is kul else "KBRI-KUL"
                named = session.scalar(
                    select(Site.code)
                    .join(Officer, Officer.site_id == Site.id)
                    .where(accounts.officer_named(f"admin@{other}"))
                )
                assert named == other
        # each signs in as its own admin; the other site's admin cannot sign in here
        assert accounts.sign_in(kul.desk, "admin", ADMIN_PASSWORD).site_code == "KBRI-KUL"
        with pytest.raises(WrongPassword):
            accounts.sign_in(kul.desk, "admin@BP2MI-JKT", ADMIN_PASSWORD)
        # the journal that bundles are made of never held a password hash
        for site in (kul, jkt):
            with site.desk.read() as session:
                assert not session.scalar(select(Change.id).where(Change.entity == "credential"))
                assert not session.scalar(select(AuditEntry.id).where(AuditEntry.changes.contains("argon2")))
                assert not any("argon2" in line for line in site.dump())
    finally:
        kul.desk.close()
        jkt.desk.close()
