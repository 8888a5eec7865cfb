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

Taking them back. Every bundle states the highest number its sender holds of its own changes
(`own` in the manifest). A peer holding more of them than that keeps the statement (the bundle
made last wins) and gives the rest back with its next bundle to that site, with their seals.
The restored site takes back a change of its own that it does not hold only if the seal over it
verifies with its own key (no peer can make one up), then moves its change counter and every
number counter (case, agenda, letter, document, breach serials) past what it took back. It takes
none of them if it holds, under one of those numbers, a change that differs from what it once
sealed, or if taking them makes a record clash with one made here: it worked since it was put
back, and repairing that needs its administrator (docs/sync.md). The peer keeps them either way.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.i18n import QT_TRANSLATE_NOOP
from app.models import Case, Change, DataBreach, IssuedDocument, LocalState, Site
from app.models.correspondence import Letter
from app.persistence import counters
from app.sync import SyncError, seals
from app.sync.keys import verify

#: local_state key of the highest own change number a peer last stated (`own` of its manifest)
STATE_PREFIX = "sync.own."

_CHANGES_AGAIN = QT_TRANSLATE_NOOP(
    "sync",
    "{origin} numbers new changes ({first} to {last}) with numbers this site already holds for other "
    "changes: {origin} was probably put back on an older copy of its database. Nothing was imported. "
    "Ask {origin} not to send more bundles until its administrator has been told; this site keeps "
    "everything it holds.",
)


def refuse_reused_numbers(
    lines: Iterable[dict[str, Any]], stamps: Mapping[tuple[Any, Any], str | None], own: str
) -> None:
    """Raise `SyncError` if a line's (origin, seq) is held here (`stamps`: the held clock stamp,
    None for a quarantined line, whose stamp is not compared) for a change of another stamp.
    This site's own changes given back are not refused: `sort_own` weighs them."""
    reused: dict[str, list[int]] = {}
    for line in lines:
        if line.get("origin") == own:
            continue
        held = stamps.get((line.get("origin"), line.get("seq")))
        if held is not None and held != line.get("hlc"):
            reused.setdefault(str(line["origin"]), []).append(int(line["seq"]))
    if reused:
        origin, seqs = min(reused.items())
        raise SyncError(_CHANGES_AGAIN, origin=origin, first=min(seqs), last=max(seqs))


# --- the peer's side: what the restored site says it holds, and what to give back ------------


def own_of(manifest: Mapping[str, Any]) -> int | None:
    """The sender's highest own change number (None: a bundle written before it was stated).
    Raises ValueError on anything but a whole number."""
    value = manifest.get("own")
    if value is None:
        return None
    if not isinstance(value, int) or isinstance(value, bool) or value < 0:
        raise ValueError("own")
    return value


def record_statement(session: Session, sender: str, made_at: str, own: int) -> None:
    """Keep `sender`'s statement of its own changes; of two, the bundle made last wins (a restored
    site numbers its bundles again from its copy, so their sequence cannot order them)."""
    stored = session.get(LocalState, STATE_PREFIX + sender)
    value = json.dumps({"at": made_at, "own": own}, sort_keys=True)
    if stored is None:
        session.add(LocalState(key=STATE_PREFIX + sender, value=value))
    elif str(json.loads(stored.value)["at"]) <= made_at:
        stored.value = value


def to_give_back(session: Session, peer: str) -> int | None:
    """The number after which `peer`'s own changes held here are given back to it (None: none
    to give back: it never said, or it holds all of them)."""
    stored = session.get(LocalState, STATE_PREFIX + peer)
    if stored is None:
        return None
    own = int(json.loads(stored.value)["own"])
    held = session.scalar(select(func.max(Change.origin_seq)).where(Change.origin_site == peer))
    return own if held is not None and held > own else None


# --- the restored site's side: taking its own changes back -----------------------------------


@dataclass
class OwnLines:
    """This site's own changes in a bundle, sorted (`sort_own`)."""

    #: not held here and sealed by this site: its forgotten changes (ids of the line dicts)
    sealed: set[int] = field(default_factory=set)
    #: own numbers held here for a change other than the one this site sealed under them
    differing: int = 0
    #: the genuine seals of this site's blocks the bundle carries
    seals: list[seals.Seal] = field(default_factory=list)

    @property
    def takeable(self) -> bool:
        return bool(self.sealed) and not self.differing


