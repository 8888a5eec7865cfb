"""Screenshots of a case window's "Letters and meetings" tab and the link-a-letter dialog, at
1366x768, in Indonesian and English.

    QT_QPA_PLATFORM=offscreen .venv/bin/python tools/screenshot_case_links.py [--out screenshots] [--docs]

Sample data in a temporary folder (tools/screenshot_cases.py sets it up the same way); the case
shown is the one with the most linked letters, put on a meeting's agenda with an action item.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from datetime import timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tools import shots  # noqa: E402
from tools.shots import SIZE, save, settle  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", type=Path, default=ROOT / "screenshots")
    parser.add_argument("--docs", action="store_true", help="also write docs/screenshots/case-links.png")
    args = parser.parse_args()

    from PySide6.QtWidgets import QApplication
    from sqlalchemy import func, select

    from app.models import Case, Meeting, MeetingStatus
    from app.models.correspondence import LetterCase
    from app.services import minutes
    from ui import i18n
    from ui.views.case_detail import open_case
    from ui.views.case_parts.links import LinkLetterDialog

    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as folder:
        app = shots.application(Path(folder), compile_catalogues=True)
        desk = shots.sample_desk(Path(folder) / "data", cases=200)
        with desk.read() as session:
            number = session.scalar(
                select(Case.number)
                .join(LetterCase, LetterCase.case_id == Case.id)
                .group_by(Case.number)
                .order_by(func.count().desc(), Case.number)
            )
            meeting = session.scalar(
                select(Meeting).where(Meeting.status == MeetingStatus.PLANNED).order_by(Meeting.starts_at)
            )
            assert number is not None and meeting is not None
            meeting_id, held_on = meeting.id, meeting.starts_at.date()
        minutes.add_agenda_item(desk, meeting_id, "Perkembangan penanganan kasus", case_number=number)
        minutes.add_action(
            desk,
            meeting_id,
            minutes.ActionInput(
                "Menyurati majikan untuk pembayaran gaji",
                "KBRI-KUL",
                held_on + timedelta(days=7),
                case_number=number,
            ),
        )
        for language in ("id", "en"):
            i18n.install_translators(app, language)
            context = shots.context_for(desk, app)
            window = open_case(context, number)
            window.resize(*SIZE)
            window.tabs.setCurrentWidget(window.links_tab)
            settle(context)
            save(window, args.out / f"case-links-{language}.png")
            if args.docs and language == "id":
                save(window, ROOT / "docs" / "screenshots" / "case-links.png")
            window.link_letter()
            settle(context)
            dialog = window.dialog
            assert isinstance(dialog, LinkLetterDialog)
            save(dialog, args.out / f"case-link-letter-{language}.png")
            dialog.reject()
            window.close()
            context.tasks.wait()
        desk.close()
    QApplication.closeAllWindows()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
