"""Screenshots of the Cases view and the import wizard, in Indonesian and English.

    QT_QPA_PLATFORM=offscreen .venv/bin/python tools/screenshot_register.py [--out screenshots] [--docs]

Works in a temporary data folder with temporary settings: sets up KBRI Kuala Lumpur, loads sample
cases, and shows the main window on the Cases view at 1366x768 (the register, a filtered list,
a filter that matches nothing), then the import wizard's pages on a small generated workbook with
one row that cannot be imported. `--docs` also writes docs/screenshots/cases.png. Run
`make translations` first to see Indonesian.
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
from tools.shots import SIZE, save, settle, wait  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", type=Path, default=ROOT / "screenshots")
    parser.add_argument("--docs", action="store_true", help="also write docs/screenshots/cases.png")
    parser.add_argument("--cases", type=int, default=400, help="sample cases to load")
    args = parser.parse_args()

    from PySide6.QtWidgets import QApplication

    from ui import i18n
    from ui.main_window import MainWindow
    from ui.views.cases import CasesView

    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as folder:
        app = shots.application(Path(folder))
        workbook = sample_workbook(Path(folder) / "register-lama.xlsx")
        for language in ("id", "en"):
            i18n.install_translators(app, language)
            desk = shots.sample_desk(Path(folder) / language, cases=args.cases, seed=2026)
            context = shots.context_for(desk, app)
            window = MainWindow(context)
            window.resize(*SIZE)
            index = next(i for i, v in enumerate(window.views) if isinstance(v, CasesView))
            window.show_view(index)
            window.show()
            view = window.views[index]
            assert isinstance(view, CasesView)
            settle(context)
            save(window, args.out / f"cases-{language}-{SIZE[0]}x{SIZE[1]}.png")
            if language == "id" and args.docs:
                save(window, ROOT / "docs" / "screenshots" / "cases.png")

            view.stage.setCurrentIndex(view.stage.findData("open"))
            view.overdue.setChecked(True)
            view.save_filter("Terbuka, lewat tenggat" if language == "id" else "Open, overdue")
            settle(context)
            view.table.selectRow(2)
            save(window, args.out / f"cases-{language}-filtered.png")

            view.search.setText("zzzz")
            view.apply_filters()
            settle(context)
            save(window, args.out / f"cases-{language}-no-match.png")
            view.clear_filters()
            settle(context)

            wizard_pages(view, workbook, args.out, language)
            window.close()
            context.tasks.wait()
            desk.close()
    QApplication.closeAllWindows()
    return 0


def sample_workbook(path: Path) -> Path:
    """An officer's register as kept in Excel: Indonesian titles, one row with an unknown category."""
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.append(["No", "Nama PMI", "NIK", "Jenis Kelamin", "Negara", "Majikan", "Kategori", "Tgl Pengaduan",
                  "Kronologi"])  # fmt: skip
    rows = [
        ("Siti Aminah", "", "P", "Malaysia", "Tan Ah Kow", "Gaji Tidak Dibayar", date(2026, 2, 3),
         "Gaji 5 bulan belum dibayar"),
        ("Dewi Lestari", "", "P", "Malaysia", "Lim Mei Ling", "Ingin Dipulangkan", "10/02/2026",
         "Ingin pulang, paspor ditahan majikan"),
        ("Rahmat Hidayat", "", "L", "Arab Saudi", "Abdullah Al-Harbi", "Masalah lain-lain", "12/02/2026",
         "Kategori ditulis bebas"),
        ("Sumiati", "", "P", "Hong Kong", "Chan Wai Man", "Sakit", "2026-02-14", "Dirawat di rumah sakit"),
    ]  # fmt: skip
    for number, row in enumerate(rows, start=1):
        sheet.append([number, *row])
    book.save(path)
    return path


def wizard_pages(view: object, workbook: Path, out: Path, language: str) -> None:
    from ui.dialogs.import_cases import ImportCasesWizard

    wizard = ImportCasesWizard(view.context, view)  # type: ignore[attr-defined]
    wizard.show()
    wizard.file.path.setText(str(workbook))
    settle(wizard.context)
    save(wizard, out / f"cases-import-1-{language}.png")
    wizard.next()
    wait(wizard.context, lambda: wizard.currentId() == wizard.MAPPING)
    save(wizard, out / f"cases-import-2-{language}.png")
    wizard.next()
    wait(wizard.context, lambda: wizard.check.report is not None)
    save(wizard, out / f"cases-import-3-{language}.png")
    wizard.next()
    wait(wizard.context, lambda: wizard.currentId() == wizard.DONE)
    save(wizard, out / f"cases-import-4-{language}.png")
    wizard.accept()


if __name__ == "__main__":
    sys.exit(main())
