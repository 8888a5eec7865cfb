"""A desk: one opened database, the site it belongs to and the officer at the keyboard.

`open_desk` is the single way in, for the CLI and the windows alike: it upgrades the schema
(backing the file up first), loads shipped reference data when it changed, and reads who this
site is. Nobody is signed in yet: `app.services.accounts.sign_in` names the officer at the keyboard
(`username`), and every write is stamped with them; before that the desk only reads.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.config import Config
from app.errors import DomainError
from app.i18n import QT_TRANSLATE_NOOP
from app.models import LocalState
from app.persistence import schema
from app.persistence.capture import Actor
from app.persistence.db import Database

SITE_CODE_KEY = "site_code"


@dataclass
class Desk:
    config: Config
    db: Database
    site_code: str | None = None
    #: the signed-in officer (a username of this site), set by accounts.sign_in only
    username: str | None = None
    upgrade: schema.UpgradeResult | None = field(default=None, repr=False)
    #: cases whose sensitive fields this sign-in opened by breaking the glass
    unsealed: set[uuid.UUID] = field(default_factory=set, repr=False)

    @property
    def initialized(self) -> bool:
        return self.site_code is not None

    def actor(self) -> Actor:
        if self.site_code is None:
            raise DomainError(
                QT_TRANSLATE_NOOP("errors", "This desk has not been set up yet: run the setup first.")
            )
        if not self.username:
            raise DomainError(QT_TRANSLATE_NOOP("errors", "Sign in first."))
        return Actor(self.username, self.site_code)

    @contextmanager
    def write(self) -> Iterator[Session]:
        """A unit of work stamped with this desk's officer and site."""
        with self.db.session(self.actor()) as session:
            yield session

    def read(self) -> AbstractContextManager[Session]:
        return self.db.read()

    def reload_identity(self) -> None:
        with self.db.read() as session:
            state = dict(session.execute(select(LocalState.key, LocalState.value)).all())
        self.site_code = state.get(SITE_CODE_KEY)

    def close(self) -> None:
        self.db.dispose()


def open_desk(config: Config, *, migrate: bool = True) -> Desk:
    """Open (creating if needed) the database of `config`, upgraded and seeded."""
    from app.services import reference

    config.data_dir.mkdir(parents=True, exist_ok=True)
    db = Database(config.database_url)
    try:
        result = schema.upgrade(db, config.backups_dir) if migrate else None
        if migrate:
            reference.seed(db)
        desk = Desk(config=config, db=db, upgrade=result)
        desk.reload_identity()
    except BaseException:
        db.dispose()
        raise
    return desk
