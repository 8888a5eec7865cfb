"""The interface language: Qt translators, the default locale and the person's choice in QSettings.

Two catalogues per language live in resources/translations: jejaring_<lang>.qm (the app's own
texts) and qt_<lang>.qm (the project's translation of Qt's standard buttons and dialogs, since Qt
ships no Indonesian). A missing file is skipped: the English source text shows instead.

`switch_language` swaps the translators at run time and then calls `retranslate()` on every open
window that has one, so texts change in place without a restart.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Protocol, runtime_checkable

from PySide6.QtCore import QCoreApplication, QLocale, QSettings, QTranslator

from app.i18n import DEFAULT_LANGUAGE, LANGUAGES
from app.resources import resource_path

log = logging.getLogger(__name__)

LANGUAGE_KEY = "ui/language"
CATALOGUES = ("jejaring", "qt")
#: Names of the languages in themselves (never translated).
LANGUAGE_NAMES = {"id": "Bahasa Indonesia", "en": "English"}
#: English with day-month-year dates, as Indonesian offices read them.
_LOCALES = {
    "id": (QLocale.Language.Indonesian, QLocale.Country.Indonesia),
    "en": (QLocale.Language.English, QLocale.Country.UnitedKingdom),
}

_installed: list[QTranslator] = []
_current = DEFAULT_LANGUAGE


@runtime_checkable
class Retranslatable(Protocol):
    def retranslate(self) -> None: ...


def translations_dir() -> Path:
    return resource_path("translations")


def saved_language() -> str:
    """The person's choice from QSettings, Indonesian unless they chose otherwise."""
    value = QSettings().value(LANGUAGE_KEY, DEFAULT_LANGUAGE)
    return value if isinstance(value, str) and value in LANGUAGES else DEFAULT_LANGUAGE


def current_language() -> str:
    return _current


def install_translators(app: QCoreApplication, language: str) -> None:
    """Replace the installed translators by those of `language` and set the default locale."""
    global _current
    if language not in LANGUAGES:
        raise ValueError(f"unsupported language {language!r}")
    for translator in _installed:
        app.removeTranslator(translator)
        translator.deleteLater()
    _installed.clear()
    folder = translations_dir()
    for catalogue in CATALOGUES:
        path = folder / f"{catalogue}_{language}.qm"
        if not path.is_file():
            continue
        translator = QTranslator(app)
        if translator.load(str(path)):
            app.installTranslator(translator)
            _installed.append(translator)
        else:
            log.warning("could not load translation catalogue %s", path.name)
    QLocale.setDefault(QLocale(*_LOCALES[language]))
    _current = language


def switch_language(app: QCoreApplication, language: str) -> None:
    """Switch the interface language now, remember it, and rebuild every open window's texts."""
    install_translators(app, language)
    QSettings().setValue(LANGUAGE_KEY, language)
    from PySide6.QtWidgets import QApplication

    if isinstance(app, QApplication):
        for widget in app.topLevelWidgets():
            if isinstance(widget, Retranslatable):
                widget.retranslate()
