"""The command-line fixtures of tests/cli, for the server's own commands."""

from tests.cli.conftest import home, jejaring_on_file

__all__ = ["home", "jejaring_on_file"]
