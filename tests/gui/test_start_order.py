"""The order of a start on a set-up desk: the sign-in dialog is up before SQLAlchemy and the
models are imported (they load on a thread while the officer types, ui/preload.py), and the key
derivation started as Sign in is pressed is the one the unlock uses."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from app.config import Config
from app.persistence import keyfile
from app.services.desk import Desk, database_path
from tests.conftest import ADMIN_PASSWORD

ROOT = Path(__file__).resolve().parents[2]

PROBE = """
import sys
from PySide6.QtWidgets import QApplication
from app.config import load_config
from app.services.desk import open_desk
desk = open_desk(load_config(sys.argv[1], None))
assert desk.locked and desk.initialized
app = QApplication([])
from ui.application import build_context
from ui.dialogs.sign_in import SignInDialog
dialog = SignInDialog(build_context(desk, print))
dialog.show()
app.processEvents()
print(sorted(m for m in ("sqlalchemy", "app.models", "app.services.accounts") if m in sys.modules))
"""


def _fresh_python(*args: str) -> str:
    """Run a probe in a new interpreter (nothing imported yet); its standard output."""
    result = subprocess.run(
        [sys.executable, "-c", *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={"QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"},
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    return result.stdout


def test_the_sign_in_dialog_is_up_before_the_orm_is_imported(desk: Desk, config: Config) -> None:
    desk.close()
    assert _fresh_python(PROBE, str(config.data_dir)).strip().splitlines()[-1] == "[]"


def test_the_preload_imports_what_sign_in_needs() -> None:
    probe = (
        "import sys; from ui import preload; preload.start('ui.views.dashboard').join(); "
        "from sqlalchemy.orm import Mapper; from app.models import Case; "
        "print(Case.__mapper__.configured, all(m in sys.modules for m in preload.MODULES), "
        "'sqlalchemy.dialects.postgresql' in sys.modules)"
    )
    # a desk on SQLite has no use for SQLAlchemy's PostgreSQL dialect (~45 ms of imports): a
    # model naming postgresql_where, or a module importing the dialect at its top, brings it in
    assert _fresh_python(probe).split() == ["True", "True", "False"]


def test_a_key_derived_ahead_is_used_once_and_only_for_its_inputs(
    desk: Desk, config: Config, monkeypatch: pytest.MonkeyPatch
) -> None:
    keys = keyfile.load(keyfile.path_for(database_path(config)))
    entry = keys.entry("admin")
    assert entry is not None
    calls: list[str] = []
    real = keyfile._argon2

    def counted(secret: str, salt: bytes, cost: keyfile.WrapCost) -> bytes:
        calls.append(secret)
        return real(secret, salt, cost)

    monkeypatch.setattr(keyfile, "_argon2", counted)
    keyfile.derive_ahead(entry, ADMIN_PASSWORD)
    data_key = keyfile.unwrap(entry, ADMIN_PASSWORD, "admin")
    assert calls == [ADMIN_PASSWORD]  # the unwrap took the derivation started ahead
    keyfile.unwrap(entry, ADMIN_PASSWORD, "admin")
    assert len(calls) == 2  # and only once: a derived key does not linger
    keyfile.derive_ahead(entry, "another password")
    assert keyfile.unwrap(entry, ADMIN_PASSWORD, "admin") == data_key
    assert keyfile._ahead is None  # the other password's derivation was dropped, not used
