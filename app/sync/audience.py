"""Who may hold what: the audience of every replicated record (docs/sync.md, "Audiences").

Generic over the models, from the mapper registry and the tables' foreign keys:
- a case (`case_file`) goes to the sites of its lead agency, of the agencies taking part in it
  (`case_agency`) or named in one of its referrals (either end, whatever the referral's state:
  an agency that once held the case keeps receiving it), the representations (agency kind
  `representation`) in the case's country, the site that registered it, its origin site and every
  hub;
- a worker follows the cases about them (the union of their audiences); a worker with no case
  yet stays with its origin site and the hubs;
- any other record with a foreign key to `case_file` (or else to `worker`) follows that parent;
  a child whose parent column is empty stays with its origin site and the hubs. A model may name
  its parent column explicitly with `__sync_parent__ = "column"`;
- everything else (agencies, units, sites, officers, categories, protocol rules, and any record
  added later without such a key) is shared reference data and goes to every site.
Sites are described by the cards this site enrolled (and by its own Site record), so the rule
is evaluated the same way on every site that knows the same cards.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from typing import Any

from sqlalchemy import Table, select
from sqlalchemy.orm import Session

from app.models import Agency, Base, Case, CaseAgency, Referral, Replicated, Site

CASE = "case_file"
WORKER = "worker"
EVERYONE: frozenset[str] = frozenset({"*"})


@dataclass(frozen=True)
class SiteFacts:
    code: str
    agency_code: str
    agency_kind: str
    country: str
    is_hub: bool


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
    """(parent column, parent table) of a record that follows a case or a worker, else None."""
    if entity in (CASE, WORKER):
        return None
    table = replicated_tables()[entity]
    explicit = getattr(model_of(entity), "__sync_parent__", None)
    for target in (CASE, WORKER):
        for fk in sorted(table.foreign_keys, key=lambda k: k.parent.name):
            if fk.column.table.name == target and (explicit is None or fk.parent.name == explicit):
                return fk.parent.name, target
    return None


def is_shared_reference(entity: str) -> bool:
    return entity not in (CASE, WORKER) and parent_of(entity) is None


class Audiences:
    """Audiences of the case register as it stands in `session` (read once, asked many times)."""

    def __init__(self, session: Session, sites: Iterable[SiteFacts]) -> None:
        self.session = session
        self.sites = list(sites)
        self.hubs = frozenset(s.code for s in self.sites if s.is_hub)
        by_agency: dict[str, set[str]] = defaultdict(set)
        for site in self.sites:
            by_agency[site.agency_code].add(site.code)
        agency_code = dict(session.execute(select(Agency.id, Agency.code)).all())
        site_code = dict(session.execute(select(Site.id, Site.code)).all())
        involved: dict[uuid.UUID, set[uuid.UUID]] = defaultdict(set)
        for case_id, agency_id in session.execute(
            select(CaseAgency.case_id, CaseAgency.agency_id).where(CaseAgency.deleted_at.is_(None))
        ):
            involved[case_id].add(agency_id)
        for case_id, from_id, to_id in session.execute(
            select(Referral.case_id, Referral.from_agency_id, Referral.to_agency_id)
        ):
            involved[case_id].update((from_id, to_id))
        representations: dict[str, set[str]] = defaultdict(set)
        for site in self.sites:
            if site.agency_kind == "representation":
                representations[site.country].add(site.code)
        self.cases: dict[uuid.UUID, frozenset[str]] = {}
        self.worker_cases: dict[uuid.UUID, list[uuid.UUID]] = defaultdict(list)
        rows = session.execute(
            select(Case.id, Case.lead_agency_id, Case.country, Case.site_id, Case.origin_site, Case.worker_id)
        )
        for case_id, lead, country, site_id, origin, worker_id in rows:
            codes = set(self.hubs)
            codes.add(origin)
            if site_id in site_code:
                codes.add(site_code[site_id])
            for agency_id in {lead, *involved.get(case_id, ())}:
                if agency_id in agency_code:
                    codes.update(by_agency.get(agency_code[agency_id], ()))
            if country:
                codes.update(representations.get(country, ()))
            self.cases[case_id] = frozenset(codes)
            self.worker_cases[worker_id].append(case_id)
        self._origins: dict[tuple[str, uuid.UUID], str] = {}

    def of_case(self, case_id: uuid.UUID | None) -> frozenset[str] | None:
        return self.cases.get(case_id) if case_id is not None else None

    def of_worker(self, worker_id: uuid.UUID) -> frozenset[str] | None:
        cases = self.worker_cases.get(worker_id)
        if not cases:
            return None
        return frozenset().union(*(self.cases[c] for c in cases))

    def of_root(self, entity: str, row_id: uuid.UUID) -> frozenset[str] | None:
        return self.of_case(row_id) if entity == CASE else self.of_worker(row_id)

    def parents(self, entity: str, row_ids: Iterable[uuid.UUID]) -> dict[uuid.UUID, uuid.UUID | None]:
        """Parent id of each child row (rows absent from the table are left out)."""
        link = parent_of(entity)
        assert link is not None
        table = replicated_tables()[entity]
        result: dict[uuid.UUID, uuid.UUID | None] = {}
        ids = list(row_ids)
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            query = select(table.c.id, table.c[link[0]], table.c.origin_site).where(table.c.id.in_(chunk))
            for row_id, parent, origin in self.session.execute(query):
                result[row_id] = parent
                self._origins[(entity, row_id)] = origin
        return result

    def origins(self, entity: str, row_ids: Iterable[uuid.UUID]) -> dict[uuid.UUID, str]:
        table = replicated_tables()[entity]
        result: dict[uuid.UUID, str] = {}
        ids = list(row_ids)
        for start in range(0, len(ids), 500):
            query = select(table.c.id, table.c.origin_site).where(table.c.id.in_(ids[start : start + 500]))
            result.update(self.session.execute(query).all())
        return result

    def of_rows(self, entity: str, row_ids: Iterable[uuid.UUID]) -> dict[uuid.UUID, frozenset[str]]:
        """The audience of each row of `entity` (EVERYONE for shared reference data)."""
        ids = list(row_ids)
        if is_shared_reference(entity):
            return dict.fromkeys(ids, EVERYONE)
        origins = self.origins(entity, ids)
        fallback = {i: frozenset({origins.get(i, ""), *self.hubs}) for i in ids}
        if entity in (CASE, WORKER):
            return {i: self.of_root(entity, i) or fallback[i] for i in ids}
        link = parent_of(entity)
        assert link is not None
        parents = self.parents(entity, ids)
        result: dict[uuid.UUID, frozenset[str]] = {}
        for i in ids:
            parent = parents.get(i)
            found = self.of_root(link[1], parent) if parent is not None else None
            result[i] = found or fallback[i]
        return result

    def roots(self, entity: str, row_ids: Iterable[uuid.UUID]) -> dict[uuid.UUID, tuple[str, uuid.UUID]]:
        """The case or worker each row belongs to (itself for cases and workers)."""
        ids = list(row_ids)
        if entity in (CASE, WORKER):
            return {i: (entity, i) for i in ids}
        link = parent_of(entity)
        if link is None:
            return {}
        return {i: (link[1], p) for i, p in self.parents(entity, ids).items() if p is not None}


def children_of(session: Session, parent_table: str, parent_ids: list[uuid.UUID]) -> dict[str, list[Any]]:
    """Every row (of every child table) hanging off the given cases or workers."""
    result: dict[str, list[Any]] = {}
    for entity, table in replicated_tables().items():
        link = parent_of(entity)
        if link is None or link[1] != parent_table:
            continue
        found: list[Any] = []
        for start in range(0, len(parent_ids), 500):
            chunk = parent_ids[start : start + 500]
            found.extend(session.scalars(select(table.c.id).where(table.c[link[0]].in_(chunk))))
        if found:
            result[entity] = found
    return result
