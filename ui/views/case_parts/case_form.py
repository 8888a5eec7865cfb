"""The complaint's fields (how it came in, what it is about, who handles it), shared by the
new-case dialog and the case's edit dialog, which adds the outcome."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QLocale, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.errors import ValidationError
from app.i18n import QT_TRANSLATE_NOOP
from app.models import Channel, Complainant, Outcome
from app.services import reference
from app.services.dto import AgencyInfo, CaseDetail, CategoryInfo
from ui import labels
from ui.context import UiContext
from ui.views.case_parts.worker_form import NOT_A_DATE
from ui.widgets.fields import CheckList, ChoiceCombo, DateField, FieldSet, form_layout
from ui.widgets.page import muted
from ui.widgets.search_combo import SearchCombo

CHOOSE_CATEGORY = QT_TRANSLATE_NOOP("errors", "Choose what the complaint is about.")


def agency_text(agency: AgencyInfo) -> str:
    return f"{agency.code} — {agency.name}"


def plain_amount(text: str, language: str) -> str:
    """An amount as typed in the interface language (1.500.000,50 in Indonesian, 1,500,000.50 in
    English, or plain 1500000.50) as the plain text the service reads; anything else is passed on
    for the service to refuse."""
    text = text.strip()
    if not text:
        return ""
    for locale in (labels.ui_locale(language), QLocale.c()):
        value, ok = locale.toDouble(text)
        if ok:
            return f"{value:.2f}"
    return text


def typed_agency(combo: SearchCombo) -> str | None:
    """The agency chosen, or the code typed into the combo (the service checks it exists)."""
    key = combo.current_key()
    if key is not None:
        return key or None  # "" is the "(none)" entry
    return combo.currentText().split(" — ")[0].strip().upper() or None


class CaseForm(QObject):
    """Builds the complaint's widgets into `page`; `edit` adds the country and the outcome."""

    #: the category changed (the protocol's suggestion depends on it)
    category_changed = Signal()
    #: the officer changed the lead or the agencies involved
    agencies_edited = Signal()

    def __init__(
        self, context: UiContext, fieldset: FieldSet, parent: QWidget, *, edit: bool = False
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.fieldset = fieldset
        self.edit = edit
        desk = context.desk
        self.page = QWidget(parent)
        self.categories: list[CategoryInfo] = reference.categories(desk)
        self.agencies = [a for a in reference.agencies(desk) if a.active]
        self.reported_on = DateField(parent)
        self.reported_on.set_value(context.today())
        self.channel = ChoiceCombo([c.value for c in Channel], parent)
        self.complainant = ChoiceCombo([c.value for c in Complainant], parent)
        self.complainant_name = QLineEdit(parent)
        self.complainant_phone = QLineEdit(parent)
        self.priority = ChoiceCombo((1, 2, 3), parent)
        self.priority.set_key(2)
        self.life_threatening = QCheckBox(parent)
        self.category = QComboBox(parent)
        self.category.addItem("", None)
        for category in self.categories:
            self.category.addItem("", category.code)
        self.category.currentIndexChanged.connect(self._category_chosen)
        self.extra_categories = CheckList(parent, rows=6)
        self.extra_categories.set_entries((c.code, c.name) for c in self.categories)
        self.lead_agency = SearchCombo(parent)
        self.lead_agency.set_entries([("", ""), *((a.code, agency_text(a)) for a in self.agencies)])
        self.lead_agency.activated.connect(lambda _index: self.agencies_edited.emit())
        self.participants = CheckList(parent, rows=16 if edit else 8)  # the edit form's own page
        self.participants.set_entries((a.code, agency_text(a)) for a in self.agencies)
        self.participants.changed.connect(self.agencies_edited)
        # Officers are assigned by username (as `case set NUMBER officers` does): desk users.
        self.officers = CheckList(parent, rows=10 if edit else 4)
        self.officers.set_entries(
            (o.username, o.full_name) for o in reference.officers(desk) if o.active and o.username is not None
        )
        self.summary = QPlainTextEdit(parent)
        self.summary.setTabChangesFocus(True)
        self.summary.setFixedHeight(self.summary.fontMetrics().height() * 5 + 14)
        left: tuple[tuple[str, QWidget], ...] = (
            ("reported_on", self.reported_on),
            ("channel", self.channel),
            ("complainant", self.complainant),
            ("complainant_name", self.complainant_name),
            ("complainant_phone", self.complainant_phone),
            ("priority", self.priority),
            ("life_threatening", self.life_threatening),
        )
        right: tuple[tuple[str, QWidget], ...] = (
            ("category", self.category),
            ("extra_categories", self.extra_categories),
            ("lead_agency", self.lead_agency),
            ("participants", self.participants),
            ("officers", self.officers),
        )
        #: the edit form's second page: who works the case
        self.people_page: QWidget | None = None
        if edit:
            self.country = SearchCombo(parent)
            self.outcome = ChoiceCombo((None, *(o.value for o in Outcome)), parent)
            self.outcome_amount = QLineEdit(parent)
            self.outcome_currency = QLineEdit(parent)
            self.outcome_currency.setMaxLength(3)
            self.outcome_note = QLineEdit(parent)
            self.for_next_meeting = QCheckBox(parent)
            left = (*left, ("country", self.country))
            right = (
                ("category", self.category),
                ("extra_categories", self.extra_categories),
                ("lead_agency", self.lead_agency),
                ("outcome", self.outcome),
                ("outcome_amount", self.outcome_amount),
                ("outcome_currency", self.outcome_currency),
                ("outcome_note", self.outcome_note),
                ("for_next_meeting", self.for_next_meeting),
            )
            self.people_page = QWidget(parent)
            people = form_layout()
            for name, widget in (("participants", self.participants), ("officers", self.officers)):
                fieldset.add(people, name, widget, self.people_page)
            self.participants.setMinimumWidth(420)
            people_column = QVBoxLayout(self.people_page)
            people_column.setContentsMargins(12, 14, 12, 8)
            people_column.addLayout(people)
            self.people_note = muted(self.people_page)
            self.people_note.setWordWrap(True)
            people_column.addWidget(self.people_note)
            people_column.addStretch(1)
        #: under the agencies: whether they are the protocol's suggestion (the new-case form sets it)
        self.suggestion_note = muted(self.page)
        self.suggestion_note.setTextFormat(Qt.TextFormat.RichText)
        column = QVBoxLayout(self.page)
        column.setContentsMargins(12, 14, 12, 8)
        row = QHBoxLayout()
        row.setSpacing(28)
        for fields in (left, right):
            form = form_layout()
            for name, widget in fields:
                fieldset.add(form, name, widget, self.page)
            row.addLayout(form, 1)
        if not edit:
            form.addRow("", self.suggestion_note)
        else:
            self.suggestion_note.hide()
        column.addLayout(row)
        # the complaint in words, across the page, its caption above it
        summary_form = form_layout()
        summary_form.setRowWrapPolicy(summary_form.RowWrapPolicy.WrapAllRows)
        fieldset.add(summary_form, "summary", self.summary, self.page)
        column.addSpacing(4)
        column.addLayout(summary_form)
        column.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        captions = {
            "reported_on": self.tr("Date &reported"),
            "channel": self.tr("C&hannel"),
            "complainant": self.tr("Complai&nant"),
            "complainant_name": self.tr("Complainant's name"),
            "complainant_phone": self.tr("Complainant's phone"),
            "priority": self.tr("Priority"),
            "life_threatening": self.tr("Danger"),
            "category": self.tr("&Category"),
            "extra_categories": self.tr("Also about"),
            "lead_agency": self.tr("&Lead agency"),
            "participants": self.tr("Agencies involved"),
            "officers": self.tr("Officers assigned"),
            "summary": self.tr("&Summary"),
        }
        if self.edit:
            captions |= {
                "country": self.tr("Country"),
                "outcome": self.tr("&Outcome"),
                "outcome_amount": self.tr("Amount recovered"),
                "outcome_currency": self.tr("Currency"),
                "outcome_note": self.tr("Outcome note"),
                "for_next_meeting": self.tr("Meeting"),
            }
            self.outcome.set_texts(
                {None: self.tr("None yet")} | {o.value: labels.outcome_label(o) for o in Outcome}
            )
            self.outcome_currency.setPlaceholderText(self.tr("e.g. MYR"))
            self.for_next_meeting.setText(self.tr("Discuss at the next coordination meeting"))
            self.people_note.setText(
                self.tr(
                    "The lead agency is always involved. An agency taken off the list keeps what "
                    "it has done on the timeline; a referral involves its receiver again."
                )
            )
            english = self.context.language() == "en"
            chosen = self.country.current_key()
            self.country.set_entries(
                sorted(
                    (
                        (c.iso2, c.name_en if english else c.name_id)
                        for c in reference.countries(self.context.desk)
                    ),
                    key=lambda e: e[1],
                )
            )
            self.country.set_current_key(chosen)
        for name, text in captions.items():
            self.fieldset.captions[name].setText(text)
        self.reported_on.retranslate()
        self.channel.set_texts({c.value: labels.channel_label(c) for c in Channel})
        self.complainant.set_texts({c.value: labels.complainant_label(c) for c in Complainant})
        self.complainant_name.setPlaceholderText(self.tr("If not the worker"))
        self.priority.set_texts({1: self.tr("High"), 2: self.tr("Normal"), 3: self.tr("Low")})
        self.life_threatening.setText(self.tr("Life-&threatening"))
        english = self.context.language() == "en"
        names = {c.code: c.name_en if english else c.name for c in self.categories}
        self.category.setItemText(0, self.tr("Choose…"))
        for index in range(1, self.category.count()):
            self.category.setItemText(index, names.get(self.category.itemData(index), ""))
        self.extra_categories.set_texts(names)
        self.lead_agency.setItemText(0, self.tr("(none)"))
        self.summary.setPlaceholderText(self.tr("What happened, in the complainant's words"))

    def _category_chosen(self) -> None:
        self.extra_categories.set_disabled_keys(
            [self.category.currentData()] if self.category.currentData() else []
        )
        self.category_changed.emit()

    # --- values -----------------------------------------------------------------------------------

    def category_code(self) -> str | None:
        code = self.category.currentData()
        return code if isinstance(code, str) else None

    def set_category(self, code: str | None) -> None:
        self.category.setCurrentIndex(max(self.category.findData(code), 0))

    def report_date(self) -> date:
        try:
            reported = self.reported_on.value()
        except ValueError:
            raise ValidationError(
                NOT_A_DATE, field="reported_on", value=self.reported_on.text().strip()
            ) from None
        if reported is None:
            raise ValidationError(NOT_A_DATE, field="reported_on", value="")
        return reported

    def set_suggestion(self, lead: str | None, participants: tuple[str, ...]) -> None:
        self.lead_agency.set_current_key(lead or "")
        self.lead_agency.lineEdit().setCursorPosition(0)  # show the code, not the name's end
        self.participants.set_checked(participants, quiet=True)
        self.participants.float_checked()

    def lead_code(self) -> str | None:
        return typed_agency(self.lead_agency)

    def load(self, detail: CaseDetail) -> None:
        self.reported_on.set_value(detail.reported_on)
        self.channel.set_key(detail.channel)
        self.complainant.set_key(detail.complainant)
        self.complainant_name.setText(detail.complainant_name)
        self.complainant_phone.setText(detail.complainant_phone)
        self.priority.set_key(detail.priority)
        self.life_threatening.setChecked(detail.life_threatening)
        self.set_category(detail.category)
        self.extra_categories.set_checked(detail.extra_categories, quiet=True)
        self.participants.set_checked(detail.participants, quiet=True)
        self.participants.float_checked()
        self.officers.set_checked(detail.officer_usernames, quiet=True)
        self.officers.float_checked()
        self.lead_agency.set_current_key(detail.lead_agency or "")
        self.lead_agency.lineEdit().setCursorPosition(0)
        self.summary.setPlainText(detail.summary)
        if self.edit:
            self.country.set_current_key(detail.country)
            self.outcome.set_key(detail.outcome)
            amount = detail.outcome_amount
            self.outcome_amount.setText(
                labels.ui_locale(self.context.language()).toString(float(amount), "f", 2) if amount else ""
            )
            self.outcome_currency.setText(detail.outcome_currency)
            self.outcome_note.setText(detail.outcome_note)
            self.for_next_meeting.setChecked(detail.for_next_meeting)

    def text_values(self) -> dict[str, str]:
        """The fields `cases.update_case` knows, as text."""
        if self.category_code() is None:
            raise ValidationError(CHOOSE_CATEGORY, field="category")
        values = {
            "reported_on": self.report_date().isoformat(),
            "channel": str(self.channel.key()),
            "complainant": str(self.complainant.key()),
            "complainant_name": self.complainant_name.text(),
            "complainant_phone": self.complainant_phone.text(),
            "priority": str(self.priority.key()),
            "life_threatening": "yes" if self.life_threatening.isChecked() else "no",
            "category": self.category_code() or "",
            "lead_agency": self.lead_code() or "",
            "summary": self.summary.toPlainText(),
        }
        if self.edit:
            values |= {
                "country": self.country.current_key() or "",
                "outcome": str(self.outcome.key() or ""),
                "outcome_amount": plain_amount(self.outcome_amount.text(), self.context.language()),
                "outcome_currency": self.outcome_currency.text(),
                "outcome_note": self.outcome_note.text(),
                "for_next_meeting": "yes" if self.for_next_meeting.isChecked() else "no",
                "extra_categories": ",".join(self.extra_categories.checked()),
                "participants": ",".join(sorted(self.participants.checked())),
                "officers": ",".join(sorted(self.officers.checked())),
            }
        return values
