"""The coordination protocol: per case category, who leads, who must be involved, and the
response standards in working days. It is data an administrator edits, and it syncs."""

from __future__ import annotations

import uuid

from sqlalchemy import ForeignKey, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, Replicated


class ProtocolRule(Replicated, Base):
    __tablename__ = "protocol_rule"

    #: a case category code, or "*" for the default rule
    category: Mapped[str] = mapped_column(String(48), unique=True)
    #: a fixed lead agency; when empty the representation for the worker's country leads
    lead_agency_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("agency.id"))
    referral_answer_days: Mapped[int] = mapped_column(default=3)
    verification_days: Mapped[int] = mapped_column(default=3)
    first_clarification_days: Mapped[int] = mapped_column(default=7)
    second_clarification_days: Mapped[int] = mapped_column(default=7)
    #: closure rules of the complaint regulation (calendar or working days as the rule says)
    incomplete_documents_days: Mapped[int] = mapped_column(default=30)
    no_clarification_working_days: Mapped[int] = mapped_column(default=15)
    unreachable_days: Mapped[int] = mapped_column(default=60)
    note: Mapped[str] = mapped_column(String(400), default="")


class ProtocolParticipant(Replicated, Base):
    """An agency that must be involved in cases of a rule's category."""

    __tablename__ = "protocol_participant"
    __table_args__ = (UniqueConstraint("rule_id", "agency_id"),)

    rule_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("protocol_rule.id"), index=True)
    agency_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("agency.id"))
