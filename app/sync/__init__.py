"""Sync between sites through signed, encrypted bundle files (docs/sync.md).

Imported lazily (the CLI and the Sync view import it when asked), so that start-up never loads
`cryptography` or `pyrage`.
"""

from __future__ import annotations

from app.errors import DomainError


class SyncError(DomainError):
    """A bundle, card or key that cannot be used; nothing was changed."""

    context = "sync"
