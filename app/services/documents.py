"""Printing official documents: the office's letterhead settings, issuing a document (a number,
a verification code, an entry in the register) and verifying a PDF against the register.

How a document is checked (docs/architecture.md, "Documents"):
- at issue, the form's input is hashed as canonical JSON (`content_sha256`), the QR code and the
  file's metadata carry `JJR1:<site>:<register id>:<first 16 hex of content_sha256>`, and the
  register keeps the SHA-256 of the exact PDF bytes and of the PDF's normalised text;
- `verify` accepts a file whose bytes hash to an issued document ("genuine"); a file whose bytes
  differ but whose text is exactly the issued text is "re-saved" (same content, other bytes);
  anything else that names a register entry is "altered", and one with no known code "unknown".
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import re
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, time
from decimal import Decimal
from io import BytesIO
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.documents.page import PAPERS, Letterhead, PageSettings, Verification
from app.errors import NotFound, ValidationError
from app.i18n import QT_TRANSLATE_NOOP
from app.models import IssuedDocument, LetterheadSetting, Site
from app.models.base import new_id
from app.persistence import counters
from app.services import access, attachments
from app.services.desk import Desk

CODE_PREFIX = "JJR1"
CODE_PATTERN = re.compile(r"JJR1:[A-Z0-9-]{2,16}:[0-9a-f-]{36}:[0-9a-f]{16}")
OFFICE_PAPERS = ("A4", "F4")

#: short codes that open each form's document number, e.g. "KRN-4/BP2MI-JKT/12/2026"
FORM_CODES = {
    "intake": "PGD",
    "summary": "RJK",
    "chronology": "KRN",
    "clarification": "KLR",
    "record": "BA",
    "protocol": "PDM",
    "report": "LAP",
    "invitation": "UND",
    "attendance": "DH",
    "minutes": "NOT",
    "disposition": "DIS",
    "subject_report": "LDP",
    "breach_notice": "PKP",
}


# --- the letterhead -------------------------------------------------------------------------


@dataclass(frozen=True)
class LetterheadInfo:
    ministry: str
    agency_name: str
    unit_name: str
    address: str
    phone: str
    fax: str
    email: str
    website: str
    place: str
    logo_sha256: str
    paper: str
    font_size: float
    margin_top_mm: int
    margin_left_mm: int
    margin_right_mm: int
    margin_bottom_mm: int


TEXT_FIELDS = ("ministry", "agency_name", "unit_name", "address", "phone", "fax", "email", "website", "place")
NUMBER_FIELDS = ("margin_top_mm", "margin_left_mm", "margin_right_mm", "margin_bottom_mm")


def _site(session: Session, desk: Desk) -> Site:
    site = session.scalar(select(Site).where(Site.code == desk.site_code))
    if site is None:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "This desk has not been set up yet."))
    return site


def _setting(session: Session, site: Site) -> LetterheadSetting | None:
    return session.scalar(
        select(LetterheadSetting).where(
            LetterheadSetting.site_id == site.id, LetterheadSetting.deleted_at.is_(None)
        )
    )


def letterhead(desk: Desk) -> LetterheadInfo:
    """The office's letterhead; before an administrator edits it, one made from the site."""
    with desk.read() as session:
        site = _site(session, desk)
        row = _setting(session, site)
        if row is None:
            return LetterheadInfo(
                site.agency.name,
                "",
                site.name,
                "",
                "",
                "",
                "",
                "",
                site.city or "Jakarta",
                "",
                "A4",
                12.0,
                20,
                30,
                20,
                25,
            )
        return LetterheadInfo(
            row.ministry,
            row.agency_name,
            row.unit_name,
            row.address,
            row.phone,
            row.fax,
            row.email,
            row.website,
            row.place,
            row.logo_sha256,
            row.paper,
            row.font_size_tenths / 10,
            row.margin_top_mm,
            row.margin_left_mm,
            row.margin_right_mm,
            row.margin_bottom_mm,
        )


