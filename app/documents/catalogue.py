"""Every form's builder by name (used by the CLI's help, tools and tests)."""

from __future__ import annotations

from app.documents.forms import (
    breach_notice,
    case_summary,
    chronology,
    clarification,
    disposition,
    intake,
    letter,
    meeting,
    protocol_guide,
    report,
    subject_report,
)

BUILDERS = {
    "letter": letter.build,
    "memo": letter.build_memo,
    "invitation": meeting.build_invitation,
    "attendance": meeting.build_attendance,
    "minutes": meeting.build_minutes,
    "disposition": disposition.build,
    "intake": intake.build,
    "summary": case_summary.build,
    "chronology": chronology.build,
    "clarification": clarification.build_statement,
    "record": clarification.build_record,
    "protocol": protocol_guide.build,
    "report": report.build,
    "subject_report": subject_report.build,
    "breach_notice": breach_notice.build,
}
