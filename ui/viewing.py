"""Copies of attachments handed to the system's viewer, in one temporary folder per session.

The attachment store keeps files encrypted and named by their SHA-256, which no viewer
understands, so a file is opened from a plain copy under its own name. The copies are read-only
(an edit in the viewer cannot be mistaken for the stored original) and live in a folder of this
session, readable by its user only, that is removed when the application exits; folders that a
crashed session left behind are removed at the next session's first copy once they are a day old
(a viewer may still show a younger one). They are the one place an attachment lies on disk in the
clear, and only while this session may show it (docs/security.md).
"""

from __future__ import annotations

import atexit
import os
import shutil
import stat
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from app.files import replacing
from app.services import attachments

if TYPE_CHECKING:
    from ui.context import UiContext
    from ui.tasks import ProgressFn

PREFIX = "jejaring-open-"
STALE_AFTER_S = 24 * 3600

_session: tempfile.TemporaryDirectory[str] | None = None


def session_folder() -> Path:
    """This session's folder of copies (made on first use, removed at exit)."""
    global _session
    if _session is None:
        _remove_stale(Path(tempfile.gettempdir()))
        # ignore_cleanup_errors: a viewer on Windows may still hold a file open at exit
        _session = tempfile.TemporaryDirectory(prefix=PREFIX, ignore_cleanup_errors=True)
        atexit.register(clean_up)
    return Path(_session.name)


def _target(filename: str, sha256: str) -> Path:
    folder = session_folder() / sha256[:16]
    folder.mkdir(mode=0o700, exist_ok=True)
    return folder / (Path(filename).name or sha256[:16])


def viewing_copy(content: bytes, filename: str, sha256: str) -> Path:
    """A read-only copy of `content` named `filename`, made once per session and content."""
    target = _target(filename, sha256)
    if not target.exists():
        # a second opening at once finds a whole file or none (app/files.py); read-only once whole
        with replacing(target) as partial:
            partial.write_bytes(content)
        os.chmod(target, stat.S_IRUSR)
    return target


def open_copy(context: UiContext, sha256: str, filename: str, then: Callable[[Path | None], None]) -> None:
    """Call `then` with a viewing copy of a stored file (None: this desk does not have it yet,
    or it is damaged). The file is read and decrypted, or fetched from the office server, off
    the GUI thread (up to 50 MB)."""
    desk = context.desk

    def copy(_progress: ProgressFn) -> Path | None:
        target = _target(filename, sha256)
        if target.exists():
            return target
        content = attachments.read_blob(desk, sha256)
        return viewing_copy(content, filename, sha256) if content is not None else None

    context.tasks.run(copy, on_done=then, writes=False)


def clean_up() -> None:
    """Remove this session's copies (atexit calls it; tests may too)."""
    global _session
    if _session is not None:
        _session.cleanup()  # resets read-only permissions where the platform needs it
        _session = None


def _remove_stale(parent: Path) -> None:
    cutoff = time.time() - STALE_AFTER_S
    for folder in parent.glob(f"{PREFIX}*"):
        try:
            if folder.is_dir() and folder.stat().st_mtime < cutoff:
                shutil.rmtree(folder, ignore_errors=True)
        except OSError:
            continue
