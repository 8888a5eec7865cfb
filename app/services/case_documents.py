"""The printed forms of a case and of the protocol, filled from the records and issued through
the register (`app.services.documents.issue`)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import select

from app.documents.forms import case_summary, chronology, clarification, intake, protocol_guide, report
from app.documents.forms.particulars import WorkerParticulars
from app.documents.names import CASE_FORMS, FORMS, RECORD_FORMS
from app.documents.page import Signatory
from app.errors import ValidationError
from app.i18n import QT_TRANSLATE_NOOP, translate
from app.labels import (
    CASE_STATUS_LABELS,
    CHANNEL_LABELS,
    COMPLAINANT_LABELS,
    REFERRAL_STATUS_LABELS,
    label,
)
from app.models import Agency, CaseCategory, Officer, Site
from app.services import case_activity, documents, protocol, reference
from app.services.accounts import officer_named
from app.services.desk import Desk
from app.services.dto import CaseDetail

_PRIORITY = {
    1: QT_TRANSLATE_NOOP("documents", "High"),
    2: QT_TRANSLATE_NOOP("documents", "Normal"),
    3: QT_TRANSLATE_NOOP("documents", "Low"),
}
_SEX = {"F": QT_TRANSLATE_NOOP("documents", "Female"), "M": QT_TRANSLATE_NOOP("documents", "Male")}
_PROCEDURAL = {
    True: QT_TRANSLATE_NOOP("documents", "Procedural"),
    False: QT_TRANSLATE_NOOP("documents", "Non-procedural"),
}


@dataclass(frozen=True)
class PrintRequest:
    form: str
    record: str
    paper: str | None = None
    language: str = "id"
    #: the case summary prints identity numbers and contacts only when asked
    include_sensitive: bool = False
    #: the case summary's receiving agency (code); default: the case's open referral
    to_agency: str | None = None
    #: the periodic report: every case this desk holds, not only this site's
    national: bool = False


def _t(text: str, language: str) -> str:
    return translate("documents", text, language)


def _signer(desk: Desk) -> Signatory:
    with desk.read() as session:
        officer = session.scalar(select(Officer).where(officer_named(desk.username or "")))
        if officer is None:
            return Signatory("", desk.username or "")
        return Signatory(officer.position, officer.full_name, officer.rank, officer.nip)


def _names(desk: Desk, language: str) -> tuple[dict[str, str], dict[str, str], str]:
    """Agency names by code, category names by code, and the site's time zone."""
    with desk.read() as session:
        agencies = {
            code: (name_en or name) if language == "en" else name
            for code, name, name_en in session.execute(select(Agency.code, Agency.name, Agency.name_en))
        }
        categories = {
            code: (name_en or name) if language == "en" else name
            for code, name, name_en in session.execute(
                select(CaseCategory.code, CaseCategory.name, CaseCategory.name_en)
            )
        }
        zone = session.scalar(select(Site.timezone).where(Site.code == desk.site_code)) or "Asia/Jakarta"
    return agencies, categories, zone


def _worker(desk: Desk, detail: CaseDetail, language: str, *, sensitive: bool) -> WorkerParticulars:
    return worker_particulars(desk, detail.worker, language, sensitive=sensitive)


def worker_particulars(desk: Desk, w: dict[str, Any], language: str, *, sensitive: bool) -> WorkerParticulars:
    """A worker's values (column -> value) as the forms print them; `sensitive` adds the
    identity numbers and contacts (the data-subject report, a summary asked with them)."""
    from app.documents.formats import long_date

    with desk.read() as session:
        country = reference.country_name(session, w.get("destination_country"), language)
    jobs = {j.code: (j.name_en if language == "en" else j.name_id) for j in reference.jobs()}
    birth = ", ".join(
        x for x in (str(w.get("birth_place") or ""), long_date(w.get("birth_date"), language)) if x
    )
    procedural = w.get("procedural")

    def secret(value: object) -> str:
        return str(value or "") if sensitive else ""

    family = " ".join(
        str(w.get(k) or "") for k in ("family_contact", "family_relation", "family_phone")
    ).strip()
    return WorkerParticulars(
        full_name=str(w.get("full_name") or ""),
        aliases=str(w.get("aliases") or ""),
        nik=secret(w.get("nik")),
        passport_no=secret(w.get("passport_no")),
        sex=_t(_SEX[str(w["sex"])], language) if w.get("sex") else "",
        birth=birth,
        address=secret(w.get("address")),
        phone=secret(w.get("phone")),
        family_contact=secret(family),
        p3mi=str(w.get("p3mi_name") or ""),
        employer=str(w.get("employer_name") or ""),
        employer_address=secret(w.get("employer_address")),
        destination=", ".join(x for x in (country, str(w.get("destination_city") or "")) if x),
        job=jobs.get(str(w.get("job") or ""), str(w.get("job") or "")),
        departure=long_date(w.get("departure_date"), language),
        procedural=_t(_PROCEDURAL[bool(procedural)], language) if procedural is not None else "",
    )


