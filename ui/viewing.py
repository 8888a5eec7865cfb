"""Copies of attachments handed to the system's viewer, in one temporary folder per session.

The attachment store names files by their SHA-256, which no viewer understands, so a file is
opened from a copy under its own name. The copies are read-only (an edit in the viewer cannot
be mistaken for the stored original) and live in a folder of this session that is removed
when the application exits; folders that a crashed session left behind are removed at the
next session's first copy once they are a day old (a viewer may still show a younger one).
"""

from __future__ import annotations

import atexit
import shutil
import stat
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from app.services import attachments

if TYPE_CHECKING:
    from ui.context import UiContext

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


def viewing_copy(source: Path, filename: str, sha256: str) -> Path:
    """A read-only copy of `source` named `filename`, made once per session and content."""
    folder = session_folder() / sha256[:16]
    folder.mkdir(exist_ok=True)
    target = folder / (Path(filename).name or sha256[:16])
    if not target.exists():
        shutil.copyfile(source, target)
        target.chmod(stat.S_IRUSR | stat.S_IRGRP)
    return target


def with_local_file(context: UiContext, sha256: str, then: Callable[[Path | None], None]) -> None:
    """Call `then` with the stored file on this computer (None: no desk has it here yet). On an
    office server a file another desk attached is fetched first, off the GUI thread (up to 50 MB)."""
    desk = context.desk
    path = attachments.local_path(desk, sha256)
    if path.is_file():
        then(path)
        return

    def fetched(found: Path) -> None:
        then(found if found.is_file() else None)

    context.tasks.run(lambda _progress: attachments.blob_path(desk, sha256), on_done=fetched, writes=False)


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
