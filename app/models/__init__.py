"""ORM classes. Importing this package registers every table on `Base.metadata`."""

from app.models.base import Base, Replicated, new_id
from app.models.cases import (
    Attachment,
    Case,
    CaseAgency,
    CaseCategoryTag,
    CaseOfficer,
    CaseStatus,
    CaseTask,
    Channel,
    Complainant,
    Outcome,
    Referral,
    ReferralStatus,
    Sex,
    TimelineEntry,
    TimelineKind,
    Worker,
)
from app.models.documents import IssuedDocument, LetterheadSetting
from app.models.journal import AuditEntry, Change, FieldHead, LocalState, NumberCounter
from app.models.org import Agency, AgencyKind, Officer, Role, Site, Unit
from app.models.protocol import ProtocolParticipant, ProtocolRule
from app.models.reference import CaseCategory, Country, Region

__all__ = [
    "Agency",
    "AgencyKind",
    "Attachment",
    "AuditEntry",
    "Base",
    "Case",
    "CaseAgency",
    "CaseCategory",
    "CaseCategoryTag",
    "CaseOfficer",
    "CaseStatus",
    "CaseTask",
    "Change",
    "Channel",
    "Complainant",
    "Country",
    "FieldHead",
    "IssuedDocument",
    "LetterheadSetting",
    "LocalState",
    "NumberCounter",
    "Officer",
    "Outcome",
    "ProtocolParticipant",
    "ProtocolRule",
    "Referral",
    "ReferralStatus",
    "Region",
    "Replicated",
    "Role",
    "Sex",
    "Site",
    "TimelineEntry",
    "TimelineKind",
    "Unit",
    "Worker",
    "new_id",
]
