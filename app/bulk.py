"""Bulk work with the cyclic garbage collector paused.

A bundle of 100,000 changes, exported or imported, makes millions of short-lived objects (rows,
dicts, decoded JSON) that form no reference cycles, and keeps many of them alive until the end.
Each collection of the oldest generation scans that whole growing heap again: measured, about
40 % of an import's time went there (docs/sync.md). Reference counting still frees everything
at once; the collector resumes when the last bulk job ends and then finds what cycles there were.
The pause is process-wide (the window's thread keeps running meanwhile, for a few seconds).
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

_lock = threading.Lock()
_running = 0
_was_enabled = True


@contextmanager
def collector_paused() -> Iterator[None]:
    global _running, _was_enabled
    with _lock:
        if _running == 0:
            _was_enabled = gc.isenabled()
            gc.disable()
        _running += 1
    try:
        yield
    finally:
        with _lock:
            _running -= 1
            if _running == 0 and _was_enabled:
                gc.enable()
