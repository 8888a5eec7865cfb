"""Sync view (placeholder until its view is built)."""

from __future__ import annotations

from ui.views.base import View


class SyncView(View):
    def title(self) -> str:
        return self.tr("Sync")
