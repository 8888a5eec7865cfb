"""Screenshots of the setup wizard's pages and the main window, in Indonesian and English.

    QT_QPA_PLATFORM=offscreen .venv/bin/python tools/screenshot_shell.py [--out screenshots] [--docs]

Works in a temporary data folder with temporary settings. `--docs` also refreshes the two
README pictures in docs/screenshots/. Run `make translations` first to see Indonesian.
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


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", type=Path, default=ROOT / "screenshots")
    parser.add_argument("--docs", action="store_true", help="also write docs/screenshots/*.png")
    parser.add_argument("--cases", type=int, default=200, help="sample cases the wizard loads (0: none)")
    args = parser.parse_args()

    from PySide6.QtWidgets import QApplication

    from app.config import load_config
    from app.services.desk import open_desk
    from ui import i18n
    from ui.dialogs.setup_wizard import SetupWizard
    from ui.main_window import MainWindow

    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as folder:
        app = shots.application(Path(folder))
        for language in ("id", "en"):
            i18n.install_translators(app, language)
            desk = open_desk(load_config(Path(folder) / language))
            context = shots.context_for(desk, app)
            wizard = SetupWizard(context)
            wizard.resize(760, 600)
            wizard.show()
            fill_wizard(wizard, args.cases)
            for number in range(len(wizard.pageIds())):
                settle(context)
                save(wizard, args.out / f"wizard-{number + 1}-{language}.png")
                if number == 1 and language == "id" and args.docs:
                    save(wizard, ROOT / "docs" / "screenshots" / "setup-wizard.png")
                wizard.next()
            wizard.accept()
            context.tasks.wait()
            settle(context)
            window = MainWindow(context)
            for width, height in ((1280, 800), (1366, 768)):
                window.resize(width, height)
                window.show()
                for index in (0, 1):
                    window.show_view(index)
                    settle(context)
                    save(window, args.out / f"main-{index + 1}-{language}-{width}x{height}.png")
            if language == "id" and args.docs:
                window.resize(1280, 800)
                window.show_view(0)
                settle(context)
                save(window, ROOT / "docs" / "screenshots" / "main-window.png")
            window.close()
            context.tasks.wait()
            desk.close()
    QApplication.closeAllWindows()
    return 0


def fill_wizard(wizard: object, cases: int) -> None:
    from PySide6.QtWidgets import QLineEdit

    office = wizard.office  # type: ignore[attr-defined]
    office.agency.set_current_key("KBRI-KUL")
    admin = wizard.admin  # type: ignore[attr-defined]
    username, name, password = shots.ADMIN
    admin.full_name.setText(name)
    admin.username.setText(username)
    admin.position.setText("Staf Fungsi Pelindungan WNI")
    # without the password twice the wizard refuses to finish, and the shots show an empty desk
    admin.password.setText(password)
    admin.password_again.setText(password)
    assert isinstance(admin.nip, QLineEdit)
    wizard.sample.load.setChecked(cases > 0)  # type: ignore[attr-defined]
    wizard.sample.count.setValue(max(cases, 10))  # type: ignore[attr-defined]


if __name__ == "__main__":
    sys.exit(main())
