"""Work-arounds for bugs of the Qt for Python release in use, each applied only where its bug shows.

PySide6 6.12.0: `SignalInstance.emit()` returns `True` without taking a reference to it, so every
signal emitted from Python takes one reference from the `True` singleton. A few hundred emits
later Python aborts ("bool_dealloc: deallocating True or False"). 6.11.3 does not have the bug.
The probe below emits a test signal and patches `emit` to give the reference back only if
`True` lost references, so this is a no-op on a fixed release.
"""

from __future__ import annotations

import ctypes
import sys
from typing import Any

_applied = False


def apply() -> None:
    global _applied
    if not _applied:
        _fix_emit_reference()
        _applied = True


def _give_back(value: object, count: int = 1) -> None:
    for _ in range(count):
        ctypes.pythonapi.Py_IncRef(ctypes.py_object(value))


def _fix_emit_reference() -> None:
    from PySide6.QtCore import QObject, Signal, SignalInstance

    class Probe(QObject):
        ping = Signal()

    probe = Probe()
    probes = 4
    before = sys.getrefcount(True)
    for _ in range(probes):
        probe.ping.emit()
    lost = before - sys.getrefcount(True)
    if lost < probes:
        return
    _give_back(True, lost)
    original = SignalInstance.emit

    def emit(self: Any, *args: Any) -> Any:
        result = original(self, *args)
        _give_back(result)
        return result

    setattr(SignalInstance, "emit", emit)  # noqa: B010 (mypy: not a method assignment)
