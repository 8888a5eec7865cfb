"""Hybrid logical clock: wall time that never runs backwards and orders changes across sites.

Stamps are strings that sort in clock order: `<wall ms, 13 digits>-<counter, 5 digits>-<site>`.
Device clocks are not trusted (a laptop in an embassy may be hours off): importing a newer stamp
moves this clock forward, and a stamp too far in the future is refused by the importer.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True, order=True)
class Stamp:
    wall_ms: int
    counter: int
    site: str

    def __str__(self) -> str:
        return f"{self.wall_ms:013d}-{self.counter:05d}-{self.site}"

    @classmethod
    def parse(cls, text: str) -> Stamp:
        wall, counter, site = text.split("-", 2)
        return cls(int(wall), int(counter), site)


ZERO = Stamp(0, 0, "")


class HybridClock:
    def __init__(self, site: str, last: Stamp = ZERO, now_ms: Callable[[], int] | None = None) -> None:
        self.site = site
        self._wall = last.wall_ms
        self._counter = last.counter
        self._now_ms = now_ms or (lambda: time.time_ns() // 1_000_000)
        self._lock = threading.Lock()

    def tick(self) -> Stamp:
        with self._lock:
            now = self._now_ms()
            if now > self._wall:
                self._wall, self._counter = now, 0
            else:
                self._counter += 1
            return Stamp(self._wall, self._counter, self.site)

    def observe(self, seen: Stamp) -> None:
        """Move forward to at least a stamp seen in an imported change."""
        with self._lock:
            if (seen.wall_ms, seen.counter) > (self._wall, self._counter):
                self._wall, self._counter = seen.wall_ms, seen.counter
