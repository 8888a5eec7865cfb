"""The key file beside an encrypted SQLite database (`jejaring.keys`, docs/security.md).

The database is encrypted by SQLCipher with a random 256-bit *data key* given as a raw key, so no
key derivation runs per connection. The data key is stored only wrapped: once per local account,
with AES-256-GCM under Argon2id(password, the entry's own salt) and the username as associated
data (an entry moved to another name does not open), and once under the office's recovery key.
The plain header says only what the start-up needs before anyone signs in: the format, the site
code and a random database id; nothing personal. The wrong-password count of an account lives
in its entry here, since the database (and its `credential` table) is still closed then.

Writes are atomic (a temporary file, fsync, rename); nothing here ever deletes or re-creates a
key file or a database.
"""

from __future__ import annotations

import base64
import json
import secrets
import threading
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from argon2.low_level import Type, hash_secret_raw
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from app.errors import DomainError
from app.files import write_atomically
from app.i18n import QT_TRANSLATE_NOOP

FORMAT = "jejaring-keys"
VERSION = 1
KEY_BYTES = 32
SUFFIX = ".keys"
#: the associated data of the recovery entry (a username never contains a colon)
RECOVERY = ":recovery"


@dataclass(frozen=True)
class WrapCost:
    """Argon2id parameters of a new wrap (each entry keeps its own, so raising them is safe)."""

    time_cost: int = 3
    memory_cost: int = 65536
    parallelism: int = 4


#: RFC 9106 low-memory profile, like the password hashes; tests lower it (tests/conftest.py)
WRAP_COST = WrapCost()


class KeyFileError(DomainError):
    """The key file cannot be read or does not fit the database."""


class WrongSecret(Exception):
    """The password (or recovery key) does not unwrap this entry."""


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: Any) -> bytes:
    if not isinstance(text, str):
        raise ValueError("not base64")
    return base64.b64decode(text.encode("ascii"), validate=True)


def new_data_key() -> bytes:
    return secrets.token_bytes(KEY_BYTES)


def sqlcipher_key(data_key: bytes) -> str:
    """The PRAGMA key value of a raw key: x'<64 hex digits>' (no PBKDF2 per connection)."""
    return f"\"x'{data_key.hex()}'\""


class _Ahead:
    """One key derivation started before it is asked for (`derive_ahead`), on a thread of its own:
    Argon2 is C code that releases the GIL, so it runs beside what Python does meanwhile."""

    def __init__(self, secret: str, salt: bytes, cost: WrapCost) -> None:
        self.inputs = (secret, salt, cost)
        self.key: bytes | None = None
        self.thread = threading.Thread(target=self._run, name="argon2-ahead", daemon=True)
        self.thread.start()

    def _run(self) -> None:
        try:
            self.key = _argon2(*self.inputs)
        except Exception:  # the caller derives again and sees the error itself
            self.key = None


_ahead: _Ahead | None = None
_ahead_lock = threading.Lock()


def _entry_inputs(entry: dict[str, Any]) -> tuple[WrapCost, bytes, bytes, bytes]:
    cost = WrapCost(int(entry["t"]), int(entry["m"]), int(entry["p"]))
    return cost, _unb64(entry["salt"]), _unb64(entry["nonce"]), _unb64(entry["wrapped"])


def derive_ahead(entry: dict[str, Any], secret: str) -> None:
    """Start the derivation that `unwrap(entry, secret, ...)` will need, now, on a thread. The
    sign-in calls this as the officer presses Sign in, so the quarter second of Argon2 overlaps
    the loading of the ORM instead of following it. Only the latest one is kept, and `unwrap`
    takes it (or drops it, for other inputs): a derived key does not linger."""
    global _ahead
    try:
        cost, salt, _, _ = _entry_inputs(entry)
    except (KeyError, TypeError, ValueError):
        return  # unwrap refuses the entry itself
    with _ahead_lock:
        _ahead = _Ahead(secret, salt, cost)


def _argon2(secret: str, salt: bytes, cost: WrapCost) -> bytes:
    return hash_secret_raw(
        secret.encode("utf-8"),
        salt,
        time_cost=cost.time_cost,
        memory_cost=cost.memory_cost,
        parallelism=cost.parallelism,
        hash_len=KEY_BYTES,
        type=Type.ID,
    )


def _derive(secret: str, salt: bytes, cost: WrapCost) -> bytes:
    global _ahead
    with _ahead_lock:
        ahead, _ahead = _ahead, None
    if ahead is not None and ahead.inputs == (secret, salt, cost):
        ahead.thread.join()
        if ahead.key is not None:
            return ahead.key
    return _argon2(secret, salt, cost)


def wrap(data_key: bytes, secret: str, label: str, cost: WrapCost | None = None) -> dict[str, Any]:
    cost = cost or WRAP_COST
    salt = secrets.token_bytes(16)
    nonce = secrets.token_bytes(12)
    sealed = AESGCM(_derive(secret, salt, cost)).encrypt(nonce, data_key, label.encode("utf-8"))
    return {
        "kdf": "argon2id",
        "t": cost.time_cost,
        "m": cost.memory_cost,
        "p": cost.parallelism,
        "salt": _b64(salt),
        "nonce": _b64(nonce),
        "wrapped": _b64(sealed),
    }


