"""The pages of the main window, in navigation order.

The main window names every page in its navigation at start but builds a page (and imports its
module, with the services and the ORM behind it) only when it is first shown: `VIEWS` says what
each page is called without importing it. A title here is the same (context, text) as the
view's own `title()`, so one translation serves both.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from app.i18n import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from ui.views.base import View


@dataclass(frozen=True)
class ViewEntry:
    key: str  # stable name: icon file and QSettings value ("cases")
    module: str
    class_name: str
    source_title: str  # English source; title() translates it in the class's context

    def title(self) -> str:
        return QCoreApplication.translate(self.class_name, self.source_title)

    def load(self) -> type[View]:
        view_class: type[View] = getattr(importlib.import_module(self.module), self.class_name)
        return view_class


VIEWS = (
    ViewEntry(
        "dashboard", "ui.views.dashboard", "DashboardView", QT_TRANSLATE_NOOP("DashboardView", "Dashboard")
    ),
    ViewEntry("cases", "ui.views.cases", "CasesView", QT_TRANSLATE_NOOP("CasesView", "Cases")),
    ViewEntry("meetings", "ui.views.meetings", "MeetingsView", QT_TRANSLATE_NOOP("MeetingsView", "Meetings")),
    ViewEntry(
        "correspondence",
        "ui.views.correspondence",
        "CorrespondenceView",
        QT_TRANSLATE_NOOP("CorrespondenceView", "Correspondence"),
    ),
    ViewEntry("sync", "ui.views.sync", "SyncView", QT_TRANSLATE_NOOP("SyncView", "Sync")),
    ViewEntry("audit", "ui.views.audit", "AuditView", QT_TRANSLATE_NOOP("AuditView", "Audit")),
    ViewEntry("settings", "ui.views.settings", "SettingsView", QT_TRANSLATE_NOOP("SettingsView", "Settings")),
)


def __getattr__(name: str) -> Any:
    """`VIEW_CLASSES`, every view class in navigation order, imported when asked for (tools, tests)."""
    if name == "VIEW_CLASSES":
        return tuple(entry.load() for entry in VIEWS)
    raise AttributeError(name)


__all__ = ["VIEWS", "VIEW_CLASSES", "ViewEntry"]
