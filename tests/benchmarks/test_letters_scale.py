"""The letter register on 5,000 incoming letters entered through the service (`make bench`):
counting, the first and the last page, the awaiting-reply filter, a search, a letter whole.
Measured on the project's machine (2 shared cores): 7, 11, 34, 10, 67 and 11 ms."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest

from app.config import load_config
from app.services import letters, office
from app.services.desk import Desk, open_desk
from app.services.letters import IncomingLetter, LetterFilter
from tests.conftest import ADMIN_PASSWORD

LETTERS = 5_000


@pytest.fixture(scope="module")
def register(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Desk]:
    desk = open_desk(load_config(Path(tmp_path_factory.mktemp("letters"))))
    office.initialize(
        desk,
        office.OfficeSetup(
            "KBRI-KUL",
            "KBRI Kuala Lumpur",
            "KBRI-KUL",
            "MY",
            admin_username="admin",
            admin_password=ADMIN_PASSWORD,
        ),
    )
    today = date.today()
    for i in range(LETTERS):
        letters.register_incoming(
            desk,
            IncomingLetter(
                received_on=today - timedelta(days=i % 300),
                subject=f"Permohonan pemulangan PMI nomor {i}",
                sender_agency="BP2MI",
                sender_number=f"B-{i}/2026",
                reply_by=today + timedelta(days=7) if i % 2 else None,
                summary="Mohon ditindaklanjuti",
            ),
            today=today,
        )
    yield desk
    desk.close()


def _run(benchmark: Any, fn: Any) -> Any:
    return benchmark.pedantic(fn, rounds=10, iterations=1, warmup_rounds=1)


def test_count(benchmark: Any, register: Desk) -> None:
    assert _run(benchmark, lambda: letters.count_letters(register, LetterFilter(kind="in"))) == LETTERS


def test_first_page(benchmark: Any, register: Desk) -> None:
    assert len(_run(benchmark, lambda: letters.letter_page(register, LetterFilter(kind="in")))) == 100


def test_last_page(benchmark: Any, register: Desk) -> None:
    page = _run(
        benchmark, lambda: letters.letter_page(register, LetterFilter(kind="in"), offset=LETTERS - 100)
    )
    assert len(page) == 100


def test_awaiting_reply(benchmark: Any, register: Desk) -> None:
    assert (
        _run(benchmark, lambda: letters.count_letters(register, LetterFilter(awaiting_reply=True)))
        == LETTERS // 2
    )


def test_search(benchmark: Any, register: Desk) -> None:
    rows = _run(benchmark, lambda: letters.letter_page(register, LetterFilter(text="nomor 4711")))
    # the subject of letter 4711, and the letter whose agenda number ends in 04711
    assert "Permohonan pemulangan PMI nomor 4711" in [r.subject for r in rows] and len(rows) == 2


def test_letter_whole(benchmark: Any, register: Desk) -> None:
    first = letters.list_letters(register, LetterFilter(), limit=1)[0]
    assert _run(benchmark, lambda: letters.letter_detail(register, first.id)).id == first.id