def save_letterhead(desk: Desk, values: dict[str, str], *, logo: Path | None = None) -> LetterheadInfo:
    """Validate and save the Settings › Letterhead form; a logo file replaces the stored one."""
    access.require(desk, access.Permission.MANAGE_SETTINGS)
    clean: dict[str, Any] = {}
    for name in TEXT_FIELDS:
        if name in values:
            clean[name] = " ".join(values[name].split())
    if "ministry" in clean and not clean["ministry"]:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The letterhead needs the ministry or agency name."), field="ministry"
        )
    if clean.get("email") and not re.fullmatch(r"[^@\s]+@[^@\s]+\.[^@\s]+", clean["email"]):
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "This is not an email address."), field="email")
    if "paper" in values:
        paper = values["paper"].strip().upper()
        if paper not in OFFICE_PAPERS:
            raise ValidationError(QT_TRANSLATE_NOOP("errors", "The paper is A4 or F4."), field="paper")
        clean["paper"] = paper
    if "font_size" in values:
        try:
            size = float(values["font_size"].replace(",", "."))
        except ValueError:
            size = 0.0
        if not 10 <= size <= 14:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "The font size is between 10 and 14 points."), field="font_size"
            )
        clean["font_size_tenths"] = round(size * 10)
    for name in NUMBER_FIELDS:
        if name in values:
            try:
                number = int(values[name])
            except ValueError:
                number = -1
            if not 5 <= number <= 50:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("errors", "A margin is between 5 and 50 mm."), field=name
                )
            clean[name] = number
    if logo is not None:
        sha, _size, kind = attachments.store_blob(desk, logo)
        if kind not in ("image/png", "image/jpeg"):
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "The logo is a PNG or JPEG image."), field="logo"
            )
        clean["logo_sha256"] = sha
    with desk.write() as session:
        site = _site(session, desk)
        row = _setting(session, site)
        if row is None:
            current = letterhead(desk)
            row = LetterheadSetting(site_id=site.id)
            for name in (*TEXT_FIELDS, *NUMBER_FIELDS, "paper", "logo_sha256"):
                setattr(row, name, getattr(current, name))
            row.font_size_tenths = round(current.font_size * 10)
            session.add(row)
        for name, value in clean.items():
            setattr(row, name, value)
    return letterhead(desk)


def page_settings(
    desk: Desk, *, paper: str | None = None, language: str = "id", letterhead_on: bool = True
) -> PageSettings:
    """The office's page: its paper (unless `paper` says otherwise), margins, font and kop."""
    info = letterhead(desk)
    chosen = (paper or info.paper).strip()
    if chosen.upper() in OFFICE_PAPERS:
        chosen = chosen.upper()
    if chosen not in PAPERS:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Unknown paper {paper}: choose A4 or F4."),
            field="paper",
            paper=chosen,
        )
    if language not in ("id", "en"):
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "A document is printed in Indonesian (id) or English (en)."),
            field="language",
        )
    logo = None
    if info.logo_sha256:
        logo = attachments.read_blob(desk, info.logo_sha256)
    head = Letterhead(
        info.ministry,
        info.agency_name,
        info.unit_name,
        info.address,
        info.phone,
        info.fax,
        info.email,
        info.website,
        logo,
    )
    return PageSettings(
        paper=chosen,
        language=language,
        font_size=info.font_size,
        margin_top_mm=info.margin_top_mm,
        margin_left_mm=info.margin_left_mm,
        margin_right_mm=info.margin_right_mm,
        margin_bottom_mm=info.margin_bottom_mm,
        letterhead=head if letterhead_on else None,
    )


# --- issuing --------------------------------------------------------------------------------


def _plain(value: Any) -> Any:
    if isinstance(value, bytes):
        return {"sha256": hashlib.sha256(value).hexdigest()}
    if isinstance(value, datetime | date | time):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, uuid.UUID):
        return str(value)
    raise TypeError(f"no canonical form for {type(value).__name__}")


