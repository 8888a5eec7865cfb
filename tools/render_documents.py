"""Render every form with sample data to PDF and PNG (pdftoppm) so a person can look at them:
.venv/bin/python tools/render_documents.py OUTDIR
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from app.documents.catalogue import BUILDERS
from tests.documents import samples

SAMPLES = {
    "letter": samples.LETTER,
    "memo": samples.MEMO,
    "invitation": samples.INVITATION,
    "attendance": samples.ATTENDANCE,
    "minutes": samples.minutes(40),
    "disposition": samples.DISPOSITION,
    "chronology": samples.CHRONOLOGY,
}


def main(out: str) -> int:
    folder = Path(out)
    folder.mkdir(parents=True, exist_ok=True)
    for name, doc in SAMPLES.items():
        pdf = folder / f"{name}.pdf"
        pdf.write_bytes(BUILDERS[name](doc, samples.page()))
        subprocess.run(["pdftoppm", "-r", "60", "-png", str(pdf), str(folder / name)], check=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "build/documents"))