def from_password_hash(data_key: bytes, password_hash: str, label: str) -> dict[str, Any]:
    """An entry for an account whose password is not at hand (an upgraded or restored desk, an
    account enabled again): the wrap key is the raw Argon2id output of its `credential` hash,
    which the same password reproduces. Marked `pending`: the next sign-in re-wraps it under a
    fresh salt (the hash itself is readable only inside the encrypted database)."""
    from argon2 import extract_parameters

    params = extract_parameters(password_hash)
    parts = password_hash.split("$")
    salt = base64.b64decode(parts[-2] + "=" * (-len(parts[-2]) % 4))
    raw = base64.b64decode(parts[-1] + "=" * (-len(parts[-1]) % 4))
    if len(raw) != KEY_BYTES:
        raise ValueError("unexpected hash length")
    nonce = secrets.token_bytes(12)
    sealed = AESGCM(raw).encrypt(nonce, data_key, label.encode("utf-8"))
    return {
        "kdf": "argon2id",
        "t": params.time_cost,
        "m": params.memory_cost,
        "p": params.parallelism,
        "salt": _b64(salt),
        "nonce": _b64(nonce),
        "wrapped": _b64(sealed),
        "pending": True,
    }


def unwrap(entry: dict[str, Any], secret: str, label: str) -> bytes:
    try:
        cost, salt, nonce, sealed = _entry_inputs(entry)
    except (KeyError, TypeError, ValueError) as error:
        raise WrongSecret from error
    try:
        data_key = AESGCM(_derive(secret, salt, cost)).decrypt(nonce, sealed, label.encode("utf-8"))
    except (InvalidTag, ValueError) as error:
        raise WrongSecret from error
    if len(data_key) != KEY_BYTES:
        raise WrongSecret
    return data_key


def burn_time(secret: str) -> None:
    """The cost of one unwrap, for a name without an entry (no telling which names exist)."""
    _derive(secret, b"\0" * 16, WRAP_COST)


@dataclass
class KeyFile:
    path: Path
    database_id: str = field(default_factory=lambda: secrets.token_hex(16))
    site_code: str | None = None
    #: username -> entry (a disabled account keeps {"disabled": true} and no wrapped key)
    accounts: dict[str, dict[str, Any]] = field(default_factory=dict)
    recovery: dict[str, Any] | None = None
    #: before setup only: the data key itself. The database then holds shipped reference data
    #: and nothing personal; setup replaces it with the administrator's and the recovery wrap.
    setup_key: str | None = None

    @property
    def initialized(self) -> bool:
        return self.site_code is not None and self.setup_key is None

    def to_json(self) -> dict[str, Any]:
        return {
            "format": FORMAT,
            "version": VERSION,
            "database_id": self.database_id,
            "site_code": self.site_code,
            "accounts": self.accounts,
            "recovery": self.recovery,
            "setup_key": self.setup_key,
        }

    def save(self) -> None:
        write_json(self.path, self.to_json())

    def entry(self, username: str) -> dict[str, Any] | None:
        return self.accounts.get(username.lower())

    def record_failure(self, username: str, count: int, locked_until: datetime | None) -> None:
        entry = self.accounts.get(username)
        if entry is None:
            return
        entry["failed"] = count
        entry["locked_until"] = locked_until.isoformat() if locked_until else None
        self.save()


def path_for(database_path: Path) -> Path:
    """`data/jejaring.sqlite3` -> `data/jejaring.keys`."""
    return database_path.with_name(database_path.stem + SUFFIX)


def write_json(path: Path, value: dict[str, Any]) -> None:
    write_atomically(path, json.dumps(value, indent=1, sort_keys=True).encode("utf-8"))


_CORRUPT = QT_TRANSLATE_NOOP(
    "errors",
    "The key file {path} is damaged or is not a Jejaring key file. Nothing was changed: put back "
    "the key file that belongs to this database (from a copy of the data folder), or restore a backup.",
)


def load(path: Path) -> KeyFile:
    try:
        value = json.loads(path.read_bytes().decode("utf-8"))
    except (OSError, UnicodeDecodeError, ValueError):
        raise KeyFileError(_CORRUPT, path=str(path)) from None
    if not isinstance(value, dict) or value.get("format") != FORMAT:
        raise KeyFileError(_CORRUPT, path=str(path))
    if value.get("version") != VERSION:
        raise KeyFileError(
            QT_TRANSLATE_NOOP(
                "errors",
                "The key file {path} was written by a newer Jejaring (format {version}). "
                "Install the newer version.",
            ),
            path=str(path),
            version=str(value.get("version")),
        )
    accounts = value.get("accounts")
    recovery = value.get("recovery")
    if (
        not isinstance(accounts, dict)
        or not all(isinstance(e, dict) for e in accounts.values())
        or not isinstance(value.get("database_id"), str)
        or (recovery is not None and not isinstance(recovery, dict))
    ):
        raise KeyFileError(_CORRUPT, path=str(path))
    return KeyFile(
        path=path,
        database_id=value["database_id"],
        site_code=value.get("site_code"),
        accounts=accounts,
        recovery=recovery,
        setup_key=value.get("setup_key"),
    )


def new_recovery_code() -> str:
    """Eight groups of four letters and digits (160 bits), easy to write down and type again."""
    alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O, 1/I
    text = "".join(secrets.choice(alphabet) for _ in range(32))
    return "-".join(text[i : i + 4] for i in range(0, 32, 4))


def normal_recovery_code(text: str) -> str:
    """What the officer typed, as written: spaces and case do not matter."""
    letters = "".join(c for c in text.upper() if c.isalnum())
    return "-".join(letters[i : i + 4] for i in range(0, len(letters), 4))
