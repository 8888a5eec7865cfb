"""Correspondence's words and change sets for the windows: the core's label tables translated with
Qt, and the tables each kind of correspondence write touches (announced on the change bus)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

LETTER_CHANGES = frozenset({"letter", "letter_copy", "letter_file", "letter_case", "timeline_entry"})
DISPOSITION_CHANGES = frozenset({"disposition", "disposition_recipient", "disposition_step"})
COMM_CHANGES = frozenset({"communication"})


def label(table: dict[str, str], value: object) -> str:
    """The translated name of a coded value (app/letter_labels.py), or the value itself."""
    source = table.get(str(value))
    return QCoreApplication.translate("labels", source) if source else str(value)
