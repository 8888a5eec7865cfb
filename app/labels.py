"""What the core's coded values are called, marked for translation under the context "labels".

One place for the windows (ui/labels.py translates with Qt), the CLI, exports and printed
documents (translated with app.i18n.translate), so a stage or a role reads the same everywhere.
"""

from __future__ import annotations

from app.i18n import QT_TRANSLATE_NOOP, translate
from app.models import (
    AgencyKind,
    CaseStatus,
    Channel,
    Complainant,
    Outcome,
    ReferralStatus,
    Role,
    TimelineKind,
)

CONTEXT = "labels"

CASE_STATUS_LABELS: dict[str, str] = {
    CaseStatus.INTAKE: QT_TRANSLATE_NOOP("labels", "Intake"),
    CaseStatus.VERIFICATION: QT_TRANSLATE_NOOP("labels", "Verification"),
    CaseStatus.CLARIFICATION_1: QT_TRANSLATE_NOOP("labels", "First clarification"),
    CaseStatus.CLARIFICATION_2: QT_TRANSLATE_NOOP("labels", "Second clarification"),
    CaseStatus.MEDIATION: QT_TRANSLATE_NOOP("labels", "Mediation"),
    CaseStatus.REFERRED: QT_TRANSLATE_NOOP("labels", "Referred"),
    CaseStatus.RESOLVED: QT_TRANSLATE_NOOP("labels", "Resolved"),
    CaseStatus.CLOSED: QT_TRANSLATE_NOOP("labels", "Closed"),
}

ROLE_LABELS: dict[str, str] = {
    Role.ADMINISTRATOR: QT_TRANSLATE_NOOP("labels", "Administrator"),
    Role.SUPERVISOR: QT_TRANSLATE_NOOP("labels", "Supervisor"),
    Role.CASE_OFFICER: QT_TRANSLATE_NOOP("labels", "Case officer"),
    Role.SECRETARIAT: QT_TRANSLATE_NOOP("labels", "Secretariat"),
    Role.AUDITOR: QT_TRANSLATE_NOOP("labels", "Auditor"),
}

AGENCY_KIND_LABELS: dict[str, str] = {
    AgencyKind.MINISTRY: QT_TRANSLATE_NOOP("labels", "Ministry"),
    AgencyKind.AGENCY: QT_TRANSLATE_NOOP("labels", "Agency"),
    AgencyKind.REPRESENTATION: QT_TRANSLATE_NOOP("labels", "Representation abroad"),
    AgencyKind.REGIONAL_OFFICE: QT_TRANSLATE_NOOP("labels", "Regional office"),
    AgencyKind.LOCAL_GOVERNMENT: QT_TRANSLATE_NOOP("labels", "Local government"),
    AgencyKind.POLICE: QT_TRANSLATE_NOOP("labels", "Police"),
    AgencyKind.IMMIGRATION: QT_TRANSLATE_NOOP("labels", "Immigration"),
    AgencyKind.CIVIL_REGISTRY: QT_TRANSLATE_NOOP("labels", "Civil registry"),
    AgencyKind.SOCIAL: QT_TRANSLATE_NOOP("labels", "Social affairs"),
    AgencyKind.NGO: QT_TRANSLATE_NOOP("labels", "Non-governmental organisation"),
    AgencyKind.OTHER: QT_TRANSLATE_NOOP("labels", "Other"),
}

CHANNEL_LABELS: dict[str, str] = {
    Channel.WALK_IN: QT_TRANSLATE_NOOP("labels", "Walk-in"),
    Channel.LETTER: QT_TRANSLATE_NOOP("labels", "Letter"),
    Channel.HOTLINE: QT_TRANSLATE_NOOP("labels", "Hotline"),
    Channel.EMAIL: QT_TRANSLATE_NOOP("labels", "E-mail"),
    Channel.WEB: QT_TRANSLATE_NOOP("labels", "Web complaint"),
    Channel.SOCIAL_MEDIA: QT_TRANSLATE_NOOP("labels", "Social media"),
    Channel.MESSAGING: QT_TRANSLATE_NOOP("labels", "Messaging app"),
    Channel.REFERRAL: QT_TRANSLATE_NOOP("labels", "Referral from another agency"),
    Channel.OTHER: QT_TRANSLATE_NOOP("labels", "Other"),
}

