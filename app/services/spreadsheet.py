"""Moving case registers kept in Excel into Jejaring, and the register back out to Excel or CSV.

Import is two steps, as an officer does it: read the file and guess which column holds what
(the officer corrects the mapping), then check every row and report row by row. Nothing is
imported unless the officer confirms; then the valid rows are imported in one transaction and
the invalid rows are listed with the reason, in the officer's language.
"""

from __future__ import annotations

import csv
import re
import unicodedata
import uuid
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from dataclasses import field as dataclass_field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.errors import DomainError, ValidationError
from app.files import replacing
from app.i18n import QT_TRANSLATE_NOOP, translate
from app.labels import CASE_STATUS_LABELS, label
from app.models import CaseCategory, Country
from app.services import access
from app.services import cases as case_service
from app.services.desk import Desk
from app.services.workers import WorkerInput

MAX_ROWS = 200_000

#: field -> header spellings met in officers' spreadsheets (compared without case and accents)
FIELDS: dict[str, tuple[str, ...]] = {
    "full_name": ("nama", "nama pmi", "nama lengkap", "name", "full name", "worker", "nama pekerja"),
    "aliases": ("alias", "nama lain", "aliases"),
    "nik": ("nik", "no ktp", "nomor ktp", "nomor induk kependudukan"),
    "passport_no": ("paspor", "no paspor", "nomor paspor", "passport", "passport no", "passport number"),
    "sex": ("jenis kelamin", "jk", "sex", "gender", "l/p"),
    "birth_date": ("tanggal lahir", "tgl lahir", "date of birth", "birth date", "dob"),
    "birth_place": ("tempat lahir", "place of birth"),
    "phone": ("telepon", "no hp", "nomor hp", "hp", "phone", "telephone", "no telp"),
    "family_contact": ("keluarga", "kontak keluarga", "family contact"),
    "family_phone": ("hp keluarga", "telepon keluarga", "family phone"),
    "destination_country": ("negara", "negara tujuan", "negara penempatan", "country", "destination"),
    "destination_city": ("kota", "kota tujuan", "city"),
    "employer_name": ("majikan", "nama majikan", "pengguna", "employer"),
    "p3mi_name": ("p3mi", "pt", "perusahaan penempatan", "agency", "placement company"),
    "departure_date": ("tanggal berangkat", "tgl berangkat", "departure date", "departure"),
    "category": ("kategori", "jenis pengaduan", "jenis masalah", "permasalahan", "category", "problem"),
    "reported_on": (
        "tanggal pengaduan",
        "tgl pengaduan",
        "tanggal lapor",
        "date reported",
        "reported",
        "tanggal",
    ),
    "summary": ("ringkasan", "kronologi", "uraian", "keterangan", "summary", "description", "notes"),
    "complainant_name": ("pengadu", "nama pengadu", "pelapor", "complainant"),
}
REQUIRED = ("full_name", "category")

#: what each importable field is called, for the mapping preview and the messages
FIELD_TITLES: dict[str, str] = {
    "full_name": QT_TRANSLATE_NOOP("fields", "Worker's name"),
    "aliases": QT_TRANSLATE_NOOP("fields", "Other names"),
    "nik": QT_TRANSLATE_NOOP("fields", "NIK"),
    "passport_no": QT_TRANSLATE_NOOP("fields", "Passport number"),
    "sex": QT_TRANSLATE_NOOP("fields", "Sex"),
    "birth_date": QT_TRANSLATE_NOOP("fields", "Date of birth"),
    "birth_place": QT_TRANSLATE_NOOP("fields", "Place of birth"),
    "phone": QT_TRANSLATE_NOOP("fields", "Telephone"),
    "family_contact": QT_TRANSLATE_NOOP("fields", "Family contact"),
    "family_phone": QT_TRANSLATE_NOOP("fields", "Family telephone"),
    "destination_country": QT_TRANSLATE_NOOP("fields", "Destination country"),
    "destination_city": QT_TRANSLATE_NOOP("fields", "City"),
    "employer_name": QT_TRANSLATE_NOOP("fields", "Employer"),
    "p3mi_name": QT_TRANSLATE_NOOP("fields", "Placement company (P3MI)"),
    "departure_date": QT_TRANSLATE_NOOP("fields", "Departure date"),
    "category": QT_TRANSLATE_NOOP("fields", "Case category"),
    "reported_on": QT_TRANSLATE_NOOP("fields", "Date reported"),
    "summary": QT_TRANSLATE_NOOP("fields", "Summary"),
    "complainant_name": QT_TRANSLATE_NOOP("fields", "Complainant"),
}

