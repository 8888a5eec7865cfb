"""Extract every marked string of app/ and ui/ into resources/translations/jejaring_<lang>.ts.

`make lupdate` runs this; translate the new entries (Qt Linguist, or by editing the XML), then
`make translations` compiles them. tests/unit/test_translations.py fails while a string shown
to a person has no Indonesian translation.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LANGUAGES = ("id", "en")


def sources() -> list[str]:
    files = sorted([*ROOT.glob("app/**/*.py"), *ROOT.glob("ui/**/*.py")])
    return [str(f.relative_to(ROOT)) for f in files if "migrations" not in f.parts]


def main() -> int:
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    targets = [f"resources/translations/jejaring_{lang}.ts" for lang in LANGUAGES]
    command = [str(lupdate), "-no-obsolete", "-locations", "none", *sources(), "-ts", *targets]
    return subprocess.run(command, cwd=ROOT, check=False).returncode


if __name__ == "__main__":
    sys.exit(main())
