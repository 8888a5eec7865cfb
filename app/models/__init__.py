"""ORM classes. Importing this package registers every table on `Base.metadata`."""

from app.models.base import Base, Replicated, new_id
from app.models.cases import Case, CaseStatus, Sex, Worker
from app.models.journal import AuditEntry, Change, FieldHead, LocalState, NumberCounter
from app.models.org import Agency, AgencyKind, Officer, Role, Site, Unit
from app.models.reference import CaseCategory, Country, Region

__all__ = [
    "Agency",
    "AgencyKind",
    "AuditEntry",
    "Base",
    "Case",
    "CaseCategory",
    "CaseStatus",
    "Change",
    "Country",
    "FieldHead",
    "LocalState",
    "NumberCounter",
    "Officer",
    "Region",
    "Replicated",
    "Role",
    "Sex",
    "Site",
    "Unit",
    "Worker",
    "new_id",
]
