"""Dispositions (disposisi): the head of a unit routes an incoming letter to officers or units,
one of them leading, with ticked instructions, a note and a deadline; each recipient marks it
done or forwards it further. The chain of routings is a tree of rows, read back whole."""

from __future__ import annotations

import uuid
from collections import defaultdict
from dataclasses import dataclass
from datetime import date

from sqlalchemy import ColumnElement, select
from sqlalchemy.orm import Session

from app.errors import NotFound, ValidationError
from app.i18n import QT_TRANSLATE_NOOP
from app.letter_labels import INSTRUCTION_WORDS, SIFAT_WORDS
from app.models import Agency, Officer, Unit
from app.models.correspondence import (
    Disposition,
    DispositionInstruction,
    DispositionRecipient,
    DispositionStep,
    Letter,
    LetterKind,
    LetterStatus,
    RecipientStatus,
)
from app.services import access, letters
from app.services.accounts import officer_named
from app.services.desk import Desk
from app.services.letter_dto import DispositionInfo, DispositionSheet, PendingDisposition, RecipientInfo

INSTRUCTIONS = tuple(DispositionInstruction)


@dataclass(frozen=True)
class Route:
    """One recipient of a disposition: an officer or a unit."""

    officer_id: uuid.UUID | None = None
    unit_id: uuid.UUID | None = None
    lead: bool = False


def _validate(
    routes: tuple[Route, ...], instructions: tuple[str, ...], due_on: date | None, today: date
) -> tuple[tuple[Route, ...], tuple[DispositionInstruction, ...]]:
    if not routes:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Route the letter to at least one officer or unit."),
            field="recipients",
        )
    keys = [(r.officer_id, r.unit_id) for r in routes]
    if any(o is None and u is None for o, u in keys) or any(o and u for o, u in keys):
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Each recipient is either an officer or a unit."), field="recipients"
        )
    if len(set(keys)) != len(keys):
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "A recipient is named twice."), field="recipients")
    leads = sum(r.lead for r in routes)
    if len(routes) == 1 and leads == 0:
        routes = (Route(routes[0].officer_id, routes[0].unit_id, True),)
    elif leads != 1:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Mark exactly one recipient as the lead."), field="recipients"
        )
    try:
        steps = tuple(DispositionInstruction(i) for i in dict.fromkeys(instructions))
    except ValueError:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Unknown disposition instruction."), field="instructions"
        ) from None
    if due_on is not None and due_on < today:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "The deadline is before today."), field="due_on")
    return routes, steps


def _check_routes(session: Session, routes: tuple[Route, ...]) -> None:
    for route in routes:
        if route.officer_id and session.get(Officer, route.officer_id) is None:
            raise NotFound(QT_TRANSLATE_NOOP("errors", "That officer no longer exists."), field="recipients")
        if route.unit_id and session.get(Unit, route.unit_id) is None:
            raise NotFound(QT_TRANSLATE_NOOP("errors", "That unit no longer exists."), field="recipients")


def _me(session: Session, desk: Desk) -> tuple[uuid.UUID | None, str]:
    officer = session.scalar(select(Officer).where(officer_named(desk.username or "")))
    return (officer.id, officer.full_name) if officer else (None, desk.username or "")


def _add(
    session: Session,
    desk: Desk,
    letter: Letter,
    parent: DispositionRecipient | None,
    routes: tuple[Route, ...],
    steps: tuple[DispositionInstruction, ...],
    note: str,
    due_on: date | None,
    today: date,
) -> uuid.UUID:
    officer_id, name = _me(session, desk)
    disposition = Disposition(
        letter_id=letter.id,
        parent_recipient_id=parent.id if parent else None,
        from_officer_id=officer_id,
        from_name=name,
        given_on=today,
        due_on=due_on,
        note=note.strip(),
    )
    session.add(disposition)
    session.flush()
    for step in steps:
        session.add(DispositionStep(disposition_id=disposition.id, instruction=step))
    for route in routes:
        session.add(
            DispositionRecipient(
                disposition_id=disposition.id,
                officer_id=route.officer_id,
                unit_id=route.unit_id,
                lead=route.lead,
                status=RecipientStatus.PENDING,
            )
        )
    return disposition.id


def dispose(
    desk: Desk,
    letter_id: uuid.UUID,
    routes: tuple[Route, ...],
    *,
    instructions: tuple[str, ...] = (),
    note: str = "",
    due_on: date | None = None,
    today: date | None = None,
) -> uuid.UUID:
    """Route an incoming letter (the first disposition, or another one beside it)."""
    access.require(desk, access.Permission.DISPOSE_LETTERS)
    today = today or date.today()
    routes, steps = _validate(routes, instructions, due_on, today)
    with desk.write() as session:
        letter = letters.get_letter(session, letters.viewer(session, desk), letter_id)
        if letter.kind != LetterKind.INCOMING or letter.status == LetterStatus.CANCELLED:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "Only a registered incoming letter is disposed.")
            )
        _check_routes(session, routes)
        return _add(session, desk, letter, None, routes, steps, note, due_on, today)


