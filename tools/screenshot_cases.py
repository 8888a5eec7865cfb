"""Screenshots of the new-case dialog, a case window's tabs and Settings › Protocol, at 1366x768, in
Indonesian and English.

    QT_QPA_PLATFORM=offscreen .venv/bin/python tools/screenshot_cases.py [--out screenshots] [--docs]

Works in a temporary data folder with sample data and temporary settings; the catalogues are
compiled from the .ts sources first. `--docs` also refreshes docs/screenshots/case-window.png.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

SIZE = (1366, 768)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", type=Path, default=ROOT / "screenshots")
    parser.add_argument("--docs", action="store_true", help="also write docs/screenshots/case-window.png")
    args = parser.parse_args()

    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from app.config import load_config
    from app.services import demo, office
    from app.services.desk import open_desk
    from ui import application, i18n

    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as folder:
        catalogues = Path(folder) / "translations"
        catalogues.mkdir()
        lrelease = Path(sys.executable).with_name("pyside6-lrelease")
        for ts in (ROOT / "resources" / "translations").glob("*.ts"):
            subprocess.run(
                [str(lrelease), "-silent", str(ts), "-qm", str(catalogues / f"{ts.stem}.qm")], check=True
            )
        i18n.translations_dir = lambda: catalogues  # type: ignore[assignment]
        QSettings.setDefaultFormat(QSettings.Format.IniFormat)
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, f"{folder}/settings")
        app = application.create_application([sys.argv[0]])
        desk = open_desk(load_config(Path(folder) / "data"))
        office.initialize(
            desk,
            office.OfficeSetup(
                site_code="KBRI-KUL",
                site_name="KBRI Kuala Lumpur",
                agency_code="KBRI-KUL",
                country="MY",
                city="Kuala Lumpur",
                admin_username="siti.rahmawati",
                admin_password="Jejaring-Contoh-2026",
                admin_name="Siti Rahmawati",
            ),
        )
        demo.load_demo(desk, 80, seed=7)
        for language in ("id", "en"):
            i18n.install_translators(app, language)
            context = application.build_context(desk, lambda error: print("error:", error), app)
            shoot_new_case(context, args.out, language)
            shoot_case_window(context, args.out, language, docs=args.docs and language == "id")
            shoot_protocol(context, args.out, language)
            context.tasks.wait()
        desk.close()
    QApplication.closeAllWindows()
    return 0


def settle(context: object) -> None:
    """Let background work finish and its results paint."""
    from PySide6.QtWidgets import QApplication

    for _ in range(3):
        context.tasks.wait()  # type: ignore[attr-defined]
        for _ in range(8):
            QApplication.processEvents()
            time.sleep(0.03)


def save(widget: object, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    widget.grab().save(str(path))  # type: ignore[attr-defined]
    print(path.relative_to(ROOT) if path.is_relative_to(ROOT) else path)


def shoot_new_case(context: object, out: Path, language: str) -> None:
    from app.services import case_activity, cases
    from ui.dialogs.new_case import NewCaseDialog

    dialog = NewCaseDialog(context)  # type: ignore[arg-type]
    dialog.show()
    settle(context)
    save(dialog, out / f"case-new-empty-{language}.png")

    # the same worker again: a NIK already in the register
    desk = context.desk  # type: ignore[attr-defined]
    known = next(
        detail
        for row in cases.recent_cases(desk, limit=80)
        if (detail := case_activity.case_detail(desk, row.number)).worker.get("nik")
    )
    form = dialog.worker_form
    form.line("full_name").setText(str(known.worker["full_name"]).upper())
    form.line("nik").setText(str(known.worker["nik"]))
    dialog.check_worker()
    settle(context)
    save(dialog, out / f"case-new-duplicate-{language}.png")

    # the complaint page with the protocol's suggestion
    form.line("nik").clear()
    form.line("full_name").setText("Dewi Lestari")
    form.country.set_current_key("MY")
    dialog.tabs.setCurrentWidget(dialog.case_form.page)
    dialog.case_form.set_category("unpaid_wages")
    dialog.case_form.summary.setPlainText("Gaji enam bulan belum dibayar; majikan menahan paspor.")
    dialog.check_worker()
    settle(context)
    save(dialog, out / f"case-new-complaint-{language}.png")

    # a refusal at its field
    form.line("nik").setText("3507019999990001")
    dialog.save()
    settle(context)
    save(dialog, out / f"case-new-error-{language}.png")
    dialog.reject()
    dialog.deleteLater()


def shoot_case_window(context: object, out: Path, language: str, *, docs: bool) -> None:
    from app.services import case_activity, cases
    from ui.views.case_detail import open_case

    desk = context.desk  # type: ignore[attr-defined]

    def richness(number: str) -> int:
        detail = case_activity.case_detail(desk, number)
        still_open = detail.status not in ("resolved", "closed")
        waiting = sum(1 for r in detail.referrals if r.status == "sent")
        return (
            still_open * 20
            + waiting * 10
            + len(detail.referrals) * 3
            + len(detail.timeline)
            + len(detail.tasks)
        )

    number = max((r.number for r in cases.recent_cases(desk, limit=80)), key=richness)
    window = open_case(context, number)  # type: ignore[arg-type]
    window.resize(*SIZE)
    settle(context)
    for index, name in enumerate(window.TABS):
        window.tabs.setCurrentIndex(index)
        settle(context)
        save(window, out / f"case-window-{index + 1}-{name}-{language}.png")
        if docs and name == "referrals":
            save(window, ROOT / "docs" / "screenshots" / "case-window.png")
    from ui.views.case_parts.dialogs import EditCaseDialog

    dialog = EditCaseDialog(context, case_activity.case_detail(desk, number), window)  # type: ignore[arg-type]
    dialog.show()
    for index, name in enumerate(("complaint", "people")):
        dialog.tabs.setCurrentIndex(index)
        settle(context)
        save(dialog, out / f"case-edit-{name}-{language}.png")
    dialog.close()
    window.close()


def shoot_protocol(context: object, out: Path, language: str) -> None:
    from ui.main_window import MainWindow
    from ui.views.settings import SettingsView

    window = MainWindow(context)  # type: ignore[arg-type]
    window.resize(*SIZE)
    window.show()
    index = next(i for i, v in enumerate(window.views) if isinstance(v, SettingsView))
    window.show_view(index)
    settings = window.views[index]
    assert isinstance(settings, SettingsView)
    settings.tabs.setCurrentWidget(settings.protocol_tab)
    settle(context)
    save(window, out / f"case-protocol-{language}.png")
    settings.protocol_tab.select_category("unpaid_wages")
    settings.protocol_tab.edit_selected()
    settle(context)
    dialog = settings.protocol_tab.dialog
    if dialog is not None:
        save(dialog, out / f"case-protocol-rule-{language}.png")
        dialog.reject()
    window.close()


if __name__ == "__main__":
    sys.exit(main())