_MONTHS = {
    name: number
    for number, names in enumerate(
        [
            ("januari", "january", "jan"),
            ("februari", "february", "feb", "pebruari"),
            ("maret", "march", "mar"),
            ("april", "apr"),
            ("mei", "may"),
            ("juni", "june", "jun"),
            ("juli", "july", "jul"),
            ("agustus", "august", "agu", "aug", "agt"),
            ("september", "sep", "sept"),
            ("oktober", "october", "okt", "oct"),
            ("november", "nov", "nopember"),
            ("desember", "december", "des", "dec"),
        ],
        start=1,
    )
    for name in names
}


def _key(text: str) -> str:
    plain = unicodedata.normalize("NFKD", str(text)).encode("ascii", "ignore").decode().lower()
    return " ".join(re.sub(r"[^a-z0-9/]+", " ", plain).split())


@dataclass(frozen=True)
class Sheet:
    headers: tuple[str, ...]
    rows: tuple[tuple[Any, ...], ...]


def read_sheet(path: Path) -> Sheet:
    """The first sheet of an XLSX file, or a CSV file (comma or semicolon, UTF-8 or Excel's)."""
    if not path.is_file():
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "The file {path} does not exist."), path=str(path))
    suffix = path.suffix.lower()
    try:
        if suffix in (".xlsx", ".xlsm"):
            raw = _read_xlsx(path)
        elif suffix in (".csv", ".txt"):
            raw = _read_csv(path)
        else:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "Only .xlsx and .csv files can be imported."), path=str(path)
            )
    except (OSError, ValueError, KeyError, csv.Error) as error:
        if isinstance(error, DomainError):
            raise
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The file {path} cannot be read as a spreadsheet."), path=path.name
        ) from error
    rows = [r for r in raw if any(str(v).strip() for v in r if v is not None)]
    if not rows:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "The spreadsheet is empty."))
    if len(rows) - 1 > MAX_ROWS:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The spreadsheet has more than {limit} rows; split it."),
            limit=MAX_ROWS,
        )
    width = max(len(r) for r in rows)
    headers = tuple(str(v).strip() if v is not None else "" for v in rows[0]) + ("",) * (width - len(rows[0]))
    body = tuple(tuple(r) + (None,) * (width - len(r)) for r in rows[1:])
    return Sheet(headers, body)


def _read_xlsx(path: Path) -> list[tuple[Any, ...]]:
    from openpyxl import load_workbook  # loaded when first needed: it is slow to import

    try:
        book = load_workbook(path, read_only=True, data_only=True)
    except Exception as error:  # openpyxl raises many kinds for a damaged file
        raise ValueError(str(error)) from error
    try:
        sheet = book.worksheets[0]
        return [tuple(row) for row in sheet.iter_rows(values_only=True)]
    finally:
        book.close()


def _read_csv(path: Path) -> list[tuple[Any, ...]]:
    text = path.read_bytes().decode("utf-8-sig", errors="strict")
    dialect = csv.Sniffer().sniff(text[:4096], delimiters=",;\t")
    return [tuple(r) for r in csv.reader(text.splitlines(), dialect)]


def guess_mapping(headers: Sequence[str]) -> dict[int, str]:
    """Column index -> field, from the header spellings; each field taken once."""
    mapping: dict[int, str] = {}
    taken: set[str] = set()
    for index, header in enumerate(headers):
        key = _key(header)
        for name, spellings in FIELDS.items():
            if name not in taken and (key == name.replace("_", " ") or key in spellings):
                mapping[index] = name
                taken.add(name)
                break
    return mapping


@dataclass(frozen=True)
class RowProblem:
    field: str | None
    message: str  # English source, marked for translation (context "errors")
    values: dict[str, Any] = dataclass_field(default_factory=dict)


@dataclass(frozen=True)
class RowResult:
    row: int  # as the officer sees it in the spreadsheet (header is row 1)
    number: str | None
    problems: tuple[RowProblem, ...]

    @property
    def ok(self) -> bool:
        return not self.problems