def _pending(session: Session, recipient_id: uuid.UUID) -> DispositionRecipient:
    recipient = session.get(DispositionRecipient, recipient_id)
    if recipient is None or recipient.deleted_at is not None:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "That disposition no longer exists."))
    if recipient.status != RecipientStatus.PENDING:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "This disposition has already been done or forwarded.")
        )
    return recipient


def forward(
    desk: Desk,
    recipient_id: uuid.UUID,
    routes: tuple[Route, ...],
    *,
    instructions: tuple[str, ...] = (),
    note: str = "",
    due_on: date | None = None,
    today: date | None = None,
) -> uuid.UUID:
    """A recipient passes the letter on; their part of the chain is then "forwarded"."""
    access.require(desk, access.Permission.DISPOSE_LETTERS)
    today = today or date.today()
    routes, steps = _validate(routes, instructions, due_on, today)
    with desk.write() as session:
        recipient = _pending(session, recipient_id)
        disposition = session.get(Disposition, recipient.disposition_id)
        assert disposition is not None
        letter = letters.get_letter(session, letters.viewer(session, desk), disposition.letter_id)
        _check_routes(session, routes)
        recipient.status = RecipientStatus.FORWARDED
        recipient.done_on = today
        return _add(session, desk, letter, recipient, routes, steps, note, due_on, today)


def complete(desk: Desk, recipient_id: uuid.UUID, *, note: str = "", today: date | None = None) -> None:
    access.require(desk, access.Permission.COMPLETE_DISPOSITIONS)
    with desk.write() as session:
        recipient = _pending(session, recipient_id)
        recipient.status = RecipientStatus.DONE
        recipient.done_on = today or date.today()
        recipient.done_note = note.strip()


# --- reading ------------------------------------------------------------------------------------


def _names(session: Session) -> tuple[dict[uuid.UUID, str], dict[uuid.UUID, str]]:
    officers = dict(session.execute(select(Officer.id, Officer.full_name)).all())
    units = dict(session.execute(select(Unit.id, Unit.name)).all())
    return officers, units


def _recipient_name(
    r: DispositionRecipient, officers: dict[uuid.UUID, str], units: dict[uuid.UUID, str]
) -> str:
    if r.officer_id:
        return officers.get(r.officer_id, "")
    return units.get(r.unit_id, "") if r.unit_id else ""


def chain(session: Session, letter_id: uuid.UUID, today: date) -> tuple[DispositionInfo, ...]:
    """Every routing of a letter in reading order: each one followed by its forwardings."""
    dispositions = list(
        session.scalars(
            select(Disposition)
            .where(Disposition.letter_id == letter_id, Disposition.deleted_at.is_(None))
            .order_by(Disposition.given_on, Disposition.created_at)
        )
    )
    if not dispositions:
        return ()
    ids = [d.id for d in dispositions]
    steps: dict[uuid.UUID, list[str]] = defaultdict(list)
    for s in session.scalars(select(DispositionStep).where(DispositionStep.disposition_id.in_(ids))):
        if s.deleted_at is None:
            steps[s.disposition_id].append(s.instruction.value)
    recipients: dict[uuid.UUID, list[DispositionRecipient]] = defaultdict(list)
    for r in session.scalars(
        select(DispositionRecipient)
        .where(DispositionRecipient.disposition_id.in_(ids), DispositionRecipient.deleted_at.is_(None))
        .order_by(DispositionRecipient.lead.desc(), DispositionRecipient.created_at)
    ):
        recipients[r.disposition_id].append(r)
    officers, units = _names(session)
    children: dict[uuid.UUID | None, list[Disposition]] = defaultdict(list)
    for d in dispositions:
        children[d.parent_recipient_id].append(d)
    order = [i.value for i in INSTRUCTIONS]
    out: list[DispositionInfo] = []

    def visit(d: Disposition, depth: int) -> None:
        rows = recipients[d.id]
        out.append(
            DispositionInfo(
                id=d.id,
                depth=depth,
                parent_recipient_id=d.parent_recipient_id,
                from_name=d.from_name,
                given_on=d.given_on,
                due_on=d.due_on,
                note=d.note,
                instructions=tuple(sorted(steps[d.id], key=order.index)),
                recipients=tuple(
                    RecipientInfo(
                        r.id,
                        _recipient_name(r, officers, units),
                        r.officer_id,
                        r.unit_id,
                        r.lead,
                        r.status.value,
                        r.done_on,
                        r.done_note,
                        r.status == RecipientStatus.PENDING and d.due_on is not None and d.due_on < today,
                    )
                    for r in rows
                ),
            )
        )
        for r in rows:
            for child in children.get(r.id, []):
                visit(child, depth + 1)

    for root in children[None]:
        visit(root, 0)
    return tuple(out)


