"""A desk's attachment files on disk, encrypted under its database's data key.

The database is SQLCipher, so the scans and photos beside it (passports, medical reports, police
letters) must not lie there in the clear: every file is AES-256-GCM under a key derived from the
data key (HKDF, its own label, so the database key itself never encrypts anything else). A file
is named by the SHA-256 of its plain content, which the encrypted rows hold too, and that hash is
the associated data: a file moved under another name, or one of another desk, does not open.

Layout of a file: MAGIC, a random 96-bit nonce, ciphertext with its 128-bit tag. A file without
MAGIC is a plain one of an earlier version; `seal_plain_files` encrypts those once.

The same sealing carries files inside a backup under the backup's own key (`seal`/`unseal`).
"""

from __future__ import annotations

import hashlib
import re
import secrets
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from app.files import write_atomically

MAGIC = b"JJBLOB1\n"
_NONCE = 12
_LABEL = b"jejaring attachment files v1"
_HASH = re.compile(r"[0-9a-f]{64}")


def file_key(data_key: bytes) -> bytes:
    """The key of attachment files, derived from a database (or backup) key."""
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=_LABEL).derive(data_key)


def seal(key: bytes, sha256: str, content: bytes) -> bytes:
    nonce = secrets.token_bytes(_NONCE)
    return MAGIC + nonce + AESGCM(key).encrypt(nonce, content, sha256.encode("ascii"))


def unseal(key: bytes | None, sha256: str, data: bytes) -> bytes | None:
    """The plain content of a stored file, or None if it is damaged, of another key or does not
    have its hash. A plain file (an earlier version's) is accepted when its hash is right."""
    if data.startswith(MAGIC):
        if key is None:
            return None
        body = memoryview(data)[len(MAGIC) :]  # no copy of a 50 MB scan
        try:
            content = AESGCM(key).decrypt(body[:_NONCE], body[_NONCE:], sha256.encode("ascii"))
        except (InvalidTag, ValueError):
            return None
    else:
        content = data
    return content if hashlib.sha256(content).hexdigest() == sha256 else None


@dataclass(frozen=True)
class BlobStore:
    folder: Path
    #: the file key (None: a plain desk of an earlier version, before its first sign-in)
    key: bytes | None

    def path(self, sha256: str) -> Path:
        return self.folder / sha256[:2] / sha256

    def has(self, sha256: str) -> bool:
        return self.path(sha256).is_file()

    def read(self, sha256: str) -> bytes | None:
        """The plain content, or None: not here, or damaged (never shown as the scan)."""
        try:
            data = self.path(sha256).read_bytes()
        except OSError:
            return None
        return unseal(self.key, sha256, data)

    def write(self, sha256: str, content: bytes) -> bool:
        """Keep `content` (whose hash the caller computed); True if it was not here yet."""
        if self.has(sha256):
            return False
        write_atomically(self.path(sha256), seal(self.key, sha256, content) if self.key else content)
        return True

    def names(self) -> Iterator[str]:
        """The hashes of the files here, damaged ones too (a copy reports them)."""
        if self.folder.is_dir():
            for path in sorted(self.folder.glob("??/*")):
                if _HASH.fullmatch(path.name) and path.is_file():
                    yield path.name

    def seal_plain_files(self) -> int:
        """Encrypt the plain files an earlier version left (once per desk: each file is replaced
        atomically, so an interrupted run is finished by the next). Returns how many."""
        if self.key is None:
            return 0
        sealed = 0
        for sha in list(self.names()):
            path = self.path(sha)
            with path.open("rb") as handle:
                if handle.read(len(MAGIC)) == MAGIC:
                    continue
            content = path.read_bytes()
            if hashlib.sha256(content).hexdigest() != sha:
                continue  # damaged already: left as it is, verify_blob reports it
            write_atomically(path, seal(self.key, sha, content))
            sealed += 1
        return sealed
