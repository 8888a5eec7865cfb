"""Frozen values the correspondence services hand out (never ORM objects)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime


@dataclass(frozen=True)
class LetterRow:
    id: uuid.UUID
    kind: str
    status: str
    #: what the register shows as its number: the agenda number (incoming), the number once
    #: issued, or "" for a draft
    reference: str
    registered_on: date
    dated_on: date | None
    counterpart: str
    subject: str
    security: str
    reply_by: date | None
    awaiting_reply: bool
    overdue: bool
    confidential: bool


@dataclass(frozen=True)
class LetterFileInfo:
    id: uuid.UUID
    sha256: str
    filename: str
    media_type: str
    size: int
    is_scan: bool


@dataclass(frozen=True)
class MeetingLink:
    """A meeting that has the letter on its agenda."""

    id: uuid.UUID
    reference: str  # FORUM-CODE/YYYY-MM-DD
    status: str


@dataclass(frozen=True)
class ThreadLink:
    id: uuid.UUID
    kind: str
    reference: str
    status: str
    subject: str


@dataclass(frozen=True)
class RecipientInfo:
    id: uuid.UUID
    name: str
    officer_id: uuid.UUID | None
    unit_id: uuid.UUID | None
    lead: bool
    status: str
    done_on: date | None
    done_note: str
    overdue: bool


@dataclass(frozen=True)
class DispositionInfo:
    """One routing in a letter's chain; `depth` 0 is the head's, 1 a forwarding of it, ..."""

    id: uuid.UUID
    depth: int
    parent_recipient_id: uuid.UUID | None
    from_name: str
    given_on: date
    due_on: date | None
    note: str
    instructions: tuple[str, ...]
    recipients: tuple[RecipientInfo, ...]


@dataclass(frozen=True)
class LetterDetail:
    id: uuid.UUID
    kind: str
    status: str
    reference: str
    agenda_number: str | None
    number: str | None
    registered_on: date
    dated_on: date | None
    received_on: date | None
    sender: str
    sender_agency: str | None
    sender_unit: str | None
    sender_name: str
    sender_number: str
    addressee: str
    addressee_place: str
    subject: str
    security: str
    classification: str
    attachment_count: int
    summary: str
    body: str
    reply_by: date | None
    awaiting_reply: bool
    overdue: bool
    signer: str
    signer_position: str
    #: the account of the (planned) signer, if they have one
    signer_username: str | None
    place: str
    approved_on: date | None
    signed_on: date | None
    sent_on: date | None
    cancelled_on: date | None
    cancel_reason: str
    copies: tuple[str, ...]
    files: tuple[LetterFileInfo, ...]
    cases: tuple[str, ...]
    in_reply_to: ThreadLink | None
    replies: tuple[ThreadLink, ...]
    dispositions: tuple[DispositionInfo, ...]
    meetings: tuple[MeetingLink, ...] = ()
    #: the newest change about the letter, its copies and files (app.services.edit_guard):
    #: a draft's edit form sends it back as `base_version`
    version: int = 0


@dataclass(frozen=True)
class LetterDocument:
    """Everything a printed surat dinas, nota dinas or invitation shows (app/documents builds it).

    Sifat is in the letter's own words (Indonesian, as the letter is written); the printed form
    adds the letterhead from the office's settings."""

    kind: str
    number: str
    dated_on: date | None
    place: str
    sifat: str
    lampiran: int
    hal: str
    addressee: str
    addressee_place: str
    body: str
    signer_name: str
    signer_position: str
    signer_rank: str
    signer_nip: str
    tembusan: tuple[str, ...]
    classification: str
    from_unit: str
    in_reply_to: str


@dataclass(frozen=True)
class DispositionSheet:
    """What a lembar disposisi shows, for one routing of an incoming letter."""

    agenda_number: str
    received_on: date | None
    letter_number: str
    letter_date: date | None
    sender: str
    hal: str
    sifat: str
    #: (name, lead) of each recipient, the lead first
    recipients: tuple[tuple[str, bool], ...]
    #: every instruction of the form, in its printed order, with whether it is ticked
    instructions: tuple[tuple[str, str, bool], ...]
    note: str
    due_on: date | None
    from_name: str
    given_on: date
    forwarded_from: str


@dataclass(frozen=True)
class PendingDisposition:
    """A disposition waiting for one recipient (me, or my unit)."""

    recipient_id: uuid.UUID
    disposition_id: uuid.UUID
    letter_id: uuid.UUID
    letter_reference: str
    subject: str
    from_name: str
    recipient: str
    given_on: date
    due_on: date | None
    lead: bool
    status: str
    instructions: tuple[str, ...]
    overdue: bool


@dataclass(frozen=True)
class CommunicationRow:
    id: uuid.UUID
    at: datetime
    channel: str
    direction: str
    counterpart: str
    counterpart_phone: str
    agency: str | None
    summary: str
    follow_up: str
    follow_up_due: date | None
    follow_up_done_on: date | None
    follow_up_overdue: bool
    case_number: str | None
    officer: str


@dataclass(frozen=True)
class ClassificationInfo:
    id: uuid.UUID
    code: str
    name: str
    name_en: str
    active: bool
