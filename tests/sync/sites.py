"""Three real sites on temporary SQLite databases, enrolled with each other (helpers for tests)."""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from app.config import load_config
from app.persistence.dump import dump_lines
from app.services import cases, office
from app.services.desk import Desk, open_desk
from app.services.workers import WorkerInput
from app.sync import export, importer, sites
from app.sync.keys import SiteKeys
from tests.conftest import ADMIN_PASSWORD

PASSPHRASE = "kunci-rahasia-2026"

#: code, name, agency, country, hub
SITES = (
    ("KBRI-KUL", "KBRI Kuala Lumpur", "KBRI-KUL", "MY", False),
    ("BP2MI-JKT", "BP2MI Jakarta", "BP2MI", "ID", False),
    ("KP2MI-HUB", "KP2MI Jakarta", "KP2MI", "ID", True),
)


@dataclass
class SyncSite:
    desk: Desk
    keys: SiteKeys
    folder: Path
    counter: itertools.count[int] = field(default_factory=itertools.count)

    @property
    def code(self) -> str:
        assert self.desk.site_code
        return self.desk.site_code

    def export_to(self, peer: str) -> Path:
        out = self.folder / f"{self.code}-to-{peer}-{next(self.counter)}.jejaring"
        export.export_bundle(self.desk, self.keys, peer, out)
        return out

    def import_file(self, path: Path) -> importer.ImportReport:
        return importer.import_file(self.desk, self.keys, path)

    def dump(self) -> list[str]:
        with self.desk.read() as session:
            return list(dump_lines(session))


def make_sites(
    root: Path, count: int = 3, *, admin: str | None = None, urls: dict[str, str] | None = None
) -> list[SyncSite]:
    """`admin`: the first administrator's username at every site (else one per site);
    `urls`: the database of a site (a server), else a SQLite file in its folder."""
    made: list[SyncSite] = []
    for code, name, agency, country, hub in SITES[:count]:
        desk = open_desk(load_config(root / code, (urls or {}).get(code)))
        office.initialize(
            desk,
            office.OfficeSetup(
                code,
                name,
                agency,
                country=country,
                admin_username=admin or f"admin-{code.split('-')[0].lower()}",
                admin_password=ADMIN_PASSWORD,
            ),
        )
        if hub:
            sites.set_hub(desk, True)
        keys = SiteKeys.generate()
        made.append(SyncSite(desk, keys, root / "bundles"))
        (root / "bundles").mkdir(exist_ok=True)
    for site in made:
        from app.models import LocalState

        with site.desk.write() as session:
            session.add(LocalState(key="sync.identity", value=site.keys.seal(PASSPHRASE)))
    cards = {s.code: sites.own_card(s.desk) for s in made}
    for site in made:
        for code, card in cards.items():
            if code != site.code:
                sites.enroll(site.desk, card)
    return made


def open_case(site: SyncSite, name: str, country: str = "MY", summary: str = "") -> cases.OpenedCase:
    return cases.open_case(
        site.desk,
        WorkerInput(full_name=name, destination_country=country),
        cases.CaseInput(
            category="unpaid_wages", reported_on=date(2026, 11, 2), country=country, summary=summary
        ),
        today=date(2026, 11, 2),
    )
