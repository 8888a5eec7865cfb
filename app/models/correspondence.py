"""Correspondence: letters in and out, internal memos, their copies, scans and case links,
dispositions along an incoming letter, numbering patterns, the archive classification codes, and
the log of calls, messages, e-mails and visits.

Everything a letter has more than one of (copies, scans, linked cases, disposition recipients
and instructions) is a row of its own, so two sites adding to the same letter never conflict.
"""

from __future__ import annotations

import enum
import uuid
from datetime import date, datetime

from sqlalchemy import ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, Replicated
from app.models.types import enum_type


class LetterKind(enum.StrEnum):
    INCOMING = "in"
    OUTGOING = "out"
    MEMO = "memo"
    INVITATION = "invitation"


class LetterSecurity(enum.StrEnum):
    """Sifat: urgency and security in one scale, as the letter itself states it."""

    BIASA = "biasa"
    SEGERA = "segera"
    SANGAT_SEGERA = "sangat_segera"
    RAHASIA = "rahasia"
    SANGAT_RAHASIA = "sangat_rahasia"


CONFIDENTIAL = (LetterSecurity.RAHASIA, LetterSecurity.SANGAT_RAHASIA)


class LetterStatus(enum.StrEnum):
    REGISTERED = "registered"  # an incoming letter once entered in the agenda
    DRAFT = "draft"
    APPROVED = "approved"
    SIGNED = "signed"
    SENT = "sent"
    CANCELLED = "cancelled"


class DispositionInstruction(enum.StrEnum):
    SELESAIKAN = "selesaikan"
    SARAN = "saran"
    KOORDINASIKAN = "koordinasikan"
    PELAJARI = "pelajari"
    WAKILI = "wakili"
    PANTAU = "pantau"
    FILE = "file"


class RecipientStatus(enum.StrEnum):
    PENDING = "pending"
    DONE = "done"
    FORWARDED = "forwarded"


class CommChannel(enum.StrEnum):
    PHONE = "phone"
    WHATSAPP = "whatsapp"
    TELEGRAM = "telegram"
    SMS = "sms"
    OTHER_MESSAGING = "messaging"
    EMAIL = "email"
    VISIT = "visit"
    VIDEO = "video"


class CommDirection(enum.StrEnum):
    INCOMING = "in"
    OUTGOING = "out"


class ClassificationCode(Replicated, Base):
    """An archive classification code (`PL.01` Pengaduan): part of a letter's number."""

    __tablename__ = "classification_code"

    code: Mapped[str] = mapped_column(String(24), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    name_en: Mapped[str] = mapped_column(String(200), default="")
    active: Mapped[bool] = mapped_column(default=True)


class NumberingPattern(Replicated, Base):
    """A site's pattern for the numbers of one kind of document (defaults in services.numbering)."""

    __tablename__ = "numbering_pattern"
    __table_args__ = (UniqueConstraint("site_code", "kind"),)

    site_code: Mapped[str] = mapped_column(String(16))
    kind: Mapped[LetterKind] = mapped_column(enum_type(LetterKind, 16))
    pattern: Mapped[str] = mapped_column(String(200))


class Letter(Replicated, Base):
    """One letter of the register: incoming (with its agenda number), outgoing, memo or invitation."""

    __tablename__ = "letter"
    __table_args__ = (
        Index("ix_letter_live_kind", "deleted_at", "kind", "registered_on"),
        Index("ix_letter_reply_by", "reply_by"),
    )

    kind: Mapped[LetterKind] = mapped_column(enum_type(LetterKind, 16))
    site_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("site.id"), index=True)
    status: Mapped[LetterStatus] = mapped_column(enum_type(LetterStatus, 16))
    #: the day it entered the register (received, or drafted): the register's order
    registered_on: Mapped[date]
    #: incoming: agenda number per site and year (`KBRI-KUL/SM/2026/00012`)
    agenda_number: Mapped[str | None] = mapped_column(String(48), unique=True)
    #: ours (outgoing, memo, invitation): issued when signed; kept when cancelled
    number: Mapped[str | None] = mapped_column(String(120), unique=True)
    serial: Mapped[int | None]
    number_year: Mapped[int | None]
    #: the date the letter bears (incoming: the sender's; ours: the signing date)
    dated_on: Mapped[date | None]
    received_on: Mapped[date | None]
    sender_agency_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("agency.id"), index=True)
    sender_unit_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("unit.id"))
    #: an outside party (employer, lawyer, foreign authority) or the person who signed it
    sender_name: Mapped[str] = mapped_column(String(200), default="")
    sender_number: Mapped[str] = mapped_column(String(120), default="")
    #: the addressee by position ("Direktur Pelindungan WNI"), and where ("di Jakarta")
    addressee: Mapped[str] = mapped_column(String(300), default="")
    addressee_place: Mapped[str] = mapped_column(String(200), default="")
    #: who at this end the letter is for: decides who may read a confidential letter
    addressee_officer_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("officer.id"))
    addressee_unit_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("unit.id"))
    subject: Mapped[str] = mapped_column(String(400))
    security: Mapped[LetterSecurity] = mapped_column(enum_type(LetterSecurity, 16))
    classification: Mapped[str] = mapped_column(String(24), default="")
    attachment_count: Mapped[int] = mapped_column(default=0)
    summary: Mapped[str] = mapped_column(Text, default="")
    body: Mapped[str] = mapped_column(Text, default="")
    reply_by: Mapped[date | None]
    in_reply_to_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("letter.id"), index=True)
    #: the unit that issues it (its code goes into the number)
    unit_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("unit.id"))
    signer_officer_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("officer.id"))
    # what the signature block says, fixed at signing (a later change of post does not rewrite it)
    signer_name: Mapped[str] = mapped_column(String(200), default="")
    signer_position: Mapped[str] = mapped_column(String(200), default="")
    signer_rank: Mapped[str] = mapped_column(String(100), default="")
    signer_nip: Mapped[str] = mapped_column(String(18), default="")
    place: Mapped[str] = mapped_column(String(120), default="")
    approved_on: Mapped[date | None]
    signed_on: Mapped[date | None]
    sent_on: Mapped[date | None]
    cancelled_on: Mapped[date | None]
    cancel_reason: Mapped[str] = mapped_column(Text, default="")