def build_case_form(
    desk: Desk, request: PrintRequest, *, today: date | None = None
) -> tuple[Any, Callable[..., bytes], str]:
    """The form's input dataclass, its builder and its title, from the case's records."""
    today = today or date.today()
    lang = request.language
    detail = case_activity.case_detail(desk, request.record, today=today, language=lang)
    agencies, categories, zone = _names(desk, lang)
    place = documents.letterhead(desk).place
    signer = _signer(desk)
    category = categories.get(detail.category, detail.category)
    title = _t(CASE_FORMS[request.form], lang)
    worker = _worker(desk, detail, lang, sensitive=request.form != "summary" or request.include_sensitive)
    if request.form == "intake":
        doc: Any = intake.ComplaintIntake(
            case_number=detail.number,
            reported_on=detail.reported_on,
            place=place,
            channel=label(CHANNEL_LABELS, detail.channel, lang),
            complainant_kind=label(COMPLAINANT_LABELS, detail.complainant, lang),
            complainant_name=detail.complainant_name,
            complainant_phone=detail.complainant_phone,
            category=category,
            further_categories=tuple(categories.get(c, c) for c in detail.extra_categories),
            priority=_t(_PRIORITY.get(detail.priority, _PRIORITY[2]), lang),
            life_threatening=detail.life_threatening,
            summary=detail.summary,
            worker=worker,
            officer=signer,
        )
        return doc, intake.build, title
    if request.form == "summary":
        to_code = request.to_agency or next(
            (r.to_agency for r in reversed(detail.referrals) if r.status == "sent"), ""
        )
        if to_code and to_code not in agencies:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "There is no agency with the code {code}."),
                field="to_agency",
                code=to_code,
            )
        doc = case_summary.CaseSummary(
            case_number=detail.number,
            place=place,
            date=today,
            to_agency=agencies.get(to_code, ""),
            reported_on=detail.reported_on,
            category=category,
            country=worker.destination,
            lead_agency=agencies.get(detail.lead_agency or "", ""),
            agencies_involved=tuple(agencies.get(c, c) for c in detail.participants),
            stage=label(CASE_STATUS_LABELS, detail.status, lang),
            summary=detail.summary,
            worker=worker,
            referrals=tuple(
                case_summary.ReferralLine(
                    r.sent_on, r.to_agency, r.reason, label(REFERRAL_STATUS_LABELS, r.status, lang)
                )
                for r in detail.referrals
            ),
            next_steps=tuple(
                f"{s.what} ({s.agency_code or '-'}, {_due(s.due_on, lang)})" for s in detail.next_steps
            ),
            sensitive_included=request.include_sensitive,
            signer=signer,
        )
        return doc, case_summary.build, title
    if request.form == "chronology":
        tz = ZoneInfo(zone)
        doc = chronology.CaseChronology(
            case_number=detail.number,
            worker_name=worker.full_name,
            category=category,
            place=place,
            date=today,
            entries=tuple(
                chronology.ChronologyEntry(
                    item.at.astimezone(tz).replace(tzinfo=None), item.text, item.agency or "", item.officer
                )
                for item in detail.timeline
            ),
            signer=signer,
        )
        return doc, chronology.build, title
    stage = 2 if detail.status in ("clarification_2", "mediation") else 1
    if request.form == "clarification":
        doc = clarification.ClarificationStatement(
            case_number=detail.number,
            place=place,
            date=today,
            stage=stage,
            worker_name=worker.full_name,
            complaint=category,
            party_name="",
            party_position="",
            party_organisation=worker.p3mi or worker.employer,
            party_address="",
        )
        return doc, clarification.build_statement, title
    doc = clarification.ClarificationRecord(
        case_number=detail.number,
        place=place,
        date=today,
        stage=stage,
        venue=place,
        worker_name=worker.full_name,
        complainant_name=detail.complainant_name,
        complaint=category,
        party_name="",
        party_organisation=worker.p3mi or worker.employer,
        officers=(signer,),
    )
    return doc, clarification.build_record, title


