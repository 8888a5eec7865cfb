"""The dashboard's figures on a million cases (`make bench`): every figure of the default period
(the last twelve months), and one narrowed to a country and a category. Aim: under a second."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from typing import Any

import pytest

from app.config import load_config
from app.services import dashboard
from app.services.desk import Desk, open_desk
from tests.benchmarks.bigdb import big_database

CASES = 1_000_000


@pytest.fixture(scope="module")
def million() -> Iterator[Desk]:
    path = big_database(CASES)
    desk = open_desk(load_config(path.with_name(path.stem + "-home"), f"sqlite:///{path}"))
    yield desk
    desk.close()


def _run(benchmark: Any, fn: Any) -> Any:
    return benchmark.pedantic(fn, rounds=5, iterations=1, warmup_rounds=1)


def test_dashboard_default_period(benchmark: Any, million: Desk) -> None:
    first, last = dashboard.default_period(date.today())
    figures = _run(benchmark, lambda: dashboard.dashboard(million, dashboard.DashboardFilter(first, last)))
    assert figures.cases.open > 0 and figures.cases.trend
    assert benchmark.stats.stats.mean < 1.0


def test_dashboard_one_country_and_category(benchmark: Any, million: Desk) -> None:
    first, last = dashboard.default_period(date.today())
    flt = dashboard.DashboardFilter(first, last, country="MY", category="unpaid_wages")
    figures = _run(benchmark, lambda: dashboard.dashboard(million, flt))
    assert figures.cases.open > 0
    assert benchmark.stats.stats.mean < 1.0
