"""Site keys and site cards.

Each site has two key pairs: an Ed25519 key that signs its bundles and its own changes, and an
X25519 key in the age format (pyrage) to which bundles for it are encrypted. The private parts
are sealed under the officer's passphrase: scrypt (N=2^17, r=8, p=1, 16-byte salt) derives a
256-bit key, ChaCha20-Poly1305 (from `cryptography`) seals the private keys with the public
parts as associated data, so a swapped public key fails to open. All of it lives in this
database's `local_state` (key `sync.identity`), never in a replicated table.

A site card is the public half a peer enrols: code, name, agency, country, hub or not, both
public keys, a fingerprint short enough to read aloud over the phone (16 base32 characters of the
SHA-256 of code and keys, in four groups), and a self-signature proving the card's author holds
the signing key.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
from dataclasses import dataclass
from typing import Any

from app.i18n import QT_TRANSLATE_NOOP
from app.sync import SyncError

IDENTITY_KEY = "sync.identity"
CARD_FORMAT = 1
SCRYPT_N = 2**17
SCRYPT_R = 8
SCRYPT_P = 1
MIN_PASSPHRASE = 8


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


def canonical(value: Any) -> bytes:
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode("utf-8")


def fingerprint(code: str, signing_key: str, encryption_key: str) -> str:
    digest = hashlib.sha256(f"jejaring-site\n{code}\n{signing_key}\n{encryption_key}".encode()).digest()
    text = base64.b32encode(digest[:10]).decode("ascii")
    return "-".join(text[i : i + 4] for i in range(0, 16, 4))


def _kdf(passphrase: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

    return Scrypt(salt=salt, length=32, n=n, r=r, p=p).derive(passphrase.encode("utf-8"))


@dataclass(frozen=True)
class PublicKeys:
    signing_key: str  # base64 raw Ed25519 public key
    encryption_key: str  # age1... recipient


class SiteKeys:
    """The unlocked private keys of this site (kept in memory only while exporting/importing)."""

    def __init__(self, signing_private: bytes, age_identity: str) -> None:
        import pyrage
        from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
        from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

        self._signer = Ed25519PrivateKey.from_private_bytes(signing_private)
        self._signing_private = signing_private
        self.identity = pyrage.x25519.Identity.from_str(age_identity)
        self._age_identity = age_identity
        raw = self._signer.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
        self.public = PublicKeys(_b64(raw), str(self.identity.to_public()))

    @classmethod
    def generate(cls) -> SiteKeys:
        import pyrage

        return cls(os.urandom(32), str(pyrage.x25519.Identity.generate()))

    def sign(self, data: bytes) -> str:
        return _b64(self._signer.sign(data))

    def seal(self, passphrase: str) -> str:
        """The private keys sealed under `passphrase`, as the JSON stored in local_state."""
        from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305

        check_passphrase(passphrase)
        salt, nonce = os.urandom(16), os.urandom(12)
        key = _kdf(passphrase, salt, SCRYPT_N, SCRYPT_R, SCRYPT_P)
        public = {"signing_key": self.public.signing_key, "encryption_key": self.public.encryption_key}
        secret = canonical({"signing": _b64(self._signing_private), "encryption": self._age_identity})
        sealed = ChaCha20Poly1305(key).encrypt(nonce, secret, canonical(public))
        return json.dumps(
            {
                "version": 1,
                **public,
                "kdf": {"name": "scrypt", "n": SCRYPT_N, "r": SCRYPT_R, "p": SCRYPT_P, "salt": _b64(salt)},
                "aead": "chacha20poly1305",
                "nonce": _b64(nonce),
                "sealed": _b64(sealed),
            },
            sort_keys=True,
        )

    @classmethod
    def unseal(cls, stored: str, passphrase: str) -> SiteKeys:
        from cryptography.exceptions import InvalidTag
        from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305

        data = json.loads(stored)
        kdf = data["kdf"]
        key = _kdf(passphrase, _unb64(kdf["salt"]), int(kdf["n"]), int(kdf["r"]), int(kdf["p"]))
        public = {"signing_key": data["signing_key"], "encryption_key": data["encryption_key"]}
        try:
            secret = ChaCha20Poly1305(key).decrypt(
                _unb64(data["nonce"]), _unb64(data["sealed"]), canonical(public)
            )
        except InvalidTag:
            raise SyncError(QT_TRANSLATE_NOOP("sync", "Wrong passphrase for this site's keys.")) from None
        inner = json.loads(secret)
        return cls(_unb64(inner["signing"]), inner["encryption"])


def public_of(stored: str) -> PublicKeys:
    data = json.loads(stored)
    return PublicKeys(data["signing_key"], data["encryption_key"])


def check_passphrase(passphrase: str) -> None:
    if len(passphrase) < MIN_PASSPHRASE:
        raise SyncError(
            QT_TRANSLATE_NOOP("sync", "The passphrase needs at least {count} characters."),
            count=MIN_PASSPHRASE,
        )


def verify(signing_key: str, signature: str, data: bytes) -> bool:
    from cryptography.exceptions import InvalidSignature
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

    try:
        Ed25519PublicKey.from_public_bytes(_unb64(signing_key)).verify(_unb64(signature), data)
    except (InvalidSignature, ValueError):
        return False
    return True


@dataclass(frozen=True)
class SiteCard:
    code: str
    name: str
    agency_code: str
    agency_kind: str
    country: str
    is_hub: bool
    signing_key: str
    encryption_key: str

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.code, self.signing_key, self.encryption_key)

    def body(self) -> dict[str, Any]:
        return {
            "format": CARD_FORMAT,
            "code": self.code,
            "name": self.name,
            "agency": self.agency_code,
            "agency_kind": self.agency_kind,
            "country": self.country,
            "hub": self.is_hub,
            "signing_key": self.signing_key,
            "encryption_key": self.encryption_key,
        }

    def to_json(self, keys: SiteKeys) -> str:
        body = self.body()
        return json.dumps(
            {
                "jejaring_site_card": body,
                "fingerprint": self.fingerprint,
                "signature": keys.sign(canonical(body)),
            },
            ensure_ascii=False,
            indent=2,
            sort_keys=True,
        )

    @classmethod
    def from_json(cls, text: str) -> SiteCard:
        bad = SyncError(QT_TRANSLATE_NOOP("sync", "This file is not a Jejaring site card."))
        try:
            data = json.loads(text)
            body = data["jejaring_site_card"]
            if body.get("format") != CARD_FORMAT:
                raise SyncError(
                    QT_TRANSLATE_NOOP("sync", "This site card has a format this version does not know.")
                )
            card = cls(
                code=str(body["code"]),
                name=str(body["name"]),
                agency_code=str(body["agency"]),
                agency_kind=str(body.get("agency_kind", "")),
                country=str(body["country"]),
                is_hub=bool(body["hub"]),
                signing_key=str(body["signing_key"]),
                encryption_key=str(body["encryption_key"]),
            )
            signature = str(data["signature"])
        except (ValueError, KeyError, TypeError, AttributeError):
            raise bad from None
        import pyrage

        try:
            pyrage.x25519.Recipient.from_str(card.encryption_key)
        except Exception:
            raise bad from None
        if not verify(card.signing_key, signature, canonical(card.body())):
            raise SyncError(
                QT_TRANSLATE_NOOP(
                    "sync", "The site card's signature does not match its keys: do not trust it."
                )
            )
        return card
