"""Open the Cases view on a database, scroll to the end, and report the process's memory as JSON.

    python tests/benchmarks/cases_view_driver.py DATABASE_FILE [--main-window [--opens-on VIEW]]

A fresh process, so that the peak is the app's and not the test runner's: Qt, the main window (with
--main-window, as the app shows it) or the view alone in a UiContext, the first page, the count,
then scrollToBottom and the last rows read and painted, then a full-text search. The window opens
on the view the officer left it on (--opens-on, a key of ui.views.VIEWS; default "cases"): with
"dashboard", as on a first start, the dashboard is built and reads its figures before the visit
to Cases. Prints {"rss_mib", "peak_mib", "rows", ...}; the peak is the process's own high-water
mark (VmHWM on Linux, see peak_mib()).
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # the checkout, wherever we run from

from PySide6.QtCore import QEventLoop, QSettings, QTimer
from PySide6.QtWidgets import QApplication

from ui.application import build_context, create_application
from ui.views import VIEWS

TIMEOUT_MS = 60_000


def _status_mib(field: str) -> float | None:
    """A memory line of Linux's /proc/self/status in MiB (None elsewhere)."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith(f"{field}:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return None


def rss_mib() -> float:
    """Resident memory now (Linux /proc; elsewhere the peak stands in)."""
    now = _status_mib("VmRSS")
    return now if now is not None else peak_mib()


def peak_mib() -> float:
    """This process's peak resident memory. On Linux VmHWM, not ru_maxrss: exec keeps the
    ru_maxrss of the process it replaces, so a driver started by the benchmark's pytest process
    (~190 MiB after the million-case tests) would report that process's peak as its own."""
    peak = _status_mib("VmHWM")
    if peak is not None:
        return peak
    maxrss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return maxrss / (1024 * 1024) if sys.platform == "darwin" else maxrss / 1024


def wait_until(app: QApplication, done: object) -> None:
    """Run the event loop until `done()` (checked every 5 ms); no busy loop."""
    loop = QEventLoop()
    timer = QTimer()
    timer.setInterval(5)
    timer.timeout.connect(lambda: loop.quit() if done() else None)  # type: ignore[operator]
    timer.start()
    QTimer.singleShot(TIMEOUT_MS, loop.quit)
    if not done():  # type: ignore[operator]
        loop.exec()
    timer.stop()
    if not done():  # type: ignore[operator]
        raise SystemExit("cases_view_driver: timed out")


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("database", type=Path)
    parser.add_argument("--main-window", action="store_true")
    parser.add_argument("--opens-on", default="cases", choices=[entry.key for entry in VIEWS])
    args = parser.parse_args()
    settings = tempfile.TemporaryDirectory()
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, settings.name)
    # As ui.application.run(): Qt (with its work-arounds, ui/qt_fixes.py) before SQLAlchemy,
    # the models and the services are imported.
    app = create_application([sys.argv[0]])
    from app.config import load_config
    from app.services.desk import open_desk
    from ui.views.cases import CasesView

    path = args.database
    desk = open_desk(load_config(path.with_name(path.stem + "-home"), f"sqlite:///{path}"))
    context = build_context(desk, lambda error: print("error:", repr(error), file=sys.stderr), app)
    before = rss_mib()
    if args.main_window:
        from ui.main_window import SETTINGS_GROUP, MainWindow

        QSettings().setValue(f"{SETTINGS_GROUP}/view", args.opens_on)  # where the officer left it
        window = MainWindow(context)
        window.resize(1366, 768)
        index = next(i for i, entry in enumerate(VIEWS) if entry.key == "cases")
        window.show_view(index)  # the visit to Cases (built now unless the window opened on it)
        window.show()
        view = window.view(index)
        assert isinstance(view, CasesView)
    else:
        view = CasesView(context)
        view.resize(1146, 680)
        view.show()
        window = view
    model = view.model
    wait_until(app, lambda: model.total is not None and not model.loading and not context.tasks.busy)
    view.table.scrollToBottom()
    wait_until(app, lambda: model.is_fresh(model.rowCount() - 1) and not context.tasks.busy)
    view.table.viewport().repaint()
    scrolled = {
        "rows": model.rowCount(),
        "rss_mib": round(rss_mib(), 1),
        "peak_mib": round(peak_mib(), 1),
        "cached_pages": len(model.cached_pages()),
    }
    view.search.setText("siti aminah")
    view.apply_filters()
    wait_until(app, lambda: not model.loading and model.total is not None and not context.tasks.busy)
    view.table.viewport().repaint()
    result = {
        "before_view_mib": round(before, 1),
        "after_scroll_to_end": scrolled,
        "search_rows": model.rowCount(),
        "rss_mib": round(rss_mib(), 1),
        "peak_mib": round(peak_mib(), 1),
        "cached_pages": len(model.cached_pages()),
    }
    print(json.dumps(result))
    window.close()
    context.tasks.wait()
    desk.close()
    sys.stdout.flush()
    os._exit(0)  # skip interpreter teardown: nothing to flush, and it is not what is measured


if __name__ == "__main__":
    sys.exit(main())
