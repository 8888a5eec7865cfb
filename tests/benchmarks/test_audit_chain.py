"""What the hash chain costs: importing 10,000 cases (a worker and a case each, so 20,000 audit
entries) with the chain, against the same import with audit entries inserted unchained (the
floor), and verifying the chain that results. One round each (`make bench`)."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import insert

from app.config import load_config
from app.models import AuditEntry
from app.persistence import audit_chain
from app.services import audit, office, spreadsheet
from app.services.desk import Desk, open_desk
from tests.conftest import SETUP

ROWS = 10_000
_results: dict[str, float] = {}


def _sheet(path: Path) -> Path:
    with open(path, "w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["Nama", "Jenis pengaduan", "Tanggal pengaduan", "Negara", "Ringkasan"])
        for i in range(ROWS):
            writer.writerow(
                [f"Pekerja Nomor {i}", "unpaid_wages", "2026-03-02", "MY", f"Gaji tidak dibayar {i}"]
            )
    return path


@pytest.fixture
def fresh(tmp_path: Path) -> Iterator[Desk]:
    desk = open_desk(load_config(tmp_path / "data"))
    office.initialize(desk, SETUP)
    yield desk
    desk.close()


def _unchained(connection: Any, rows: list[dict[str, Any]]) -> None:
    for row in rows:
        row.update(prev_hash="", hash="")
    connection.execute(insert(AuditEntry), rows)


@pytest.mark.parametrize("mode", ["unchained", "chained"])
def test_import_of_10000_cases(
    benchmark: Any, fresh: Desk, tmp_path: Path, mode: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    if mode == "unchained":
        monkeypatch.setattr(audit_chain, "append", _unchained)
    sheet = spreadsheet.read_sheet(_sheet(tmp_path / "cases.csv"))
    mapping = spreadsheet.guess_mapping(sheet.headers)
    report = benchmark.pedantic(
        lambda: spreadsheet.import_cases(fresh, sheet, mapping, confirm=True), rounds=1, iterations=1
    )
    assert report.valid == ROWS
    _results[mode] = benchmark.stats.stats.mean
    if mode == "chained":
        assert audit.verify_chain(fresh).ok
        if "unchained" in _results:
            benchmark.extra_info["chain_overhead"] = round(_results["chained"] / _results["unchained"] - 1, 3)


def test_verify_after_import(benchmark: Any, fresh: Desk, tmp_path: Path) -> None:
    sheet = spreadsheet.read_sheet(_sheet(tmp_path / "cases.csv"))
    spreadsheet.import_cases(fresh, sheet, spreadsheet.guess_mapping(sheet.headers), confirm=True)
    report = benchmark.pedantic(lambda: audit.verify_chain(fresh), rounds=3, iterations=1)
    assert report.ok and report.count > 2 * ROWS
    benchmark.extra_info["entries"] = report.count
