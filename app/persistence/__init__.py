"""Database access: engine and sessions, migrations, and the one change-capture hook."""
