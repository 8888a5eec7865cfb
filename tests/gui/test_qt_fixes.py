"""The work-arounds of ui/qt_fixes.py (applied by tests/gui/conftest.py, as the app does at start)."""

from __future__ import annotations

import linecache
import sys
import uuid
from pathlib import Path

import pytest


def test_pyside_import_hook_keeps_no_source_in_memory(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    feature = sys.modules.get("shibokensupport.feature")
    if feature is None or not hasattr(feature, "_mod_uses_pyside"):
        pytest.skip("this PySide6 release has no source-reading import hook")
    tag = uuid.uuid4().hex[:8]
    plain, qt = f"plain_{tag}", f"with_qt_{tag}"
    (tmp_path / f"{plain}.py").write_text("VALUE = 1\n" * 1000)
    (tmp_path / f"{qt}.py").write_text("import PySide6.QtCore\n\nVALUE = 2\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    try:
        __import__(plain)  # through builtins.__import__, where PySide6's hook sits
        __import__(qt)
        # the hook still tells the modules that use PySide6 from the others ...
        assert feature.pyside_feature_dict[plain] == -1
        assert feature.pyside_feature_dict[qt] == 0
        # ... without keeping their lines for the rest of the run
        assert str(tmp_path / f"{plain}.py") not in linecache.cache
        assert str(tmp_path / f"{qt}.py") not in linecache.cache
    finally:
        for name in (plain, qt):
            sys.modules.pop(name, None)
            feature.pyside_feature_dict.pop(name, None)
