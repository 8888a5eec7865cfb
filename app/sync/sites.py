"""This site's keys and card, and the peers it has enrolled (`jejaring site ...`)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from app.i18n import QT_TRANSLATE_NOOP
from app.models import Agency, LocalState, Site, SyncPeer, SyncShare
from app.models.base import utcnow
from app.services import access
from app.services.desk import Desk
from app.sync import SyncError
from app.sync.holdings import divergence_of
from app.sync.keys import IDENTITY_KEY, SiteCard, SiteKeys, public_of


@dataclass(frozen=True)
class PeerInfo:
    code: str
    name: str
    agency_code: str
    country: str
    is_hub: bool
    fingerprint: str
    enrolled_at: datetime
    revoked_at: datetime | None
    sent_seq: int
    acked_seq: int
    received_seq: int
    last_sent_at: datetime | None
    last_received_at: datetime | None
    #: changes this site lacks of what the peer's last bundle counted (app/sync/holdings.py)
    missing: int = 0


def _stored_identity(session: Session) -> str | None:
    return session.scalar(select(LocalState.value).where(LocalState.key == IDENTITY_KEY))


def has_keys(desk: Desk) -> bool:
    with desk.read() as session:
        return _stored_identity(session) is not None


def create_keys(desk: Desk, passphrase: str) -> SiteKeys:
    """Make this site's key pairs once; a second call is refused (peers enrolled the first)."""
    access.require(desk, access.Permission.SYNC)
    keys = SiteKeys.generate()
    sealed = keys.seal(passphrase)
    with desk.write() as session:
        if _stored_identity(session) is not None:
            raise SyncError(QT_TRANSLATE_NOOP("sync", "This site already has its keys."))
        session.add(LocalState(key=IDENTITY_KEY, value=sealed))
    return keys


def unlock(desk: Desk, passphrase: str) -> SiteKeys:
    with desk.read() as session:
        stored = _stored_identity(session)
    if stored is None:
        raise SyncError(
            QT_TRANSLATE_NOOP("sync", "This site has no keys yet: run `jejaring site card` first.")
        )
    return SiteKeys.unseal(stored, passphrase)


def own_site(session: Session, desk: Desk) -> Site:
    site = session.scalar(select(Site).where(Site.code == desk.site_code))
    if site is None:
        raise SyncError(QT_TRANSLATE_NOOP("sync", "This desk has not been set up yet: run the setup first."))
    return site


def own_card(desk: Desk) -> SiteCard:
    with desk.read() as session:
        stored = _stored_identity(session)
        if stored is None:
            raise SyncError(
                QT_TRANSLATE_NOOP("sync", "This site has no keys yet: run `jejaring site card` first.")
            )
        public = public_of(stored)
        site = own_site(session, desk)
        agency = session.get(Agency, site.agency_id)
        assert agency is not None
        return SiteCard(
            code=site.code,
            name=site.name,
            agency_code=agency.code,
            agency_kind=agency.kind.value,
            country=site.country,
            is_hub=site.is_hub,
            signing_key=public.signing_key,
            encryption_key=public.encryption_key,
        )


def set_hub(desk: Desk, is_hub: bool) -> None:
    """Mark this site as the hub (a replicated change of its Site record; peers trust their card)."""
    access.require(desk, access.Permission.SYNC)
    with desk.write() as session:
        own_site(session, desk).is_hub = is_hub


def enroll(desk: Desk, card: SiteCard) -> PeerInfo:
    """Enrol a peer from its card (the caller has had the officer compare the fingerprint).
    Enrolling a newer card of the same site replaces its keys but keeps the counters."""
    access.require(desk, access.Permission.SYNC)
    if card.code == desk.site_code:
        raise SyncError(QT_TRANSLATE_NOOP("sync", "This is this site's own card."))
    now = utcnow()
    with desk.write() as session:
        peer = session.get(SyncPeer, card.code)
        if peer is None:
            peer = SyncPeer(code=card.code, enrolled_at=now)
            session.add(peer)
        elif peer.revoked_at is not None and peer.signing_key == card.signing_key:
            raise SyncError(
                QT_TRANSLATE_NOOP("sync", "Site {code} was revoked with these keys; it needs new keys."),
                code=card.code,
            )
        peer.name = card.name
        peer.agency_code = card.agency_code
        peer.agency_kind = card.agency_kind
        peer.country = card.country
        peer.is_hub = card.is_hub
        peer.signing_key = card.signing_key
        peer.encryption_key = card.encryption_key
        peer.fingerprint = card.fingerprint
        peer.enrolled_at = now
        peer.revoked_at = None
        session.flush()
        return _info(peer, session)


def revoke(desk: Desk, code: str) -> PeerInfo:
    access.require(desk, access.Permission.SYNC)
    with desk.write() as session:
        peer = session.get(SyncPeer, code.strip().upper())
        if peer is None:
            raise SyncError(QT_TRANSLATE_NOOP("sync", "No enrolled site has the code {code}."), code=code)
        if peer.revoked_at is None:
            peer.revoked_at = utcnow()
        return _info(peer, session)


def resend(desk: Desk, code: str) -> PeerInfo:
    """Send `code` everything again from the start with the next bundle (after it restored a
    backup, or to be sure it holds all: resending is harmless, importing is idempotent)."""
    access.require(desk, access.Permission.SYNC)
    with desk.write() as session:
        peer = session.get(SyncPeer, code.strip().upper())
        if peer is None:
            raise SyncError(QT_TRANSLATE_NOOP("sync", "No enrolled site has the code {code}."), code=code)
        rewind(session, peer)
        return _info(peer, session)


def rewind(session: Session, peer: SyncPeer) -> None:
    """Forget what `peer` confirmed holding: the next bundle for it carries the whole log."""
    peer.cursor = 0
    session.execute(delete(SyncShare).where(SyncShare.peer == peer.code))


def peers(desk: Desk) -> list[PeerInfo]:
    with desk.read() as session:
        return [_info(p, session) for p in session.scalars(select(SyncPeer).order_by(SyncPeer.code))]


def _info(peer: SyncPeer, session: Session) -> PeerInfo:
    found = divergence_of(session, peer.code)
    return PeerInfo(
        code=peer.code,
        name=peer.name,
        agency_code=peer.agency_code,
        country=peer.country,
        is_hub=peer.is_hub,
        fingerprint=peer.fingerprint,
        enrolled_at=peer.enrolled_at,
        revoked_at=peer.revoked_at,
        sent_seq=peer.sent_seq,
        acked_seq=peer.acked_seq,
        received_seq=peer.received_seq,
        last_sent_at=peer.last_sent_at,
        last_received_at=peer.last_received_at,
        missing=found.missing if found else 0,
    )
