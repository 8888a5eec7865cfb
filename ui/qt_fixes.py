"""Work-arounds for bugs of the Qt for Python release in use, each applied only where its bug shows.

PySide6 6.12.0: `SignalInstance.emit()` returns `True` without taking a reference to it, so every
signal emitted from Python takes one reference from the `True` singleton. A few hundred emits
later Python aborts ("bool_dealloc: deallocating True or False"). 6.11.3 does not have the bug.
The probe below emits a test signal and patches `emit` to give the reference back only if
`True` lost references, so this is a no-op on a fixed release.

PySide6 6.4 and later (PYSIDE-2029): the import hook asks of every module imported after PySide6
whether its source mentions "PySide6", through `inspect.getsource`, which leaves every line of
every such module in `linecache` for good. SQLAlchemy, the models and the services are imported
after Qt, so the app carried ~20 MiB of source text it never shows (its peak memory over a million
cases went past the 150 MiB aim). The same question is answered from the source read once and
dropped; modules without a readable source get PySide6's own answer.
"""

from __future__ import annotations

import ctypes
import linecache
import sys
from typing import Any

_applied = False


def apply() -> None:
    global _applied
    if not _applied:
        _fix_emit_reference()
        _fix_source_reading()
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


def _fix_source_reading() -> None:
    feature = sys.modules.get("shibokensupport.feature")
    original = getattr(feature, "_mod_uses_pyside", None)
    if feature is None or original is None:
        return  # a release without the hook (or with another one): nothing to fix

    def uses_pyside(module: Any) -> bool:
        loader = getattr(module, "__loader__", None)
        get_source = getattr(loader, "get_source", None)
        name = getattr(module, "__name__", None)
        if get_source is None or not isinstance(name, str):
            return bool(original(module))
        try:
            source = get_source(name)
        except Exception:  # a loader that cannot say (another name, no file): PySide6's own way
            return bool(original(module))
        return source is not None and "PySide6" in source

    feature._mod_uses_pyside = uses_pyside
    # What the hook kept of the modules imported before this: lines read from a file (a traceback
    # reads them again). Lazy and generated entries (no modification time) stay.
    for name, entry in list(linecache.cache.items()):
        if len(entry) == 4 and entry[1] is not None:
            del linecache.cache[name]
