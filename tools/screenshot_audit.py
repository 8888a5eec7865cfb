"""Screenshot of the Audit view (demo data, the chain verified, one change selected).

    QT_QPA_PLATFORM=offscreen .venv/bin/python tools/screenshot_audit.py [--out screenshots] [--docs]

`--docs` also writes docs/screenshots/audit.png (Indonesian). Run `make translations` first.
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
    from ui.views.audit import AuditView

    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as folder:
        app = shots.application(Path(folder))
        for language in ("id", "en"):
            i18n.install_translators(app, language)
            desk = shots.sample_desk(Path(folder) / language, cases=30, seed=5)
            context = shots.context_for(desk, app)
            window = MainWindow(context)
            window.resize(*SIZE)
            index = next(i for i, v in enumerate(window.views) if isinstance(v, AuditView))
            window.show_view(index)
            window.show()
            view = window.views[index]
            assert isinstance(view, AuditView)
            settle(context)
            view.action.setCurrentIndex(2)  # changes only
            settle(context)
            view.table.selectRow(0)
            view.verify()
            settle(context)
            save(window, args.out / f"audit-{language}.png")
            from datetime import UTC, datetime, timedelta

            from app.services import breaches

            breaches.record_breach(
                desk,
                found_at=datetime.now(UTC) - timedelta(days=4),
                description="A laptop with the case register was stolen.",
                subjects=120,
            )
            view.tabs.setCurrentIndex(1)
            settle(context)
            save(window, args.out / f"audit-retention-{language}.png")
            view.tabs.setCurrentIndex(2)
            settle(context)
            save(window, args.out / f"audit-breaches-{language}.png")
            view.tabs.setCurrentIndex(0)
            if args.docs and language == "id":
                save(window, ROOT / "docs" / "screenshots" / "audit.png")
            # the case window's worker part with the lawful basis, and its dialog
            from datetime import date

            from app.services import cases, privacy
            from ui.views import case_detail

            number = cases.list_cases(desk, limit=1)[0].number
            privacy.set_lawful_basis(
                desk, number, "consent", consent_on=date(2026, 3, 2), consent_form="written"
            )
            case_window = case_detail.open_case(context, number, window)
            case_window.resize(*SIZE)
            settle(context)
            save(case_window, args.out / f"case-lawful-basis-{language}.png")
            case_window.edit_lawful_basis()
            settle(context)
            save(case_window.dialog, args.out / f"lawful-basis-dialog-{language}.png")
            case_window.dialog.reject()
            case_window.close()
            window.close()
            desk.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
