"""Files that appear whole or not at all, the one way every writer of the app writes a file.

The content goes to a temporary file beside the target (created readable by this user only, as
personal data must be), is flushed to the disk, and is then renamed over the target: a rename
within one folder is atomic, so a failed export, an interrupted print or a power cut leaves the
target as it was and no half-written file under its name. Two writers of the same target (two
desks, two threads) each write their own temporary file; the last rename wins.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


@contextmanager
def replacing(target: Path, *, suffix: str = "") -> Iterator[Path]:
    """Yield a temporary path beside `target` to write (by name, or open it); when the block
    ends without error it replaces `target`, otherwise it is removed. `suffix` keeps a format
    that a writer guesses from the name (openpyxl's .xlsx, say)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=suffix, dir=target.parent)
    os.close(fd)
    partial = Path(name)
    try:
        yield partial
        with partial.open("rb+") as written:
            os.fsync(written.fileno())
        os.replace(partial, target)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise


def write_atomically(target: Path, data: bytes) -> None:
    """`target` holds `data`, or is as it was (see `replacing`)."""
    with replacing(target) as partial:
        partial.write_bytes(data)
