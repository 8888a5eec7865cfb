"""The change capture: one edit gives exactly the expected audit and change-log entries."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import func, select

from app.models import AuditEntry, Change, FieldHead, NumberCounter, Officer
from app.persistence.capture import Actor, CaptureError
from app.services import reference
from app.services.desk import Desk
from app.services.dto import OfficerInfo


def _officer(desk: Desk) -> OfficerInfo:
    return next(o for o in reference.officers(desk) if o.username == "admin")


def _counts(desk: Desk) -> tuple[int, int, int]:
    with desk.read() as session:
        return (
            session.scalar(select(func.count(AuditEntry.id))) or 0,
            session.scalar(select(func.count(Change.id))) or 0,
            session.scalar(select(func.coalesce(func.max(NumberCounter.value), 0))) or 0,
        )


def test_insert_is_stamped_and_journalled(desk: Desk) -> None:
    info = reference.save_officer(
        desk, full_name="Budi Santoso", agency_code="KBRI-KUL", phone="+60123456789"
    )
    with desk.read() as session:
        officer = session.get(Officer, info.id)
        assert officer is not None
        assert officer.id.version == 7  # UUIDv7, made where the record is born
        assert officer.origin_site == "KBRI-KUL"
        assert officer.created_by == officer.updated_by == "admin"
        assert officer.created_at.tzinfo is not None
        audit = session.scalars(select(AuditEntry).where(AuditEntry.row_id == info.id)).all()
        assert [a.action for a in audit] == ["insert"]
        assert json.loads(audit[0].changes)["full_name"] == [None, "Budi Santoso"]
        changes = session.scalars(select(Change).where(Change.row_id == info.id)).all()
        fields = {c.field: json.loads(c.value) for c in changes}
        assert fields["full_name"] == "Budi Santoso"
        assert fields["phone"] == "+60123456789"
        assert "id" not in fields and "updated_at" not in fields
        assert all(c.base == "[]" and c.origin_site == "KBRI-KUL" for c in changes)
        assert len({c.origin_seq for c in changes}) == len(changes)
        heads = session.scalar(select(func.count()).select_from(FieldHead).where(FieldHead.row_id == info.id))
        assert heads == len(changes)


def test_one_edit_gives_one_audit_entry_and_one_change(desk: Desk) -> None:
    officer = _officer(desk)
    with desk.read() as session:
        head = session.scalar(
            select(Change)
            .where(Change.row_id == officer.id, Change.field == "full_name")
            .order_by(Change.id.desc())
        )
        assert head is not None
        head_id, head_hlc = head.change_id, head.hlc
        before_id = session.scalar(select(func.max(Change.id)))
        before_audit = session.scalar(select(func.max(AuditEntry.id)))
    with desk.write() as session:
        row = session.get(Officer, officer.id)
        assert row is not None
        row.full_name = "Siti Rahmawati, S.H."
    with desk.read() as session:
        new_changes = session.scalars(select(Change).where(Change.id > before_id)).all()
        new_audit = session.scalars(select(AuditEntry).where(AuditEntry.id > before_audit)).all()
        assert len(new_changes) == 1 and len(new_audit) == 1
        change, audit = new_changes[0], new_audit[0]
        assert (change.entity, change.row_id, change.field) == ("officer", officer.id, "full_name")
        assert json.loads(change.value) == "Siti Rahmawati, S.H."
        assert json.loads(change.base) == [head_id]
        assert change.hlc > head_hlc
        assert audit.action == "update" and audit.actor == "admin" and audit.site == "KBRI-KUL"
        assert json.loads(audit.changes) == {"full_name": ["Siti Rahmawati", "Siti Rahmawati, S.H."]}
        assert audit.tx == change.tx
        heads = session.execute(
            select(FieldHead.origin_site, FieldHead.origin_seq).where(
                FieldHead.row_id == officer.id, FieldHead.field == "full_name"
            )
        ).all()
        assert heads == [("KBRI-KUL", change.origin_seq)]
        stamped = session.get(Officer, officer.id)
        assert stamped is not None and stamped.updated_at > stamped.created_at


def test_setting_the_same_value_journals_nothing(desk: Desk) -> None:
    officer = _officer(desk)
    before = _counts(desk)
    with desk.write() as session:
        row = session.get(Officer, officer.id)
        assert row is not None
        row.full_name = str(row.full_name)
    assert _counts(desk) == before


def test_a_failed_transaction_leaves_no_trace(desk: Desk) -> None:
    officer = _officer(desk)
    before = _counts(desk)
    with pytest.raises(RuntimeError), desk.write() as session:
        row = session.get(Officer, officer.id)
        assert row is not None
        row.phone = "+62811000000"
        session.flush()
        raise RuntimeError("power cut")
    assert _counts(desk) == before
    assert _officer(desk).phone == ""


def test_replicated_records_are_never_deleted(desk: Desk) -> None:
    officer = _officer(desk)
    with pytest.raises(CaptureError), desk.write() as session:
        row = session.get(Officer, officer.id)
        session.delete(row)
    assert _officer(desk).id == officer.id


def test_a_write_needs_an_actor(desk: Desk) -> None:
    with pytest.raises(CaptureError), desk.db.session() as session:
        row = session.scalar(select(Officer))
        assert row is not None
        row.phone = "1"


def test_relationship_assignment_is_journalled(desk: Desk) -> None:
    """Setting a relationship rather than its key column still records the key's change."""
    officer = _officer(desk)
    with desk.write() as session:
        from app.models import Unit

        unit = session.scalar(select(Unit).where(Unit.code == "PWNI"))
        row = session.get(Officer, officer.id)
        assert unit is not None and row is not None
        row.unit = unit
        unit_id = unit.id
    with desk.read() as session:
        change = session.scalar(
            select(Change)
            .where(Change.row_id == officer.id, Change.field == "unit_id")
            .order_by(Change.id.desc())
        )
        assert change is not None and json.loads(change.value) == str(unit_id)


def test_seeded_reference_rows_are_identical_at_every_site(desk: Desk, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from app.config import load_config
    from app.services.desk import open_desk

    other = open_desk(load_config(tmp_path / "other"))
    try:

        def seeded(d: Desk) -> list[tuple[str, int, str, str]]:
            with d.read() as session:
                return list(
                    session.execute(
                        select(Change.origin_site, Change.origin_seq, Change.field, Change.value)
                        .where(Change.origin_site == "_seed")
                        .order_by(Change.origin_seq)
                    )
                )

        assert seeded(desk) == seeded(other)
        assert len(seeded(desk)) > 500
    finally:
        other.close()


def test_actor_is_recorded_per_session(desk: Desk) -> None:
    officer = _officer(desk)
    with desk.db.session(Actor("budi", "KBRI-KUL")) as session:
        row = session.get(Officer, officer.id)
        assert row is not None
        row.position = "Pelaksana Fungsi Konsuler"
    with desk.read() as session:
        audit = session.scalar(select(AuditEntry).order_by(AuditEntry.id.desc()))
        assert audit is not None and audit.actor == "budi"
        assert session.get(Officer, officer.id).updated_by == "budi"  # type: ignore[union-attr]
