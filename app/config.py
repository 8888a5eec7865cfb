"""Where this desk keeps its data and which database it opens.

Order of precedence: an explicit argument (`--data-dir`, `--db`), then the environment
(`JEJARING_HOME`, `JEJARING_DB`), then the per-user data folder from platformdirs.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from platformdirs import user_data_path

APP_NAME = "Jejaring"
DB_FILENAME = "jejaring.sqlite3"
#: the office server this desk joined (set-up wizard): its address, never with a password
SERVER_FILENAME = "office-server.url"


@dataclass(frozen=True)
class Config:
    data_dir: Path
    database_url: str

    @property
    def backups_dir(self) -> Path:
        return self.data_dir / "backups"

    @property
    def attachments_dir(self) -> Path:
        return self.data_dir / "attachments"

    @property
    def logs_dir(self) -> Path:
        return self.data_dir / "logs"

    @property
    def is_sqlite(self) -> bool:
        return self.database_url.startswith("sqlite")

    def database_exists(self) -> bool:
        """Whether there is probably a database already (a SQLite file, or any server), told
        without importing SQLAlchemy: the window decides from it whether to paint first."""
        if not self.is_sqlite:
            return True
        path = Path(self.database_url.split("///", 1)[-1])
        return path.is_file() and path.stat().st_size > 0

    @property
    def database_label(self) -> str:
        """The database as a person should see it (never a password)."""
        if self.is_sqlite:
            return self.database_url.split("///", 1)[-1]
        from sqlalchemy.engine import make_url

        return make_url(self.database_url).render_as_string(hide_password=True)


def server_url(url: str) -> str:
    """`postgresql://...` as an office writes it, with the driver this app ships (psycopg 3)."""
    for prefix in ("postgresql://", "postgres://"):
        if url.startswith(prefix):
            return "postgresql+psycopg://" + url[len(prefix) :]
    return url


def default_data_dir() -> Path:
    env = os.environ.get("JEJARING_HOME")
    if env:
        return Path(env).expanduser()
    return user_data_path(APP_NAME, appauthor=False)


def load_config(data_dir: str | Path | None = None, database_url: str | None = None) -> Config:
    directory = Path(data_dir).expanduser() if data_dir else default_data_dir()
    url = (
        database_url
        or os.environ.get("JEJARING_DB")
        or remembered_server(directory)
        or f"sqlite:///{directory / DB_FILENAME}"
    )
    return Config(data_dir=directory.resolve(), database_url=server_url(url))


def remembered_server(directory: Path) -> str | None:
    """The office server this desk joined, if it joined one."""
    path = directory / SERVER_FILENAME
    try:
        text = path.read_text(encoding="utf-8").strip()
    except OSError:
        return None
    return text or None
