"""Autogenerate an Alembic revision from the models: `make migration m="add referral table"`.

Builds a scratch SQLite database at the current head, compares it with the models and writes
app/persistence/migrations/versions/<rev>_<slug>.py. Review the file before committing it.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from alembic import command

from app.persistence.db import Database
from app.persistence.schema import alembic_config, upgrade


def main() -> int:
    message = " ".join(sys.argv[1:]).strip()
    if not message:
        print('usage: make migration m="what changed"', file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory() as scratch:
        db = Database(f"sqlite:///{Path(scratch) / 'scratch.sqlite3'}")
        versions = Path(alembic_config().get_main_option("script_location") or "") / "versions"
        if any(versions.glob("*.py")):
            upgrade(db, None)
        config = alembic_config()
        with db.engine.begin() as connection:
            config.attributes["connection"] = connection
            command.revision(config, message=message, autogenerate=True)
        db.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())
