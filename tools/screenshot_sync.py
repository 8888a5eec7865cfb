"""Screenshots of the Sync view after a bundle with a conflict arrived, in Indonesian and English.

    QT_QPA_PLATFORM=offscreen .venv/bin/python tools/screenshot_sync.py [--out screenshots] [--docs]

Three real sites (embassy, BP2MI desk, ministry hub) in a temporary folder exchange bundles; the
embassy and the hub change a case's priority offline; the hub's bundle is imported at the
embassy and its Sync view is shown (peers, then the conflict side by side). `--docs` also writes
docs/screenshots/sync.png and sync-conflict.png (Indonesian). Run `make translations` first.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tools import shots  # noqa: E402
from tools.shots import SIZE, save, settle  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", type=Path, default=ROOT / "screenshots")
    parser.add_argument("--docs", action="store_true")
    args = parser.parse_args()

    from app.services import cases, demo
    from tests.sync.sites import make_sites
    from ui import i18n
    from ui.main_window import MainWindow
    from ui.views.sync import SyncView

    with tempfile.TemporaryDirectory() as folder:
        app = shots.application(Path(folder))
        for language in ("id", "en"):
            i18n.install_translators(app, language)
            embassy, desk, hub = make_sites(Path(folder) / language)
            demo.load_demo(embassy.desk, cases=30, seed=5)
            hub.import_file(embassy.export_to(hub.code))
            desk.import_file(hub.export_to(desk.code))
            embassy.import_file(hub.export_to(embassy.code))
            number = cases.list_cases(embassy.desk, limit=1)[0].number
            cases.set_field(embassy.desk, number, "priority", "1", today=date(2026, 11, 2))
            cases.set_field(hub.desk, number, "priority", "3", today=date(2026, 11, 2))
            embassy.import_file(hub.export_to(embassy.code))
            context = shots.context_for(embassy.desk, app)
            window = MainWindow(context)
            window.resize(*SIZE)
            index = next(i for i, v in enumerate(window.views) if isinstance(v, SyncView))
            window.show_view(index)
            window.show()
            view = window.views[index]
            assert isinstance(view, SyncView)
            settle(context)
            view.message.setText(
                view.tr(
                    "Bundle {sequence} from {sender}: {new} new, {updated} updated, {unchanged} unchanged, "
                    "{conflicts} conflicts, {quarantined} quarantined."
                ).format(
                    sequence=2, sender=hub.code, new=0, updated=1, unchanged=0, conflicts=1, quarantined=0
                )
            )
            save(window, args.out / f"sync-{language}.png")
            view.tabs.setCurrentIndex(2)
            settle(context)
            save(window, args.out / f"sync-conflict-{language}.png")
            if language == "id" and args.docs:
                view.tabs.setCurrentIndex(0)
                settle(context)
                save(window, ROOT / "docs" / "screenshots" / "sync.png")
                view.tabs.setCurrentIndex(2)
                settle(context)
                save(window, ROOT / "docs" / "screenshots" / "sync-conflict.png")
            window.close()
            context.tasks.wait()
            for site in (embassy, desk, hub):
                site.desk.close()
            _waiting(app, Path(folder) / f"waiting-{language}", args.out / f"sync-waiting-{language}.png")
    return 0


def _waiting(app: object, folder: Path, target: Path) -> None:
    """The hub's set-aside tab after the embassy's edit and note of the desk's case arrived
    before the case (tests/sync/test_waiting_records.py)."""
    from tests.sync.sites import make_sites
    from tests.sync.test_waiting_records import _worked_on_at_the_embassy
    from ui.main_window import MainWindow
    from ui.views.sync import SyncView

    three = make_sites(folder)
    _number, early = _worked_on_at_the_embassy(three)
    hub = three[2]
    hub.import_file(early)
    context = shots.context_for(hub.desk, app)
    window = MainWindow(context)
    window.resize(*SIZE)
    index = next(i for i, v in enumerate(window.views) if isinstance(v, SyncView))
    window.show_view(index)
    window.show()
    view = window.views[index]
    assert isinstance(view, SyncView)
    settle(context)
    view.tabs.setCurrentIndex(4)
    settle(context)
    save(window, target)
    window.close()
    context.tasks.wait()
    for site in three:
        site.desk.close()


if __name__ == "__main__":
    sys.exit(main())
