"""Settings view (placeholder until its view is built)."""

from __future__ import annotations

from ui.views.base import View


class SettingsView(View):
    def title(self) -> str:
        return self.tr("Settings")
