"""Screenshots of the new-case dialog, a case window's tabs and Settings › Protocol, at 1366x768, in
Indonesian and English.

    QT_QPA_PLATFORM=offscreen .venv/bin/python tools/screenshot_cases.py [--out screenshots] [--docs]

Works in a temporary data folder with sample data and temporary settings; the catalogues are
compiled from the .ts sources first. `--docs` also refreshes docs/screenshots/case-window.png.
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
    parser.add_argument("--docs", action="store_true", help="also write docs/screenshots/case-window.png")
    args = parser.parse_args()

    from PySide6.QtWidgets import QApplication

    from ui import i18n

    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as folder:
        app = shots.application(Path(folder), compile_catalogues=True)
        desk = shots.sample_desk(Path(folder) / "data", cases=80)
        for language in ("id", "en"):
            i18n.install_translators(app, language)
            context = shots.context_for(desk, app)
            shoot_new_case(context, args.out, language)
            shoot_case_window(context, args.out, language, docs=args.docs and language == "id")
            shoot_protocol(context, args.out, language)
            context.tasks.wait()
        desk.close()
    QApplication.closeAllWindows()
    return 0


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
