"""Accounts: the local credentials of officers who sign in here, and break-the-glass accesses.

Why credentials are a plain (not `Replicated`) table: the change-capture hook journals only
replicated records, and only the change log travels in sync bundles. A password hash that left
the laptop in a bundle could be attacked offline at any site that received it, and each site
signs its own officers in anyway, so the hash stays where it was made: no change log, no audit
row with the hash in it, never in a bundle or `db dump`. Who may do what (the role) stays on the
replicated `Officer`; disabling an account is `Officer.active`, so it is journalled and audited.
"""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, Replicated


class Credential(Base):
    """The password of one officer's account on this site (never synchronised)."""

    __tablename__ = "credential"

    officer_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("officer.id"), primary_key=True)
    password_hash: Mapped[str] = mapped_column(String(200))
    must_change: Mapped[bool] = mapped_column(default=False)
    failed_attempts: Mapped[int] = mapped_column(default=0)
    locked_until: Mapped[datetime | None] = mapped_column()
    changed_at: Mapped[datetime] = mapped_column()
    last_sign_in: Mapped[datetime | None] = mapped_column()


class SensitiveAccess(Replicated, Base):
    """An officer without a need to know opened a record's sensitive fields ("break the glass").

    A replicated record, so the one capture hook audits it (and the audit chain covers it), and
    the supervisors at other sites see it too."""

    __tablename__ = "sensitive_access"

    officer_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("officer.id"), index=True)
    entity: Mapped[str] = mapped_column(String(40))
    record_id: Mapped[uuid.UUID] = mapped_column(index=True)
    reference: Mapped[str] = mapped_column(String(64), default="")
    reason: Mapped[str] = mapped_column(Text)
