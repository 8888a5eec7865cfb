"""Sorted pages of a big register (`make bench`): a page in the middle, sorted by each column
of the Cases view, on 100,000 generated cases (JEJARING_BENCH_SORT_CASES to change it).

Every sort key is a column of case_file with a covering index (the worker's name kept there by
triggers, the stage's handling order computed), so a page costs about the same whatever the
order. `test_middle_page_by_worker_through_the_join` times the former way (joining every case
to its worker) on the same database, for comparison."""

from __future__ import annotations

import os
from collections.abc import Iterator
from typing import Any

import pytest
from sqlalchemy import select

from app.config import load_config
from app.models import Case, Worker
from app.services import cases
from app.services.desk import Desk, open_desk
from tests.benchmarks.bigdb import big_database

SIZE = int(os.environ.get("JEJARING_BENCH_SORT_CASES", "100000"))
PAGE = 60
SORTS = ("worker", "status", "country", "priority", "category", "number", "reported_on")


@pytest.fixture(scope="module")
def register() -> Iterator[Desk]:
    path = big_database(SIZE)
    desk = open_desk(load_config(path.with_name(path.stem + "-home"), f"sqlite:///{path}"))
    yield desk
    desk.close()


@pytest.mark.parametrize("sort", SORTS)
def test_middle_page_sorted(benchmark: Any, register: Desk, sort: str) -> None:
    def page() -> list[cases.CaseRow]:
        return cases.case_page(register, None, total=SIZE, offset=SIZE // 2, limit=PAGE, sort=sort)

    rows = benchmark.pedantic(page, rounds=5, iterations=1, warmup_rounds=1)
    assert len(rows) == PAGE
    benchmark.extra_info["cases"] = SIZE
    if sort == "worker":
        names = [row.worker_name.lower() for row in rows]
        assert names == sorted(names, reverse=True)  # descending, the view's default


def test_middle_page_by_worker_through_the_join(benchmark: Any, register: Desk) -> None:
    """The former query: keys of a middle page ordered by the worker's name through the join."""

    def keys() -> list[object]:
        query = (
            select(Case.id)
            .join(Worker, Worker.id == Case.worker_id)
            .where(Case.deleted_at.is_(None))
            .order_by(Worker.full_name.desc(), Case.number.desc())
            .offset(SIZE // 2)
            .limit(PAGE)
        )
        with register.read() as session:
            return list(session.scalars(query))

    assert len(benchmark.pedantic(keys, rounds=3, iterations=1, warmup_rounds=0)) == PAGE
    benchmark.extra_info["cases"] = SIZE
