"""Translated words for the core's values: case stages, roles, kinds of agency, and its error messages.

One place, so that the Dashboard, the Cases view and the dialogs name a stage or a role the same way.
The English source strings are marked with `QT_TRANSLATE_NOOP` under the context "labels" (lupdate
extracts them) and translated when asked for, so a live language switch takes effect on the next call.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from app import labels as core_labels
from app.errors import DomainError
from app.models import CaseStatus

_CONTEXT = "labels"

# The tables of names live in the core (app/labels.py) so the CLI, exports and documents share them.
CASE_STATUS_LABELS = core_labels.CASE_STATUS_LABELS
ROLE_LABELS = core_labels.ROLE_LABELS
AGENCY_KIND_LABELS = core_labels.AGENCY_KIND_LABELS
CHANNEL_LABELS = core_labels.CHANNEL_LABELS
COMPLAINANT_LABELS = core_labels.COMPLAINANT_LABELS
OUTCOME_LABELS = core_labels.OUTCOME_LABELS
REFERRAL_STATUS_LABELS = core_labels.REFERRAL_STATUS_LABELS
TIMELINE_KIND_LABELS = core_labels.TIMELINE_KIND_LABELS

#: Stages in handling order, for lists and charts.
CASE_STATUSES: tuple[str, ...] = tuple(s.value for s in CaseStatus)
#: Stages after which a case is no longer open (as `office.overview` counts them).
FINISHED_STATUSES = frozenset({CaseStatus.RESOLVED.value, CaseStatus.CLOSED.value})


def _label(table: dict[str, str], value: str | None) -> str:
    if not value:
        return ""
    source = table.get(value)
    return QCoreApplication.translate(_CONTEXT, source) if source else value


def case_status_label(status: str | None) -> str:
    return _label(CASE_STATUS_LABELS, status)


def role_label(role: str | None) -> str:
    return _label(ROLE_LABELS, role)


def agency_kind_label(kind: str | None) -> str:
    return _label(AGENCY_KIND_LABELS, kind)


def channel_label(channel: str | None) -> str:
    return _label(CHANNEL_LABELS, channel)


def complainant_label(complainant: str | None) -> str:
    return _label(COMPLAINANT_LABELS, complainant)


def outcome_label(outcome: str | None) -> str:
    return _label(OUTCOME_LABELS, outcome)


def referral_status_label(status: str | None) -> str:
    return _label(REFERRAL_STATUS_LABELS, status)


def timeline_kind_label(kind: str | None) -> str:
    return _label(TIMELINE_KIND_LABELS, kind)


def error_text(error: DomainError) -> str:
    """A core error in the interface language, with its values filled in."""
    return error.fill(QCoreApplication.translate("errors", error.message), QCoreApplication.translate)


def ui_locale(language: str) -> QLocale:
    """The locale that formats dates and numbers in the interface language."""
    if language == "en":
        return QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
    return QLocale(QLocale.Language.Indonesian, QLocale.Country.Indonesia)


def short_date(value: date | None, language: str) -> str:
    if value is None:
        return ""
    return ui_locale(language).toString(QDate(value), QLocale.FormatType.ShortFormat)


def long_date(value: date, language: str) -> str:
    return ui_locale(language).toString(QDate(value), QLocale.FormatType.LongFormat)


def number(value: int, language: str) -> str:
    return ui_locale(language).toString(value)
