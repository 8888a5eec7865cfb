"""Personal-data protection under UU 27/2022: office retention rules and the breach register.

The lawful basis of each worker's data lives on the worker's own record (app/models/cases.py),
so it syncs and is audited with it. Both records here are replicated office settings/records.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, Replicated


class RetentionRule(Replicated, Base):
    """How long a kind of record is kept after its end (app/services/retention.py has the kinds
    and their defaults; a row here is an administrator's choice that overrides one)."""

    __tablename__ = "retention_rule"

    kind: Mapped[str] = mapped_column(String(32), unique=True)
    years: Mapped[int] = mapped_column(Integer)


class DataBreach(Replicated, Base):
    """A personal-data breach: what happened, to how many people, what was done, and when the
    authority and the people concerned were told (both within 3 x 24 hours of finding it)."""

    __tablename__ = "data_breach"

    number: Mapped[str] = mapped_column(String(64), unique=True)
    found_at: Mapped[datetime] = mapped_column(index=True)
    description: Mapped[str] = mapped_column(Text)
    data_kinds: Mapped[str] = mapped_column(String(400), default="")
    subjects: Mapped[int] = mapped_column(Integer, default=0)
    measures: Mapped[str] = mapped_column(Text, default="")
    authority_notified_at: Mapped[datetime | None]
    subjects_notified_at: Mapped[datetime | None]
