"""The pages of the main window, in navigation order."""

from ui.views.cases import CasesView
from ui.views.correspondence import CorrespondenceView
from ui.views.dashboard import DashboardView
from ui.views.meetings import MeetingsView
from ui.views.settings import SettingsView
from ui.views.sync import SyncView

VIEW_CLASSES = (DashboardView, CasesView, MeetingsView, CorrespondenceView, SyncView, SettingsView)

__all__ = ["VIEW_CLASSES"]
