"""Render the Meetings view (every tab), a held meeting's window (every tab) and the forum editor
with sample data, in Indonesian and English, to screenshots/meetings-*.png.

    QT_QPA_PLATFORM=offscreen .venv/bin/python tools/screenshot_meetings.py
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tools import shots  # noqa: E402

OUT = ROOT / "screenshots"


def main() -> int:
    from PySide6.QtWidgets import QApplication, QStyleFactory

    from app.services import meetings
    from ui import i18n
    from ui.context import UiContext
    from ui.events import ChangeBus
    from ui.tasks import TaskRunner
    from ui.views.meeting_parts.forum_dialog import ForumDialog
    from ui.views.meeting_parts.meeting_window import MeetingWindow
    from ui.views.meetings import MeetingsView

    app = QApplication.instance() or QApplication(sys.argv)
    app.setStyle(QStyleFactory.create("Fusion"))
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as folder:
        desk = shots.sample_desk(Path(folder), cases=120, seed=2026)

        def unexpected(error: BaseException) -> None:
            raise error

        tasks = TaskRunner(unexpected)

        def settle() -> None:
            for _ in range(40):
                app.processEvents()
                tasks.wait()
            app.processEvents()

        for language in ("id", "en"):
            i18n.install_translators(app, language)
            context = UiContext(
                desk, ChangeBus(), tasks, lambda lang: None, lambda language=language: language
            )
            view = MeetingsView(context)
            view.resize(1366, 768)
            view.show()
            settle()
            for index in range(view.tabs.count()):
                view.tabs.setCurrentIndex(index)
                settle()
                view.grab().save(str(OUT / f"meetings-view-{index}-{language}.png"))
            held = next(m for m in meetings.list_meetings(desk) if m.status == "held")
            window = MeetingWindow(context, held.id)
            window.resize(1200, 720)
            window.show()
            settle()
            for index in range(window.tabs.count()):
                window.tabs.setCurrentIndex(index)
                settle()
                window.grab().save(str(OUT / f"meetings-window-{index}-{language}.png"))
            window.close()
            dialog = ForumDialog(context, meetings.forums(desk, language=language)[0])
            dialog.show()
            settle()
            dialog.adjustSize()
            settle()
            dialog.grab().save(str(OUT / f"meetings-forum-{language}.png"))
            dialog.close()
            view.close()
    print(f"screenshots in {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
