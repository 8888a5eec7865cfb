"""Start Jejaring exactly as the `jejaring` command does, and quit once it is usable.

    python tests/benchmarks/startup_driver.py --data-dir DIR

Runs the real entry point (ui.__main__.main: argument parsing, logging, translators, opening and
checking the database, the sign-in, the main window, app.exec()); the differences are that the
sign-in dialog is filled in from JEJARING_USER and JEJARING_PASSWORD, as the officer would type
them, and that the main window's attach() (the desk is open, the first view built) also
schedules the exit: as soon as the view it opened with has loaded its data (background reads
finished, results applied) and the window has been through one more event pass (the first
paint), the event loop is quit and the process ends normally. On stdout it prints when the
window's frame was first painted, when the sign-in dialog was up, when Sign in was pressed and
when the window was usable, as `time.time()` stamps, for the benchmark to relate to its start.

A stand-in for a `JEJARING_EXIT_AFTER_SHOW=1` hook in ui.application.run, which does not exist
yet. ui.main_window is imported before main() runs (run() would import it a moment later in
the same process), so the import cost measured is the same.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # the checkout, wherever we run from

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from ui import __main__ as entry
from ui.main_window import MainWindow

TIMEOUT_MS = int(os.environ.get("JEJARING_BENCH_TIMEOUT_MS", "60000"))


def _exit_when_usable(window: MainWindow) -> None:
    tasks = window.context.tasks
    done = False

    def check() -> None:
        nonlocal done
        if done or tasks.busy:  # still reading the first view's data: tasks.finished calls again
            return
        done = True
        QApplication.processEvents()  # apply and paint what the reads produced
        print(f"usable_at={time.time():.6f}", flush=True)
        QApplication.quit()

    tasks.finished.connect(check)
    QTimer.singleShot(0, check)  # the view may have nothing to read in the background
    QTimer.singleShot(TIMEOUT_MS, lambda: (print("startup_driver: timed out", file=sys.stderr), os._exit(3)))


_show = MainWindow.show
_attach = MainWindow.attach
_painted = False


def show(self: MainWindow) -> None:
    global _painted
    _show(self)
    if not _painted:
        _painted = True
        QApplication.processEvents()  # run() does the same: the frame is painted now
        print(f"frame_at={time.time():.6f}", flush=True)
        _type_at_sign_in()  # imported here, where run() would import it a moment later


def _type_at_sign_in() -> None:
    """The officer at the sign-in dialog: JEJARING_USER and JEJARING_PASSWORD typed, Sign in, after
    JEJARING_BENCH_TYPING_MS (0: at once, the worst case; a person takes a second or two, which
    the window uses to load the rest: ui/preload.py). The dialog runs its own event loop."""
    from ui.dialogs.sign_in import SignInDialog

    typing_ms = int(os.environ.get("JEJARING_BENCH_TYPING_MS", "0"))
    exec_dialog = SignInDialog.exec

    def press(dialog: SignInDialog) -> None:
        dialog.username.setText(os.environ["JEJARING_USER"])
        dialog.password.setText(os.environ["JEJARING_PASSWORD"])
        print(f"pressed_at={time.time():.6f}", flush=True)
        dialog.sign_in()

    def exec_(dialog: SignInDialog) -> int:
        def shown() -> None:
            print(f"sign_in_at={time.time():.6f}", flush=True)  # painted, taking keys
            QTimer.singleShot(typing_ms, lambda: press(dialog))

        QTimer.singleShot(0, shown)
        return exec_dialog(dialog)

    SignInDialog.exec = exec_  # type: ignore[method-assign,assignment]


def attach(self: MainWindow, context: object) -> None:
    _attach(self, context)  # type: ignore[arg-type]
    _exit_when_usable(self)


MainWindow.show = show  # type: ignore[method-assign]
MainWindow.attach = attach  # type: ignore[method-assign]

if __name__ == "__main__":
    sys.exit(entry.main(sys.argv[1:]))
