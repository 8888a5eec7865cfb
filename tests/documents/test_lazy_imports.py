"""Start-up stays light: the windows and services that print import ReportLab, pypdf and
HarfBuzz only when a document is made or checked."""

from __future__ import annotations

import subprocess
import sys

MODULES = (
    "ui.main_window",
    "ui.views.settings",
    "ui.views.case_detail",
    "ui.dialogs.print_document",
    "app.cli",
    "app.cli_documents",
    "app.services.documents",
    "app.services.case_documents",
    "app.documents.catalogue",
)


def test_printing_modules_do_not_import_heavy_libraries() -> None:
    code = (
        f"import {', '.join(MODULES)}, sys; "
        "print(' '.join(m for m in ('reportlab', 'pypdf', 'uharfbuzz') if m in sys.modules))"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == ""
