"""Every start (a CLI command or the window) builds the command line first, so building it must
load no heavy module: the ORM and the models wait for the database (the window's frame paints
before them), ReportLab for the first print, cryptography and pyrage for the first bundle."""

from __future__ import annotations

import subprocess
import sys

HEAVY = ("sqlalchemy", "app.models", "reportlab", "pypdf", "cryptography", "pyrage", "app.sync", "openpyxl")


def test_building_the_command_line_loads_no_heavy_module() -> None:
    probe = (
        "import sys, app.cli; app.cli.build_parser(); "
        f"print(sorted(m for m in {HEAVY!r} if m in sys.modules))"
    )
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"