def content_hash(doc: Any, page: PageSettings) -> str:
    """SHA-256 of the canonical JSON of what is printed: the form's input and the page."""
    plain = {
        "doc": dataclasses.asdict(doc),
        "page": dataclasses.asdict(dataclasses.replace(page, verification=None)),
    }
    text = json.dumps(plain, default=_plain, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def text_hash(pdf: bytes) -> tuple[str, int]:
    """SHA-256 of the PDF's text (whitespace collapsed), and its page count."""
    from pypdf import PdfReader

    reader = PdfReader(BytesIO(pdf))
    text = "\f".join(" ".join((p.extract_text() or "").split()) for p in reader.pages)
    return hashlib.sha256(text.encode("utf-8")).hexdigest(), len(reader.pages)


@dataclass(frozen=True)
class IssuedInfo:
    id: uuid.UUID
    number: str
    code: str
    form: str
    record_ref: str
    title: str
    issued_on: date
    issued_by: str
    site: str
    language: str
    paper: str
    pages: int
    content_sha256: str
    file_sha256: str


@dataclass(frozen=True)
class IssuedFile:
    info: IssuedInfo
    pdf: bytes


def _info(row: IssuedDocument) -> IssuedInfo:
    return IssuedInfo(
        row.id,
        row.number,
        row.code,
        row.form,
        row.record_ref,
        row.title,
        row.issued_on,
        row.created_by,
        row.origin_site,
        row.language,
        row.paper,
        row.pages,
        row.content_sha256,
        row.file_sha256,
    )


def issue(
    desk: Desk,
    *,
    form: str,
    record_ref: str,
    title: str,
    doc: Any,
    build: Callable[[Any, PageSettings], bytes],
    page: PageSettings,
    number: str | None = None,
    today: date | None = None,
) -> IssuedFile:
    """Number the document (unless it carries its own, as a letter does), print it with its
    verification code and record it in the register, all in one transaction: a document that
    fails to print takes no number and leaves no entry."""
    access.require(desk, access.Permission.ISSUE_DOCUMENTS)
    with desk.write() as session:
        return issue_in(
            session,
            desk,
            form=form,
            record_ref=record_ref,
            title=title,
            doc=doc,
            build=build,
            page=page,
            number=number,
            today=today,
        )


def issue_in(
    session: Session,
    desk: Desk,
    *,
    form: str,
    record_ref: str,
    title: str,
    doc: Any,
    build: Callable[[Any, PageSettings], bytes],
    page: PageSettings,
    number: str | None = None,
    today: date | None = None,
) -> IssuedFile:
    """`issue` inside the caller's transaction (a bulk print issues all its documents in one)."""
    today = today or date.today()
    site = desk.site_code or ""
    if number is None:
        serial = counters.reserve(session.connection(), f"document:{site}:{today.year}")
        number = f"{FORM_CODES.get(form, 'DOK')}-{serial}/{site}/{today.month:02d}/{today.year}"
    record_id = new_id()
    digest = content_hash(doc, page)
    code = f"{CODE_PREFIX}:{site}:{record_id}:{digest[:16]}"
    printed = dataclasses.replace(page, verification=Verification(number, code))
    pdf = build(doc, printed)
    text_digest, pages = text_hash(pdf)
    row = IssuedDocument(
        id=record_id,
        number=number,
        code=code,
        form=form,
        record_ref=record_ref,
        title=title[:300],
        issued_on=today,
        language=page.language,
        paper=page.paper,
        pages=pages,
        content_sha256=digest,
        file_sha256=hashlib.sha256(pdf).hexdigest(),
        text_sha256=text_digest,
    )
    session.add(row)
    session.flush()
    from app.services import audit

    audit.record_access(desk, "print", "issued_document", record_id, {"form": form}, session=session)
    return IssuedFile(_info(row), pdf)


def issued(desk: Desk, record_ref: str | None = None, limit: int = 200) -> list[IssuedInfo]:
    with desk.read() as session:
        query = select(IssuedDocument).where(IssuedDocument.deleted_at.is_(None))
        if record_ref:
            query = query.where(IssuedDocument.record_ref == record_ref)
        rows = session.scalars(query.order_by(IssuedDocument.created_at.desc()).limit(limit))
        return [_info(r) for r in rows]


def issued_as(desk: Desk, number: str) -> IssuedInfo | None:
    """The register entry of the document issued under `number`, if any."""
    with desk.read() as session:
        row = session.scalar(
            select(IssuedDocument).where(IssuedDocument.number == number, IssuedDocument.deleted_at.is_(None))
        )
        return _info(row) if row is not None else None


# --- verifying ------------------------------------------------------------------------------

GENUINE = "genuine"
RESAVED = "resaved"
ALTERED = "altered"
UNKNOWN = "unknown"


@dataclass(frozen=True)
class VerifyResult:
    verdict: str
    document: IssuedInfo | None
    code: str | None


def _code_in(pdf: bytes) -> str | None:
    """The verification code from the file's metadata, else from its printed text."""
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(BytesIO(pdf))
        metadata: dict[str, Any] = dict(reader.metadata or {})
        keywords = metadata.get("/Keywords", "")
        match = CODE_PATTERN.search(str(keywords))
        if match:
            return match.group(0)
        for p in reader.pages:
            match = CODE_PATTERN.search(p.extract_text() or "")
            if match:
                return match.group(0)
    except (PdfReadError, ValueError, KeyError):
        return None
    return None


def verify(desk: Desk, pdf: bytes) -> VerifyResult:
    """Is `pdf` a document this office (or another site, through sync) issued, unchanged?"""
    if not pdf.startswith(b"%PDF-"):
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "This file is not a PDF."), field="file")
    file_digest = hashlib.sha256(pdf).hexdigest()
    with desk.read() as session:
        row = session.scalar(
            select(IssuedDocument).where(
                IssuedDocument.file_sha256 == file_digest, IssuedDocument.deleted_at.is_(None)
            )
        )
        if row is not None:
            return VerifyResult(GENUINE, _info(row), row.code)
        code = _code_in(pdf)
        if code is None:
            return VerifyResult(UNKNOWN, None, None)
        row = session.scalar(select(IssuedDocument).where(IssuedDocument.code == code))
        if row is None:
            return VerifyResult(UNKNOWN, None, code)
        try:
            same_text = text_hash(pdf)[0] == row.text_sha256
        except Exception:  # a file so damaged that its text cannot be read is not the issued one
            same_text = False
        return VerifyResult(RESAVED if same_text else ALTERED, _info(row), code)


