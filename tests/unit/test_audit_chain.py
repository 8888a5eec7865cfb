"""The audit trail is a hash chain: an altered, removed or slipped-in entry is found, and the
entry where it happened is named."""

from __future__ import annotations

import uuid
from pathlib import Path

import pytest
from sqlalchemy import func, select, text

from app.errors import DomainError
from app.models import AuditEntry, Officer, Role
from app.persistence import audit_chain, schema
from app.services import accounts, audit, reference
from app.services.desk import Desk, open_desk
from tests.conftest import ADMIN_PASSWORD


def _report(desk: Desk) -> audit_chain.ChainReport:
    return audit.verify_chain(desk)


def _sql(desk: Desk, statement: str, **values: object) -> None:
    with desk.db.engine.begin() as connection:
        connection.execute(text(statement), values)


def _ids(desk: Desk) -> list[int]:
    with desk.read() as session:
        return list(session.scalars(select(AuditEntry.id).order_by(AuditEntry.id)))


def _officers_entries(desk: Desk) -> list[int]:
    """Entries written by the officer (the first ones are the shipped reference data's)."""
    with desk.read() as session:
        return list(
            session.scalars(select(AuditEntry.id).where(AuditEntry.actor == "admin").order_by(AuditEntry.id))
        )


def test_every_write_extends_the_chain_in_order(demo_desk: Desk) -> None:
    report = _report(demo_desk)
    ids = _ids(demo_desk)
    assert report.ok and report.count == len(ids) > 100
    assert ids == list(range(1, len(ids) + 1))
    with demo_desk.read() as session:
        first = session.scalar(select(AuditEntry.prev_hash).order_by(AuditEntry.id).limit(1))
        last = session.scalar(select(AuditEntry.hash).order_by(AuditEntry.id.desc()).limit(1))
    assert first == audit_chain.GENESIS
    assert report.head == last
    reference.save_officer(demo_desk, full_name="Dewi Lestari", agency_code="KBRI-KUL")
    after = _report(demo_desk)
    assert after.ok and after.count == report.count + 1


def test_an_altered_entry_is_named(demo_desk: Desk) -> None:
    victim = _officers_entries(demo_desk)[40]
    _sql(demo_desk, "UPDATE audit_entry SET changes = '{}' WHERE id = :id", id=victim)
    report = _report(demo_desk)
    assert report.broken is not None
    assert (report.broken.entry_id, report.broken.kind, report.broken.actor) == (victim, "altered", "admin")
    assert report.count == victim - 1
    message = audit.break_message(report, "en")
    assert f"Audit entry {victim} (" in message and "by admin) was altered" in message
    assert "diubah" in audit.break_message(report, "id")


def test_an_altered_actor_is_found_even_with_its_hash_recomputed_badly(demo_desk: Desk) -> None:
    victim = _ids(demo_desk)[10]
    _sql(
        demo_desk,
        "UPDATE audit_entry SET actor = 'someone', hash = :h WHERE id = :id",
        h="f" * 64,
        id=victim,
    )
    broken = _report(demo_desk).broken
    assert broken is not None and broken.entry_id == victim and broken.kind == "altered"


def test_a_removed_entry_is_found(demo_desk: Desk) -> None:
    victim = _ids(demo_desk)[25]
    _sql(demo_desk, "DELETE FROM audit_entry WHERE id = :id", id=victim)
    broken = _report(demo_desk).broken
    assert broken is not None and broken.entry_id == victim + 1 and broken.kind == "missing"
    assert "were removed" in audit.break_message(_report(demo_desk), "en")


def test_an_entry_slipped_in_with_a_proper_hash_is_found(demo_desk: Desk) -> None:
    """A forger who hashes the forged entry correctly still cannot make the next one follow it."""
    ids = _ids(demo_desk)
    victim = ids[30]
    with demo_desk.read() as session:
        before = session.scalar(select(AuditEntry.hash).where(AuditEntry.id == victim - 1))
        at = session.scalar(select(AuditEntry.at).where(AuditEntry.id == victim))
    forged = {
        "id": victim,
        "at": at,
        "actor": "admin",
        "site": "KBRI-KUL",
        "tx": uuid.uuid4(),
        "action": "update",
        "entity": "case_file",
        "row_id": uuid.uuid4(),
        "changes": '{"status":["intake","closed"]}',
        "prev_hash": before,
    }
    forged["hash"] = audit_chain.entry_hash(forged)
    _sql(demo_desk, "DELETE FROM audit_entry WHERE id = :id", id=victim)
    with demo_desk.db.engine.begin() as connection:
        connection.execute(AuditEntry.__table__.insert(), [forged])
    broken = _report(demo_desk).broken
    assert broken is not None and broken.entry_id == victim + 1 and broken.kind == "unlinked"


def test_an_entry_added_at_the_end_without_the_chain_is_found(demo_desk: Desk) -> None:
    last = _ids(demo_desk)[-1]
    _sql(
        demo_desk,
        "INSERT INTO audit_entry (id, at, actor, site, tx, action, entity, row_id, changes, prev_hash, hash) "
        "SELECT id + 1, at, actor, site, tx, action, entity, row_id, changes, hash, hash "
        "FROM audit_entry WHERE id = :id",
        id=last,
    )
    broken = _report(demo_desk).broken
    assert broken is not None and broken.entry_id == last + 1 and broken.kind == "altered"


#: the revision before the audit chain's migration (9b0d00000001)
BEFORE_CHAIN = "9e0000000001"


