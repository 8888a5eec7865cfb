"""Files with personal data that leave the desk (a case list, the audit trail, a data-subject
report): the one way to write them encrypted.

`sealed(target, passphrase)` gives the caller a temporary file beside the target to write as
usual; at the end it is encrypted with age under the passphrase into `TARGET.age` (scrypt, the
age standard: any age tool opens it, `age -d FILE.age > FILE`) and the clear temporary file is
overwritten and deleted. Without a passphrase the target is written as it is.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from app.errors import ValidationError
from app.files import write_atomically
from app.i18n import QT_TRANSLATE_NOOP

SUFFIX = ".age"
MIN_PASSPHRASE = 12


def validate_passphrase(passphrase: str) -> str:
    if len(passphrase) < MIN_PASSPHRASE:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "A passphrase needs at least {count} characters."),
            field="passphrase",
            count=MIN_PASSPHRASE,
        )
    return passphrase


def sealed_name(target: Path, passphrase: str | None) -> Path:
    """The file a person finds at the end: TARGET, or TARGET.age when encrypted."""
    if passphrase is None or target.name.endswith(SUFFIX):
        return target
    return target.with_name(target.name + SUFFIX)


def shred(path: Path) -> None:
    """Overwrite, then delete (an SSD may keep old blocks: docs/security.md says so)."""
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        return
    with path.open("r+b") as stream:
        chunk = b"\0" * 1_048_576
        for _ in range(0, size, len(chunk)):
            stream.write(chunk)
        stream.flush()
        os.fsync(stream.fileno())
    path.unlink()


@contextmanager
def sealed(target: Path, passphrase: str | None) -> Iterator[Path]:
    """Yield the path to write; with a passphrase it is encrypted into `sealed_name(...)`."""
    if passphrase is None:
        yield target
        return
    import pyrage

    validate_passphrase(passphrase)
    final = sealed_name(target, passphrase)
    final.parent.mkdir(parents=True, exist_ok=True)
    # the same suffix as the target, so the writer picks the same format (.xlsx, .csv, .pdf)
    fd, name = tempfile.mkstemp(prefix=".jejaring-", suffix=target.suffix, dir=final.parent)
    os.close(fd)
    clear = Path(name)
    try:
        yield clear
        write_atomically(final, pyrage.passphrase.encrypt(clear.read_bytes(), passphrase))
    finally:
        shred(clear)
