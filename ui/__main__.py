"""Entry point of the `jejaring` program: the CLI, which opens the window when given no command."""

from __future__ import annotations

import sys
from collections.abc import Sequence

from app import cli
from app.config import Config


def launch(config: Config, self_test: bool) -> int:
    # Qt and the windows load only when a window is wanted: CLI commands stay quick.
    if self_test:
        from ui.self_test import run_self_test

        return run_self_test(config)
    from ui.application import run

    return run(config)


def main(argv: Sequence[str] | None = None) -> int:
    return cli.main(argv, launch_gui=launch)


if __name__ == "__main__":
    sys.exit(main())
