"""Background work off the GUI thread, with a progress dialog and cancel (Anki's QueryOp/CollectionOp).

    context.tasks.run(lambda progress: service(desk, progress=progress), on_done=show,
                      label=self.tr("Loading sample data…"), parent=self)

`fn` runs on a worker thread and receives `progress(done, total) -> bool` (False once the person
pressed Cancel; the service should then stop and roll back). `on_done` and `on_error` run on the
GUI thread. Writes are serialised on one worker, since a desk database has one writer at a time.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

ProgressFn = Callable[[int, int], bool]


class _Signals(QObject):
    progress = Signal(int, int)
    done = Signal(object)
    failed = Signal(object)


class _Job(QRunnable):
    def __init__(
        self, fn: Callable[[ProgressFn], Any], signals: _Signals, cancelled: threading.Event
    ) -> None:
        super().__init__()
        self.fn, self.signals, self.cancelled = fn, signals, cancelled
        self.setAutoDelete(True)

    def _progress(self, done: int, total: int) -> bool:
        self.signals.progress.emit(done, total)
        return not self.cancelled.is_set()

    def run(self) -> None:
        try:
            result = self.fn(self._progress)
        except BaseException as error:  # handed to the GUI thread, which decides what to show
            self.signals.failed.emit(error)
        else:
            self.signals.done.emit(result)


class TaskRunner(QObject):
    """Runs callables on worker threads and reports back on the GUI thread."""

    finished = Signal()

    def __init__(self, on_unexpected: Callable[[BaseException], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._on_unexpected = on_unexpected
        self._writer = QThreadPool(self)
        self._writer.setMaxThreadCount(1)
        self._readers = QThreadPool(self)
        self._readers.setMaxThreadCount(2)
        self._live: set[_Signals] = set()

    @property
    def busy(self) -> bool:
        return bool(self._live)

    def run(
        self,
        fn: Callable[[ProgressFn], Any],
        *,
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        label: str | None = None,
        parent: QWidget | None = None,
        writes: bool = True,
        cancellable: bool = True,
    ) -> threading.Event:
        """Start `fn`; returns the event that cancels it."""
        cancelled = threading.Event()
        signals = _Signals()
        self._live.add(signals)
        dialog: QProgressDialog | None = None
        if label is not None:
            dialog = QProgressDialog(label, self.tr("Cancel") if cancellable else "", 0, 0, parent)
            dialog.setWindowTitle(self.tr("Please wait"))
            dialog.setWindowModality(Qt.WindowModality.WindowModal)
            dialog.setMinimumDuration(400)
            dialog.setAutoClose(False)
            dialog.setAutoReset(False)
            if not cancellable:
                dialog.setCancelButton(None)
            # A lambda, not the bound method `cancelled.set`: PySide watches a bound method's object
            # and disconnects when it dies. The job drops its last reference to `cancelled` on the
            # worker thread, and that disconnect there deadlocks with the GUI thread closing the dialog.
            dialog.canceled.connect(lambda: cancelled.set())

            def show_progress(done: int, total: int) -> None:
                dialog.setMaximum(max(total, 0))
                dialog.setValue(min(done, total) if total else 0)

            signals.progress.connect(show_progress)

        def finish() -> None:
            if dialog is not None:
                dialog.close()
                dialog.deleteLater()
            self._live.discard(signals)
            self.finished.emit()

        def succeeded(result: Any) -> None:
            finish()
            if on_done is not None:
                on_done(result)

        def failed(error: BaseException) -> None:
            finish()
            (on_error or self._on_unexpected)(error)

        signals.done.connect(succeeded, Qt.ConnectionType.QueuedConnection)
        signals.failed.connect(failed, Qt.ConnectionType.QueuedConnection)
        (self._writer if writes else self._readers).start(_Job(fn, signals, cancelled))
        return cancelled

    def wait(self, msecs: int = 30_000) -> bool:
        """Block until the worker threads are idle (tests and shutdown)."""
        return self._writer.waitForDone(msecs) and self._readers.waitForDone(msecs)
