"""The organisation: agencies and their units, sites that run a copy of Jejaring, officers."""

from __future__ import annotations

import enum
import uuid

from sqlalchemy import ForeignKey, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.models.base import Base, Replicated
from app.models.types import enum_type


class AgencyKind(enum.StrEnum):
    MINISTRY = "ministry"
    AGENCY = "agency"
    REPRESENTATION = "representation"
    REGIONAL_OFFICE = "regional_office"
    LOCAL_GOVERNMENT = "local_government"
    POLICE = "police"
    IMMIGRATION = "immigration"
    CIVIL_REGISTRY = "civil_registry"
    SOCIAL = "social"
    NGO = "ngo"
    OTHER = "other"


class Role(enum.StrEnum):
    """Roles of an account (the security issue enforces them in the services)."""

    ADMINISTRATOR = "administrator"
    SUPERVISOR = "supervisor"
    CASE_OFFICER = "case_officer"
    SECRETARIAT = "secretariat"
    AUDITOR = "auditor"


class Agency(Replicated, Base):
    __tablename__ = "agency"

    code: Mapped[str] = mapped_column(String(24), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    name_en: Mapped[str] = mapped_column(String(200), default="")
    kind: Mapped[AgencyKind] = mapped_column(enum_type(AgencyKind))
    parent_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("agency.id"))
    active: Mapped[bool] = mapped_column(default=True)

    parent: Mapped[Agency | None] = relationship(remote_side="Agency.id")
    units: Mapped[list[Unit]] = relationship(back_populates="agency", order_by="Unit.code")


class Unit(Replicated, Base):
    __tablename__ = "unit"
    __table_args__ = (UniqueConstraint("agency_id", "code"),)

    agency_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("agency.id"), index=True)
    code: Mapped[str] = mapped_column(String(32))
    name: Mapped[str] = mapped_column(String(200))
    name_en: Mapped[str] = mapped_column(String(200), default="")
    active: Mapped[bool] = mapped_column(default=True)

    agency: Mapped[Agency] = relationship(back_populates="units")


class Site(Replicated, Base):
    """An office that runs its own copy of Jejaring (a desk, a regional office, an embassy)."""

    __tablename__ = "site"

    code: Mapped[str] = mapped_column(String(16), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    agency_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("agency.id"), index=True)
    unit_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("unit.id"))
    country: Mapped[str] = mapped_column(ForeignKey("country.iso2"))
    city: Mapped[str] = mapped_column(String(120), default="")
    timezone: Mapped[str] = mapped_column(String(64), default="Asia/Jakarta")
    is_hub: Mapped[bool] = mapped_column(default=False)
    active: Mapped[bool] = mapped_column(default=True)

    agency: Mapped[Agency] = relationship()


class Officer(Replicated, Base):
    """A person who works cases, attends meetings or signs letters; may hold an account.

    A username is unique within its site (every site may have its own `admin`); from another
    site it is named `username@SITE` (app.services.accounts.officer_named)."""

    __tablename__ = "officer"
    __table_args__ = (UniqueConstraint("site_id", "username"),)

    full_name: Mapped[str] = mapped_column(String(200))
    nip: Mapped[str] = mapped_column(String(18), default="")
    position: Mapped[str] = mapped_column(String(200), default="")
    rank: Mapped[str] = mapped_column(String(100), default="")
    agency_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("agency.id"), index=True)
    unit_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("unit.id"))
    site_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("site.id"), index=True)
    phone: Mapped[str] = mapped_column(String(32), default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    username: Mapped[str | None] = mapped_column(String(64), index=True)
    role: Mapped[Role | None] = mapped_column(enum_type(Role))
    active: Mapped[bool] = mapped_column(default=True)

    agency: Mapped[Agency] = relationship()
    unit: Mapped[Unit | None] = relationship()
    site: Mapped[Site | None] = relationship()
