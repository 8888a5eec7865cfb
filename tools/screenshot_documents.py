"""Screenshots of the print dialog (preview of a case's forms) and Settings › Letterhead, at
1366x768, in Indonesian and English.

    QT_QPA_PLATFORM=offscreen .venv/bin/python tools/screenshot_documents.py [--out screenshots] [--docs]

`--docs` also refreshes docs/screenshots/print-preview.png.
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

    from PySide6.QtWidgets import QApplication

    from app.services import cases, documents
    from ui import i18n

    with tempfile.TemporaryDirectory() as folder:
        app = shots.application(Path(folder), compile_catalogues=True)
        desk = shots.sample_desk(Path(folder) / "data", cases=30)
        documents.save_letterhead(
            desk,
            {
                "ministry": "Kementerian Luar Negeri Republik Indonesia",
                "agency_name": "Kedutaan Besar Republik Indonesia Kuala Lumpur",
                "unit_name": "Fungsi Konsuler",
                "address": "233 Jalan Tun Razak, 50400 Kuala Lumpur, Malaysia",
                "phone": "+60 3 2116 4000",
                "fax": "+60 3 2141 7908",
                "email": "kualalumpur.kbri@kemlu.go.id",
                "website": "kemlu.go.id/kualalumpur",
                "place": "Kuala Lumpur",
            },
        )
        number = cases.list_cases(desk, cases.CaseFilter(), limit=1)[0].number
        for language in ("id", "en"):
            i18n.install_translators(app, language)
            context = shots.context_for(desk, app)
            shoot(context, number, args.out, language, docs=args.docs and language == "id")
            context.tasks.wait()
        desk.close()
    QApplication.closeAllWindows()
    return 0


def shoot(context: object, number: str, out: Path, language: str, *, docs: bool) -> None:
    from ui.main_window import MainWindow
    from ui.views.case_detail import open_case
    from ui.views.settings import SettingsView

    window = open_case(context, number)  # type: ignore[arg-type]
    window.resize(*SIZE)
    settle(context)
    window.print_forms()
    dialog = window.printing
    assert dialog is not None
    dialog.resize(*SIZE)
    settle(context)
    settle(context)
    save(dialog, out / f"print-preview-{language}.png")
    if docs:
        save(dialog, ROOT / "docs" / "screenshots" / "print-preview.png")
    dialog.reject()
    window.close()

    main = MainWindow(context)  # type: ignore[arg-type]
    main.resize(*SIZE)
    main.show()
    index = next(i for i, v in enumerate(main.views) if isinstance(v, SettingsView))
    main.show_view(index)
    settings = main.views[index]
    assert isinstance(settings, SettingsView)
    settings.tabs.setCurrentWidget(settings.letterhead_tab)
    settle(context)
    save(main, out / f"settings-letterhead-{language}.png")
    main.close()
    shoot_records(context, out, language)


def shoot_records(context: object, out: Path, language: str) -> None:
    """The print dialog on a meeting window (the minutes) and on a signed letter."""
    from app.services import letters, meetings
    from ui.views.correspondence import CorrespondenceView
    from ui.views.meeting_parts.meeting_window import open_meeting

    desk = context.desk  # type: ignore[attr-defined]
    held = next(m for m in meetings.list_meetings(desk) if m.status == "held" and m.minutes_closed)
    window = open_meeting(context, held.id)  # type: ignore[arg-type]
    window.resize(*SIZE)
    settle(context)
    save(window, out / f"meeting-window-{language}.png")
    window.print_forms()
    dialog = window.printing
    assert dialog is not None
    dialog.resize(*SIZE)
    dialog.form.setCurrentIndex(dialog.form.findData("minutes"))  # type: ignore[attr-defined]
    settle(context)
    settle(context)
    save(dialog, out / f"print-minutes-{language}.png")
    dialog.reject()
    window.close()

    view = CorrespondenceView(context)  # type: ignore[arg-type]
    view.resize(*SIZE)
    view.show()
    settle(context)
    signed = next(
        r for r in letters.list_letters(desk, letters.LetterFilter(kind="out")) if r.status == "signed"
    )
    view.select_letter("out", signed.reference)
    settle(context)
    save(view, out / f"correspondence-print-button-{language}.png")
    view.print_letter()
    letter_dialog = view.printing
    assert letter_dialog is not None
    letter_dialog.resize(*SIZE)
    settle(context)
    settle(context)
    save(letter_dialog, out / f"print-letter-{language}.png")
    letter_dialog.reject()
    view.close()


if __name__ == "__main__":
    sys.exit(main())
