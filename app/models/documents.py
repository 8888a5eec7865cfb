"""Office settings for printed documents (the letterhead) and the register of issued documents.

Both are replicated records: the letterhead is office data an administrator edits, and the
register travels so that any site can verify a document another site issued.
"""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, Replicated


class LetterheadSetting(Replicated, Base):
    """One site's kop surat, paper and page settings (defaults from Tata Naskah Dinas)."""

    __tablename__ = "letterhead_setting"

    site_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("site.id"), unique=True)
    ministry: Mapped[str] = mapped_column(String(200), default="")
    agency_name: Mapped[str] = mapped_column(String(200), default="")
    unit_name: Mapped[str] = mapped_column(String(200), default="")
    address: Mapped[str] = mapped_column(String(400), default="")
    phone: Mapped[str] = mapped_column(String(64), default="")
    fax: Mapped[str] = mapped_column(String(64), default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    website: Mapped[str] = mapped_column(String(200), default="")
    #: the place printed before a document's date ("Jakarta, 28 November 2026")
    place: Mapped[str] = mapped_column(String(120), default="")
    #: the emblem or logo image in the attachment store, by its SHA-256
    logo_sha256: Mapped[str] = mapped_column(String(64), default="")
    paper: Mapped[str] = mapped_column(String(8), default="A4")
    #: points, in tenths (120 = 12 pt) so the value is an exact integer on every backend
    font_size_tenths: Mapped[int] = mapped_column(default=120)
    margin_top_mm: Mapped[int] = mapped_column(default=20)
    margin_left_mm: Mapped[int] = mapped_column(default=30)
    margin_right_mm: Mapped[int] = mapped_column(default=20)
    margin_bottom_mm: Mapped[int] = mapped_column(default=25)


class IssuedDocument(Replicated, Base):
    """A document as the office printed it: what, for which record, and the hashes to check it."""

    __tablename__ = "issued_document"

    #: the number printed on the document
    number: Mapped[str] = mapped_column(String(80), unique=True)
    #: what the QR code carries: format, site, this record's id and the content hash
    code: Mapped[str] = mapped_column(String(160), unique=True)
    form: Mapped[str] = mapped_column(String(32))
    #: the record printed (a case number, "protocol" ...)
    record_ref: Mapped[str] = mapped_column(String(80), index=True)
    title: Mapped[str] = mapped_column(String(300))
    issued_on: Mapped[date]
    language: Mapped[str] = mapped_column(String(2))
    paper: Mapped[str] = mapped_column(String(8))
    pages: Mapped[int]
    #: SHA-256 of the canonical JSON of the form's input (what was meant to be printed)
    content_sha256: Mapped[str] = mapped_column(String(64))
    #: SHA-256 of the exact PDF bytes handed out
    file_sha256: Mapped[str] = mapped_column(String(64), index=True)
    #: SHA-256 of the PDF's extracted text, normalised (survives a re-save, not an edit)
    text_sha256: Mapped[str] = mapped_column(String(64))
