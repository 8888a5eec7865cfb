"""What every window and view is handed: the open desk, the change bus, background tasks."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from ui.events import ChangeBus
from ui.tasks import TaskRunner

if TYPE_CHECKING:  # the ORM behind it loads after the window's first paint (ui/application.py)
    from app.services.desk import Desk


@dataclass
class UiContext:
    desk: Desk
    bus: ChangeBus
    tasks: TaskRunner
    #: switch the interface language ("id" or "en"); rebuilds the visible texts.
    set_language: Callable[[str], None]
    #: the current interface language
    language: Callable[[], str]
    #: today's date as the desk sees it (tests move it to watch deadlines pass)
    today: Callable[[], date] = date.today
