"""Two officers editing the same record never silently overwrite each other.

An edit form remembers the record's version when it is filled: the newest entry of the change
log (`change_log.id`, local to this database) about the record, its worker and its child rows.
The log holds every change, whether made at this desk, at another desk of the same server or
received by sync, so nothing that moved the record escapes it. On saving, the service locks the
record (SELECT ... FOR UPDATE on a server; SQLite has one writer anyway) and reads what changed
after that version:
- nothing, or only fields this officer did not touch: the edit is saved (a per-field merge: the
  officer's form sends only the fields the officer changed);
- a field this officer changed too: `EditConflict` names the fields, who changed them and their
  new values; the form offers to reload them or to keep its own (saving again with the version
  the conflict reports as base, so a third desk's later edit is still caught).
Optimistic, not a lock held while a form is open: an officer who walks away from an open form
blocks no one.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from sqlalchemy import func, select, tuple_
from sqlalchemy.orm import Session

from app.errors import DomainError
from app.i18n import QT_TRANSLATE_NOOP
from app.models import Case, CaseAgency, CaseCategoryTag, CaseOfficer, Change
from app.models.correspondence import Letter, LetterCopy, LetterFile

#: A watched row: (entity, row id, the form's name of its fields: a prefix, or one fixed name).
Watched = tuple[str, uuid.UUID, str]


@dataclass(frozen=True)
class ChangedField:
    key: str  # the form's name of the field, as the service's `changes` use it
    value: object  # the value the other officer saved (plain JSON)
    actor: str


class EditConflict(DomainError):
    """Someone else saved some of the same fields since the form was filled."""

    def __init__(
        self, fields: tuple[ChangedField, ...], version: int, labels: dict[str, str] | None = None
    ) -> None:
        names = ", ".join((labels or {}).get(f.key, f.key) for f in fields)
        who = ", ".join(sorted({f.actor for f in fields}))
        super().__init__(
            QT_TRANSLATE_NOOP(
                "errors",
                "{who} saved this record while you were editing it, and changed the same fields: "
                "{fields}. Nothing was saved: reload their values, or keep yours.",
            ),
            who=who,
            fields=names,
        )
        self.fields = fields
        self.version = version

    def name_fields(self, caption: Callable[[str], str]) -> None:
        """Name the fields in the message as the form shows them (`caption` of each key)."""
        self.values["fields"] = ", ".join(caption(f.key) for f in self.fields)


#: columns the forms name otherwise (a letter's form picks a signer and answers a letter)
_FORM_NAMES = {"signer_officer_id": "signer", "in_reply_to_id": "in_reply_to"}


def form_name(column: str) -> str:
    """The form's name of a column of the edited record itself."""
    return _key("", column)


def _key(entity_key: str, field: str) -> str:
    # "worker." + column (a prefix), or a fixed name for a child row ("participants")
    if entity_key.endswith("."):
        return entity_key + field
    if entity_key == "":
        if field in _FORM_NAMES:
            return _FORM_NAMES[field]
        return field.removesuffix("_id") if field.endswith("agency_id") else field
    return entity_key


def case_rows(session: Session, case: Case) -> list[Watched]:
    """The rows an edit form of a case shows: the case, its worker and its lists."""
    rows: list[Watched] = [("case_file", case.id, ""), ("worker", case.worker_id, "worker.")]
    children: tuple[tuple[type[CaseAgency | CaseCategoryTag | CaseOfficer], str], ...] = (
        (CaseAgency, "participants"),
        (CaseCategoryTag, "extra_categories"),
        (CaseOfficer, "officers"),
    )
    for model, key in children:
        ids = session.scalars(select(model.id).where(model.case_id == case.id))
        rows += [(model.__tablename__, row_id, key) for row_id in ids]
    return rows


def letter_rows(session: Session, letter: Letter) -> list[Watched]:
    """The rows a draft's edit form shows: the letter, its copies (tembusan) and its files."""
    rows: list[Watched] = [("letter", letter.id, "")]
    children: tuple[tuple[type[LetterCopy | LetterFile], str], ...] = (
        (LetterCopy, "copies"),
        (LetterFile, "files"),
    )
    for model, key in children:
        ids = session.scalars(select(model.id).where(model.letter_id == letter.id))
        rows += [(model.__tablename__, row_id, key) for row_id in ids]
    return rows


def minutes_rows(session: Session, meeting_id: uuid.UUID) -> list[Watched]:
    """The rows the minutes editor shows: each agenda item, its fields named `item.<id>.<field>`
    (the officer's discussion of one item is its own field: another item's is no conflict)."""
    from app.models import AgendaItem

    ids = session.scalars(select(AgendaItem.id).where(AgendaItem.meeting_id == meeting_id))
    return [("agenda_item", item_id, f"item.{item_id}.") for item_id in ids]


def discussion_key(item_id: uuid.UUID) -> str:
    return f"item.{item_id}.discussion"


def version(session: Session, watched: Iterable[Watched]) -> int:
    """The newest change about the watched rows (0: none)."""
    rows = [(entity, row_id) for entity, row_id, _ in watched]
    if not rows:
        return 0
    newest = session.scalar(select(func.max(Change.id)).where(tuple_(Change.entity, Change.row_id).in_(rows)))
    return int(newest or 0)


def changed_since(session: Session, watched: Iterable[Watched], base: int) -> dict[str, ChangedField]:
    """Per form field, the last change after `base` (local edits, other desks, sync)."""
    keys = {(entity, row_id): key for entity, row_id, key in watched}
    if not keys:
        return {}
    query = (
        select(Change.entity, Change.row_id, Change.field, Change.value, Change.actor)
        .where(tuple_(Change.entity, Change.row_id).in_(list(keys)), Change.id > base)
        .order_by(Change.id)
    )
    found: dict[str, ChangedField] = {}
    for entity, row_id, field, value, actor in session.execute(query):
        if field in ("updated_at", "updated_by", "created_at", "created_by", "origin_site"):
            continue
        key = _key(keys[(entity, row_id)], field)
        found[key] = ChangedField(key, json.loads(value), actor)
    return found


def check(
    session: Session,
    watched: list[Watched],
    base: int | None,
    changing: Iterable[str],
    labels: dict[str, str] | None = None,
) -> None:
    """Refuse the save if a field being changed was saved by someone else after `base`
    (`labels`: how the message names a field, where its key says nothing to a person)."""
    if base is None:
        return
    others = changed_since(session, watched, base)
    overlap = tuple(others[k] for k in sorted(set(changing) & set(others)))
    if overlap:
        raise EditConflict(overlap, version(session, watched), labels)
