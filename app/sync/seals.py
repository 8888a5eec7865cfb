"""Seals: an origin's signature over a block of its own changes, so that a change relayed by a
hub can be checked against the site that made it, not only against the hub that passed it on.

A group's signature covers one bundle; a hub relays to each recipient only the part of an
origin's changes in that recipient's audience, so the origin's group signature cannot travel with
them. Instead every site seals its own change log in blocks of BLOCK sequence numbers (gap-free,
app.persistence.counters): a seal is the origin's Ed25519 signature over the SHA-256 of each line
in the block, in order. Bundles carry the seals of the blocks their lines fall in; a hub keeps
the seals it received and forwards them, and a recipient checks each relayed line's hash against
its origin's seal. Relaying one line costs at most one block of hashes (8 KiB) and a signature;
sealing costs one signature per BLOCK changes. A block still filling is sealed again as it grows
(the newer seal covers more and replaces the older one).
"""

from __future__ import annotations

import base64
import hashlib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.models import Change, SyncPeer, SyncSeal
from app.sync.keys import SiteKeys, canonical, verify

BLOCK = 256
_HASH = 32


@dataclass(frozen=True)
class Seal:
    origin: str
    block: int
    last_seq: int
    hashes: bytes
    signature: str

    @property
    def first_seq(self) -> int:
        return self.block * BLOCK + 1

    def statement(self) -> bytes:
        digest = hashlib.sha256(self.hashes).hexdigest()
        return f"jejaring-seal\n{self.origin}\n{self.first_seq}\n{self.last_seq}\n{digest}".encode()

    def well_formed(self) -> bool:
        return (
            self.block >= 0
            and self.first_seq <= self.last_seq <= (self.block + 1) * BLOCK
            and len(self.hashes) == (self.last_seq - self.first_seq + 1) * _HASH
        )

    def covers(self, seq: int) -> bool:
        return self.first_seq <= seq <= self.last_seq

    def hash_of(self, seq: int) -> bytes:
        start = (seq - self.first_seq) * _HASH
        return self.hashes[start : start + _HASH]

    def to_json(self) -> dict[str, Any]:
        return {
            "block": self.block,
            "last": self.last_seq,
            "hashes": base64.b64encode(self.hashes).decode("ascii"),
            "sig": self.signature,
        }

    @classmethod
    def from_json(cls, origin: str, value: Mapping[str, Any]) -> Seal:
        """Raises ValueError, KeyError or TypeError on anything malformed."""
        seal = cls(
            origin,
            int(value["block"]),
            int(value["last"]),
            base64.b64decode(str(value["hashes"]), validate=True),
            str(value["sig"]),
        )
        if not seal.well_formed():
            raise ValueError("seal")
        return seal


def block_of(seq: int) -> int:
    return (seq - 1) // BLOCK


def line_hash(line: Mapping[str, Any]) -> bytes:
    """SHA-256 of a change line as the bundle writes it (canonical JSON, no local fields)."""
    return hashlib.sha256(canonical({k: v for k, v in line.items() if not k.startswith("_")})).digest()


def _stored(row: SyncSeal) -> Seal:
    return Seal(row.origin_site, row.block, row.last_seq, row.hashes, row.signature)


def seal_own(session: Session, keys: SiteKeys, origin: str, lines: Any) -> int:
    """Seal this site's own log up to its newest change; returns how many blocks were (re)sealed.
    `lines(start, newest)` yields (seq, line) of the own changes from `start` to `newest`, as a
    bundle writes them."""
    newest = session.scalar(select(func.max(Change.origin_seq)).where(Change.origin_site == origin))
    if not newest:
        return 0
    sealed = session.scalar(select(func.max(SyncSeal.last_seq)).where(SyncSeal.origin_site == origin)) or 0
    if sealed >= newest:
        return 0
    start = block_of(sealed + 1) * BLOCK + 1  # the block still filling is sealed again whole
    blocks: dict[int, list[bytes]] = {}
    last: dict[int, int] = {}
    for seq, line in lines(start, newest):
        block = block_of(seq)
        blocks.setdefault(block, []).append(hashlib.sha256(line).digest())
        last[block] = seq
    for block, hashes in blocks.items():
        unsigned = Seal(origin, block, last[block], b"".join(hashes), "")
        session.merge(
            SyncSeal(
                origin_site=origin,
                block=block,
                last_seq=unsigned.last_seq,
                hashes=unsigned.hashes,
                signature=keys.sign(unsigned.statement()),
            )
        )
    session.flush()
    return len(blocks)


def seals_for(session: Session, origin: str, seqs: Iterable[int]) -> list[Seal]:
    """The stored seals of `origin` for the blocks these sequence numbers fall in."""
    blocks = sorted({block_of(s) for s in seqs})
    found: list[Seal] = []
    for start in range(0, len(blocks), 500):
        chunk = blocks[start : start + 500]
        query = select(SyncSeal).where(SyncSeal.origin_site == origin, SyncSeal.block.in_(chunk))
        found.extend(_stored(row) for row in session.scalars(query.order_by(SyncSeal.block)))
    return found


class Checker:
    """Checks relayed lines against their origins' seals, with the keys of the enrolled sites."""

    def __init__(self, session: Session, received: Mapping[str, list[Seal]]) -> None:
        self.session = session
        self.keys = {code: key for code, key in session.execute(select(SyncPeer.code, SyncPeer.signing_key))}
        self.valid: dict[tuple[str, int], Seal] = {}
        for seals in received.values():
            for seal in seals:
                if self._genuine(seal):
                    self._keep(seal)

    def _genuine(self, seal: Seal) -> bool:
        key = self.keys.get(seal.origin)
        return key is not None and verify(key, seal.signature, seal.statement())

    def _keep(self, seal: Seal) -> None:
        held = self.valid.get((seal.origin, seal.block))
        if held is None or held.last_seq < seal.last_seq:
            self.valid[(seal.origin, seal.block)] = seal

    def knows(self, origin: str) -> bool:
        return origin in self.keys

    def verdict(self, line: Mapping[str, Any]) -> str:
        """ "ok" when the line is exactly what its origin sealed (a received or stored seal),
        "unsealed" when no seal of its origin covers it yet, "altered" when one does and the
        line differs from what the origin signed."""
        origin, seq = str(line["origin"]), int(line["seq"])
        seal = self.valid.get((origin, block_of(seq)))
        if seal is None or not seal.covers(seq):
            stored = self.session.get(SyncSeal, (origin, block_of(seq)))
            if stored is not None and self._genuine(_stored(stored)):
                self._keep(_stored(stored))
                seal = self.valid[(origin, block_of(seq))]
        if seal is None or not seal.covers(seq):
            return "unsealed"
        return "ok" if seal.hash_of(seq) == line_hash(line) else "altered"

    def store(self) -> None:
        """Keep the genuine received seals (a newer one covering more replaces the older)."""
        for seal in self.valid.values():
            keep(self.session, seal)


def keep(session: Session, seal: Seal) -> None:
    """Store a genuine seal, unless one covering at least as much is held."""
    held = session.get(SyncSeal, (seal.origin, seal.block))
    if held is None:
        session.add(
            SyncSeal(
                origin_site=seal.origin,
                block=seal.block,
                last_seq=seal.last_seq,
                hashes=seal.hashes,
                signature=seal.signature,
            )
        )
    elif held.last_seq < seal.last_seq:
        held.last_seq, held.hashes, held.signature = seal.last_seq, seal.hashes, seal.signature