@dataclass(frozen=True)
class ImportReport:
    rows: tuple[RowResult, ...]
    imported: bool

    @property
    def valid(self) -> int:
        return sum(1 for r in self.rows if r.ok)

    @property
    def invalid(self) -> int:
        return len(self.rows) - self.valid


def parse_date(value: Any, field_name: str) -> date | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    text = str(value).strip()
    try:
        return date.fromisoformat(text[:10])
    except ValueError:
        pass
    match = re.fullmatch(r"(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{2,4})", text)
    if match:
        day, month, year = (int(g) for g in match.groups())
        year += 2000 if year < 100 and year <= date.today().year % 100 else 1900 if year < 100 else 0
        try:
            return date(year, month, day)  # Indonesian order: day, month, year
        except ValueError:
            pass
    match = re.fullmatch(r"(\d{1,2})\s+([A-Za-z]+)\.?\s+(\d{4})", text)
    if match and match.group(2).lower() in _MONTHS:
        try:
            return date(int(match.group(3)), _MONTHS[match.group(2).lower()], int(match.group(1)))
        except ValueError:
            pass
    raise ValidationError(
        QT_TRANSLATE_NOOP("errors", "{value} is not a date (write YYYY-MM-DD)."), field=field_name, value=text
    )


_SEX = {
    "l": "M",
    "laki laki": "M",
    "laki": "M",
    "pria": "M",
    "m": "M",
    "male": "M",
    "p": "F",
    "perempuan": "F",
    "wanita": "F",
    "f": "F",
    "female": "F",
    "w": "F",
}


class _Lookups:
    def __init__(self, session: Session) -> None:
        self.countries: dict[str, str] = {}
        for iso2, name_id, name_en in session.execute(select(Country.iso2, Country.name_id, Country.name_en)):
            for spelling in (iso2, name_id, name_en):
                self.countries[_key(spelling)] = iso2
        self.categories: dict[str, str] = {}
        for code, name, name_en in session.execute(
            select(CaseCategory.code, CaseCategory.name, CaseCategory.name_en)
        ):
            for spelling in (code, name, name_en):
                self.categories[_key(spelling)] = code


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)  # Excel stores a NIK typed as a number as a float
    return str(value).strip()


def _row_inputs(
    values: dict[str, Any], lookups: _Lookups, today: date
) -> tuple[WorkerInput, case_service.CaseInput]:
    country = _text(values.get("destination_country"))
    iso2 = lookups.countries.get(_key(country)) if country else None
    if country and iso2 is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Unknown country: {value}."),
            field="destination_country",
            value=country,
        )
    category_text = _text(values.get("category"))
    category = lookups.categories.get(_key(category_text))
    if category is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Unknown case category: {category}."),
            field="category",
            category=category_text,
        )
    sex_text = _key(_text(values.get("sex")))
    if sex_text and sex_text not in _SEX:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Unknown sex: {sex}."), field="sex", sex=sex_text)
    worker = WorkerInput(
        full_name=_text(values.get("full_name")),
        aliases=_text(values.get("aliases")),
        nik=_text(values.get("nik")),
        passport_no=_text(values.get("passport_no")),
        sex=_SEX.get(sex_text),
        birth_date=parse_date(values.get("birth_date"), "birth_date"),
        birth_place=_text(values.get("birth_place")),
        phone=_text(values.get("phone")),
        family_contact=_text(values.get("family_contact")),
        family_phone=_text(values.get("family_phone")),
        destination_country=iso2,
        destination_city=_text(values.get("destination_city")),
        employer_name=_text(values.get("employer_name")),
        p3mi_name=_text(values.get("p3mi_name")),
        departure_date=parse_date(values.get("departure_date"), "departure_date"),
    )
    case = case_service.CaseInput(
        category=category,
        reported_on=parse_date(values.get("reported_on"), "reported_on") or today,
        country=iso2,
        complainant_name=_text(values.get("complainant_name")),
        channel="other",
        summary=_text(values.get("summary")),
    )
    return worker, case


Progress = Callable[[int, int], bool]


