"""Sync is imported lazily: building the command line loads neither cryptography nor pyrage."""

from __future__ import annotations

import subprocess
import sys


def test_the_command_line_starts_without_the_crypto_libraries() -> None:
    probe = (
        "import sys, app.cli; app.cli.build_parser(); "
        "print(sorted(m for m in ('cryptography', 'pyrage', 'app.sync') if m in sys.modules))"
    )
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"
