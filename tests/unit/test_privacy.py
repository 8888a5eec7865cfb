"""UU 27/2022 for a worker: the lawful basis (validated, audited) and the data-subject report,
read back from the PDF."""

from __future__ import annotations

from datetime import date
from io import BytesIO

import pytest
from pypdf import PdfReader

from app.errors import DomainError
from app.services import audit, case_activity, cases, privacy
from app.services.desk import Desk

TODAY = date(2026, 12, 1)


def _text(pdf: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(BytesIO(pdf)).pages)


def test_a_lawful_basis_is_validated_recorded_and_audited(demo_desk: Desk) -> None:
    number = cases.list_cases(demo_desk, limit=1)[0].number
    assert privacy.lawful_basis(demo_desk, number).basis is None
    for kwargs, message in (
        ({"basis": "whim"}, "Choose a lawful basis"),
        ({"basis": "consent"}, "Give the date"),
        ({"basis": "consent", "consent_on": date(2027, 1, 1), "consent_form": "written"}, "future"),
        ({"basis": "consent", "consent_on": date(2026, 3, 2), "consent_form": "telepathy"}, "how consent"),
        ({"basis": "public_task", "consent_form": "oral"}, "belong only to the consent"),
    ):
        with pytest.raises(DomainError, match=message):
            privacy.set_lawful_basis(demo_desk, number, today=TODAY, **kwargs)  # type: ignore[arg-type]
    assert privacy.lawful_basis(demo_desk, number).basis is None  # nothing half-saved

    worker_id = privacy.set_lawful_basis(
        demo_desk, number, "consent", consent_on=date(2026, 3, 2), consent_form="written", today=TODAY
    )
    basis = privacy.lawful_basis(demo_desk, str(worker_id))
    assert (basis.basis, basis.consent_on, basis.consent_form) == ("consent", date(2026, 3, 2), "written")
    values = case_activity.case_detail(demo_desk, number).worker
    assert privacy.basis_text(values, "id") == "Persetujuan (tertulis, 2 Maret 2026)"
    assert privacy.basis_text(values, "en") == "Consent (written, 2 March 2026)"
    trail = audit.list_entries(
        demo_desk, audit.AuditFilter(records=(("worker", worker_id),), actions=("update",))
    )
    assert trail[0].changes["lawful_basis"] == [None, "consent"]

    privacy.set_lawful_basis(demo_desk, number, "vital_interest", today=TODAY)
    basis = privacy.lawful_basis(demo_desk, number)
    assert (basis.basis, basis.consent_on, basis.consent_form) == ("vital_interest", None, "")
    with pytest.raises(DomainError, match="No worker has"):
        privacy.set_lawful_basis(demo_desk, "3201010101010001", "public_task")


def test_the_data_subject_report_holds_the_data_and_its_trail(demo_desk: Desk) -> None:
    number = cases.list_cases(demo_desk, limit=1)[0].number
    detail = case_activity.case_detail(demo_desk, number)
    privacy.set_lawful_basis(
        demo_desk, number, "consent", consent_on=date(2026, 3, 2), consent_form="oral", today=TODAY
    )
    audit.record_access(demo_desk, "read", "case_file", detail.id, {"view": "case_window"})
    issued = privacy.print_subject_report(demo_desk, number, language="id", today=TODAY)
    text = _text(issued.pdf)
    assert issued.info.number.startswith("LDP-")
    for expected in (
        "LAPORAN DATA PRIBADI",
        "Undang-Undang Nomor 27 Tahun 2022",
        "Persetujuan (lisan, di hadapan saksi, 2 Maret 2026)",
        str(detail.worker["full_name"]),
        number,
        "Riwayat penanganan kasus",
        "Jejak pemrosesan",
        "dibuat",
        "dibaca",
        "view=case_window",
        "lawful_basis",
    ):
        assert expected in text, expected
    if detail.worker.get("nik"):
        assert str(detail.worker["nik"]) in text  # the subject's own data, in full
    assert text.index("Identitas subjek") < text.index("Kasus") < text.index("Jejak pemrosesan")
    printed = audit.list_entries(demo_desk, audit.AuditFilter(actions=("print",)))
    assert printed[0].changes == {"form": "subject_report"}
    assert audit.verify_chain(demo_desk).ok


def test_a_report_for_a_worker_without_a_case_says_so(desk: Desk) -> None:
    with pytest.raises(DomainError, match="No worker has"):
        privacy.print_subject_report(desk, "nobody")
