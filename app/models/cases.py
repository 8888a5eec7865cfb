"""Workers (PMI) and their cases: the first floor of the case register.

The cases issue furnishes this (referrals, timeline, tasks, protocol); the foundation holds what
the register, the sample data and the Cases view need to stand.
"""

from __future__ import annotations

import enum
import uuid
from datetime import date

from sqlalchemy import ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.models.base import Base, Replicated
from app.models.org import Agency, Site
from app.models.types import enum_type


class Sex(enum.StrEnum):
    FEMALE = "F"
    MALE = "M"


class CaseStatus(enum.StrEnum):
    """Handling stages (BP2MI complaint regulation; partly inferred, see DOMAIN.md)."""

    INTAKE = "intake"
    VERIFICATION = "verification"
    CLARIFICATION_1 = "clarification_1"
    CLARIFICATION_2 = "clarification_2"
    MEDIATION = "mediation"
    REFERRED = "referred"
    RESOLVED = "resolved"
    CLOSED = "closed"


class Worker(Replicated, Base):
    """A migrant worker. Almost everything is optional: some are known only by name and country."""

    __tablename__ = "worker"

    full_name: Mapped[str] = mapped_column(String(200), index=True)
    nik: Mapped[str | None] = mapped_column(String(16), index=True)
    passport_no: Mapped[str | None] = mapped_column(String(20), index=True)
    sex: Mapped[Sex | None] = mapped_column(enum_type(Sex, 1))
    birth_date: Mapped[date | None]
    birth_place: Mapped[str] = mapped_column(String(120), default="")
    home_region: Mapped[str | None] = mapped_column(ForeignKey("region.code"))
    phone: Mapped[str] = mapped_column(String(32), default="")
    destination_country: Mapped[str | None] = mapped_column(ForeignKey("country.iso2"))
    destination_city: Mapped[str] = mapped_column(String(120), default="")
    employer_name: Mapped[str] = mapped_column(String(200), default="")
    job: Mapped[str] = mapped_column(String(48), default="")
    p3mi_name: Mapped[str] = mapped_column(String(200), default="")
    procedural: Mapped[bool | None]


class Case(Replicated, Base):
    __tablename__ = "case_file"
    __table_args__ = (Index("ix_case_file_status_reported", "status", "reported_on"),)

    number: Mapped[str] = mapped_column(String(40), unique=True)
    site_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("site.id"), index=True)
    worker_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("worker.id"), index=True)
    reported_on: Mapped[date] = mapped_column(index=True)
    category: Mapped[str] = mapped_column(ForeignKey("case_category.code"))
    status: Mapped[CaseStatus] = mapped_column(enum_type(CaseStatus), default=CaseStatus.INTAKE)
    priority: Mapped[int] = mapped_column(default=2)
    life_threatening: Mapped[bool] = mapped_column(default=False)
    summary: Mapped[str] = mapped_column(Text, default="")
    lead_agency_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("agency.id"))
    country: Mapped[str | None] = mapped_column(ForeignKey("country.iso2"))

    worker: Mapped[Worker] = relationship()
    site: Mapped[Site] = relationship()
    lead_agency: Mapped[Agency | None] = relationship()
