"""Render every main-window view with sample data to screenshots/views-<name>-<W>x<H>.png.

    QT_QPA_PLATFORM=offscreen .venv/bin/python tools/screenshot_views.py [--empty] [--cases N]

For looking at the pages while building them; the real window adds its navigation around them.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tools import shots  # noqa: E402

SIZES = ((1280, 800), (1366, 768))


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--empty", action="store_true", help="no sample cases")
    parser.add_argument("--cases", type=int, default=300)
    parser.add_argument("--out", type=Path, default=ROOT / "screenshots")
    args = parser.parse_args()

    from PySide6.QtWidgets import QApplication, QStyleFactory

    from ui.context import UiContext
    from ui.events import ChangeBus
    from ui.tasks import TaskRunner
    from ui.views import VIEW_CLASSES

    app = QApplication.instance() or QApplication(sys.argv)
    app.setStyle(QStyleFactory.create("Fusion"))
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as folder:
        desk = shots.sample_desk(Path(folder), cases=0 if args.empty else args.cases, seed=2026)

        def unexpected(error: BaseException) -> None:
            raise error

        tasks = TaskRunner(unexpected)
        context = UiContext(desk, ChangeBus(), tasks, lambda lang: None, lambda: "en")
        suffix = "-empty" if args.empty else ""
        for view_class in VIEW_CLASSES:
            view = view_class(context)
            for width, height in SIZES:
                view.resize(width, height)
                view.show()
                for _ in range(50):
                    app.processEvents()
                    tasks.wait()
                app.processEvents()
                name = view_class.__name__.removesuffix("View").lower()
                view.grab().save(str(args.out / f"views-{name}{suffix}-{width}x{height}.png"))
                tabs = getattr(view, "tabs", None)
                for index in range(1, tabs.count() if tabs is not None else 0):
                    tabs.setCurrentIndex(index)
                    app.processEvents()
                    view.grab().save(str(args.out / f"views-{name}-{index}{suffix}-{width}x{height}.png"))
                if tabs is not None:
                    tabs.setCurrentIndex(0)
            view.close()
            view.deleteLater()
        render_dialogs(context, args.out)
        tasks.wait()
        app.processEvents()
        desk.close()
    return 0


def render_dialogs(context: object, out: Path) -> None:
    """The Add officer and Edit agency dialogs, one of them refusing a field."""
    from PySide6.QtWidgets import QApplication

    from app.errors import ValidationError
    from app.services import reference
    from ui.dialogs.agency_dialog import AgencyDialog
    from ui.dialogs.officer_dialog import OfficerDialog

    officer = OfficerDialog(context)  # type: ignore[arg-type]
    officer.full_name.setText("Dewi Lestari, S.H.")
    officer.nip.setText("1990010120150")
    officer.show_error(ValidationError("A NIP has exactly 18 digits.", field="nip"))
    agency = next(a for a in reference.agencies(context.desk) if a.code == "KBRI-KUL")  # type: ignore[attr-defined]
    for name, dialog in (("officer", officer), ("agency", AgencyDialog(context, agency))):  # type: ignore[arg-type]
        dialog.show()
        QApplication.processEvents()
        dialog.grab().save(str(out / f"views-dialog-{name}.png"))
        dialog.close()


if __name__ == "__main__":
    sys.exit(main())
