"""The case register on a million cases (`make bench`): first page, last page, full-text search,
opening a case. Aim: each under 100 ms on the project's machine, independent of size."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from app.config import load_config
from app.services import case_activity, cases
from app.services.desk import Desk, open_desk
from tests.benchmarks.bigdb import big_database

PAGE = 60


@pytest.fixture(scope="module")
def million() -> Iterator[Desk]:
    path = big_database(1_000_000)
    desk = open_desk(load_config(path.with_name(path.stem + "-home"), f"sqlite:///{path}"))
    yield desk
    desk.close()


def _run(benchmark: Any, fn: Any) -> Any:
    return benchmark.pedantic(fn, rounds=10, iterations=1, warmup_rounds=1)


def test_count(benchmark: Any, million: Desk) -> None:
    assert _run(benchmark, lambda: cases.count_cases(million)) == 1_000_000


def test_first_page(benchmark: Any, million: Desk) -> None:
    assert (
        len(_run(benchmark, lambda: cases.case_page(million, None, total=1_000_000, offset=0, limit=PAGE)))
        == PAGE
    )


def test_middle_page(benchmark: Any, million: Desk) -> None:
    page = _run(
        benchmark, lambda: cases.case_page(million, None, total=1_000_000, offset=500_000, limit=PAGE)
    )
    assert len(page) == PAGE


def test_last_page(benchmark: Any, million: Desk) -> None:
    page = _run(
        benchmark,
        lambda: cases.case_page(million, None, total=1_000_000, offset=1_000_000 - PAGE, limit=PAGE),
    )
    assert len(page) == PAGE


def test_full_text_search(benchmark: Any, million: Desk) -> None:
    flt = cases.CaseFilter(text="siti aminah")

    def search() -> int:  # as the Cases view asks: the first page, counted in the same statement
        first = cases.first_page(million, flt, limit=PAGE)
        assert first.total is not None  # no second statement to count the matches
        return first.total

    assert _run(benchmark, search) > 0


def test_open_case(benchmark: Any, million: Desk) -> None:
    number = cases.list_cases(million, limit=1)[0].number
    assert _run(benchmark, lambda: case_activity.case_detail(million, number)).number == number
