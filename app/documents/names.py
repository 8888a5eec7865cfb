"""The forms' codes and titles, apart from their builders: the command line names them when its
parser is built, before any record, ORM or ReportLab module may load (start-up stays light)."""

from __future__ import annotations

from app.i18n import QT_TRANSLATE_NOOP

#: the forms printed from a case: code -> title marked for translation
CASE_FORMS: dict[str, str] = {
    "intake": QT_TRANSLATE_NOOP("documents", "Complaint intake form"),
    "summary": QT_TRANSLATE_NOOP("documents", "Case summary"),
    "chronology": QT_TRANSLATE_NOOP("documents", "Case chronology"),
    "clarification": QT_TRANSLATE_NOOP("documents", "Clarification statement"),
    "record": QT_TRANSLATE_NOOP("documents", "Official report of clarification"),
}
#: the forms of letters, dispositions and meetings (app/services/record_documents.py)
RECORD_FORMS = ("letter", "memo", "disposition", "invitation", "attendance", "minutes")
FORMS = (*CASE_FORMS, "protocol", "report", *RECORD_FORMS)