@pytest.mark.sqlite_only  # reads the SQLite schema to drop the chain
def test_entries_written_before_the_chain_are_chained_by_the_migration(
    demo_desk: Desk, tmp_path: Path
) -> None:
    from alembic.command import downgrade

    count = len(_ids(demo_desk))
    with demo_desk.db.engine.connect() as connection:
        triggers = set(connection.scalars(text("SELECT name FROM sqlite_master WHERE type = 'trigger'")))
    assert triggers  # the search index and sort keys live in triggers on case_file and worker
    config = schema.alembic_config()
    with demo_desk.db.engine.begin() as connection:
        config.attributes["connection"] = connection
        downgrade(config, BEFORE_CHAIN)
    demo_desk.close()
    upgraded = open_desk(demo_desk.config)
    try:
        accounts.sign_in(upgraded, "admin", ADMIN_PASSWORD)
        assert upgraded.upgrade is not None and upgraded.upgrade.before == BEFORE_CHAIN
        report = audit.verify_chain(upgraded)
        assert report.ok and report.count == count
        with upgraded.db.engine.connect() as connection:
            after = set(connection.scalars(text("SELECT name FROM sqlite_master WHERE type = 'trigger'")))
        assert after == triggers  # columns were added and dropped in place, never by copying a table
    finally:
        upgraded.close()


def test_access_entries_join_the_same_chain_and_hold_no_personal_data(demo_desk: Desk) -> None:
    from app.services import cases

    row = cases.list_cases(demo_desk, limit=1)[0]
    audit.record_access(demo_desk, "read", "case_file", row.id, {"view": "case_window"})
    entries = audit.list_entries(demo_desk, audit.AuditFilter(actions=("read",)))
    assert [(e.entity, e.row_id, e.changes) for e in entries] == [
        ("case_file", row.id, {"view": "case_window"})
    ]
    assert _report(demo_desk).ok
    with pytest.raises(TypeError):
        audit.record_access(demo_desk, "read", "case_file", row.id, {"name": ["Siti"]})  # type: ignore[dict-item]
    with pytest.raises(ValueError, match="unknown access kind"):
        audit.record_access(demo_desk, "delete", "case_file", row.id)


def test_filters_by_officer_record_period_and_action(demo_desk: Desk) -> None:
    from datetime import date, timedelta

    from app.services import cases

    number = cases.list_cases(demo_desk, limit=1)[0].number
    records = audit.parse_record(demo_desk, number)
    assert [entity for entity, _ in records] == ["case_file", "worker"]
    mine = audit.list_entries(demo_desk, audit.AuditFilter(records=records), limit=1000)
    assert mine and {(e.entity, e.row_id) for e in mine} <= set(records)
    assert audit.count_entries(demo_desk, audit.AuditFilter(officer="nobody")) == 0
    today = date.today()
    recent = audit.count_entries(demo_desk, audit.AuditFilter(start=today - timedelta(days=1)))
    assert recent == len(_officers_entries(demo_desk))  # the seeded rows are dated 2024
    assert (
        audit.count_entries(demo_desk, audit.AuditFilter(officer="admin", end=today - timedelta(days=1))) == 0
    )
    seeded = audit.count_entries(demo_desk, audit.AuditFilter(start=date(2024, 11, 1), end=date(2024, 11, 1)))
    assert seeded == len(_ids(demo_desk)) - recent
    assert audit.count_entries(demo_desk, audit.AuditFilter(actions=("update",))) > 0
    with pytest.raises(DomainError, match="neither"):
        audit.parse_record(demo_desk, "XX/1999/1")
    with pytest.raises(DomainError, match="ends before"):
        audit.count_entries(demo_desk, audit.AuditFilter(start=today, end=today - timedelta(days=2)))


def test_only_an_auditor_or_administrator_reads_the_trail(desk: Desk) -> None:
    with desk.write() as session:
        officer = session.scalars(select(Officer).where(Officer.username == "admin")).one()
        officer.role = Role.CASE_OFFICER
    with pytest.raises(DomainError, match="Your role does not allow this: reading the audit trail"):
        audit.verify_chain(desk)
    with desk.write() as session:
        session.scalars(select(Officer).where(Officer.username == "admin")).one().role = Role.AUDITOR
    assert audit.verify_chain(desk).ok


def test_export_reads_back(demo_desk: Desk, tmp_path: Path) -> None:
    import csv

    from openpyxl import load_workbook

    total = len(_ids(demo_desk))
    assert audit.export_entries(demo_desk, tmp_path / "trail.csv", language="id") == total
    with open(tmp_path / "trail.csv", encoding="utf-8-sig") as handle:
        rows = list(csv.reader(handle))
    assert rows[0][:3] == ["Entri", "Waktu (UTC)", "Petugas"] and len(rows) == total + 1
    assert rows[1][0] == "1" and rows[1][4] == "dibuat"
    assert audit.export_entries(demo_desk, tmp_path / "upd.xlsx", audit.AuditFilter(actions=("update",))) > 0
    book = load_workbook(tmp_path / "upd.xlsx", read_only=True)
    values = list(book.active.iter_rows(values_only=True))
    book.close()  # read-only workbooks keep their file open until closed
    assert all(" → " in str(r[7]) for r in values[1:])
    with pytest.raises(DomainError):
        audit.export_entries(demo_desk, tmp_path / "trail.pdf")
    assert not list(tmp_path.glob(".trail*"))
    with demo_desk.read() as session:
        assert session.scalar(select(func.count(AuditEntry.id))) == total
