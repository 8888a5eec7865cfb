"""Bulk printing: several issued documents in ONE PDF (the day's disposition sheets, the case
summaries of a month's cases), with progress and cancel between documents.

All or nothing: every document is numbered, built and entered in the register inside ONE write
transaction, and the combined PDF is returned only when the last one is in. A cancel or a failure
raises inside that transaction, so it rolls back: no number is spent, the register is as it was,
and the caller has no bytes to write. (Issuing only after building cannot work: each page prints
its own number and verification code, which the register hands out.)"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from io import BytesIO
from typing import Any

from dateutil.relativedelta import relativedelta
from sqlalchemy import select

from app.documents.page import PageSettings
from app.errors import DomainError, ValidationError
from app.i18n import QT_TRANSLATE_NOOP
from app.models import Case
from app.models.correspondence import Disposition
from app.services import access, documents
from app.services.desk import Desk

Progress = Callable[[int, int], bool]
"""Called with (done, total); returning False cancels (and nothing is issued)."""


class Cancelled(DomainError):
    pass


@dataclass(frozen=True)
class Pending:
    """One document of the batch, ready to build: what `documents.issue` needs."""

    form: str
    record_ref: str
    title: str
    doc: Any
    build: Callable[[Any, PageSettings], bytes]
    number: str | None = None


@dataclass(frozen=True)
class BulkFile:
    issued: tuple[documents.IssuedInfo, ...]
    pdf: bytes

    @property
    def pages(self) -> int:
        return sum(i.pages for i in self.issued)


def _cancelled() -> Cancelled:
    return Cancelled(QT_TRANSLATE_NOOP("errors", "The bulk print was cancelled; nothing was issued."))


def _go_on(progress: Progress | None, done: int, total: int) -> None:
    if progress is not None and progress(done, total) is False:
        raise _cancelled()


def issue_all(
    desk: Desk,
    pending: Sequence[Pending],
    page: PageSettings,
    *,
    progress: Progress | None = None,
    today: date | None = None,
) -> BulkFile:
    """Issue every document in one transaction and join them, in order, into one PDF."""
    access.require(desk, access.Permission.ISSUE_DOCUMENTS)
    from pypdf import PdfReader, PdfWriter

    if not pending:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "There is nothing to print for this day or month."))
    issued: list[documents.IssuedFile] = []
    with desk.write() as session:
        for index, item in enumerate(pending):
            _go_on(progress, index, len(pending))
            issued.append(
                documents.issue_in(
                    session,
                    desk,
                    form=item.form,
                    record_ref=item.record_ref,
                    title=item.title,
                    doc=item.doc,
                    build=item.build,
                    page=page,
                    number=item.number,
                    today=today,
                )
            )
        _go_on(progress, len(pending), len(pending))  # the last chance to cancel before commit
        writer = PdfWriter()
        for one in issued:
            writer.append(PdfReader(BytesIO(one.pdf)))
        # each sheet embeds its own font subsets; shared objects (the logo, equal fonts) once
        writer.compress_identical_objects(remove_duplicates=True, remove_unreferenced=True)
        out = BytesIO()
        writer.write(out)
    return BulkFile(tuple(i.info for i in issued), out.getvalue())


def _parse(text: str, pattern: str, message: str) -> date:
    from datetime import datetime

    try:
        return datetime.strptime(text.strip(), pattern).date()
    except ValueError:
        raise ValidationError(message, field="date", value=text) from None


def parse_day(text: str) -> date:
    return _parse(text, "%Y-%m-%d", QT_TRANSLATE_NOOP("errors", "{value} is not a date: write YYYY-MM-DD."))


def parse_month(text: str) -> date:
    return _parse(text, "%Y-%m", QT_TRANSLATE_NOOP("errors", "{value} is not a month: write YYYY-MM."))


def disposition_sheets(
    desk: Desk,
    day: date,
    *,
    paper: str | None = None,
    progress: Progress | None = None,
    today: date | None = None,
) -> BulkFile:
    """The lembar disposisi of every disposition given on `day`, in the order they were given."""
    from app.services.record_documents import record_form

    page = documents.page_settings(desk, paper=paper, language="id")
    with desk.read() as session:
        ids = list(
            session.scalars(
                select(Disposition.id)
                .where(Disposition.given_on == day, Disposition.deleted_at.is_(None))
                .order_by(Disposition.created_at, Disposition.id)
            )
        )
    pending = []
    for ident in ids:
        _go_on(progress, 0, len(ids))  # reading the records: the bar waits at 0
        ready = record_form(desk, "disposition", str(ident), "id", today=today)
        pending.append(Pending("disposition", ready.record_ref, ready.title, ready.doc, ready.build))
    return issue_all(desk, pending, page, progress=progress, today=today)


def case_summaries(
    desk: Desk,
    month: date,
    *,
    paper: str | None = None,
    language: str = "id",
    progress: Progress | None = None,
    today: date | None = None,
) -> BulkFile:
    """The case summary (without sensitive fields) of every case reported in `month`."""
    from app.services.case_documents import PrintRequest, build_case_form

    page = documents.page_settings(desk, paper=paper, language=language)
    first = month.replace(day=1)
    with desk.read() as session:
        numbers = list(
            session.scalars(
                select(Case.number)
                .where(
                    Case.reported_on >= first,
                    Case.reported_on < first + relativedelta(months=1),
                    Case.deleted_at.is_(None),
                )
                .order_by(Case.reported_on, Case.number)
            )
        )
    pending = []
    for number in numbers:
        _go_on(progress, 0, len(numbers))
        doc, build, title = build_case_form(
            desk, PrintRequest(form="summary", record=number, language=language), today=today
        )
        pending.append(Pending("summary", number, f"{title} {number}", doc, build))
    return issue_all(desk, pending, page, progress=progress, today=today)