class LetterCopy(Replicated, Base):
    """A tembusan: who receives a copy, in the order printed."""

    __tablename__ = "letter_copy"

    letter_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("letter.id"), index=True)
    position: Mapped[int]
    recipient: Mapped[str] = mapped_column(String(300))


class LetterFile(Replicated, Base):
    """The scan of an incoming letter or an enclosure; the bytes live under their SHA-256."""

    __tablename__ = "letter_file"

    letter_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("letter.id"), index=True)
    is_scan: Mapped[bool] = mapped_column(default=False)
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    filename: Mapped[str] = mapped_column(String(255))
    media_type: Mapped[str] = mapped_column(String(100))
    size: Mapped[int]


class LetterCase(Replicated, Base):
    __tablename__ = "letter_case"
    #: a link travels with its letter, and only where the case is held too
    __sync_also__ = ("case_id",)
    __table_args__ = (UniqueConstraint("letter_id", "case_id"),)

    letter_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("letter.id"), index=True)
    case_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("case_file.id"), index=True)


class Disposition(Replicated, Base):
    """A routing of an incoming letter by the head of a unit, or a recipient's forwarding of it."""

    __tablename__ = "disposition"

    letter_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("letter.id"), index=True)
    #: the recipient row this forwards (None: the first routing of the letter); no foreign key,
    #: since recipients point at their disposition and a cycle of keys would order no inserts
    parent_recipient_id: Mapped[uuid.UUID | None] = mapped_column(index=True)
    from_officer_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("officer.id"))
    from_name: Mapped[str] = mapped_column(String(200), default="")
    given_on: Mapped[date]
    due_on: Mapped[date | None]
    note: Mapped[str] = mapped_column(Text, default="")


class DispositionStep(Replicated, Base):
    """One ticked instruction of a disposition."""

    __tablename__ = "disposition_step"
    __table_args__ = (UniqueConstraint("disposition_id", "instruction"),)

    disposition_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("disposition.id"), index=True)
    instruction: Mapped[DispositionInstruction] = mapped_column(enum_type(DispositionInstruction, 16))


class DispositionRecipient(Replicated, Base):
    """An officer or a unit a disposition is routed to; one of them leads."""

    __tablename__ = "disposition_recipient"
    __table_args__ = (Index("ix_disposition_recipient_open", "status", "officer_id", "unit_id"),)

    disposition_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("disposition.id"), index=True)
    officer_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("officer.id"))
    unit_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("unit.id"))
    lead: Mapped[bool] = mapped_column(default=False)
    status: Mapped[RecipientStatus] = mapped_column(enum_type(RecipientStatus, 16))
    done_on: Mapped[date | None]
    done_note: Mapped[str] = mapped_column(Text, default="")


class Communication(Replicated, Base):
    """A call, message, e-mail or visit with someone outside the office, logged in a few keys."""

    __tablename__ = "communication"
    __table_args__ = (Index("ix_communication_live_at", "deleted_at", "at"),)

    at: Mapped[datetime]
    channel: Mapped[CommChannel] = mapped_column(enum_type(CommChannel, 16))
    direction: Mapped[CommDirection] = mapped_column(enum_type(CommDirection, 4))
    counterpart_name: Mapped[str] = mapped_column(String(200), default="")
    counterpart_agency_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("agency.id"))
    #: E.164, as worker phones are stored
    counterpart_phone: Mapped[str] = mapped_column(String(32), default="")
    summary: Mapped[str] = mapped_column(Text)
    follow_up: Mapped[str] = mapped_column(Text, default="")
    follow_up_due: Mapped[date | None]
    follow_up_done_on: Mapped[date | None]
    case_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("case_file.id"), index=True)
    officer: Mapped[str] = mapped_column(String(200), default="")
    site_code: Mapped[str] = mapped_column(String(16), default="")