def import_cases(
    desk: Desk,
    sheet: Sheet,
    mapping: dict[int, str],
    *,
    confirm: bool,
    today: date | None = None,
    progress: Progress | None = None,
) -> ImportReport:
    """Check every row; with `confirm`, import the valid ones (all in one transaction)."""
    access.require(desk, access.Permission.EDIT_CASES)
    today = today or date.today()
    missing = [f for f in REQUIRED if f not in mapping.values()]
    if missing:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Choose the column that holds: {what}."),
            field=missing[0],
            what=translate("fields", FIELD_TITLES[missing[0]]),
        )
    results: list[RowResult] = []
    with desk.write() as session:
        lookups = _Lookups(session)
        for index, row in enumerate(sheet.rows):
            values = {name: row[column] for column, name in mapping.items() if column < len(row)}
            savepoint = session.begin_nested()
            try:
                worker, case = _row_inputs(values, lookups, today)
                opened = case_service.open_case(desk, worker, case, today=today, session=session)
            except DomainError as error:
                savepoint.rollback()
                results.append(
                    RowResult(index + 2, None, (RowProblem(error.field, error.message, error.values),))
                )
            else:
                savepoint.commit()
                results.append(RowResult(index + 2, opened.number, ()))
            if progress is not None and index % 50 == 0 and progress(index, len(sheet.rows)) is False:
                raise DomainError(
                    QT_TRANSLATE_NOOP("errors", "The import was cancelled; nothing was imported.")
                )
        if not confirm:
            session.rollback()  # a dry run: numbers, rows and counters all go back
    return ImportReport(tuple(results), imported=confirm)


# --- export -------------------------------------------------------------------------------------

EXPORT_COLUMNS = (
    ("number", QT_TRANSLATE_NOOP("export", "Case number")),
    ("reported_on", QT_TRANSLATE_NOOP("export", "Date reported")),
    ("status", QT_TRANSLATE_NOOP("export", "Stage")),
    ("category", QT_TRANSLATE_NOOP("export", "Category")),
    ("priority", QT_TRANSLATE_NOOP("export", "Priority")),
    ("life_threatening", QT_TRANSLATE_NOOP("export", "Life-threatening")),
    ("worker_name", QT_TRANSLATE_NOOP("export", "Worker")),
    ("country", QT_TRANSLATE_NOOP("export", "Country")),
    ("lead_agency", QT_TRANSLATE_NOOP("export", "Lead agency")),
    ("overdue", QT_TRANSLATE_NOOP("export", "Overdue")),
)


#: cases read per query while exporting
EXPORT_PAGE = 2000


def export_cases(
    desk: Desk,
    path: Path,
    flt: case_service.CaseFilter | None = None,
    *,
    language: str | None = None,
    today: date | None = None,
) -> int:
    """Write the cases of `flt` to .xlsx or .csv (by suffix); returns the number of rows."""
    suffix = path.suffix.lower()
    if suffix not in (".xlsx", ".csv"):
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Export to a .xlsx or .csv file."), field="path")
    headers = [translate("export", title, language) for _, title in EXPORT_COLUMNS]
    exported: list[uuid.UUID] = []  # each case exported is on the audit trail

    def rows() -> Iterator[list[Any]]:
        """The filter's cases in number order, EXPORT_PAGE at a time: memory stays flat."""
        after: str | None = None
        while True:
            page = case_service.list_cases(
                desk, flt, limit=EXPORT_PAGE, today=today, descending=False, sort="number", number_after=after
            )
            for r in page:
                exported.append(r.id)
                row = [getattr(r, name) for name, _ in EXPORT_COLUMNS]
                row[2] = label(CASE_STATUS_LABELS, r.status, language)
                yield row
            if len(page) < EXPORT_PAGE:
                return
            after = page[-1].number

    written = 0
    with replacing(path, suffix=suffix) as partial:
        if suffix == ".csv":
            with open(partial, "w", encoding="utf-8-sig", newline="") as handle:
                writer = csv.writer(handle)
                writer.writerow(headers)
                for row in rows():
                    writer.writerow(row)
                    written += 1
        else:
            from openpyxl import Workbook

            # write_only streams each row to a temporary file as it is appended
            book = Workbook(write_only=True)
            sheet = book.create_sheet(translate("export", "Cases", language))
            sheet.append(headers)
            try:
                for row in rows():
                    sheet.append(row)
                    written += 1
            finally:
                # also on failure: saving ends the row stream and removes openpyxl's own
                # temporary file; the half-written copy is then removed (app/files.py)
                book.save(partial)
        from app.services import audit

        audit.record_accesses(
            desk, "export", [("case_file", i) for i in exported], {"format": suffix.lstrip(".")}
        )
    return written
