"""UU 27/2022 for a worker: the lawful basis of processing their data, and the data-subject
report (everything held about them and its processing trail) as an issued document.

A worker is named by NIK, by the worker's id, or by the number of one of their cases.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import or_, select, tuple_
from sqlalchemy.orm import Session

from app.errors import NotFound, ValidationError
from app.i18n import QT_TRANSLATE_NOOP, translate
from app.models import Case, Worker
from app.services import access
from app.services.desk import Desk

BASES: dict[str, str] = {
    "consent": QT_TRANSLATE_NOOP("privacy", "Consent"),
    "public_task": QT_TRANSLATE_NOOP("privacy", "Public task"),
    "vital_interest": QT_TRANSLATE_NOOP("privacy", "Vital interest"),
    "legal_obligation": QT_TRANSLATE_NOOP("privacy", "Legal obligation"),
}
CONSENT_FORMS: dict[str, str] = {
    "written": QT_TRANSLATE_NOOP("privacy", "written"),
    "oral": QT_TRANSLATE_NOOP("privacy", "oral, before a witness"),
    "electronic": QT_TRANSLATE_NOOP("privacy", "electronic"),
}
NOT_RECORDED = QT_TRANSLATE_NOOP("privacy", "Not recorded")


@dataclass(frozen=True)
class LawfulBasis:
    basis: str | None
    consent_on: date | None
    consent_form: str


def find_worker(session: Session, ref: str) -> Worker:
    """The worker named by NIK, worker id or case number (never a tombstoned one)."""
    text = ref.strip()
    worker: Worker | None = None
    try:
        worker = session.get(Worker, uuid.UUID(text))
    except ValueError:
        found = session.scalars(
            select(Worker)
            .outerjoin(Case, Case.worker_id == Worker.id)
            .where(or_(Worker.nik == text, Case.number == text))
            .limit(1)
        ).first()
        worker = found
    if worker is None or worker.deleted_at is not None:
        raise NotFound(
            QT_TRANSLATE_NOOP("errors", "No worker has the NIK, id or case number “{ref}”."),
            field="worker",
            ref=ref,
        )
    return worker


def check_basis(basis: str, consent_on: date | None, consent_form: str, today: date) -> LawfulBasis:
    """Validate a lawful basis as the form and the CLI give it."""
    if basis not in BASES:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Choose a lawful basis: {choices}."),
            field="lawful_basis",
            choices=", ".join(BASES),
        )
    if basis != "consent":
        if consent_on is not None or consent_form:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "A consent date and form belong only to the consent basis."),
                field="consent_on",
            )
        return LawfulBasis(basis, None, "")
    if consent_on is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Give the date the worker consented."), field="consent_on"
        )
    if consent_on > today:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The consent date cannot be in the future."), field="consent_on"
        )
    if consent_form not in CONSENT_FORMS:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Say how consent was given: {choices}."),
            field="consent_form",
            choices=", ".join(CONSENT_FORMS),
        )
    return LawfulBasis(basis, consent_on, consent_form)


def set_lawful_basis(
    desk: Desk,
    ref: str,
    basis: str,
    *,
    consent_on: date | None = None,
    consent_form: str = "",
    today: date | None = None,
) -> uuid.UUID:
    """Record why the office may process this worker's data (audited and synced as any edit)."""
    access.require(desk, access.Permission.EDIT_CASES)
    clean = check_basis(basis, consent_on, consent_form, today or date.today())
    with desk.write() as session:
        worker = find_worker(session, ref)
        worker.lawful_basis = clean.basis
        worker.consent_on = clean.consent_on
        worker.consent_form = clean.consent_form
        return worker.id


def lawful_basis(desk: Desk, ref: str) -> LawfulBasis:
    with desk.read() as session:
        worker = find_worker(session, ref)
        return LawfulBasis(worker.lawful_basis, worker.consent_on, worker.consent_form)


