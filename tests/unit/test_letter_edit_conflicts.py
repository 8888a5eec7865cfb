"""Two officers rewriting the same draft letter never silently overwrite each other
(app.services.edit_guard, as for cases); runs on SQLite and, with --postgres, on the server."""

from __future__ import annotations

import uuid
from datetime import date
from pathlib import Path

import pytest

from app.config import load_config
from app.services import accounts, letters
from app.services.desk import Desk, open_desk
from app.services.edit_guard import EditConflict
from app.services.letters import LetterDraft

TODAY = date(2026, 3, 16)
BUDI = "Sawah-Padi-2026"


def _draft(desk: Desk) -> uuid.UUID:
    draft = LetterDraft(
        kind="out",
        subject="Permohonan data PMI",
        addressee="Kepala BP2MI",
        addressee_place="Jakarta",
        body="Dengan hormat, kami mohon data PMI.",
        copies=("Direktur PWNI",),
    )
    return letters.draft_letter(desk, draft, today=TODAY)


def _as_form(detail: letters.LetterDetail, **changes: object) -> LetterDraft:
    """What the edit form sends: every field as it was filled, with the officer's changes."""
    values: dict[str, object] = {
        "kind": detail.kind,
        "subject": detail.subject,
        "addressee": detail.addressee,
        "addressee_place": detail.addressee_place,
        "body": detail.body,
        "security": detail.security,
        "classification": detail.classification,
        "attachment_count": detail.attachment_count,
        "signer": detail.signer_username or "",
        "copies": detail.copies,
        "summary": detail.summary,
    }
    values.update(changes)
    return LetterDraft(**values)  # type: ignore[arg-type]


def _second_desk(desk: Desk) -> Desk:
    """Another officer's desk on the same database (its own connections, like another PC)."""
    accounts.add_account(desk, "budi", "case_officer", BUDI, full_name="Budi Santoso")
    other = open_desk(load_config(desk.config.data_dir.parent / "other-desk", desk.config.database_url))
    accounts.sign_in(other, "budi", BUDI)
    return other


@pytest.fixture
def other(desk: Desk) -> Desk:
    other = _second_desk(desk)
    yield other  # type: ignore[misc]
    other.close()


def test_the_second_save_of_the_same_field_is_refused_and_names_it(desk: Desk, other: Desk) -> None:
    letter_id = _draft(desk)
    mine, theirs = letters.letter_detail(desk, letter_id), letters.letter_detail(other, letter_id)
    assert mine.version == theirs.version > 0
    letters.update_draft(
        other,
        letter_id,
        _as_form(theirs, subject="Permohonan data PMI a.n. Siti Aminah"),
        base_version=theirs.version,
        changed={"subject"},
    )
    with pytest.raises(EditConflict) as raised:
        letters.update_draft(
            desk,
            letter_id,
            _as_form(mine, subject="Permintaan data PMI"),
            base_version=mine.version,
            changed={"subject"},
        )
    conflict = raised.value
    assert [(f.key, f.value, f.actor) for f in conflict.fields] == [
        ("subject", "Permohonan data PMI a.n. Siti Aminah", "budi")
    ]
    assert "Nothing was saved" in conflict.translated("en")
    assert conflict.translated("id") != conflict.translated("en")
    assert letters.letter_detail(desk, letter_id).subject == "Permohonan data PMI a.n. Siti Aminah"

    # "keep mine": saved again on the version the conflict showed
    letters.update_draft(
        desk,
        letter_id,
        _as_form(mine, subject="Permintaan data PMI"),
        base_version=conflict.version,
        changed={"subject"},
    )
    assert letters.letter_detail(other, letter_id).subject == "Permintaan data PMI"


def test_different_fields_merge_and_the_copies_are_guarded_too(desk: Desk, other: Desk) -> None:
    letter_id = _draft(desk)
    mine, theirs = letters.letter_detail(desk, letter_id), letters.letter_detail(other, letter_id)
    letters.update_draft(
        other,
        letter_id,
        _as_form(
            theirs, body="Dengan hormat, mohon data 12 PMI.", copies=("Direktur PWNI", "Atase Tenaga Kerja")
        ),
        base_version=theirs.version,
        changed={"body", "copies"},
    )
    # my form still holds the old body and copies: only the place I changed is written
    letters.update_draft(
        desk,
        letter_id,
        _as_form(mine, addressee_place="Jakarta Selatan"),
        base_version=mine.version,
        changed={"addressee_place"},
    )
    merged = letters.letter_detail(desk, letter_id)
    assert merged.body == "Dengan hormat, mohon data 12 PMI."  # theirs, not my stale form's
    assert merged.copies == ("Direktur PWNI", "Atase Tenaga Kerja")
    assert merged.addressee_place == "Jakarta Selatan"

    with pytest.raises(EditConflict) as raised:
        letters.update_draft(
            desk, letter_id, _as_form(mine, copies=()), base_version=mine.version, changed={"copies"}
        )
    assert [f.key for f in raised.value.fields] == ["copies"]
    assert letters.letter_detail(other, letter_id).copies == ("Direktur PWNI", "Atase Tenaga Kerja")


def test_a_new_enclosure_from_another_desk_is_no_conflict(desk: Desk, other: Desk, tmp_path: Path) -> None:
    from tests.unit.test_letters import scan_pdf

    letter_id = _draft(desk)
    mine, theirs = letters.letter_detail(desk, letter_id), letters.letter_detail(other, letter_id)
    scan = scan_pdf(tmp_path / "lampiran.pdf")
    letters.update_draft(
        other, letter_id, _as_form(theirs, enclosures=(scan,)), base_version=theirs.version, changed=set()
    )
    letters.update_draft(
        desk, letter_id, _as_form(mine, subject="Data PMI"), base_version=mine.version, changed={"subject"}
    )
    after = letters.letter_detail(desk, letter_id)
    assert after.subject == "Data PMI" and [f.filename for f in after.files] == ["lampiran.pdf"]


def test_an_unknown_field_is_refused(desk: Desk) -> None:
    letter_id = _draft(desk)
    detail = letters.letter_detail(desk, letter_id)
    from app.errors import ValidationError

    with pytest.raises(ValidationError) as raised:
        letters.update_draft(desk, letter_id, _as_form(detail), changed={"number"})
    assert raised.value.field == "number"
