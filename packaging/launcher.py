"""Entry script of the PyInstaller build: the same `main` as the installed `jejaring` command.

PyInstaller needs a script file, not a console-script entry point; this is all it does.
"""

import sys

from ui.__main__ import main

if __name__ == "__main__":
    sys.exit(main())
