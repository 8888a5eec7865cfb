"""The pages of the first-start wizard: welcome and language, office, administrator, sample data,
summary. Each page checks its own fields with the core's rules and shows errors beside them."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QPalette, QValidator
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from app.errors import ValidationError
from app.services import office, reference
from app.services.dto import AgencyInfo
from ui import labels
from ui.context import UiContext
from ui.i18n import LANGUAGE_NAMES
from ui.widgets.named import named

#: The country of each representation abroad, by the city part of its agency code.
REPRESENTATION_COUNTRIES = {
    "KUL": "MY", "BKI": "MY", "JHB": "MY", "KCH": "MY", "PEN": "MY", "TWU": "MY",
    "AUH": "AE", "DXB": "AE", "BWN": "BN", "DOH": "QA", "KWI": "KW", "MCT": "OM",
    "RUH": "SA", "JED": "SA", "SEL": "KR", "SIN": "SG", "TYO": "JP", "OSA": "JP",
    "TPE": "TW", "HKG": "HK",
}  # fmt: skip


class UpperCase(QValidator):
    """Site codes are capitals: typed letters become capitals as they are typed."""

    def validate(self, text: str, pos: int) -> tuple[QValidator.State, str, int]:
        return QValidator.State.Acceptable, text.upper(), pos


class FieldError(QLabel):
    """The error under a field: red, wrapped, hidden while there is none."""

    def __init__(self, name: str) -> None:
        super().__init__()
        self.setObjectName(name)
        self.setWordWrap(True)
        self.setStyleSheet("color: #b3261e;")
        self.setVisible(False)

    def show_text(self, text: str) -> None:
        self.setText(text)
        self.setVisible(bool(text))


def hint() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
    return label


def stacked(*widgets: QWidget) -> QVBoxLayout:
    layout = QVBoxLayout()
    layout.setSpacing(3)
    for widget in widgets:
        layout.addWidget(widget)
    return layout


def add_rows(form: QFormLayout, *rows: tuple[QWidget, ...]) -> list[QLabel]:
    """Rows of a field with its hint and error beneath; returns the row labels (texts set later)."""
    row_labels = []
    for field, *below in rows:
        label = QLabel()
        label.setBuddy(field)
        form.addRow(label, stacked(field, *below))
        row_labels.append(label)
    return row_labels


def error_text(error: ValidationError) -> str:
    return labels.error_text(error)


class SetupPage(QWizardPage):
    """A page whose fields can show errors by the core's field names."""

    def __init__(self, context: UiContext) -> None:
        super().__init__()
        self.context = context
        self.errors: dict[str, FieldError] = {}

    def retranslate(self) -> None:
        """Set the page's texts (again, after a language switch)."""

    def show_error(self, field: str | None, text: str) -> bool:
        error = self.errors.get(field or "")
        if error is None:
            return False
        error.show_text(text)
        return True

    def clear_errors(self) -> None:
        for error in self.errors.values():
            error.show_text("")