COMPLAINANT_LABELS: dict[str, str] = {
    Complainant.WORKER: QT_TRANSLATE_NOOP("labels", "The worker"),
    Complainant.FAMILY: QT_TRANSLATE_NOOP("labels", "Family"),
    Complainant.LAWYER: QT_TRANSLATE_NOOP("labels", "Lawyer (power of attorney)"),
    Complainant.NGO: QT_TRANSLATE_NOOP("labels", "NGO (power of attorney)"),
    Complainant.EMPLOYER: QT_TRANSLATE_NOOP("labels", "Employer"),
    Complainant.AGENCY: QT_TRANSLATE_NOOP("labels", "Another agency"),
    Complainant.OTHER: QT_TRANSLATE_NOOP("labels", "Other"),
}

OUTCOME_LABELS: dict[str, str] = {
    Outcome.REPATRIATED: QT_TRANSLATE_NOOP("labels", "Repatriated"),
    Outcome.WAGES_RECOVERED: QT_TRANSLATE_NOOP("labels", "Wages or compensation recovered"),
    Outcome.LEGAL_OUTCOME: QT_TRANSLATE_NOOP("labels", "Legal outcome"),
    Outcome.REMAINS_REPATRIATED: QT_TRANSLATE_NOOP("labels", "Remains repatriated"),
    Outcome.REINTEGRATION: QT_TRANSLATE_NOOP("labels", "Reintegration"),
    Outcome.OTHER: QT_TRANSLATE_NOOP("labels", "Other"),
}

REFERRAL_STATUS_LABELS: dict[str, str] = {
    ReferralStatus.SENT: QT_TRANSLATE_NOOP("labels", "Awaiting answer"),
    ReferralStatus.ACCEPTED: QT_TRANSLATE_NOOP("labels", "Accepted"),
    ReferralStatus.RETURNED: QT_TRANSLATE_NOOP("labels", "Returned"),
    ReferralStatus.WITHDRAWN: QT_TRANSLATE_NOOP("labels", "Withdrawn"),
}

TIMELINE_KIND_LABELS: dict[str, str] = {
    TimelineKind.NOTE: QT_TRANSLATE_NOOP("labels", "Note"),
    TimelineKind.CALL: QT_TRANSLATE_NOOP("labels", "Call"),
    TimelineKind.VISIT: QT_TRANSLATE_NOOP("labels", "Visit"),
    TimelineKind.LETTER: QT_TRANSLATE_NOOP("labels", "Letter"),
    TimelineKind.MEETING: QT_TRANSLATE_NOOP("labels", "Meeting decision"),
    TimelineKind.STATUS: QT_TRANSLATE_NOOP("labels", "Stage"),
    TimelineKind.REFERRAL: QT_TRANSLATE_NOOP("labels", "Referral"),
    TimelineKind.TASK: QT_TRANSLATE_NOOP("labels", "Task"),
}

# --- meetings (coded as plain strings: app.models.meetings' enums) ---
MEETING_STATUS_LABELS: dict[str, str] = {
    "planned": QT_TRANSLATE_NOOP("labels", "Planned"),
    "invited": QT_TRANSLATE_NOOP("labels", "Invited"),
    "held": QT_TRANSLATE_NOOP("labels", "Held"),
    "postponed": QT_TRANSLATE_NOOP("labels", "Postponed"),
    "cancelled": QT_TRANSLATE_NOOP("labels", "Cancelled"),
}

ATTENDANCE_LABELS: dict[str, str] = {
    "invited": QT_TRANSLATE_NOOP("labels", "Invited, not yet marked"),
    "present": QT_TRANSLATE_NOOP("labels", "Present"),
    "represented": QT_TRANSLATE_NOOP("labels", "Represented"),
    "absent": QT_TRANSLATE_NOOP("labels", "Absent"),
}

AGENDA_SOURCE_LABELS: dict[str, str] = {
    "manual": QT_TRANSLATE_NOOP("labels", "Added by hand"),
    "open_action": QT_TRANSLATE_NOOP("labels", "Open action item"),
    "overdue_case": QT_TRANSLATE_NOOP("labels", "Protocol deadline passed"),
    "late_referral": QT_TRANSLATE_NOOP("labels", "Referral not answered in time"),
    "flagged_case": QT_TRANSLATE_NOOP("labels", "Flagged for this meeting"),
}

ACTION_STATUS_LABELS: dict[str, str] = {
    "open": QT_TRANSLATE_NOOP("labels", "Open"),
    "overdue": QT_TRANSLATE_NOOP("labels", "Overdue"),
    "done": QT_TRANSLATE_NOOP("labels", "Done on time"),
    "done_late": QT_TRANSLATE_NOOP("labels", "Done late"),
}


def label(table: dict[str, str], value: str | None, language: str | None = None) -> str:
    """The translated name of a coded value (the code itself if it has none)."""
    if not value:
        return ""
    source = table.get(value)
    return translate(CONTEXT, source, language) if source else value
