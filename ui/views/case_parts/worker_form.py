"""The worker's fields, on two pages (who they are; where they went and for whom), shared by the
new-case dialog and the worker's edit dialog."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from app.errors import ValidationError
from app.i18n import QT_TRANSLATE_NOOP
from app.services import reference
from app.services.workers import WorkerInput
from ui.context import UiContext
from ui.widgets.fields import ChoiceCombo, DateField, FieldSet, form_layout
from ui.widgets.page import heading
from ui.widgets.search_combo import SearchCombo

#: fields on each page, left column then right column
IDENTITY = (
    ("full_name", "aliases", "nik", "sex", "birth_date", "birth_place", "province"),
    ("regency", "address", "phone", "phone_alt", "family_contact", "family_relation", "family_phone"),
)
PLACEMENT = (
    ("destination_country", "destination_city", "job", "departure_date", "procedural", "social_security"),
    (
        "passport_no",
        "passport_expiry",
        "p3mi_name",
        "partner_agency",
        "employer_name",
        "employer_address",
        "employer_phone",
    ),
)
TEXT_FIELDS = (
    "full_name",
    "aliases",
    "nik",
    "birth_place",
    "address",
    "phone",
    "phone_alt",
    "family_contact",
    "family_relation",
    "family_phone",
    "passport_no",
    "p3mi_name",
    "partner_agency",
    "employer_name",
    "employer_address",
    "employer_phone",
    "destination_city",
)
DATE_FIELDS = ("birth_date", "passport_expiry", "departure_date")
YES_NO_FIELDS = ("procedural", "social_security")
#: fields that tell whether this worker is already registered
IDENTITY_KEYS = ("full_name", "nik", "passport_no", "birth_date", "employer_name")
NOT_A_DATE = QT_TRANSLATE_NOOP("errors", "{value} is not a date (write YYYY-MM-DD).")


def bool_text(value: object) -> str:
    return "" if value is None else ("yes" if value else "no")


class WorkerForm(QObject):
    """Builds the worker's widgets into `identity_page` and `placement_page` and reads them back."""

    #: a field that identifies the worker changed (for the duplicate check)
    identity_changed = Signal()
    country_changed = Signal()

    def __init__(self, context: UiContext, fieldset: FieldSet, parent: QWidget) -> None:
        super().__init__(parent)
        self.context = context
        self.fieldset = fieldset
        desk = context.desk
        self.identity_page = QWidget(parent)
        self.placement_page = QWidget(parent)
        self.widgets: dict[str, QWidget] = {}
        for name in TEXT_FIELDS:
            self.widgets[name] = QLineEdit(parent)
        self.line("full_name").setMaxLength(200)
        self.line("nik").setMaxLength(24)
        self.line("passport_no").setMaxLength(20)
        for name in DATE_FIELDS:
            self.widgets[name] = DateField(parent)
        for name in YES_NO_FIELDS:
            self.widgets[name] = ChoiceCombo((None, True, False), parent)
        self.sex = ChoiceCombo((None, "F", "M"), parent)
        self.province = SearchCombo(parent)
        self.regency = SearchCombo(parent)
        self.country = SearchCombo(parent)
        self.job = ChoiceCombo((None, *(j.code for j in reference.jobs())), parent)
        self._jobs = {j.code: j for j in reference.jobs()}
        self.widgets |= {
            "sex": self.sex,
            "province": self.province,
            "regency": self.regency,
            "destination_country": self.country,
            "job": self.job,
        }
        for combo in (self.province, self.regency, self.country):
            combo.setMinimumContentsLength(16)
        self._provinces = reference.regions(desk)
        self._countries = reference.countries(desk)
        self.province.set_entries((p.code, p.name) for p in self._provinces)
        self.province.set_current_key(None)
        self.province.keyChanged.connect(self._province_chosen)
        self.country.keyChanged.connect(lambda _key: self.country_changed.emit())
        fieldset.aliases |= {"home_region": "regency", "country": "destination_country"}
        self.headings: list[QLabel] = []
        for page, columns in ((self.identity_page, IDENTITY), (self.placement_page, PLACEMENT)):
            row = QHBoxLayout(page)
            row.setContentsMargins(12, 12, 12, 8)
            row.setSpacing(28)
            for names in columns:
                column = QVBoxLayout()
                column.setSpacing(10)
                title = heading(2, page)
                self.headings.append(title)
                column.addWidget(title)
                form = form_layout()
                for name in names:
                    fieldset.add(form, name, self.widgets[name], page)
                column.addLayout(form)
                column.addStretch(1)
                row.addLayout(column, 1)
        for name in IDENTITY_KEYS:
            widget = self.widgets[name]
            assert isinstance(widget, QLineEdit)
            widget.textChanged.connect(lambda _text: self.identity_changed.emit())
        self.retranslate()

    def line(self, name: str) -> QLineEdit:
        widget = self.widgets[name]
        assert isinstance(widget, QLineEdit)
        return widget

    def date_field(self, name: str) -> DateField:
        widget = self.widgets[name]
        assert isinstance(widget, DateField)
        return widget

    def retranslate(self) -> None:
        captions = {
            "full_name": self.tr("Full &name"),
            "aliases": self.tr("Other names"),
            "nik": self.tr("NI&K"),
            "sex": self.tr("Sex"),
            "birth_date": self.tr("Date of &birth"),
            "birth_place": self.tr("Place of birth"),
            "province": self.tr("Home province"),
            "regency": self.tr("Regency or city"),
            "address": self.tr("Home address"),
            "phone": self.tr("&Phone"),
            "phone_alt": self.tr("Other phone"),
            "family_contact": self.tr("Family contact"),
            "family_relation": self.tr("Relation to the worker"),
            "family_phone": self.tr("Family phone"),
            "destination_country": self.tr("Destination &country"),
            "destination_city": self.tr("City abroad"),
            "job": self.tr("&Job"),
            "departure_date": self.tr("&Departure date"),
            "procedural": self.tr("Procedural departure"),
            "social_security": self.tr("BPJS member"),
            "passport_no": self.tr("Pass&port number"),
            "passport_expiry": self.tr("Passport valid until"),
            "p3mi_name": self.tr("P3MI (placement company)"),
            "partner_agency": self.tr("Partner agency abroad"),
            "employer_name": self.tr("&Employer"),
            "employer_address": self.tr("Employer's address"),
            "employer_phone": self.tr("Employer's phone"),
        }
        for name, text in captions.items():
            self.fieldset.captions[name].setText(text)
        for title, text in zip(
            self.headings,
            (
                self.tr("Identity"),
                self.tr("Home and family"),
                self.tr("Placement"),
                self.tr("Passport and employer"),
            ),
            strict=True,
        ):
            title.setText(text)
        self.line("full_name").setPlaceholderText(self.tr("Required; the only thing required"))
        self.line("aliases").setPlaceholderText(self.tr("Names used in other documents"))
        self.line("nik").setPlaceholderText(self.tr("16 digits"))
        self.line("phone").setPlaceholderText(self.tr("Any country, e.g. +60 12 345 6789"))
        self.line("family_relation").setPlaceholderText(self.tr("e.g. mother, husband"))
        self.line("employer_name").setPlaceholderText(self.tr("Person or household"))
        self.line("passport_no").setPlaceholderText(self.tr("e.g. C1234567"))
        self.province.lineEdit().setPlaceholderText(self.tr("Type to search"))
        self.regency.lineEdit().setPlaceholderText(self.tr("Choose the province first"))
        self.country.lineEdit().setPlaceholderText(self.tr("Type to search"))
        for name in DATE_FIELDS:
            self.date_field(name).retranslate()
        unknown = self.tr("Not known")
        self.sex.set_texts({None: unknown, "F": self.tr("Female"), "M": self.tr("Male")})
        for name in YES_NO_FIELDS:
            combo = self.widgets[name]
            assert isinstance(combo, ChoiceCombo)
            combo.set_texts({None: unknown, True: self.tr("Yes"), False: self.tr("No")})
        english = self.context.language() == "en"
        self.job.set_texts(
            {None: unknown}
            | {code: job.name_en if english else job.name_id for code, job in self._jobs.items()}
        )
        chosen = self.country.current_key()
        self.country.set_entries(
            sorted(
                ((c.iso2, c.name_en if english else c.name_id) for c in self._countries), key=lambda e: e[1]
            )
        )
        self.country.set_current_key(chosen)

    # --- regions ----------------------------------------------------------------------------------

    def _province_chosen(self, code: str | None) -> None:
        self.regency.set_entries(
            (r.code, r.name) for r in reference.regions(self.context.desk, code) if code is not None
        )
        self.regency.set_current_key(None)
        self.regency.setEnabled(code is not None)

    def home_region(self) -> str | None:
        return self.regency.current_key() or self.province.current_key()

    def set_home_region(self, code: str | None) -> None:
        province = code.split(".")[0] if code else None
        self.province.set_current_key(province)
        self._province_chosen(province)
        if code and "." in code:
            self.regency.set_current_key(".".join(code.split(".")[:2]))

    # --- values -----------------------------------------------------------------------------------

    def dates(self) -> dict[str, date | None]:
        """The dates typed; a ValidationError names the first that is not a date."""
        values = {}
        for name in DATE_FIELDS:
            field = self.date_field(name)
            try:
                values[name] = field.value()
            except ValueError:
                raise ValidationError(NOT_A_DATE, field=name, value=field.text().strip()) from None
        return values

    def worker_input(self) -> WorkerInput:
        text = {name: self.line(name).text() for name in TEXT_FIELDS}
        return WorkerInput(
            **text,
            **self.dates(),
            sex=self.sex.key(),  # type: ignore[arg-type]
            home_region=self.home_region(),
            destination_country=self.country.current_key(),
            job=str(self.job.key() or ""),
            procedural=self.widgets["procedural"].key(),  # type: ignore[attr-defined]
            social_security=self.widgets["social_security"].key(),  # type: ignore[attr-defined]
        )

    def identity_input(self) -> WorkerInput | None:
        """What identifies the worker so far, for the duplicate check (dates that do not parse are
        left out); None while there is nothing to look for."""
        birth: date | None
        try:
            birth = self.date_field("birth_date").value()
        except ValueError:
            birth = None
        data = WorkerInput(
            full_name=self.line("full_name").text(),
            nik=self.line("nik").text(),
            passport_no=self.line("passport_no").text(),
            birth_date=birth,
            employer_name=self.line("employer_name").text(),
        )
        if not (data.nik.strip() or data.passport_no.strip() or data.full_name.strip()):
            return None
        return data

    def load(self, values: dict[str, object]) -> None:
        """Fill the fields from a worker record (CaseDetail.worker)."""
        for name in TEXT_FIELDS:
            self.line(name).setText(str(values.get(name) or ""))
        for name in DATE_FIELDS:
            value = values.get(name)
            self.date_field(name).set_value(value if isinstance(value, date) else None)
        sex = values.get("sex")
        self.sex.set_key(getattr(sex, "value", sex) or None)
        for name in YES_NO_FIELDS:
            combo = self.widgets[name]
            assert isinstance(combo, ChoiceCombo)
            combo.set_key(values.get(name))
        self.set_home_region(str(values.get("home_region") or "") or None)
        self.country.set_current_key(str(values.get("destination_country") or "") or None)
        job = values.get("job") or None
        if job is not None and self.job.findData(job) < 0:  # a job typed elsewhere, kept as it is
            self.job.addItem(str(job), job)
        self.job.set_key(job)

    def text_values(self) -> dict[str, str]:
        """Every field as the text `cases.update_case` reads."""
        values = {name: self.line(name).text() for name in TEXT_FIELDS}
        values |= {name: day.isoformat() if day else "" for name, day in self.dates().items()}
        values |= {name: bool_text(self.widgets[name].key()) for name in YES_NO_FIELDS}  # type: ignore[attr-defined]
        values |= {
            "sex": str(self.sex.key() or ""),
            "home_region": self.home_region() or "",
            "destination_country": self.country.current_key() or "",
            "job": str(self.job.key() or ""),
        }
        return values

    def set_enabled(self, enabled: bool) -> None:
        for widget in self.widgets.values():
            widget.setEnabled(enabled)
        if enabled:
            self.regency.setEnabled(self.province.current_key() is not None)
