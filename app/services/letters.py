"""The letter register: incoming letters entered in the agenda, outgoing letters, memos and
invitations drafted, approved, signed (the number is issued then) and sent; threads of replies;
who may read a confidential letter; the archive classification codes.

Dispositions of incoming letters live in app.services.dispositions, the log of calls and
messages in app.services.comms.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from sqlalchemy import ColumnElement, and_, exists, func, or_, select, true
from sqlalchemy.orm import Session, aliased

from app.errors import NotFound, ValidationError
from app.i18n import QT_TRANSLATE_NOOP
from app.letter_labels import SIFAT_WORDS
from app.models import Agency, Case, Officer, Role, Site, TimelineKind, Unit
from app.models.base import utcnow
from app.models.correspondence import (
    CONFIDENTIAL,
    ClassificationCode,
    Disposition,
    DispositionRecipient,
    Letter,
    LetterCase,
    LetterCopy,
    LetterFile,
    LetterKind,
    LetterSecurity,
    LetterStatus,
)
from app.services import access, attachments, edit_guard, numbering
from app.services.accounts import officer_named
from app.services.desk import Desk
from app.services.letter_dto import (
    ClassificationInfo,
    LetterDetail,
    LetterDocument,
    LetterFileInfo,
    LetterRow,
    MeetingLink,
    ThreadLink,
)

#: roles that read every confidential letter; a supervisor (head of unit) reads those of the unit
CONFIDENTIAL_ROLES = frozenset({Role.ADMINISTRATOR})
OUR_KINDS = (LetterKind.OUTGOING, LetterKind.MEMO, LetterKind.INVITATION)
ANSWERED = (LetterStatus.SIGNED, LetterStatus.SENT)
MAX_SUBJECT = 400


# --- who may read what ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Viewer:
    """The person reading the register, as far as confidentiality is concerned."""

    username: str | None
    officer_id: uuid.UUID | None = None
    unit_id: uuid.UUID | None = None
    role: str | None = None


def viewer(session: Session, desk: Desk) -> Viewer:
    officer = session.scalar(select(Officer).where(officer_named(desk.username or "")))
    if officer is None:
        return Viewer(desk.username)
    return Viewer(desk.username, officer.id, officer.unit_id, officer.role.value if officer.role else None)


def visible_to(who: Viewer) -> ColumnElement[bool]:
    """The one rule of who reads a letter: anyone an ordinary letter; a Rahasia or Sangat Rahasia
    one only its addressee (officer or unit), whoever wrote, signed or was routed it, and the
    roles in CONFIDENTIAL_ROLES; a supervisor also the letters of their unit. Every query of
    letters goes through it."""
    if who.role in CONFIDENTIAL_ROLES:
        return true()
    allowed: list[ColumnElement[bool]] = [Letter.security.not_in(CONFIDENTIAL)]
    if who.username:
        allowed.append(Letter.created_by == who.username)
    if who.officer_id is not None:
        allowed += [Letter.addressee_officer_id == who.officer_id, Letter.signer_officer_id == who.officer_id]
    if who.unit_id is not None:
        allowed.append(Letter.addressee_unit_id == who.unit_id)
        if who.role == Role.SUPERVISOR:  # the head of unit: the unit's letters, whoever in it
            unit_officers = select(Officer.id).where(Officer.unit_id == who.unit_id)
            allowed += [
                Letter.sender_unit_id == who.unit_id,
                Letter.addressee_officer_id.in_(unit_officers),
                Letter.signer_officer_id.in_(unit_officers),
            ]
    routed = [DispositionRecipient.officer_id == who.officer_id] if who.officer_id else []
    if who.unit_id is not None:
        routed.append(DispositionRecipient.unit_id == who.unit_id)
    if routed:
        allowed.append(
            exists()
            .where(
                Disposition.letter_id == Letter.id,
                DispositionRecipient.disposition_id == Disposition.id,
                DispositionRecipient.deleted_at.is_(None),
                or_(*routed),
            )
            .correlate(Letter)
        )
    return or_(*allowed)


def get_letter(session: Session, who: Viewer, ref: str | uuid.UUID) -> Letter:
    """A letter by id, number or agenda number, if `who` may read it (else: not found)."""
    query = select(Letter).where(Letter.deleted_at.is_(None), visible_to(who))
    if isinstance(ref, uuid.UUID):
        query = query.where(Letter.id == ref)
    else:
        text = ref.strip()
        query = query.where(or_(Letter.number == text, Letter.agenda_number == text))
    letter = session.scalar(query)
    if letter is None:
        raise NotFound(
            QT_TRANSLATE_NOOP("errors", "There is no letter {reference} (or you may not read it)."),
            reference=str(ref),
        )
    return letter


def reference_of(letter: Letter) -> str:
    return letter.agenda_number or letter.number or ""


# --- validation helpers --------------------------------------------------------------------------


def _security(value: str) -> LetterSecurity:
    try:
        return LetterSecurity(value)
    except ValueError:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "{value} is not an allowed value here."),
            field="security",
            value=value,
        ) from None


def _subject(text: str) -> str:
    subject = " ".join(text.split())
    if not subject:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "A letter needs a subject (hal)."), field="subject")
    if len(subject) > MAX_SUBJECT:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The subject is longer than {limit} characters."),
            field="subject",
            limit=MAX_SUBJECT,
        )
    return subject


def _count(value: int) -> int:
    if value < 0 or value > 999:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The number of enclosures must be between 0 and 999."),
            field="attachment_count",
        )
    return value


def _classification(session: Session, code: str) -> str:
    code = code.strip().upper()
    if code and session.scalar(select(ClassificationCode.id).where(ClassificationCode.code == code)) is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Unknown archive classification code: {code}."),
            field="classification",
            code=code,
        )
    return code


def _agency(session: Session, code: str) -> Agency:
    agency = session.scalar(select(Agency).where(Agency.code == code.strip().upper()))
    if agency is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "There is no agency with the code {code}."), field="sender", code=code
        )
    return agency


def _unit(session: Session, agency: Agency | None, code: str, field_name: str) -> Unit:
    query = select(Unit).where(Unit.code == code.strip())
    if agency is not None:
        query = query.where(Unit.agency_id == agency.id)
    unit = session.scalars(query).first()
    if unit is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "There is no unit with the code {code}."), field=field_name, code=code
        )
    return unit


def _officer(session: Session, username: str, field_name: str) -> Officer:
    officer = session.scalar(select(Officer).where(officer_named(username)))
    if officer is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "There is no officer with the username {username}."),
            field=field_name,
            username=username,
        )
    return officer


def _site(session: Session, desk: Desk) -> Site:
    site = session.scalar(select(Site).where(Site.code == desk.site_code))
    if site is None:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "This desk has not been set up yet: run the setup first."))
    return site


def _link_cases(session: Session, letter: Letter, numbers: tuple[str, ...], desk: Desk) -> list[Case]:
    from app.services.cases import get_case

    linked = []
    for number in dict.fromkeys(n.strip() for n in numbers if n.strip()):
        case = get_case(session, number)
        session.add(LetterCase(letter_id=letter.id, case_id=case.id))
        linked.append(case)
    return linked


def _add_files(
    session: Session, letter: Letter, stored: list[tuple[Path, str, int, str]], scan: bool
) -> None:
    for path, sha, size, kind in stored:
        session.add(
            LetterFile(
                letter_id=letter.id,
                is_scan=scan,
                sha256=sha,
                filename=path.name[:255],
                media_type=kind,
                size=size,
            )
        )


def _store(desk: Desk, paths: tuple[Path, ...]) -> list[tuple[Path, str, int, str]]:
    # content-addressed: a stored blob that no row names is harmless, and is stored once
    return [(p, *attachments.store_blob(desk, p)) for p in paths]


# --- incoming letters ----------------------------------------------------------------------------


@dataclass(frozen=True)
class IncomingLetter:
    received_on: date
    subject: str
    security: str = LetterSecurity.BIASA.value
    sender_agency: str = ""
    sender_unit: str = ""
    sender_name: str = ""
    sender_number: str = ""
    dated_on: date | None = None
    attachment_count: int = 0
    summary: str = ""
    classification: str = ""
    reply_by: date | None = None
    addressee: str = ""
    addressee_officer: str = ""
    addressee_unit: str = ""
    scans: tuple[Path, ...] = ()
    case_numbers: tuple[str, ...] = ()


@dataclass(frozen=True)
class Registered:
    id: uuid.UUID
    reference: str


def register_incoming(desk: Desk, data: IncomingLetter, *, today: date | None = None) -> Registered:
    """Enter an incoming letter in the agenda; its agenda number is issued now."""
    access.require(desk, access.Permission.REGISTER_LETTERS)
    today = today or date.today()
    subject = _subject(data.subject)
    security = _security(data.security)
    count = _count(data.attachment_count)
    if data.received_on > today:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "A letter cannot be received after today."), field="received_on"
        )
    if data.dated_on is not None and data.dated_on > data.received_on:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The letter's date is after the day it was received."),
            field="dated_on",
        )
    if data.reply_by is not None and data.reply_by < data.received_on:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The reply-by date is before the day the letter was received."),
            field="reply_by",
        )
    if not data.sender_agency.strip() and not data.sender_name.strip():
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Say who sent the letter: an agency or a name."), field="sender"
        )
    with desk.read() as session:  # every reference checked before a byte is stored
        _check_incoming_refs(session, _site(session, desk), data)
    stored = _store(desk, data.scans)
    with desk.write() as session:
        site = _site(session, desk)
        agency, unit, officer, to_unit, classification = _check_incoming_refs(session, site, data)
        letter = Letter(
            kind=LetterKind.INCOMING,
            site_id=site.id,
            status=LetterStatus.REGISTERED,
            registered_on=data.received_on,
            agenda_number=numbering.agenda_number(session, site.code, data.received_on.year),
            dated_on=data.dated_on,
            received_on=data.received_on,
            sender_agency_id=agency.id if agency else None,
            sender_unit_id=unit.id if unit else None,
            sender_name=data.sender_name.strip(),
            sender_number=data.sender_number.strip(),
            addressee=data.addressee.strip(),
            addressee_officer_id=officer.id if officer else None,
            addressee_unit_id=to_unit.id if to_unit else None,
            subject=subject,
            security=security,
            classification=classification,
            attachment_count=count,
            summary=data.summary.strip(),
            reply_by=data.reply_by,
        )
        session.add(letter)
        session.flush()
        _add_files(session, letter, stored, scan=True)
        for case in _link_cases(session, letter, data.case_numbers, desk):
            _on_case_timeline(session, desk, case, letter, incoming=True)
        assert letter.agenda_number is not None
        return Registered(letter.id, letter.agenda_number)


def _check_incoming_refs(
    session: Session, site: Site, data: IncomingLetter
) -> tuple[Agency | None, Unit | None, Officer | None, Unit | None, str]:
    from app.services.cases import get_case

    agency = _agency(session, data.sender_agency) if data.sender_agency.strip() else None
    unit = _unit(session, agency, data.sender_unit, "sender_unit") if data.sender_unit.strip() else None
    officer = (
        _officer(session, data.addressee_officer, "addressee_officer")
        if data.addressee_officer.strip()
        else None
    )
    to_unit = (
        _unit(session, site.agency, data.addressee_unit, "addressee_unit")
        if data.addressee_unit.strip()
        else None
    )
    for number in data.case_numbers:
        if number.strip():
            get_case(session, number)
    return agency, unit, officer, to_unit, _classification(session, data.classification)


def _on_case_timeline(session: Session, desk: Desk, case: Case, letter: Letter, *, incoming: bool) -> None:
    from app.services.case_activity import record

    # the subject of a confidential letter would leak through the case: the number only
    text = (
        QT_TRANSLATE_NOOP("timeline", "Incoming letter {reference} registered")
        if incoming
        else QT_TRANSLATE_NOOP("timeline", "Letter {reference} signed")
    )
    record(session, case, TimelineKind.LETTER, text, desk=desk, values={"reference": reference_of(letter)})


# --- our letters: draft, approve, sign, send, cancel --------------------------------------------


@dataclass(frozen=True)
class LetterDraft:
    kind: str
    subject: str
    addressee: str
    body: str = ""
    addressee_place: str = ""
    security: str = LetterSecurity.BIASA.value
    classification: str = ""
    attachment_count: int = 0
    signer: str = ""
    copies: tuple[str, ...] = ()
    in_reply_to: str | uuid.UUID | None = None
    case_numbers: tuple[str, ...] = ()
    enclosures: tuple[Path, ...] = field(default=())
    summary: str = ""
    #: files already on the draft that the officer took off it (update_draft tombstones them)
    removed_files: tuple[uuid.UUID, ...] = ()


def _check_draft(
    session: Session, who: Viewer, data: LetterDraft
) -> tuple[LetterKind, Officer | None, Letter | None]:
    try:
        kind = LetterKind(data.kind)
    except ValueError:
        kind = LetterKind.INCOMING
    if kind not in OUR_KINDS:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "{value} is not an allowed value here."),
            field="kind",
            value=data.kind,
        )
    if not data.addressee.strip():
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "A letter needs an addressee (by position)."), field="addressee"
        )
    signer = _officer(session, data.signer, "signer") if data.signer.strip() else None
    answered = None
    if data.in_reply_to:
        answered = get_letter(session, who, data.in_reply_to)
        if answered.kind != LetterKind.INCOMING:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "A reply answers an incoming letter."), field="in_reply_to"
            )
    _classification(session, data.classification)
    return kind, signer, answered


def draft_letter(desk: Desk, data: LetterDraft, *, today: date | None = None) -> uuid.UUID:
    """A new outgoing letter, memo or invitation, as a draft (no number until it is signed)."""
    access.require(desk, access.Permission.DRAFT_LETTERS)
    today = today or date.today()
    subject = _subject(data.subject)
    security = _security(data.security)
    count = _count(data.attachment_count)
    with desk.read() as session:
        _check_draft(session, viewer(session, desk), data)
    stored = _store(desk, data.enclosures)
    with desk.write() as session:
        kind, signer, answered = _check_draft(session, viewer(session, desk), data)
        site = _site(session, desk)
        letter = Letter(
            kind=kind,
            site_id=site.id,
            status=LetterStatus.DRAFT,
            registered_on=today,
            addressee=data.addressee.strip(),
            addressee_place=data.addressee_place.strip(),
            subject=subject,
            security=security,
            classification=_classification(session, data.classification),
            attachment_count=count,
            summary=data.summary.strip(),
            body=data.body.strip(),
            in_reply_to_id=answered.id if answered else None,
            unit_id=site.unit_id,
            signer_officer_id=signer.id if signer else None,
        )
        session.add(letter)
        session.flush()
        for position, recipient in enumerate(c.strip() for c in data.copies if c.strip()):
            session.add(LetterCopy(letter_id=letter.id, position=position + 1, recipient=recipient))
        _add_files(session, letter, stored, scan=False)
        case_numbers = data.case_numbers
        if answered is not None and not case_numbers:  # a reply belongs to the cases of its letter
            case_numbers = tuple(
                session.scalars(
                    select(Case.number)
                    .join(LetterCase, LetterCase.case_id == Case.id)
                    .where(LetterCase.letter_id == answered.id, LetterCase.deleted_at.is_(None))
                )
            )
        _link_cases(session, letter, case_numbers, desk)
        return letter.id


def _ours(session: Session, desk: Desk, letter_id: uuid.UUID, *expected: LetterStatus) -> Letter:
    letter = get_letter(session, viewer(session, desk), letter_id)
    if letter.kind not in OUR_KINDS:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "An incoming letter is not drafted here."))
    if expected and letter.status not in expected:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The letter is {status}: that cannot be done now."),
            status=letter.status.value,
        )
    return letter


# the fields of a draft's edit form (`update_draft(changed=...)` names some of them)
DRAFT_FIELDS = frozenset(
    {
        "subject",
        "security",
        "attachment_count",
        "addressee",
        "addressee_place",
        "body",
        "summary",
        "classification",
        "signer",
        "in_reply_to",
        "copies",
    }
)


def update_draft(
    desk: Desk,
    letter_id: uuid.UUID,
    data: LetterDraft,
    *,
    base_version: int | None = None,
    changed: frozenset[str] | set[str] | None = None,
) -> None:
    """Rewrite a draft (its copies are replaced: removed ones are tombstoned, so edits sync); new
    enclosures are added, and the files named in `removed_files` are tombstoned.
    `changed` names the form fields the officer changed (DRAFT_FIELDS; None: all of them): only
    those are written, so what another desk saved in the others stays. With `base_version` (the
    `LetterDetail.version` the form was filled from) a changed field that someone else saved
    meanwhile is refused with `EditConflict` (app.services.edit_guard), as for cases."""
    access.require(desk, access.Permission.DRAFT_LETTERS)
    writing = DRAFT_FIELDS if changed is None else frozenset(changed)
    unknown = sorted(writing - DRAFT_FIELDS)
    if unknown:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "There is no field called {name}."), field=unknown[0], name=unknown[0]
        )
    subject = _subject(data.subject)
    security = _security(data.security)
    count = _count(data.attachment_count)
    stored = _store(desk, data.enclosures)  # refused by content before anything is written
    with desk.write() as session:
        letter = _ours(session, desk, letter_id, LetterStatus.DRAFT)
        # one editor of a draft at a time on a server: the row stays locked until the save ends
        session.execute(select(Letter.id).where(Letter.id == letter.id).with_for_update())
        edit_guard.check(session, edit_guard.letter_rows(session, letter), base_version, writing)
        _, signer, answered = _check_draft(session, viewer(session, desk), data)
        _add_files(session, letter, stored, scan=False)
        if data.removed_files:
            for gone in session.scalars(
                select(LetterFile).where(
                    LetterFile.letter_id == letter.id,
                    LetterFile.id.in_(data.removed_files),
                    LetterFile.deleted_at.is_(None),
                )
            ):
                gone.deleted_at = utcnow()
        values: dict[str, object] = {
            "subject": subject,
            "security": security,
            "attachment_count": count,
            "addressee": data.addressee.strip(),
            "addressee_place": data.addressee_place.strip(),
            "body": data.body.strip(),
            "summary": data.summary.strip(),
            "classification": _classification(session, data.classification),
            "signer_officer_id": signer.id if signer else None,
            "in_reply_to_id": answered.id if answered else None,
        }
        for column, value in values.items():
            if edit_guard.form_name(column) in writing:
                setattr(letter, column, value)
        if "copies" in writing:
            _replace_copies(session, letter, [c.strip() for c in data.copies if c.strip()])


def _replace_copies(session: Session, letter: Letter, wanted: list[str]) -> None:
    live = list(
        session.scalars(
            select(LetterCopy)
            .where(LetterCopy.letter_id == letter.id, LetterCopy.deleted_at.is_(None))
            .order_by(LetterCopy.position)
        )
    )
    for index, recipient in enumerate(wanted):
        if index < len(live):
            live[index].recipient = recipient
        else:
            session.add(LetterCopy(letter_id=letter.id, position=index + 1, recipient=recipient))
    for extra in live[len(wanted) :]:
        extra.deleted_at = utcnow()


def approve_letter(desk: Desk, letter_id: uuid.UUID, *, today: date | None = None) -> None:
    access.require(desk, access.Permission.APPROVE_LETTERS)
    with desk.write() as session:
        letter = _ours(session, desk, letter_id, LetterStatus.DRAFT)
        letter.status = LetterStatus.APPROVED
        letter.approved_on = today or date.today()


def sign_letter(desk: Desk, letter_id: uuid.UUID, *, signer: str = "", today: date | None = None) -> str:
    """Sign an approved letter: the number is issued now (and never again), the signature block
    is fixed, and a letter it answers stops waiting for a reply. Returns the number."""
    access.require(desk, access.Permission.APPROVE_LETTERS)
    today = today or date.today()
    with desk.write() as session:
        letter = _ours(session, desk, letter_id, LetterStatus.APPROVED)
        officer = _officer(session, signer, "signer") if signer.strip() else None
        if officer is None and letter.signer_officer_id is not None:
            officer = session.get(Officer, letter.signer_officer_id)
        if officer is None:
            raise ValidationError(QT_TRANSLATE_NOOP("errors", "Choose who signs the letter."), field="signer")
        site = _site(session, desk)
        parts = numbering.issue(
            session,
            site,
            letter.kind,
            security=letter.security,
            classification=letter.classification,
            on=today,
        )
        letter.number, letter.serial, letter.number_year = parts.number, parts.serial, parts.year
        letter.status = LetterStatus.SIGNED
        letter.signed_on = letter.dated_on = today
        letter.place = site.city or site.name
        letter.signer_officer_id = officer.id
        letter.signer_name, letter.signer_position = officer.full_name, officer.position
        letter.signer_rank, letter.signer_nip = officer.rank, officer.nip
        session.flush()
        for case in session.scalars(
            select(Case)
            .join(LetterCase, LetterCase.case_id == Case.id)
            .where(LetterCase.letter_id == letter.id)
        ):
            _on_case_timeline(session, desk, case, letter, incoming=False)
        return parts.number


def send_letter(desk: Desk, letter_id: uuid.UUID, *, today: date | None = None) -> None:
    access.require(desk, access.Permission.APPROVE_LETTERS)
    with desk.write() as session:
        letter = _ours(session, desk, letter_id, LetterStatus.SIGNED)
        letter.status = LetterStatus.SENT
        letter.sent_on = today or date.today()


def cancel_letter(desk: Desk, letter_id: uuid.UUID, reason: str, *, today: date | None = None) -> None:
    """Cancel a letter. A number already issued stays in the register, marked cancelled."""
    access.require(desk, access.Permission.APPROVE_LETTERS)
    if not reason.strip():
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Cancelling a letter needs a reason."), field="reason"
        )
    with desk.write() as session:
        letter = get_letter(session, viewer(session, desk), letter_id)
        if letter.status == LetterStatus.CANCELLED:
            raise ValidationError(QT_TRANSLATE_NOOP("errors", "The letter is already cancelled."))
        letter.status = LetterStatus.CANCELLED
        letter.cancelled_on = today or date.today()
        letter.cancel_reason = reason.strip()


# --- reading the register ------------------------------------------------------------------------


@dataclass(frozen=True)
class LetterFilter:
    #: "in", "out" (outgoing letters and invitations), "memo", or None for all
    kind: str | None = None
    text: str = ""
    awaiting_reply: bool = False
    overdue: bool = False
    security: str | None = None
    include_cancelled: bool = True


def awaiting_reply_clause() -> ColumnElement[bool]:
    """An incoming letter with a reply-by date that no signed or sent letter answers yet."""
    reply = aliased(Letter)
    return and_(
        Letter.kind == LetterKind.INCOMING,
        Letter.reply_by.is_not(None),
        Letter.status != LetterStatus.CANCELLED,
        ~exists().where(
            reply.in_reply_to_id == Letter.id, reply.status.in_(ANSWERED), reply.deleted_at.is_(None)
        ),
    )


def _where(flt: LetterFilter, who: Viewer, today: date) -> list[ColumnElement[bool]]:
    clauses: list[ColumnElement[bool]] = [Letter.deleted_at.is_(None), visible_to(who)]
    if flt.kind == "in":
        clauses.append(Letter.kind == LetterKind.INCOMING)
    elif flt.kind == "out":
        clauses.append(Letter.kind.in_((LetterKind.OUTGOING, LetterKind.INVITATION)))
    elif flt.kind == "memo":
        clauses.append(Letter.kind == LetterKind.MEMO)
    elif flt.kind:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "{value} is not an allowed value here."), field="kind", value=flt.kind
        )
    if flt.awaiting_reply or flt.overdue:
        clauses.append(awaiting_reply_clause())
    if flt.overdue:
        clauses.append(Letter.reply_by < today)
    if flt.security:
        clauses.append(Letter.security == _security(flt.security))
    if not flt.include_cancelled:
        clauses.append(Letter.status != LetterStatus.CANCELLED)
    words = flt.text.split()
    if words:
        sender = select(Agency.name).where(Agency.id == Letter.sender_agency_id).scalar_subquery()
        code = select(Agency.code).where(Agency.id == Letter.sender_agency_id).scalar_subquery()
        for word in words:
            pattern = f"%{word.replace('%', '').replace('_', '')}%"
            clauses.append(
                or_(
                    *(
                        func.lower(column).like(pattern.lower())
                        for column in (
                            func.coalesce(Letter.number, ""),
                            func.coalesce(Letter.agenda_number, ""),
                            Letter.sender_number,
                            Letter.sender_name,
                            Letter.addressee,
                            Letter.subject,
                            Letter.summary,
                            func.coalesce(sender, ""),
                            func.coalesce(code, ""),
                        )
                    )
                )
            )
    return clauses


def count_letters(desk: Desk, flt: LetterFilter, *, today: date | None = None) -> int:
    today = today or date.today()
    with desk.read() as session:
        return int(
            session.scalar(select(func.count(Letter.id)).where(*_where(flt, viewer(session, desk), today)))
            or 0
        )


def letter_page(
    desk: Desk, flt: LetterFilter, *, offset: int = 0, limit: int = 100, today: date | None = None
) -> list[LetterRow]:
    """One page of the register, newest first; filtering and paging in SQL."""
    today = today or date.today()
    with desk.read() as session:
        awaiting = awaiting_reply_clause()
        sender = select(Agency.code).where(Agency.id == Letter.sender_agency_id).scalar_subquery()
        query = (
            select(Letter, sender, awaiting)
            .where(*_where(flt, viewer(session, desk), today))
            .order_by(Letter.registered_on.desc(), Letter.created_at.desc(), Letter.id.desc())
            .offset(offset)
            .limit(limit)
        )
        rows = []
        for letter, sender_code, waiting in session.execute(query):
            if letter.kind == LetterKind.INCOMING:
                counterpart = " — ".join(p for p in (sender_code, letter.sender_name) if p)
            else:
                counterpart = letter.addressee
            rows.append(
                LetterRow(
                    id=letter.id,
                    kind=letter.kind.value,
                    status=letter.status.value,
                    reference=reference_of(letter),
                    registered_on=letter.registered_on,
                    dated_on=letter.dated_on,
                    counterpart=counterpart,
                    subject=letter.subject,
                    security=letter.security.value,
                    reply_by=letter.reply_by,
                    awaiting_reply=bool(waiting),
                    overdue=bool(waiting) and letter.reply_by is not None and letter.reply_by < today,
                    confidential=letter.security in CONFIDENTIAL,
                )
            )
        return rows


def list_letters(
    desk: Desk, flt: LetterFilter, *, limit: int = 100, today: date | None = None
) -> list[LetterRow]:
    return letter_page(desk, flt, offset=0, limit=limit, today=today)


def _thread_link(letter: Letter) -> ThreadLink:
    return ThreadLink(letter.id, letter.kind.value, reference_of(letter), letter.status.value, letter.subject)


def letter_detail(desk: Desk, ref: str | uuid.UUID, *, today: date | None = None) -> LetterDetail:
    from app.services import dispositions

    today = today or date.today()
    with desk.read() as session:
        who = viewer(session, desk)
        letter = get_letter(session, who, ref)
        # the version first, then every field read again: a save committed in between makes a
        # needless conflict, never a lost one (a server's other desks commit at any moment)
        version = edit_guard.version(session, edit_guard.letter_rows(session, letter))
        session.expire_all()
        if letter.security in CONFIDENTIAL:  # reading a confidential letter is on the audit trail
            from app.services import audit

            audit.record_access(desk, "read", "letter", letter.id, {"security": letter.security.value})
        agency = session.get(Agency, letter.sender_agency_id) if letter.sender_agency_id else None
        unit = session.get(Unit, letter.sender_unit_id) if letter.sender_unit_id else None
        waiting = bool(
            session.scalar(
                select(func.count(Letter.id)).where(Letter.id == letter.id, awaiting_reply_clause())
            )
        )
        answered = None
        if letter.in_reply_to_id:
            parent = session.scalar(select(Letter).where(Letter.id == letter.in_reply_to_id, visible_to(who)))
            answered = _thread_link(parent) if parent else None
        replies = tuple(
            _thread_link(r)
            for r in session.scalars(
                select(Letter)
                .where(Letter.in_reply_to_id == letter.id, Letter.deleted_at.is_(None), visible_to(who))
                .order_by(Letter.created_at)
            )
        )
        sender = " — ".join(
            p for p in (agency.name if agency else "", unit.name if unit else "", letter.sender_name) if p
        )
        return LetterDetail(
            id=letter.id,
            kind=letter.kind.value,
            status=letter.status.value,
            reference=reference_of(letter),
            agenda_number=letter.agenda_number,
            number=letter.number,
            registered_on=letter.registered_on,
            dated_on=letter.dated_on,
            received_on=letter.received_on,
            sender=sender,
            sender_agency=agency.code if agency else None,
            sender_unit=unit.code if unit else None,
            sender_name=letter.sender_name,
            sender_number=letter.sender_number,
            addressee=letter.addressee,
            addressee_place=letter.addressee_place,
            subject=letter.subject,
            security=letter.security.value,
            classification=letter.classification,
            attachment_count=letter.attachment_count,
            summary=letter.summary,
            body=letter.body,
            reply_by=letter.reply_by,
            awaiting_reply=waiting,
            overdue=waiting and letter.reply_by is not None and letter.reply_by < today,
            signer=letter.signer_name or _planned_signer(session, letter),
            signer_position=letter.signer_position,
            signer_username=session.scalar(
                select(Officer.username).where(Officer.id == letter.signer_officer_id)
            )
            if letter.signer_officer_id
            else None,
            place=letter.place,
            approved_on=letter.approved_on,
            signed_on=letter.signed_on,
            sent_on=letter.sent_on,
            cancelled_on=letter.cancelled_on,
            cancel_reason=letter.cancel_reason,
            copies=_copies(session, letter),
            files=tuple(
                LetterFileInfo(f.id, f.sha256, f.filename, f.media_type, f.size, f.is_scan)
                for f in session.scalars(
                    select(LetterFile)
                    .where(LetterFile.letter_id == letter.id, LetterFile.deleted_at.is_(None))
                    .order_by(LetterFile.created_at)
                )
            ),
            cases=tuple(
                session.scalars(
                    select(Case.number)
                    .join(LetterCase, LetterCase.case_id == Case.id)
                    .where(LetterCase.letter_id == letter.id, LetterCase.deleted_at.is_(None))
                    .order_by(Case.number)
                )
            ),
            in_reply_to=answered,
            replies=replies,
            dispositions=dispositions.chain(session, letter.id, today),
            meetings=_meetings_about(session, letter.id),
            version=version,
        )


def _meetings_about(session: Session, letter_id: uuid.UUID) -> tuple[MeetingLink, ...]:
    """The meetings with the letter on their agenda, earliest first."""
    from app.models import AgendaItem, Forum, Meeting
    from app.services.meetings import reference

    found = session.execute(
        select(Meeting, Forum.code)
        .join(Forum, Forum.id == Meeting.forum_id)
        .where(
            Meeting.deleted_at.is_(None),
            Meeting.id.in_(
                select(AgendaItem.meeting_id).where(
                    AgendaItem.letter_id == letter_id, AgendaItem.deleted_at.is_(None)
                )
            ),
        )
        .order_by(Meeting.starts_at)
    ).all()
    return tuple(MeetingLink(m.id, reference(code, m), m.status.value) for m, code in found)


def _planned_signer(session: Session, letter: Letter) -> str:
    if letter.signer_officer_id is None:
        return ""
    return session.scalar(select(Officer.full_name).where(Officer.id == letter.signer_officer_id)) or ""


def _copies(session: Session, letter: Letter) -> tuple[str, ...]:
    return tuple(
        session.scalars(
            select(LetterCopy.recipient)
            .where(LetterCopy.letter_id == letter.id, LetterCopy.deleted_at.is_(None))
            .order_by(LetterCopy.position)
        )
    )


def letter_document(desk: Desk, ref: str | uuid.UUID) -> LetterDocument:
    """The complete content of a printed letter (before signing, the number is blank and the
    signature block names the planned signer)."""
    with desk.read() as session:
        letter = get_letter(session, viewer(session, desk), ref)
        if letter.kind not in OUR_KINDS:
            raise ValidationError(QT_TRANSLATE_NOOP("errors", "An incoming letter is not drafted here."))
        officer = session.get(Officer, letter.signer_officer_id) if letter.signer_officer_id else None
        signed = letter.signed_on is not None
        unit_name = ""
        if letter.unit_id:
            unit_name = session.scalar(select(Unit.name).where(Unit.id == letter.unit_id)) or ""
        answered = session.get(Letter, letter.in_reply_to_id) if letter.in_reply_to_id else None
        in_reply_to = ""
        if answered is not None:
            in_reply_to = answered.sender_number or reference_of(answered)
        return LetterDocument(
            kind=letter.kind.value,
            number=letter.number or "",
            dated_on=letter.dated_on,
            place=letter.place,
            sifat=SIFAT_WORDS[letter.security],
            lampiran=letter.attachment_count,
            hal=letter.subject,
            addressee=letter.addressee,
            addressee_place=letter.addressee_place,
            body=letter.body,
            signer_name=letter.signer_name if signed else (officer.full_name if officer else ""),
            signer_position=letter.signer_position if signed else (officer.position if officer else ""),
            signer_rank=letter.signer_rank if signed else (officer.rank if officer else ""),
            signer_nip=letter.signer_nip if signed else (officer.nip if officer else ""),
            tembusan=_copies(session, letter),
            classification=letter.classification,
            from_unit=unit_name,
            in_reply_to=in_reply_to,
        )


def number_register(desk: Desk, year: int) -> list[LetterRow]:
    """Every number this site issued in `year`, cancelled ones included, by serial."""
    with desk.read() as session:
        query = (
            select(Letter)
            .join(Site, Site.id == Letter.site_id)
            .where(
                Site.code == desk.site_code,
                Letter.number_year == year,
                Letter.number.is_not(None),
                visible_to(viewer(session, desk)),
            )
            .order_by(Letter.kind, Letter.serial)
        )
        return [
            LetterRow(
                r.id,
                r.kind.value,
                r.status.value,
                r.number or "",
                r.registered_on,
                r.dated_on,
                r.addressee,
                r.subject,
                r.security.value,
                None,
                False,
                False,
                r.security in CONFIDENTIAL,
            )
            for r in session.scalars(query)
        ]


# --- archive classification codes -----------------------------------------------------------------


def classification_codes(desk: Desk, *, include_inactive: bool = False) -> list[ClassificationInfo]:
    with desk.read() as session:
        query = select(ClassificationCode).where(ClassificationCode.deleted_at.is_(None))
        if not include_inactive:
            query = query.where(ClassificationCode.active.is_(True))
        return [
            ClassificationInfo(c.id, c.code, c.name, c.name_en, c.active)
            for c in session.scalars(query.order_by(ClassificationCode.code))
        ]


def save_classification(
    desk: Desk,
    *,
    code: str,
    name: str,
    name_en: str = "",
    active: bool = True,
    code_id: uuid.UUID | None = None,
) -> ClassificationInfo:
    """Add or edit an archive classification code (an administrator's list that syncs)."""
    access.require(desk, access.Permission.MANAGE_SETTINGS)
    import re

    code = code.strip().upper()
    name = name.strip()
    if not re.fullmatch(r"[A-Z0-9]{1,8}(\.[A-Z0-9]{1,8}){0,3}", code):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors", "A classification code is letters or digits in dot-separated parts, as PL.01."
            ),
            field="code",
        )
    if not name:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The classification code needs a name."), field="name"
        )
    with desk.write() as session:
        clash = session.scalar(select(ClassificationCode).where(ClassificationCode.code == code))
        if clash is not None and clash.id != code_id:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "The code {code} is already used by {name}."),
                field="code",
                code=code,
                name=clash.name,
            )
        if code_id is None:
            row = ClassificationCode(code=code, name=name, name_en=name_en.strip(), active=active)
            session.add(row)
        else:
            found = session.get(ClassificationCode, code_id)
            if found is None:
                raise NotFound(QT_TRANSLATE_NOOP("errors", "That classification code no longer exists."))
            row = found
            row.code, row.name, row.name_en, row.active = code, name, name_en.strip(), active
        session.flush()
        return ClassificationInfo(row.id, row.code, row.name, row.name_en, row.active)