def lookup_code(desk: Desk, code: str) -> IssuedInfo:
    """The register entry named by a code read off paper (typed, or scanned from the QR)."""
    with desk.read() as session:
        row = session.scalar(select(IssuedDocument).where(IssuedDocument.code == code.strip()))
        if row is None:
            raise NotFound(QT_TRANSLATE_NOOP("errors", "No document with this code was issued."))
        return _info(row)


def verify_parts(desk: Desk, pdf: bytes) -> list[VerifyResult]:
    """A bulk print holds several issued documents: each one, found by the code its pages print,
    checked against the text the register keeps for it (a page with no code belongs to the one
    before it). One result per document, in the file's order."""
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    groups: list[tuple[str, list[str]]] = []
    try:
        for p in PdfReader(BytesIO(pdf)).pages:
            text = " ".join((p.extract_text() or "").split())
            match = CODE_PATTERN.search(text)
            if match and (not groups or groups[-1][0] != match.group(0)):
                groups.append((match.group(0), [text]))
            elif groups:
                groups[-1][1].append(text)
    except (PdfReadError, ValueError, KeyError):
        return []
    results = []
    with desk.read() as session:
        for code, texts in groups:
            row = session.scalar(select(IssuedDocument).where(IssuedDocument.code == code))
            if row is None:
                results.append(VerifyResult(UNKNOWN, None, code))
                continue
            same = hashlib.sha256("\f".join(texts).encode("utf-8")).hexdigest() == row.text_sha256
            results.append(VerifyResult(RESAVED if same else ALTERED, _info(row), code))
    return results
