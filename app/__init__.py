"""Jejaring: the coordination desk for the protection of Indonesian migrant workers.

The `app` package is the core: no Qt here (an import-linter contract enforces it), so the CLI,
the tests and the windows all call the same services.
"""

__version__ = "0.1.0"