def basis_text(values: dict[str, Any], language: str | None = None) -> str:
    """How a worker's lawful basis reads: "Consent (written, 3 March 2026)", "Public task", or
    "Not recorded", from the worker's values (lawful_basis, consent_on, consent_form)."""
    from app.services.dates import long_date

    basis = values.get("lawful_basis")
    if not basis:
        return translate("privacy", NOT_RECORDED, language)
    text = translate("privacy", BASES.get(basis, basis), language)
    if basis == "consent":
        form = CONSENT_FORMS.get(values.get("consent_form") or "")
        parts = [translate("privacy", form, language)] if form else []
        consent_on = values.get("consent_on")
        if isinstance(consent_on, date):
            parts.append(long_date(consent_on, language))
        if parts:
            text += " (" + ", ".join(parts) + ")"
    return text


# --- the data-subject report ----------------------------------------------------------------------
REPORT_FORM = "subject_report"
REPORT_TITLE = QT_TRANSLATE_NOOP("documents", "Personal data report")


def _records_of(session: Session, worker: Worker) -> tuple[list[Case], list[tuple[str, uuid.UUID]]]:
    """The worker's cases, and every record about them whose trail the report lists."""
    from app.models import Attachment, Referral, TimelineEntry
    from app.models.correspondence import Communication

    cases = list(
        session.scalars(
            select(Case)
            .where(Case.worker_id == worker.id, Case.deleted_at.is_(None))
            .order_by(Case.reported_on)
        )
    )
    ids = [c.id for c in cases]
    records: list[tuple[str, uuid.UUID]] = [("worker", worker.id)] + [("case_file", i) for i in ids]
    for model, entity in (
        (TimelineEntry, "timeline_entry"),
        (Referral, "referral"),
        (Attachment, "attachment"),
        (Communication, "communication"),
    ):
        records += [(entity, i) for i in session.scalars(select(model.id).where(model.case_id.in_(ids)))]
    return cases, records


