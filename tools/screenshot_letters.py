"""Screenshots of the Correspondence view and its dialogs, in Indonesian and English.

    QT_QPA_PLATFORM=offscreen .venv/bin/python tools/screenshot_letters.py [--out screenshots] [--docs]

A temporary data folder and settings: KBRI Kuala Lumpur with sample cases and correspondence,
the main window on the Correspondence view at 1366x768 (incoming with a letter selected, its
dispositions, outgoing, the dispositions tab, communications), then each dialog.
`--docs` also writes docs/screenshots/correspondence.png. Run `make translations` first.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
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

    from ui import i18n
    from ui.main_window import MainWindow
    from ui.views.correspondence import CorrespondenceView

    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as folder:
        app = shots.application(Path(folder))
        for language in ("id", "en"):
            i18n.install_translators(app, language)
            desk = shots.sample_desk(Path(folder) / language, cases=200, seed=2026)
            context = shots.context_for(desk, app)
            window = MainWindow(context)
            window.resize(*SIZE)
            index = next(i for i, v in enumerate(window.views) if isinstance(v, CorrespondenceView))
            window.show_view(index)
            window.show()
            view = window.views[index]
            assert isinstance(view, CorrespondenceView)
            settle(context)
            model = view.letter_models["in"]
            chosen = next((i for i, r in enumerate(model.rows) if r.reply_by), 0)
            view.letter_tables["in"].selectRow(chosen)
            settle(context)
            save(window, args.out / f"letters-{language}-incoming.png")
            if language == "id" and args.docs:
                save(window, ROOT / "docs" / "screenshots" / "correspondence.png")
            for tab in ("out", "dispositions", "comms"):
                view.tabs.setCurrentIndex(("in", "out", "memo", "dispositions", "comms").index(tab))
                settle(context)
                table = {
                    "out": view.letter_tables["out"],
                    "dispositions": view.disposition_table,
                    "comms": view.comm_table,
                }[tab]
                if table.model().rowCount():
                    table.selectRow(0)
                settle(context)
                save(window, args.out / f"letters-{language}-{tab}.png")
            view.tabs.setCurrentIndex(0)
            view.letter_tables["in"].selectRow(chosen)
            settle(context)
            for name, open_dialog in (
                ("register", view.register_incoming),
                ("dispose", view.dispose),
                ("reply", view.draft_reply),
                ("quicklog", view.quick_log),
            ):
                dialog = open_dialog()
                assert dialog is not None
                settle(context)
                dialog.adjustSize()
                save(dialog, args.out / f"letters-{language}-dialog-{name}.png")
                dialog.reject()
            from ui.views.settings import SettingsView

            settings_index = next(i for i, v in enumerate(window.views) if isinstance(v, SettingsView))
            window.show_view(settings_index)
            settings = window.views[settings_index]
            assert isinstance(settings, SettingsView)
            settings.tabs.setCurrentWidget(settings.letters_tab)
            settle(context)
            save(window, args.out / f"letters-{language}-settings.png")
            window.close()
            context.tasks.wait()
            desk.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
