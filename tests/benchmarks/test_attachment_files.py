"""What encrypting attachment files costs (`make bench`): keeping and reading back a 10 MB scan
in a desk's store, plain (an earlier version's files) and sealed under the data key
(AES-256-GCM, app/persistence/blobstore.py). docs/security.md has the numbers."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path
from typing import Any

import pytest

from app.persistence import keyfile
from app.persistence.blobstore import BlobStore, file_key

SCAN = os.urandom(10 * 1024 * 1024)  # random bytes: a scan's JPEG or PDF does not compress either
SHA = hashlib.sha256(SCAN).hexdigest()


@pytest.mark.parametrize("sealed", [False, True], ids=["plain", "encrypted"])
def test_keep_and_read_a_10_mb_scan(benchmark: Any, tmp_path: Path, sealed: bool) -> None:
    store = BlobStore(tmp_path / "attachments", file_key(keyfile.new_data_key()) if sealed else None)

    def keep_and_read() -> bytes | None:
        store.path(SHA).unlink(missing_ok=True)
        store.write(SHA, SCAN)
        return store.read(SHA)  # decrypted and checked against its hash

    assert benchmark(keep_and_read) == SCAN
