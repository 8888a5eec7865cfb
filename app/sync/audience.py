"""Who may hold what: the audience of every replicated record (docs/sync.md, "Audiences").

Generic over the models, from the mapper registry and the tables' foreign keys:
- the roots are cases, workers, letters, forums and meetings; where each goes is app.sync.reach;
- any other record follows the root its foreign keys lead to, through as many parents as it
  takes (a disposition step follows its disposition, which follows its letter). With keys to
  several roots the order of ROOTS decides (an agenda item about a case is the meeting's);
  a model may name its parent column with `__sync_parent__ = "column"`;
- a record that also points at a record of another root (`__sync_also__ = ("case_id", ...)`)
  goes only where that one is held too: an agenda item about a case reaches the meeting's sites
  that hold the case, so a site never holds a reference it cannot follow, and a meeting does
  not spread the case;
- a child whose parent column is empty stays with its origin site and the hubs;
- everything else (agencies, units, sites, officers, categories, protocol rules, and any record
  added later without such a key) is shared reference data and goes to every site.
Sites are described by the cards this site enrolled (and by its own Site record), so the rule
is evaluated the same way on every site that knows the same cards.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Iterable
from functools import cache
from typing import Any

from sqlalchemy import Table, select
from sqlalchemy.orm import Session

from app.models import Base, Replicated
from app.sync.reach import Codes, Directory, SiteFacts, case_reach, letter_reach, meeting_reach

CASE = "case_file"
WORKER = "worker"
LETTER = "letter"
FORUM = "forum"
MEETING = "meeting"
#: the records whose audience is computed from what they name; a child with keys to several
#: follows the first of them in this order
ROOTS = (MEETING, LETTER, FORUM, CASE, WORKER)
EVERYONE: frozenset[str] = frozenset({"*"})
_CHUNK = 500

__all__ = ["CASE", "EVERYONE", "LETTER", "MEETING", "ROOTS", "WORKER", "Audiences", "SiteFacts"]


@cache
def replicated_tables() -> dict[str, Table]:
    tables: dict[str, Table] = {}
    for mapper in Base.registry.mappers:
        if issubclass(mapper.class_, Replicated):
            table = mapper.local_table
            assert isinstance(table, Table)
            tables[table.name] = table
    return tables


@cache
def model_of(entity: str) -> type[Replicated]:
    for mapper in Base.registry.mappers:
        table = mapper.local_table
        if issubclass(mapper.class_, Replicated) and isinstance(table, Table) and table.name == entity:
            cls: type[Replicated] = mapper.class_
            return cls
    raise KeyError(entity)


@cache
def parent_of(entity: str) -> tuple[str, str] | None:
    """(parent column, parent table) of a record that follows a root, else None."""
    return _parent(entity, frozenset())


def _parent(entity: str, seen: frozenset[str]) -> tuple[str, str] | None:
    if entity in ROOTS:
        return None
    tables = replicated_tables()
    explicit = getattr(model_of(entity), "__sync_parent__", None)

    def rank(target: str) -> int:
        return ROOTS.index(target) if target in ROOTS else len(ROOTS)

    keys = sorted(tables[entity].foreign_keys, key=lambda k: (rank(k.column.table.name), k.parent.name))
    for fk in keys:
        target = fk.column.table.name
        if explicit is not None and fk.parent.name != explicit:
            continue
        if target in ROOTS:
            return fk.parent.name, target
        if target in tables and target != entity and target not in seen and _parent(target, seen | {entity}):
            return fk.parent.name, target
    return None


@cache
def also_of(entity: str) -> tuple[tuple[str, str], ...]:
    """(column, table) of the other records this one must travel with (`__sync_also__`)."""
    table = replicated_tables()[entity]
    names = getattr(model_of(entity), "__sync_also__", ())
    found = []
    for name in names:
        [fk] = table.c[name].foreign_keys
        found.append((name, fk.column.table.name))
    return tuple(found)


def is_shared_reference(entity: str) -> bool:
    return entity not in ROOTS and parent_of(entity) is None


def root_of(entity: str) -> str | None:
    """The root table a record of `entity` follows (itself for a root)."""
    while entity not in ROOTS:
        link = parent_of(entity)
        if link is None:
            return None
        entity = link[1]
    return entity


class Audiences:
    """Audiences of the register as it stands in `session` (read once, asked many times)."""

    def __init__(self, session: Session, sites: Iterable[SiteFacts]) -> None:
        self.session = session
        where = Directory(session, sites)
        self.sites = where.sites
        self.hubs = where.hubs
        self.cases, self.worker_cases = case_reach(session, where)
        self.forums, self.meetings = meeting_reach(session, where)
        self.letters = letter_reach(session, where, self.cases)
        self._roots: dict[str, dict[uuid.UUID, Codes]] = {
            CASE: self.cases,
            LETTER: self.letters,
            FORUM: self.forums,
            MEETING: self.meetings,
        }
        self._workers: dict[uuid.UUID, Codes] = {}

    def of_case(self, case_id: uuid.UUID | None) -> frozenset[str] | None:
        return self.cases.get(case_id) if case_id is not None else None

    def of_worker(self, worker_id: uuid.UUID) -> frozenset[str] | None:
        if worker_id not in self._workers:
            cases = self.worker_cases.get(worker_id)
            if not cases:
                return None
            self._workers[worker_id] = frozenset().union(*(self.cases[c] for c in cases))
        return self._workers[worker_id]

    def of_root(self, entity: str, row_id: uuid.UUID) -> frozenset[str] | None:
        if entity == WORKER:
            return self.of_worker(row_id)
        return self._roots[entity].get(row_id)

    def in_audience(self, entity: str, peer: str) -> list[uuid.UUID]:
        """The roots of `entity` whose audience names `peer`."""
        if entity == WORKER:
            return [w for w in self.worker_cases if peer in (self.of_worker(w) or ())]
        return [i for i, codes in self._roots[entity].items() if peer in codes]

    def _columns(
        self, entity: str, row_ids: list[uuid.UUID], names: list[str]
    ) -> dict[uuid.UUID, tuple[Any, ...]]:
        """origin_site and the named columns of each row (rows absent from the table are left out)."""
        table = replicated_tables()[entity]
        result: dict[uuid.UUID, tuple[Any, ...]] = {}
        columns = [table.c.id, table.c.origin_site, *(table.c[n] for n in names)]
        if len(row_ids) > 4 * _CHUNK:  # most of a table (a first bundle, a count): one read, no binds
            wanted = set(row_ids)
            for row in self.session.execute(select(*columns)):
                if row[0] in wanted:
                    result[row[0]] = tuple(row[1:])
            return result
        for start in range(0, len(row_ids), _CHUNK):
            query = select(*columns).where(table.c.id.in_(row_ids[start : start + _CHUNK]))
            for row in self.session.execute(query):
                result[row[0]] = tuple(row[1:])
        return result

    def origins(self, entity: str, row_ids: Iterable[uuid.UUID]) -> dict[uuid.UUID, str]:
        return {i: values[0] for i, values in self._columns(entity, list(row_ids), []).items()}

    def parents(self, entity: str, row_ids: Iterable[uuid.UUID]) -> dict[uuid.UUID, uuid.UUID | None]:
        """Parent id of each child row (rows absent from the table are left out)."""
        link = parent_of(entity)
        assert link is not None
        return {i: values[1] for i, values in self._columns(entity, list(row_ids), [link[0]]).items()}

    def of_rows(self, entity: str, row_ids: Iterable[uuid.UUID]) -> dict[uuid.UUID, frozenset[str]]:
        """The audience of each row of `entity` (EVERYONE for shared reference data)."""
        ids = list(row_ids)
        if is_shared_reference(entity):
            return dict.fromkeys(ids, EVERYONE)
        link = parent_of(entity)
        if link is None:  # a root: its origin is read only when the register does not place it
            missing = [i for i in ids if self.of_root(entity, i) is None]
            origins = self.origins(entity, missing) if missing else {}
            return {i: self.of_root(entity, i) or frozenset({origins.get(i, ""), *self.hubs}) for i in ids}
        also = also_of(entity)
        rows = self._columns(entity, ids, [link[0]] + [name for name, _ in also])
        result: dict[uuid.UUID, frozenset[str]] = {}
        parent_ids = {values[1] for values in rows.values() if values[1] is not None}
        parent_codes = self.of_rows(link[1], parent_ids) if parent_ids else {}
        others = []
        for position, (_name, target) in enumerate(also, start=2):
            refs = {values[position] for values in rows.values() if values[position] is not None}
            others.append((position, self.of_rows(target, refs) if refs else {}))
        for i in ids:
            values = rows.get(i)
            origin = values[0] if values else ""
            fallback = frozenset({origin, *self.hubs})
            codes = parent_codes.get(values[1], fallback) if values and values[1] is not None else fallback
            for position, found in others:
                ref = values[position] if values else None
                if ref is not None and codes is not EVERYONE:
                    codes = (codes & found.get(ref, fallback)) | {origin}
            result[i] = codes
        return result


def dependents_of(session: Session, root: str, root_ids: list[uuid.UUID]) -> dict[str, list[Any]]:
    """Every row hanging off the given roots (children, their children, and the records that
    travel with them through `__sync_also__`): what sending the roots whole sends besides."""
    result: dict[str, set[Any]] = defaultdict(set)
    frontier: dict[str, list[Any]] = {root: root_ids}
    while frontier:
        found: dict[str, set[Any]] = defaultdict(set)
        for entity, table in replicated_tables().items():
            link = parent_of(entity)
            keys = ([link] if link else []) + list(also_of(entity))
            for column, target in keys:
                parents = frontier.get(target)
                if not parents:
                    continue
                for start in range(0, len(parents), _CHUNK):
                    chunk = parents[start : start + _CHUNK]
                    rows = session.scalars(select(table.c.id).where(table.c[column].in_(chunk)))
                    found[entity].update(i for i in rows if i not in result[entity])
        frontier = {}
        for entity, new in found.items():
            if new:
                result[entity] |= new
                frontier[entity] = sorted(new)
    return {entity: sorted(ids) for entity, ids in result.items() if ids}
