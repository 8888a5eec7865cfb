"""The worker's particulars as the case forms print them (values already in the document's
language; empty values are left out of a form, never printed as "None")."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from app.documents.page import MM, L, PageSettings, Styles, field_rows
from app.i18n import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class WorkerParticulars:
    full_name: str
    aliases: str = ""
    nik: str = ""
    passport_no: str = ""
    sex: str = ""
    birth: str = ""
    address: str = ""
    phone: str = ""
    family_contact: str = ""
    p3mi: str = ""
    employer: str = ""
    employer_address: str = ""
    destination: str = ""
    job: str = ""
    departure: str = ""
    procedural: str = ""


#: (attribute, label) in the order the forms print them
ROWS = (
    ("full_name", QT_TRANSLATE_NOOP("documents", "Name")),
    ("aliases", QT_TRANSLATE_NOOP("documents", "Also known as")),
    ("nik", QT_TRANSLATE_NOOP("documents", "NIK")),
    ("passport_no", QT_TRANSLATE_NOOP("documents", "Passport number")),
    ("sex", QT_TRANSLATE_NOOP("documents", "Sex")),
    ("birth", QT_TRANSLATE_NOOP("documents", "Place and date of birth")),
    ("address", QT_TRANSLATE_NOOP("documents", "Home address")),
    ("phone", QT_TRANSLATE_NOOP("documents", "Phone")),
    ("family_contact", QT_TRANSLATE_NOOP("documents", "Family contact")),
    ("p3mi", QT_TRANSLATE_NOOP("documents", "Placement company (P3MI)")),
    ("employer", QT_TRANSLATE_NOOP("documents", "Employer")),
    ("employer_address", QT_TRANSLATE_NOOP("documents", "Employer's address")),
    ("destination", QT_TRANSLATE_NOOP("documents", "Country and city of placement")),
    ("job", QT_TRANSLATE_NOOP("documents", "Job")),
    ("departure", QT_TRANSLATE_NOOP("documents", "Departure date")),
    ("procedural", QT_TRANSLATE_NOOP("documents", "Departure")),
)


def particulars_table(
    styles: Styles, page: PageSettings, worker: WorkerParticulars, *, keep_empty: bool = False
) -> Any:
    rows = [
        (L(label, page.language), getattr(worker, name) or "-")
        for name, label in ROWS
        if keep_empty or getattr(worker, name)
    ]
    return field_rows(styles, rows, 55 * MM, page.text_width - 59 * MM)


def numbered_heading(styles: Styles, number: str, text: str) -> Any:
    return styles.p(f"{number}. {text}", "heading")
