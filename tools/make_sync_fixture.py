"""Write tests/data/sync/: a real format-1 bundle from an embassy to the hub, the hub's sealed keys
and the embassy's card, so that tests/sync/test_fixture.py proves that every later version still
imports it. Run once per released bundle format (never overwrite an existing format's files)."""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from app.models import LocalState
from app.sync import sites
from tests.sync.sites import PASSPHRASE, make_sites, open_case

OUT = Path(__file__).resolve().parent.parent / "tests" / "data" / "sync"


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        embassy, _desk, hub = make_sites(Path(tmp))
        open_case(embassy, "Dewi Lestari", summary="Gaji tujuh bulan belum dibayar.")
        bundle = embassy.export_to(hub.code)
        OUT.mkdir(parents=True, exist_ok=True)
        (OUT / "format1-KBRI-KUL-to-KP2MI-HUB.jejaring").write_bytes(bundle.read_bytes())
        with hub.desk.read() as session:
            sealed = session.get(LocalState, "sync.identity")
            assert sealed is not None
            (OUT / "hub-identity.json").write_text(sealed.value + "\n", encoding="utf-8")
        (OUT / "KBRI-KUL.card.json").write_text(
            sites.own_card(embassy.desk).to_json(embassy.keys) + "\n", encoding="utf-8"
        )
        (OUT / "PASSPHRASE").write_text(PASSPHRASE + "\n", encoding="utf-8")
        for site in (embassy, _desk, hub):
            site.desk.close()


if __name__ == "__main__":
    main()