def sort_own(
    session: Session,
    own: str,
    own_key: str | None,
    lines: list[dict[str, Any]],
    stamps: Mapping[tuple[Any, Any], str | None],
    received: Mapping[str, list[seals.Seal]],
) -> OwnLines:
    """Which of this site's own changes in a bundle it may take back, and whether what it holds
    under their numbers is what it once sealed (a copy that worked since it was put back is not)."""
    from app.sync.export import _COLUMNS, change_line  # the export writes the lines the seals cover

    found = OwnLines()
    mine = [line for line in lines if line.get("origin") == own]
    if not mine or own_key is None:
        return found
    valid: dict[int, seals.Seal] = {}
    for seal in received.get(own, []):
        if verify(own_key, seal.signature, seal.statement()):
            kept = valid.get(seal.block)
            if kept is None or kept.last_seq < seal.last_seq:
                valid[seal.block] = seal
    found.seals = list(valid.values())
    for line in mine:
        seq = line.get("seq")
        held = stamps.get((own, seq))
        if held is not None:
            found.differing += held != line.get("hlc")
            continue
        if not isinstance(seq, int):
            continue
        covering = valid.get(seals.block_of(seq))
        if covering is not None and covering.covers(seq) and covering.hash_of(seq) == seals.line_hash(line):
            found.sealed.add(id(line))
    for seal in found.seals:  # what this copy holds in those blocks against what it sealed then
        query = select(*_COLUMNS).where(
            Change.origin_site == own, Change.origin_seq.between(seal.first_seq, seal.last_seq)
        )
        for row in session.execute(query):
            digest = hashlib.sha256(change_line(row)).digest()
            found.differing += seal.hash_of(row.origin_seq) != digest
    return found


def taken_back(session: Session, own: str, found: OwnLines) -> None:
    """After this site's own changes were taken back: their seals kept, the change counter and
    every number counter moved past them, so nothing is numbered twice."""
    for seal in found.seals:
        seals.keep(session, seal)
    connection = session.connection()
    newest = session.scalar(select(func.max(Change.origin_seq)).where(Change.origin_site == own))
    counters.raise_to(connection, f"changes:{own}", int(newest or 0))
    for name, serial in sorted(_numbers_held(session, own).items()):
        counters.raise_to(connection, name, serial)


def _numbers_held(session: Session, site: str) -> dict[str, int]:
    """Per number counter of `site`, the highest serial among the records held here: the formats
    of app/services/cases.case_number, numbering.agenda_number and numbering.issue (serial kept
    on the letter), documents.issue and breaches.record_breach."""
    high: dict[str, int] = {}

    def seen(name: str, serial: int) -> None:
        high[name] = max(high.get(name, 0), serial)

    code = re.escape(site)
    patterns = (
        (Case.number, re.compile(rf"^{code}/(\d{{4}})/(\d+)$"), "case", False),
        (Letter.agenda_number, re.compile(rf"^{code}/SM/(\d{{4}})/(\d+)$"), "agenda", False),
        (IssuedDocument.number, re.compile(rf"^[A-Z]+-(\d+)/{code}/\d{{2}}/(\d{{4}})$"), "document", True),
        (DataBreach.number, re.compile(rf"^PDP-(\d+)/{code}/(\d{{4}})$"), "breach", True),
    )
    for column, pattern, kind, serial_first in patterns:
        for number in session.scalars(select(column).where(column.like(f"%{site}%"))):
            match = pattern.match(number or "")
            if match:
                serial, year = (match[1], match[2]) if serial_first else (match[2], match[1])
                seen(f"{kind}:{site}:{year}", int(serial))
    query = (
        select(Letter.kind, Letter.number_year, func.max(Letter.serial))
        .join(Site, Site.id == Letter.site_id)
        .where(Site.code == site, Letter.serial.is_not(None), Letter.number_year.is_not(None))
        .group_by(Letter.kind, Letter.number_year)
    )
    for kind, year, serial in session.execute(query):
        seen(f"letter:{site}:{kind.value}:{year}", int(serial or 0))
    return high
