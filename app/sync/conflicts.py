"""Conflicts, read from the change log itself, so that every site lists the same ones.

- A field conflict: a field with several heads holding different values (concurrent edits).
  The row shows the winner (highest clock, then site) on every site; the others are kept.
- An edit after a delete: a tombstoned record with a change of another field stamped later than
  its deletion. Services never edit a deleted record, so such an edit was made by a site that had
  not seen the delete: it is concurrent, and the record is not silently revived nor the edit lost.
Fields that matter (`IMPORTANT`, or a model's `__sync_important__`) put the record in the review
queue; minor fields keep the winner quietly (`--all` lists them too).
Resolving is an ordinary edit through the change-capture hook whose base names every head, so
the resolution replicates like any change and ends the conflict on every site.
"""

from __future__ import annotations

import json
import uuid
from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import flag_modified

from app.i18n import QT_TRANSLATE_NOOP
from app.models import Change, FieldHead
from app.services import access
from app.services.desk import Desk
from app.sync import SyncError
from app.sync.audience import model_of, replicated_tables
from app.sync.merge import from_plain, logged_columns, stamp_time

#: fields whose conflicts a person reviews (SYNC.md: status, lead agency, risk or priority,
#: deadlines, narrative, outcome, identity); others take the winner quietly
IMPORTANT = frozenset(
    {
        "status",
        "lead_agency_id",
        "priority",
        "life_threatening",
        "due_on",
        "summary",
        "outcome",
        "outcome_amount",
        "outcome_currency",
        "closed_on",
        "full_name",
        "nik",
        "passport_no",
        "birth_date",
        "deleted_at",
        "to_agency_id",
        "answered_on",
        "done_on",
    }
)


@dataclass(frozen=True)
class Candidate:
    change_id: str
    value: Any
    site: str
    actor: str
    at: datetime
    winner: bool


@dataclass(frozen=True)
class Conflict:
    entity: str
    row_id: uuid.UUID
    field: str
    kind: str  # "field" or "edit_after_delete"
    important: bool
    candidates: tuple[Candidate, ...]

    def to_json(self) -> dict[str, Any]:
        return {
            "entity": self.entity,
            "row_id": str(self.row_id),
            "field": self.field,
            "kind": self.kind,
            "important": self.important,
            "candidates": [
                {
                    "change": c.change_id,
                    "value": c.value,
                    "site": c.site,
                    "actor": c.actor,
                    "at": c.at.isoformat(),
                    "winner": c.winner,
                }
                for c in self.candidates
            ],
        }


def is_important(entity: str, field: str) -> bool:
    extra: frozenset[str] = getattr(model_of(entity), "__sync_important__", frozenset())
    return field in IMPORTANT or field in extra


def _candidate(change: Any, winner: bool) -> Candidate:
    return Candidate(
        change_id=f"{change.origin_site}:{change.origin_seq}",
        value=json.loads(change.value),
        site=change.origin_site,
        actor=change.actor,
        at=stamp_time(change.hlc),
        winner=winner,
    )


def conflicts_of(session: Session, *, include_minor: bool = True) -> list[Conflict]:
    many = (
        select(FieldHead.entity, FieldHead.row_id, FieldHead.field)
        .group_by(FieldHead.entity, FieldHead.row_id, FieldHead.field)
        .having(func.count() > 1)
        .subquery()
    )
    rows = session.execute(
        select(Change)
        .join(
            FieldHead,
            (FieldHead.origin_site == Change.origin_site) & (FieldHead.origin_seq == Change.origin_seq),
        )
        .join(
            many,
            (many.c.entity == FieldHead.entity)
            & (many.c.row_id == FieldHead.row_id)
            & (many.c.field == FieldHead.field),
        )
    ).scalars()
    heads: dict[tuple[str, uuid.UUID, str], list[Change]] = defaultdict(list)
    for change in rows:
        heads[(change.entity, change.row_id, change.field)].append(change)
    result: list[Conflict] = []
    for (entity, row_id, field), changes in heads.items():
        if len({c.value for c in changes}) < 2:
            continue
        important = is_important(entity, field)
        if not important and not include_minor:
            continue
        changes.sort(key=lambda c: c.hlc, reverse=True)
        result.append(
            Conflict(
                entity,
                row_id,
                field,
                "field",
                important,
                tuple(_candidate(c, i == 0) for i, c in enumerate(changes)),
            )
        )
    result.extend(_edits_after_delete(session))
    return sorted(result, key=lambda c: (c.entity, str(c.row_id), c.field))


def _edits_after_delete(session: Session) -> list[Conflict]:
    deletes = session.execute(
        select(Change)
        .join(
            FieldHead,
            (FieldHead.origin_site == Change.origin_site) & (FieldHead.origin_seq == Change.origin_seq),
        )
        .where(Change.field == "deleted_at", Change.value != "null")
    ).scalars()
    result: list[Conflict] = []
    latest: dict[tuple[str, uuid.UUID], Change] = {}
    for change in deletes:
        key = (change.entity, change.row_id)
        if key not in latest or change.hlc > latest[key].hlc:
            latest[key] = change
    for (entity, row_id), delete in latest.items():
        later = session.scalars(
            select(Change)
            .where(
                Change.entity == entity,
                Change.row_id == row_id,
                Change.field != "deleted_at",
                Change.hlc > delete.hlc,
            )
            .order_by(Change.hlc.desc())
        ).all()
        if later:
            candidates = (_candidate(delete, True), *(_candidate(c, False) for c in later))
            result.append(Conflict(entity, row_id, "deleted_at", "edit_after_delete", True, candidates))
    return result


def list_conflicts(desk: Desk, *, include_minor: bool = False) -> list[Conflict]:
    with desk.read() as session:
        return conflicts_of(session, include_minor=include_minor)


def resolve(desk: Desk, entity: str, row_id: uuid.UUID, field: str, value_json: str) -> None:
    """Keep `value_json` (canonical JSON of one of the candidates, or a merged value) for a field
    in conflict: an ordinary edit whose base is every head, journalled by the capture hook."""
    access.require(desk, access.Permission.SYNC)
    if entity not in replicated_tables() or field not in logged_columns(entity):
        raise SyncError(
            QT_TRANSLATE_NOOP("sync", "There is no field {field} of {entity}."), field=field, entity=entity
        )
    try:
        plain = json.loads(value_json)
        value = from_plain(logged_columns(entity)[field], plain)
    except (ValueError, TypeError):
        raise SyncError(
            QT_TRANSLATE_NOOP("sync", "The value to keep is not valid JSON for {field}."), field=field
        ) from None
    cls = model_of(entity)
    with desk.write() as session:
        record = session.get(cls, row_id)
        if record is None:
            raise SyncError(
                QT_TRANSLATE_NOOP("sync", "No record {id} of {entity} is held here."),
                id=str(row_id),
                entity=entity,
            )
        setattr(record, field, value)
        flag_modified(record, field)
        forced = {field}
        if field == "deleted_at" and value is not None:
            # keeping the delete after later edits: a newer tombstone stamp settles it
            forced.add("deleted_at")
        session.info["sync_resolve"] = {(entity, row_id): frozenset(forced)}
        session.flush()
