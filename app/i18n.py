"""Translation markers and a Qt-free catalogue reader for the core and the CLI.

Source strings are English. The core marks its messages with `QT_TRANSLATE_NOOP(context, text)`
(an identity function) so that `pyside6-lupdate` extracts them into resources/translations/*.ts;
the GUI translates them with `QCoreApplication.translate`. The CLI has no Qt, so `translate` reads
the same .ts catalogue directly: one catalogue for every surface.
"""

from __future__ import annotations

import os
import xml.etree.ElementTree as ET
from functools import cache
from pathlib import Path

from app.resources import resource_path

DEFAULT_LANGUAGE = "id"
LANGUAGES = ("id", "en")


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark `text` for extraction under `context`; returns it unchanged."""
    return text


def cli_language() -> str:
    """Language for command-line output: JEJARING_LANG, else the locale, else Indonesian."""
    for var in ("JEJARING_LANG", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(var, "")
        if value:
            code = value.split("_")[0].split(".")[0].lower()
            if code in LANGUAGES:
                return code
            if code not in ("c", "posix"):
                break
    return DEFAULT_LANGUAGE


@cache
def _catalogue(language: str) -> dict[tuple[str, str], str]:
    path = resource_path("translations", f"jejaring_{language}.ts")
    if not path.exists():
        return {}
    return load_ts(path)


def load_ts(path: Path) -> dict[tuple[str, str], str]:
    """(context, source) -> translation for every finished message of a Qt Linguist file."""
    result: dict[tuple[str, str], str] = {}
    root = ET.parse(path).getroot()
    for context in root.iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            source = message.findtext("source", "")
            node = message.find("translation")
            if node is None or node.get("type") in ("unfinished", "obsolete", "vanished"):
                continue
            if node.text:
                result[(name, source)] = node.text
    return result


def translate(context: str, text: str, language: str | None = None) -> str:
    """Translate a marked core string without Qt (used by the CLI)."""
    lang = language or cli_language()
    if lang == "en":
        return text
    return _catalogue(lang).get((context, text), text)
