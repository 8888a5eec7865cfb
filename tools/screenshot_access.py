"""Render the sign-in dialog, the lock screen, Settings › Accounts and a masked sensitive case to
screenshots/access-*.png, in Indonesian (or English with --lang en).

    QT_QPA_PLATFORM=offscreen .venv/bin/python tools/screenshot_access.py
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


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--lang", default="id")
    parser.add_argument("--out", type=Path, default=ROOT / "screenshots")
    args = parser.parse_args()

    from PySide6.QtWidgets import QApplication, QStyleFactory

    from app.services import accounts, cases
    from app.services.workers import WorkerInput
    from ui import i18n
    from ui.application import build_context
    from ui.dialogs.sign_in import SignInDialog
    from ui.main_window import MainWindow
    from ui.views import case_detail

    app = QApplication.instance() or QApplication(sys.argv)
    app.setStyle(QStyleFactory.create("Fusion"))
    i18n.install_translators(app, args.lang)
    args.out.mkdir(parents=True, exist_ok=True)

    def settle(context: object) -> None:
        for _ in range(60):
            app.processEvents()
            context.tasks.wait()  # type: ignore[attr-defined]
        app.processEvents()

    with tempfile.TemporaryDirectory() as folder:
        desk = shots.sample_desk(Path(folder), cases=40)
        for username, role in (("budi", "case_officer"), ("dewi", "auditor"), ("rina", "secretariat")):
            accounts.add_account(
                desk, username, role, "Sementara-2026", full_name=f"{username.title()} Santoso"
            )
        accounts.set_active(desk, "rina", False)
        number = cases.open_case(
            desk,
            WorkerInput(full_name="Siti Aminah", destination_country="MY"),
            cases.CaseInput(
                category="employer_violence",
                reported_on=date(2026, 11, 2),
                country="MY",
                summary="Korban kekerasan oleh majikan; dirawat di rumah sakit.",
            ),
            today=date(2026, 11, 2),
        ).number

        def unexpected(error: BaseException) -> None:
            raise error

        context = build_context(desk, unexpected)
        accounts.sign_out(desk)
        dialog = SignInDialog(context, username="budi")
        dialog.password.setText("salah-sandi-1")
        dialog.show()
        dialog.sign_in()
        settle(context)
        dialog.grab().save(str(args.out / f"access-sign-in-{args.lang}.png"))
        dialog.close()

        accounts.sign_in(desk, "siti.rahmawati", shots.ADMIN[2])
        window = MainWindow(context)
        window.resize(1366, 768)
        window.show()
        settle(context)
        settings = next(i for i, v in enumerate(window.views) if type(v).__name__ == "SettingsView")
        window.show_view(settings)
        view = window.current_view()
        view.tabs.setCurrentWidget(view.accounts_tab)
        settle(context)
        window.grab().save(str(args.out / f"access-accounts-{args.lang}.png"))
        window.idle_lock.lock()
        shade = window.idle_lock.shade_of(window)
        assert shade is not None
        shade.password.setText("salah-sandi-1")
        shade.unlock()
        settle(context)
        window.grab().save(str(args.out / f"access-locked-{args.lang}.png"))
        shade.password.setText(shots.ADMIN[2])
        shade.unlock()

        accounts.sign_in(desk, "dewi", "Sementara-2026")
        case_window = case_detail.open_case(context, number, window)
        settle(context)
        case_window.tabs.setCurrentIndex(1)
        settle(context)
        case_window.grab().save(str(args.out / f"access-sealed-case-{args.lang}.png"))
        case_window.close()
        window.close()
        context.tasks.wait()
        desk.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