def subject_report(desk: Desk, ref: str, *, language: str = "id", today: date | None = None) -> Any:
    """Everything held about the worker `ref` and its processing trail, as the report's input."""
    from zoneinfo import ZoneInfo

    from app.documents.forms import subject_report as form
    from app.labels import CASE_STATUS_LABELS, label
    from app.models import (
        AgendaItem,
        AuditEntry,
        CaseCategory,
        IssuedDocument,
        Meeting,
        Site,
        TimelineEntry,
    )
    from app.models.correspondence import Communication, Letter, LetterCase
    from app.services import audit, case_activity, documents
    from app.services.case_documents import _signer, worker_particulars
    from app.services.letters import reference_of

    today = today or date.today()
    with desk.read() as session:
        worker = find_worker(session, ref)
        values = {c.key: getattr(worker, c.key) for c in Worker.__table__.columns}
        cases, records = _records_of(session, worker)
        numbers = {c.id: c.number for c in cases}

        def case_no(case_id: uuid.UUID | None) -> str:
            return numbers.get(case_id, "") if case_id else ""

        ids = list(numbers)
        zone = ZoneInfo(
            session.scalar(select(Site.timezone).where(Site.code == desk.site_code)) or "Asia/Jakarta"
        )
        categories = {
            code: (name_en or name) if language == "en" else name
            for code, name, name_en in session.execute(
                select(CaseCategory.code, CaseCategory.name, CaseCategory.name_en)
            )
        }
        timeline = tuple(
            form.SubjectEvent(
                e.at.astimezone(zone).date(), numbers[e.case_id], case_activity._render(e, language)
            )
            for e in session.scalars(
                select(TimelineEntry).where(TimelineEntry.case_id.in_(ids)).order_by(TimelineEntry.at)
            )
        )
        letters = tuple(
            form.SubjectLink(
                letter.dated_on or letter.registered_on,
                numbers[case_id],
                f"{reference_of(letter)} — {letter.subject}",
            )
            for letter, case_id in session.execute(
                select(Letter, LetterCase.case_id)
                .join(LetterCase, LetterCase.letter_id == Letter.id)
                .where(LetterCase.case_id.in_(ids), LetterCase.deleted_at.is_(None))
                .order_by(Letter.registered_on)
            )
        )
        meetings = tuple(
            form.SubjectLink(meeting.starts_at.astimezone(zone).date(), case_no(item.case_id), item.title)
            for item, meeting in session.execute(
                select(AgendaItem, Meeting)
                .join(Meeting, Meeting.id == AgendaItem.meeting_id)
                .where(AgendaItem.case_id.in_(ids), AgendaItem.deleted_at.is_(None))
                .order_by(Meeting.starts_at)
            )
        )
        communications = tuple(
            form.SubjectEvent(c.at.astimezone(zone).date(), case_no(c.case_id), c.summary)
            for c in session.scalars(
                select(Communication)
                .where(Communication.case_id.in_(ids), Communication.deleted_at.is_(None))
                .order_by(Communication.at)
            )
        )
        refs = [*numbers.values(), f"worker:{worker.id}"]
        printed = list(session.scalars(select(IssuedDocument.id).where(IssuedDocument.record_ref.in_(refs))))
        records += [("issued_document", i) for i in printed]
        trail_rows: list[AuditEntry] = []
        for start in range(0, len(records), 400):  # a bounded IN list per query
            trail_rows += session.scalars(
                select(AuditEntry).where(
                    tuple_(AuditEntry.entity, AuditEntry.row_id).in_(records[start : start + 400])
                )
            ).all()
        kinds = {
            "worker": QT_TRANSLATE_NOOP("privacy", "worker's record"),
            "case_file": QT_TRANSLATE_NOOP("privacy", "case"),
            "timeline_entry": QT_TRANSLATE_NOOP("privacy", "timeline"),
            "referral": QT_TRANSLATE_NOOP("privacy", "referral"),
            "attachment": QT_TRANSLATE_NOOP("privacy", "attachment"),
            "communication": QT_TRANSLATE_NOOP("privacy", "communication"),
            "issued_document": QT_TRANSLATE_NOOP("privacy", "printed document"),
        }
        trail = tuple(
            form.TrailEntry(
                e.at.astimezone(zone).replace(tzinfo=None),
                e.actor,
                translate("audit", audit.ACTION_LABELS.get(e.action, e.action), language),
                translate("privacy", kinds.get(e.entity, e.entity), language),
                _fields(e.action, e.changes),
            )
            for e in sorted(trail_rows, key=lambda e: e.id)
        )
        basis = basis_text(values, language)
        case_rows = tuple(
            form.SubjectCase(
                c.number,
                categories.get(c.category, c.category),
                label(CASE_STATUS_LABELS, c.status, language),
                c.reported_on,
            )
            for c in cases
        )
    return form.SubjectReport(
        worker_id=str(values["id"]),
        reference=str(values["id"])[:8].upper(),
        worker=worker_particulars(desk, values, language, sensitive=True),
        lawful_basis=basis,
        cases=case_rows,
        timeline=timeline,
        letters=letters,
        meetings=meetings,
        communications=communications,
        trail=trail,
        place=documents.letterhead(desk).place,
        date=today,
        signer=_signer(desk),
    )


def _fields(action: str, changes: str) -> str:
    """Which fields a change touched (names, not values) or what an access was."""
    import json

    data = json.loads(changes)
    if action in ("read", "print", "export"):
        return ", ".join(f"{k}={v}" for k, v in sorted(data.items()))
    names = [k for k, pair in sorted(data.items()) if not (action == "insert" and pair[1] in (None, ""))]
    skip = {"id", "created_at", "created_by", "updated_at", "updated_by", "origin_site", "deleted_at"}
    return ", ".join(n for n in names if n not in skip)


def print_subject_report(
    desk: Desk, ref: str, *, language: str = "id", paper: str | None = None, today: date | None = None
) -> Any:
    """Issue the report through the register (numbered, with its verification code; the print
    itself goes on the audit trail)."""
    from app.documents.forms import subject_report as form
    from app.services import documents

    report = subject_report(desk, ref, language=language, today=today)
    page = documents.page_settings(desk, paper=paper, language=language)
    return documents.issue(
        desk,
        form=REPORT_FORM,
        record_ref=f"worker:{report.worker_id}",
        title=translate("documents", REPORT_TITLE, language),
        doc=report,
        build=form.build,
        page=page,
        today=today,
    )