def pending_for(
    desk: Desk, *, scope: str = "mine", include_done: bool = False, today: date | None = None
) -> list[PendingDisposition]:
    """Dispositions routed to me (`mine`) or to my unit (`unit`), deadline first."""
    today = today or date.today()
    with desk.read() as session:
        who = letters.viewer(session, desk)
        target: ColumnElement[bool] | None = None
        if scope == "unit":
            if who.unit_id is not None:
                target = DispositionRecipient.unit_id == who.unit_id
        elif who.officer_id is not None:
            target = DispositionRecipient.officer_id == who.officer_id
        if target is None:
            return []
        query = (
            select(DispositionRecipient, Disposition, Letter)
            .join(Disposition, Disposition.id == DispositionRecipient.disposition_id)
            .join(Letter, Letter.id == Disposition.letter_id)
            .where(target, DispositionRecipient.deleted_at.is_(None), letters.visible_to(who))
            .order_by(Disposition.due_on.is_(None), Disposition.due_on, Disposition.given_on)
        )
        if not include_done:
            query = query.where(DispositionRecipient.status == RecipientStatus.PENDING)
        officers, units = _names(session)
        result = []
        for r, d, letter in session.execute(query):
            result.append(
                PendingDisposition(
                    recipient_id=r.id,
                    disposition_id=d.id,
                    letter_id=letter.id,
                    letter_reference=letters.reference_of(letter),
                    subject=letter.subject,
                    from_name=d.from_name,
                    recipient=_recipient_name(r, officers, units),
                    given_on=d.given_on,
                    due_on=d.due_on,
                    lead=r.lead,
                    status=r.status.value,
                    instructions=tuple(
                        sorted(
                            (
                                s.value
                                for s in session.scalars(
                                    select(DispositionStep.instruction).where(
                                        DispositionStep.disposition_id == d.id
                                    )
                                )
                            ),
                            key=[i.value for i in INSTRUCTIONS].index,
                        )
                    ),
                    overdue=r.status == RecipientStatus.PENDING and d.due_on is not None and d.due_on < today,
                )
            )
        return result


def overdue_count(desk: Desk, *, today: date | None = None) -> int:
    today = today or date.today()
    with desk.read() as session:
        who = letters.viewer(session, desk)
        query = (
            select(DispositionRecipient.id)
            .join(Disposition, Disposition.id == DispositionRecipient.disposition_id)
            .join(Letter, Letter.id == Disposition.letter_id)
            .where(
                DispositionRecipient.status == RecipientStatus.PENDING,
                DispositionRecipient.deleted_at.is_(None),
                Disposition.due_on < today,
                letters.visible_to(who),
            )
        )
        return len(session.scalars(query).all())


def disposition_sheet(desk: Desk, disposition_id: uuid.UUID) -> DispositionSheet:
    """What the lembar disposisi of one routing shows (app/documents prints it)."""
    with desk.read() as session:
        d = session.get(Disposition, disposition_id)
        if d is None or d.deleted_at is not None:
            raise NotFound(QT_TRANSLATE_NOOP("errors", "That disposition no longer exists."))
        letter = letters.get_letter(session, letters.viewer(session, desk), d.letter_id)
        officers, units = _names(session)
        agency = session.get(Agency, letter.sender_agency_id) if letter.sender_agency_id else None
        ticked = {
            s
            for s in session.scalars(
                select(DispositionStep.instruction).where(
                    DispositionStep.disposition_id == d.id, DispositionStep.deleted_at.is_(None)
                )
            )
        }
        recipients = session.scalars(
            select(DispositionRecipient)
            .where(DispositionRecipient.disposition_id == d.id, DispositionRecipient.deleted_at.is_(None))
            .order_by(DispositionRecipient.lead.desc(), DispositionRecipient.created_at)
        )
        forwarded_from = ""
        if d.parent_recipient_id:
            parent = session.get(DispositionRecipient, d.parent_recipient_id)
            if parent is not None:
                forwarded_from = _recipient_name(parent, officers, units)
        return DispositionSheet(
            agenda_number=letter.agenda_number or "",
            received_on=letter.received_on,
            letter_number=letter.sender_number,
            letter_date=letter.dated_on,
            sender=" — ".join(p for p in (agency.name if agency else "", letter.sender_name) if p),
            hal=letter.subject,
            sifat=SIFAT_WORDS[letter.security],
            recipients=tuple((_recipient_name(r, officers, units), r.lead) for r in recipients),
            instructions=tuple((i.value, INSTRUCTION_WORDS[i], i in ticked) for i in INSTRUCTIONS),
            note=d.note,
            due_on=d.due_on,
            from_name=d.from_name,
            given_on=d.given_on,
            forwarded_from=forwarded_from,
        )