def _report(desk: Desk, request: PrintRequest, today: date | None) -> report.PeriodicReport:
    from app.services.report_documents import build_report

    return build_report(
        desk,
        request.record,
        request.language,
        national=request.national,
        place=documents.letterhead(desk).place,
        signer=_signer(desk),
        today=today or date.today(),
    )


def _due(value: date | None, language: str) -> str:
    from app.documents.formats import long_date

    return long_date(value, language) if value else "-"


def build_protocol(desk: Desk, language: str, *, today: date | None = None) -> protocol_guide.ProtocolGuide:
    agencies, categories, _zone = _names(desk, language)
    rules = sorted(protocol.rules(desk), key=lambda r: (r.category == protocol.DEFAULT_RULE, r.category))
    issuer = documents.letterhead(desk)
    representation = _t("The representation in the country of placement", language)
    return protocol_guide.ProtocolGuide(
        issuer=" · ".join(x for x in (issuer.agency_name or issuer.ministry, issuer.unit_name) if x),
        date=today or date.today(),
        rules=tuple(
            protocol_guide.ProtocolRuleLine(
                category=_t("Any other category", language)
                if r.category == protocol.DEFAULT_RULE
                else categories.get(r.category, r.category),
                lead=agencies.get(r.lead_agency, r.lead_agency) if r.lead_agency else representation,
                involved=tuple(agencies.get(c, c) for c in r.participants),
                verification_days=r.verification_days,
                first_clarification_days=r.first_clarification_days,
                second_clarification_days=r.second_clarification_days,
                referral_answer_days=r.referral_answer_days,
                incomplete_documents_days=r.incomplete_documents_days,
                no_clarification_working_days=r.no_clarification_working_days,
                unreachable_days=r.unreachable_days,
                note=r.note,
            )
            for r in rules
        ),
    )


def _check_form(request: PrintRequest) -> None:
    if request.form not in FORMS:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Unknown form {form}: choose one of {forms}."),
            field="form",
            form=request.form,
            forms=", ".join(FORMS),
        )


def preview(desk: Desk, request: PrintRequest, *, today: date | None = None) -> bytes:
    """The form as it will print, for the preview: nothing is numbered or registered, so the
    foot carries no verification code (the issued copy gets one)."""
    _check_form(request)
    page = documents.page_settings(desk, paper=request.paper, language=request.language)
    if request.form in RECORD_FORMS:
        from app.services.record_documents import record_form

        ready = record_form(desk, request.form, request.record, request.language, today=today)
        return ready.build(ready.doc, page)
    if request.form == "report":
        return report.build(_report(desk, request, today), page)
    if request.form == "protocol":
        return protocol_guide.build(build_protocol(desk, request.language, today=today), page)
    doc, build, _title = build_case_form(desk, request, today=today)
    return build(doc, page)


def print_form(desk: Desk, request: PrintRequest, *, today: date | None = None) -> documents.IssuedFile:
    """Print a case form or the protocol and record it in the register of issued documents."""
    _check_form(request)
    page = documents.page_settings(desk, paper=request.paper, language=request.language)
    if request.form in RECORD_FORMS:
        from app.services.record_documents import issue_record_form

        return issue_record_form(desk, request.form, request.record, page, today=today)
    if request.form == "report":
        data = _report(desk, request, today)
        return documents.issue(
            desk,
            form="report",
            record_ref=f"report:{request.record}",
            title=_t("Periodic coordination report", request.language) + f" {data.period}",
            doc=data,
            build=report.build,
            page=page,
            today=today,
        )
    if request.form == "protocol":
        guide = build_protocol(desk, request.language, today=today)
        return documents.issue(
            desk,
            form="protocol",
            record_ref="protocol",
            title=_t("Coordination protocol", request.language),
            doc=guide,
            build=protocol_guide.build,
            page=page,
            today=today,
        )
    doc, build, title = build_case_form(desk, request, today=today)
    return documents.issue(
        desk,
        form=request.form,
        record_ref=request.record,
        title=f"{title} {request.record}",
        doc=doc,
        build=build,
        page=page,
        today=today,
    )


_LABELS = (
    QT_TRANSLATE_NOOP("documents", "The representation in the country of placement"),
    QT_TRANSLATE_NOOP("documents", "Any other category"),
)
