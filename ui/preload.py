"""While the officer types their password, load what signing in and the first view need.

A set-up desk opens locked without SQLAlchemy (app/services/desk.py), so the sign-in dialog is
up a moment after the window's frame. SQLAlchemy, the models with their mappers, the sign-in
service and the module of the view the window opens with cost more than half a second of
imports; `start` loads them on a thread of their own meanwhile, while a person types. Python's
import locks make the GUI thread wait for a module that is still loading there, so asking for
one early (a password typed at once) is only as slow as it would have been without this.
"""

from __future__ import annotations

import importlib
import logging
import threading

log = logging.getLogger(__name__)

#: what the sign-in and the opening of the database import (the first view's module is added)
MODULES = (
    "app.models",
    "app.persistence.db",
    "app.persistence.schema",
    "app.services.accounts",
    "app.services.reference",
    "ui.labels",
    "ui.idle_lock",
)


def _load(modules: tuple[str, ...]) -> None:
    try:
        for name in modules:
            importlib.import_module(name)
        from sqlalchemy.orm import configure_mappers

        configure_mappers()  # otherwise the first query does it, on the GUI thread
    except Exception:  # the GUI thread imports the same modules and reports what fails
        log.exception("preloading failed")


def start(*first_view: str) -> threading.Thread:
    """Begin loading MODULES and `first_view` (module names) in the background."""
    thread = threading.Thread(target=_load, args=(MODULES + first_view,), name="preload", daemon=True)
    thread.start()
    return thread
