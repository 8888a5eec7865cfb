"""What every tools/screenshot_*.py shares: a Qt application whose settings (and, if asked,
freshly compiled catalogues) live in a temporary folder, a sample office with fictional cases,
and waiting for background work before a widget is grabbed.

Screenshots are taken at 1366x768, the smallest screen an office PC has, unless a tool says
otherwise.
"""

from __future__ import annotations

import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SIZE = (1366, 768)
#: the sample office's first administrator (fictional, like the sample cases)
ADMIN = ("siti.rahmawati", "Siti Rahmawati", "Jejaring-Contoh-2026")


def application(folder: Path, *, compile_catalogues: bool = False) -> Any:
    """The app's QApplication with its settings in `folder`; `compile_catalogues` builds the
    .qm files from the .ts sources there first (else run `make translations`)."""
    from PySide6.QtCore import QSettings

    from ui import application as ui_application
    from ui import i18n

    if compile_catalogues:
        catalogues = folder / "translations"
        catalogues.mkdir(exist_ok=True)
        lrelease = Path(sys.executable).with_name("pyside6-lrelease")
        for ts in (ROOT / "resources" / "translations").glob("*.ts"):
            subprocess.run(
                [str(lrelease), "-silent", str(ts), "-qm", str(catalogues / f"{ts.stem}.qm")], check=True
            )
        i18n.translations_dir = lambda: catalogues  # type: ignore[assignment]
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder / "settings"))
    return ui_application.create_application([sys.argv[0]])


def sample_desk(data_dir: Path, *, cases: int, seed: int = 7) -> Any:
    """KBRI Kuala Lumpur set up in `data_dir` with `cases` sample cases (and the letters and
    meetings that go with them; none at 0), its administrator signed in."""
    from app.config import load_config
    from app.services import demo, office
    from app.services.desk import open_desk

    desk = open_desk(load_config(data_dir))
    username, name, password = ADMIN
    office.initialize(
        desk,
        office.OfficeSetup(
            site_code="KBRI-KUL",
            site_name="KBRI Kuala Lumpur",
            agency_code="KBRI-KUL",
            country="MY",
            city="Kuala Lumpur",
            admin_username=username,
            admin_name=name,
            admin_password=password,
        ),
    )
    if cases:
        demo.load_demo(desk, cases, seed=seed)
    return desk


def context_for(desk: Any, app: Any) -> Any:
    from ui import application as ui_application

    return ui_application.build_context(desk, lambda error: print("error:", error), app)


def settle(context: Any) -> None:
    """Let background work finish and its results paint."""
    from PySide6.QtWidgets import QApplication

    for _ in range(3):
        context.tasks.wait()
        for _ in range(10):
            QApplication.processEvents()
            time.sleep(0.02)


def wait(context: Any, done: Callable[[], bool], seconds: float = 30) -> None:
    deadline = time.monotonic() + seconds
    while not done() and time.monotonic() < deadline:
        settle(context)
    settle(context)


def save(widget: Any, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    widget.grab().save(str(path))
    print(path.relative_to(ROOT) if path.is_relative_to(ROOT) else path)
