"""Screenshots of the Dashboard (its three tabs) at 1366x768 and 1920x1080, Indonesian and English.

QT_QPA_PLATFORM=offscreen .venv/bin/python tools/screenshot_dashboard.py [--out screenshots] [--docs]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tools import shots  # noqa: E402
from tools.shots import save, settle  # noqa: E402

SIZES = ((1366, 768), (1920, 1080))


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", type=Path, default=ROOT / "screenshots")
    parser.add_argument("--docs", action="store_true", help="also write docs/screenshots/dashboard.png")
    parser.add_argument("--cases", type=int, default=200)
    args = parser.parse_args()

    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from app.config import load_config
    from app.services import demo, office
    from app.services.desk import open_desk
    from tests.conftest import SETUP
    from ui import i18n
    from ui.main_window import MainWindow

    with tempfile.TemporaryDirectory() as folder:
        app = shots.application(Path(folder))
        desk = open_desk(load_config(Path(folder) / "data"))
        office.initialize(desk, SETUP)
        demo.load_demo(desk, cases=args.cases, seed=7)
        for language in ("id", "en"):
            i18n.install_translators(app, language)
            QSettings().setValue("ui/language", language)
            context = shots.context_for(desk, app)
            window = MainWindow(context)
            window.show()
            view = window.view(0)
            for width, height in SIZES:
                window.resize(width, height)
                for tab in range(3):
                    view.tabs.setCurrentIndex(tab)  # type: ignore[attr-defined]
                    settle(context)
                    save(window, args.out / f"dashboard-{tab + 1}-{language}-{width}x{height}.png")
                    if args.docs and language == "id" and width == 1366 and tab == 2:
                        save(window, ROOT / "docs" / "screenshots" / "dashboard.png")
                if width == 1366:  # narrowed to one country: the office-wide figures say so
                    view.country.setCurrentIndex(view.country.findData("MY"))  # type: ignore[attr-defined]
                    settle(context)
                    save(window, args.out / f"dashboard-3-{language}-{width}x{height}-MY.png")
                    view.country.setCurrentIndex(0)  # type: ignore[attr-defined]
                    settle(context)
            window.close()
            context.tasks.wait()
        desk.close()
    QApplication.closeAllWindows()
    return 0


if __name__ == "__main__":
    sys.exit(main())
