"""A site that went back in time: put back on an older copy of its database (a backup, a
disk image), it numbers its new changes from where that copy stopped, with numbers its peers
already hold for the changes it made after the copy was taken.

A change is known everywhere by (origin, seq), and an import skips a change whose number it
holds (that is what makes importing idempotent). So a reused number would be skipped silently:
the restored site's new work never arrives, the two sites' records differ, and every report
says all is well. The change's clock stamp tells the two apart: a change sent again carries the
stamp it was made with, a new change under an old number carries another. Such a bundle is
refused whole, loudly, before anything is written; nothing is lost (the restored site keeps its
work, this site keeps its own) and the administrator learns what happened.

Repair (the restored site taking its lost changes back from a peer and moving its counter past
them) is not built; docs/sync.md says what is.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from app.i18n import QT_TRANSLATE_NOOP
from app.sync import SyncError

_CHANGES_AGAIN = QT_TRANSLATE_NOOP(
    "sync",
    "{origin} numbers new changes ({first} to {last}) with numbers this site already holds for other "
    "changes: {origin} was probably put back on an older copy of its database. Nothing was imported. "
    "Ask {origin} not to send more bundles until its administrator has been told; this site keeps "
    "everything it holds.",
)


def refuse_reused_numbers(
    lines: Iterable[dict[str, Any]], stamps: Mapping[tuple[Any, Any], str | None]
) -> None:
    """Raise `SyncError` if a line's (origin, seq) is held here (`stamps`: the held clock stamp,
    None for a quarantined line, whose stamp is not compared) for a change of another stamp."""
    reused: dict[str, list[int]] = {}
    for line in lines:
        held = stamps.get((line.get("origin"), line.get("seq")))
        if held is not None and held != line.get("hlc"):
            reused.setdefault(str(line["origin"]), []).append(int(line["seq"]))
    if reused:
        origin, seqs = min(reused.items())
        raise SyncError(_CHANGES_AGAIN, origin=origin, first=min(seqs), last=max(seqs))
