"""Commands offered by the signed-in officer's role. The services refuse what a role may not do
(app/services/access.py); the windows do not offer it, so that nobody meets a refusal for a button
they were shown. Views are built anew at each sign-in, so reading the role once is enough."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from app.services import access
from ui.context import UiContext

Permission = access.Permission


def offer(context: UiContext, permission: access.Permission, *commands: QWidget) -> bool:
    """Show `commands` only if the role allows `permission`; says whether it does."""
    allowed = access.allowed(context.desk, permission)
    for command in commands:
        command.setVisible(allowed)
    return allowed