class WelcomePage(SetupPage):
    def __init__(self, context: UiContext) -> None:
        super().__init__(context)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.language_label = QLabel()
        self.buttons = QButtonGroup(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addSpacing(16)
        layout.addWidget(self.language_label)
        for code in ("id", "en"):
            button = QRadioButton(LANGUAGE_NAMES[code])
            button.setObjectName("language" + code.capitalize())
            button.setChecked(code == context.language())
            button.toggled.connect(lambda on, code=code: self._choose(code) if on else None)
            self.buttons.addButton(button)
            layout.addWidget(button)
        layout.addSpacing(16)
        self.later = hint()
        layout.addWidget(self.later)
        layout.addStretch(1)

    def _choose(self, code: str) -> None:
        if code != self.context.language():
            self.context.set_language(code)

    def retranslate(self) -> None:
        self.setTitle(self.tr("Welcome to Jejaring"))
        self.setSubTitle(self.tr("Let us set up this computer as a desk of your office."))
        self.intro.setText(
            self.tr(
                "Jejaring helps the officers who protect Indonesian migrant workers work together: "
                "a shared register of cases and referrals, coordination meetings and their follow-up, "
                "official letters, and the exchange of records between offices, also offline.\n\n"
                "Setting up takes a minute: the office this desk belongs to, its first administrator, "
                "and, if you wish, sample data to try the app with."
            )
        )
        self.language_label.setText(self.tr("Language of the application:"))
        self.later.setText(self.tr("You can change the language and everything else later in Settings."))


class OfficePage(SetupPage):
    def __init__(self, context: UiContext) -> None:
        super().__init__(context)
        self.agencies = {a.code: a for a in reference.agencies(context.desk, include_inactive=False)}
        self.countries = reference.countries(context.desk)
        self.touched: set[str] = set()

        self.site_code = named(QLineEdit(), "siteCode")
        self.site_code.setValidator(UpperCase(self.site_code))
        self.site_code.setMaxLength(16)
        self.site_name = named(QLineEdit(), "siteName")
        from ui.widgets.search_combo import SearchCombo

        self.agency = SearchCombo(self)
        self.agency.setObjectName("agency")
        self.country = SearchCombo(self)
        self.country.setObjectName("country")
        self.country.setMinimumContentsLength(18)
        self.city = named(QLineEdit(), "city")
        for name in ("site_code", "site_name", "agency", "country", "city"):
            self.errors[name] = FieldError(_camel(name) + "Error")
        self.code_hint, self.agency_hint = hint(), hint()

        self.form = QFormLayout(self)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.labels = add_rows(
            self.form,
            (self.agency, self.agency_hint, self.errors["agency"]),
            (self.site_code, self.code_hint, self.errors["site_code"]),
            (self.site_name, self.errors["site_name"]),
            (self.country, self.errors["country"]),
            (self.city, self.errors["city"]),
        )

        self.site_code.textChanged.connect(self._check_code)
        self.site_code.textEdited.connect(lambda: self.touched.add("site_code"))
        self.site_name.textChanged.connect(lambda: self._changed("site_name"))
        self.site_name.textEdited.connect(lambda: self.touched.add("site_name"))
        self.city.textEdited.connect(lambda: self.touched.add("city"))
        self.agency.keyChanged.connect(self._agency_chosen)
        self.country.keyChanged.connect(lambda: self._changed("country"))
        self.country.activated.connect(lambda: self.touched.add("country"))
        self.country_loaded = False

    # --- values ------------------------------------------------------------------------------
    def setup(self, **admin: str) -> office.OfficeSetup:
        return office.OfficeSetup(
            site_code=self.site_code.text().strip().upper(),
            site_name=self.site_name.text(),
            agency_code=self.agency.current_key() or "",
            country=self.country.current_key() or "",
            city=self.city.text(),
            **admin,
        )

    def agency_text(self) -> str:
        return self.agency.currentText()

    def country_text(self) -> str:
        return self.country.currentText()

    # --- checks ------------------------------------------------------------------------------
    def _changed(self, field: str) -> None:
        self.errors[field].show_text("")
        self.completeChanged.emit()

    def _check_code(self) -> None:
        text = self.site_code.text().strip()
        message = ""
        if text:
            try:
                office.validate_setup(office.OfficeSetup(text, "x", "", admin_username="admin"))
            except ValidationError as error:
                if error.field == "site_code":
                    message = error_text(error)
        self.errors["site_code"].show_text(message)
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return bool(
            office.SITE_CODE.match(self.site_code.text().strip().upper())
            and self.site_name.text().strip()
            and self.agency.current_key()
            and self.country.current_key()
        )

    def validatePage(self) -> bool:
        self.clear_errors()
        if self.agency.current_key() is None:
            self.errors["agency"].show_text(self.tr("Choose the agency from the list."))
            return False
        if self.country.current_key() is None:
            self.errors["country"].show_text(self.tr("Choose the country from the list."))
            return False
        try:
            office.validate_setup(self.setup(admin_username="admin"))
        except ValidationError as error:
            if not self.show_error(error.field, error_text(error)):
                raise
            return False
        return True

    # --- suggestions -------------------------------------------------------------------------
    def _agency_chosen(self, code: str | None) -> None:
        self._changed("agency")
        agency = self.agencies.get(code or "")
        if agency is None:
            return
        city = _city_of(agency)
        if "site_code" not in self.touched:
            self.site_code.setText(agency.code)
        if "site_name" not in self.touched:
            prefix = agency.code.split("-")[0]
            self.site_name.setText(f"{prefix} {city}" if agency.kind == "representation" else agency.name)
        if "city" not in self.touched:
            self.city.setText(city)
        if "country" not in self.touched:
            suffix = agency.code.rsplit("-", 1)[-1]
            if agency.kind == "representation":
                self.country.set_current_key(REPRESENTATION_COUNTRIES.get(suffix, "ID"))
            else:
                self.country.set_current_key("ID")

    def retranslate(self) -> None:
        self.setTitle(self.tr("Your office"))
        self.setSubTitle(
            self.tr("The office this desk works for. Its code appears in case and letter numbers.")
        )
        english = self.context.language() == "en"
        self.agency.set_entries(
            (a.code, f"{a.code} — {(a.name_en or a.name) if english else a.name}")
            for a in self.agencies.values()
        )
        countries = sorted(
            ((c.iso2, c.name_en if english else c.name_id) for c in self.countries), key=lambda c: c[1]
        )
        self.country.set_entries(countries)
        if not self.country_loaded:
            self.country.set_current_key("ID")
            self.country_loaded = True
        search = self.agency.lineEdit()
        if search is not None:
            search.setPlaceholderText(self.tr("Type to search, e.g. KBRI or Kuala Lumpur"))
        self.site_code.setPlaceholderText(self.tr("e.g. KBRI-KUL"))
        self.site_name.setPlaceholderText(self.tr("e.g. KBRI Kuala Lumpur"))
        self.city.setPlaceholderText(self.tr("e.g. Kuala Lumpur"))
        self.agency_hint.setText(
            self.tr("An embassy or consulate abroad sets its country and city from here.")
        )
        self.code_hint.setText(
            self.tr(
                "2 to 16 capital letters, digits or dashes, starting with a letter. It cannot change later."
            )
        )
        texts = (
            self.tr("Agency:"),
            self.tr("Site code:"),
            self.tr("Site name:"),
            self.tr("Country:"),
            self.tr("City:"),
        )
        for label, text in zip(self.labels, texts, strict=True):
            label.setText(text)
        self._check_code()


class AdminPage(SetupPage):
    def __init__(self, context: UiContext) -> None:
        super().__init__(context)
        self.username = named(QLineEdit(), "adminUsername")
        self.username.setMaxLength(64)
        self.full_name = named(QLineEdit(), "adminName")
        self.nip = named(QLineEdit(), "adminNip")
        self.nip.setMaxLength(21)
        self.position = named(QLineEdit(), "adminPosition")
        self.password = named(QLineEdit(), "adminPassword")
        self.password_again = named(QLineEdit(), "adminPasswordAgain")
        for field in (self.password, self.password_again):
            field.setEchoMode(QLineEdit.EchoMode.Password)
        for name in ("username", "admin_name", "admin_nip", "admin_position", "admin_password"):
            self.errors[name] = FieldError(_camel(name) + "Error")
        self.errors["admin_username"] = self.errors["username"]
        self.username_hint, self.nip_hint, self.role_note, self.password_hint = hint(), hint(), hint(), hint()
        self.form = QFormLayout(self)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.labels = add_rows(
            self.form,
            (self.full_name, self.errors["admin_name"]),
            (self.username, self.username_hint, self.errors["username"]),
            (self.nip, self.nip_hint, self.errors["admin_nip"]),
            (self.position, self.errors["admin_position"]),
            (self.password, self.password_hint, self.errors["admin_password"]),
            (self.password_again,),
        )
        self.form.addRow(self.role_note)
        for widget, field in (
            (self.username, "username"),
            (self.nip, "admin_nip"),
            (self.password, "admin_password"),
            (self.password_again, "admin_password"),
        ):
            widget.textChanged.connect(lambda _text, field=field: self._changed(field))

    def _changed(self, field: str) -> None:
        self.errors[field].show_text("")
        self.completeChanged.emit()

    def values(self) -> dict[str, str]:
        return {
            "admin_username": self.username.text().strip().lower(),
            "admin_name": self.full_name.text(),
            "admin_nip": self.nip.text().replace(" ", ""),
            "admin_position": self.position.text(),
            "admin_password": self.password.text(),
        }

    def isComplete(self) -> bool:
        return bool(self.username.text().strip() and self.password.text() and self.password_again.text())

    def validatePage(self) -> bool:
        self.clear_errors()
        values = self.values()
        try:
            reference.validate_username(values["admin_username"])
        except ValidationError as error:
            self.errors["username"].show_text(error_text(error))
            return False
        if values["admin_nip"] and not reference.NIP.match(values["admin_nip"]):
            text = QCoreApplication.translate("errors", "A NIP has exactly 18 digits.")
            self.errors["admin_nip"].show_text(text)
            return False
        from app.services import accounts

        try:
            accounts.validate_password(values["admin_password"], values["admin_username"])
        except ValidationError as error:
            self.errors["admin_password"].show_text(error_text(error))
            return False
        if self.password_again.text() != values["admin_password"]:
            self.errors["admin_password"].show_text(self.tr("The two passwords are not the same."))
            return False
        return True

    def retranslate(self) -> None:
        self.setTitle(self.tr("First administrator"))
        self.setSubTitle(self.tr("The person who looks after this desk: officers, agencies and settings."))
        self.full_name.setPlaceholderText(self.tr("e.g. Siti Rahmawati"))
        self.username.setPlaceholderText(self.tr("e.g. siti.rahmawati"))
        self.position.setPlaceholderText(self.tr("e.g. Staf Fungsi Pelindungan WNI"))
        self.nip.setPlaceholderText(self.tr("optional"))
        self.username_hint.setText(self.tr("Small letters, digits, dot, dash or underscore."))
        self.nip.setToolTip(self.tr("Civil servant number (NIP), 18 digits"))
        self.nip_hint.setText(self.tr("Civil servant number: 18 digits (optional)."))
        self.role_note.setText(self.tr("More officers can be added later in Settings."))
        from app.services.accounts import MIN_LENGTH

        self.password_hint.setText(
            self.tr(
                "At least {count} characters, with letters and a digit or sign. Kept only on this computer."
            ).format(count=MIN_LENGTH)
        )
        texts = (
            self.tr("Full name:"),
            self.tr("Username:"),
            self.tr("NIP:"),
            self.tr("Position:"),
            self.tr("Password:"),
            self.tr("Password again:"),
        )
        for label, text in zip(self.labels, texts, strict=True):
            label.setText(text)


class SamplePage(SetupPage):
    def __init__(self, context: UiContext) -> None:
        super().__init__(context)
        self.load = named(QCheckBox(), "loadSample")
        self.load.setChecked(True)
        self.count = named(QSpinBox(), "sampleCount")
        self.count.setRange(10, 5000)
        self.count.setSingleStep(50)
        self.count.setValue(200)
        self.count.setMinimumWidth(100)
        self.count.setGroupSeparatorShown(True)
        self.count_label = QLabel()
        self.count_label.setBuddy(self.count)
        self.explanation = hint()
        self.load.toggled.connect(self.count.setEnabled)
        row = QFormLayout()
        row.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        row.setContentsMargins(24, 0, 0, 0)
        row.addRow(self.count_label, self.count)
        layout = QVBoxLayout(self)
        layout.addWidget(self.load)
        layout.addLayout(row)
        layout.addSpacing(8)
        layout.addWidget(self.explanation)
        layout.addStretch(1)

    def retranslate(self) -> None:
        self.setTitle(self.tr("Sample data"))
        self.setSubTitle(self.tr("Try Jejaring with realistic, fictional records."))
        self.load.setText(self.tr("Load sample data so the app is not empty"))
        self.count_label.setText(self.tr("Number of sample cases:"))
        self.explanation.setText(
            self.tr(
                "Sample data are fictional workers, cases, offices abroad and officers, so that every "
                "part of the app can be tried at once. Leave this off on a desk that will hold real cases."
            )
        )


class SummaryPage(SetupPage):
    def __init__(self, context: UiContext) -> None:
        super().__init__(context)
        self.form = QFormLayout()
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft)
        self.form.setHorizontalSpacing(24)
        self.note = hint()
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addSpacing(12)
        layout.addWidget(self.note)
        layout.addStretch(1)

    def initializePage(self) -> None:
        while self.form.rowCount():
            self.form.removeRow(0)
        wizard: Any = self.wizard()
        for label, value in wizard.summary_rows():
            text = QLabel(value)
            text.setWordWrap(True)
            text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.form.addRow(f"<b>{label}</b>", text)

    def retranslate(self) -> None:
        self.setTitle(self.tr("Ready to set up"))
        self.setSubTitle(self.tr("Check the details, then press Finish."))
        self.note.setText(
            self.tr("The site code cannot be changed later. Everything else can be edited in Settings.")
        )
        if self.wizard() is not None and self.wizard().currentPage() is self:
            self.initializePage()


def _camel(name: str) -> str:
    head, *rest = name.split("_")
    return head + "".join(part.capitalize() for part in rest)


def _city_of(agency: AgencyInfo) -> str:
    """The city of a representation, from its English name ("... in Kuala Lumpur")."""
    if agency.kind != "representation":
        return ""
    name = agency.name_en or agency.name
    for marker in (" in ", " to ", " di "):
        if marker in name:
            return name.rsplit(marker, 1)[1].strip()
    return ""
