"""The Worker and Case tabs of a case window: the record read-only, with an Edit… button."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.services.dto import CaseDetail
from ui import labels
from ui.widgets.page import heading, muted

EMPTY = "–"


@dataclass(frozen=True)
class Names:
    """What codes in a case are called, in the interface language."""

    countries: dict[str, str] = field(default_factory=dict)
    regions: dict[str, str] = field(default_factory=dict)
    jobs: dict[str, str] = field(default_factory=dict)
    categories: dict[str, str] = field(default_factory=dict)
    agencies: dict[str, str] = field(default_factory=dict)


class InfoGrid(QWidget):
    """Sections of caption: value rows in two columns; values can be selected and copied."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.captions: dict[str, QLabel] = {}
        self.values: dict[str, QLabel] = {}
        self.titles: dict[str, QLabel] = {}
        self.columns = (QVBoxLayout(), QVBoxLayout())
        row = QHBoxLayout(self)
        row.setContentsMargins(4, 4, 4, 4)
        row.setSpacing(40)
        for column in self.columns:
            column.setSpacing(8)
            row.addLayout(column, 1)
        self._forms: dict[str, QFormLayout] = {}

    def section(self, key: str, column: int, rows: tuple[str, ...]) -> None:
        title = heading(2, self)
        form = QFormLayout()
        form.setHorizontalSpacing(16)
        form.setVerticalSpacing(6)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        for name in rows:
            caption = muted(self, wrap=False)
            caption.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
            value = QLabel(EMPTY, self)
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            value.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
            form.addRow(caption, value)
            self.captions[name], self.values[name] = caption, value
        if self.columns[column].count():
            self.columns[column].addSpacing(10)
        self.columns[column].addWidget(title)
        self.columns[column].addLayout(form)
        self.titles[key] = title

    def finish(self) -> None:
        for column in self.columns:
            column.addStretch(1)

    def set(self, name: str, text: str | None) -> None:
        self.values[name].setText(text or EMPTY)

    def text(self, name: str) -> str:
        return self.values[name].text()


class InfoTab(QWidget):
    """A scrolling InfoGrid with a note and an Edit… button above it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.grid = InfoGrid(self)
        self.note = muted(self)
        self.edit_button = QPushButton(self)
        self.edit_button.setEnabled(False)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.grid)
        top = QHBoxLayout()
        top.addWidget(self.note, 1)
        top.addWidget(self.edit_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 8)
        layout.setSpacing(8)
        layout.addLayout(top)
        layout.addWidget(scroll, 1)


def yes_no(value: object, yes: str, no: str, unknown: str) -> str:
    return unknown if value is None else (yes if value else no)


class WorkerTab(InfoTab):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        grid = self.grid
        grid.section("identity", 0, ("full_name", "aliases", "nik", "sex", "birth", "passport"))
        grid.section("home", 0, ("home_region", "address", "phones", "family"))
        grid.section("privacy", 0, ("lawful_basis",))
        grid.section(
            "placement", 1, ("destination", "job", "departure_date", "procedural", "social_security")
        )
        grid.section(
            "employer",
            1,
            ("p3mi_name", "partner_agency", "employer_name", "employer_address", "employer_phone"),
        )
        grid.finish()
        # UU 27/2022: the lawful basis, and all data held about the worker as a report
        self.basis_button, self.report_button = QPushButton(self), QPushButton(self)
        for button in (self.basis_button, self.report_button):
            button.setEnabled(False)
            self.layout().itemAt(0).layout().addWidget(button)  # beside "Edit worker…"
        self.values: dict[str, object] = {}
        self.names = Names()
        self.language = "id"
        self.retranslate()

    def retranslate(self) -> None:
        self.edit_button.setText(self.tr("&Edit worker…"))
        self.basis_button.setText(self.tr("Lawful &basis…"))
        self.report_button.setText(self.tr("Personal data &report…"))
        self.note.setText(self.tr("The worker's record is shared by all of their cases."))
        for key, text in (
            ("identity", self.tr("Identity")),
            ("home", self.tr("Home and family")),
            ("placement", self.tr("Placement")),
            ("employer", self.tr("Placement company and employer")),
            ("privacy", self.tr("Personal data protection")),
        ):
            self.grid.titles[key].setText(text)
        for name, text in (
            ("full_name", self.tr("Full name")),
            ("aliases", self.tr("Other names")),
            ("nik", self.tr("NIK")),
            ("sex", self.tr("Sex")),
            ("birth", self.tr("Born")),
            ("passport", self.tr("Passport")),
            ("home_region", self.tr("Home region")),
            ("address", self.tr("Address")),
            ("phones", self.tr("Phone")),
            ("family", self.tr("Family contact")),
            ("destination", self.tr("Destination")),
            ("job", self.tr("Job")),
            ("departure_date", self.tr("Departure date")),
            ("procedural", self.tr("Procedural departure")),
            ("social_security", self.tr("BPJS member")),
            ("p3mi_name", self.tr("P3MI")),
            ("partner_agency", self.tr("Partner agency abroad")),
            ("employer_name", self.tr("Employer")),
            ("employer_address", self.tr("Employer's address")),
            ("employer_phone", self.tr("Employer's phone")),
            ("lawful_basis", self.tr("Lawful basis")),
        ):
            self.grid.captions[name].setText(text)
        self._show()

    def set_worker(self, values: dict[str, object], names: Names, language: str) -> None:
        self.values, self.names, self.language = values, names, language
        for button in (self.edit_button, self.basis_button, self.report_button):
            button.setEnabled(True)
        self._show()

    def _date(self, name: str) -> str:
        value = self.values.get(name)
        return labels.long_date(value, self.language) if isinstance(value, date) else ""

    def _show(self) -> None:
        v, grid = self.values, self.grid
        if not v:
            return
        text = {name: str(v.get(name) or "") for name in v}
        grid.set("full_name", text["full_name"])
        grid.set("aliases", text["aliases"])
        grid.set("nik", text["nik"])
        sex = getattr(v.get("sex"), "value", v.get("sex"))
        grid.set("sex", {"F": self.tr("Female"), "M": self.tr("Male")}.get(str(sex), ""))
        born = ", ".join(p for p in (text["birth_place"], self._date("birth_date")) if p)
        grid.set("birth", born)
        passport = text["passport_no"]
        if passport and v.get("passport_expiry"):
            passport = self.tr("{number}, valid until {date}").format(
                number=passport, date=self._date("passport_expiry")
            )
        grid.set("passport", passport)
        region = text["home_region"]
        if region:
            province = self.names.regions.get(region.split(".")[0], "")
            place = self.names.regions.get(region, region)
            region = place if place == province else ", ".join(p for p in (place, province) if p)
        grid.set("home_region", region)
        grid.set("address", text["address"])
        grid.set("phones", ", ".join(p for p in (text["phone"], text["phone_alt"]) if p))
        family = " · ".join(
            p for p in (text["family_contact"], text["family_relation"], text["family_phone"]) if p
        )
        grid.set("family", family)
        country = self.names.countries.get(text["destination_country"], text["destination_country"])
        grid.set("destination", ", ".join(p for p in (text["destination_city"], country) if p))
        grid.set("job", self.names.jobs.get(text["job"], text["job"]))
        grid.set("departure_date", self._date("departure_date"))
        yes, no, unknown = self.tr("Yes"), self.tr("No"), self.tr("Not known")
        grid.set("procedural", yes_no(v.get("procedural"), yes, no, unknown))
        grid.set("social_security", yes_no(v.get("social_security"), yes, no, unknown))
        for name in ("p3mi_name", "partner_agency", "employer_name", "employer_address", "employer_phone"):
            grid.set(name, text[name])
        from app.services.privacy import basis_text

        grid.set("lawful_basis", basis_text(dict(v), self.language))


class CaseInfoTab(InfoTab):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        grid = self.grid
        grid.section(
            "complaint",
            0,
            ("reported_on", "channel", "complainant", "category", "extra", "priority", "summary"),
        )
        grid.section(
            "handling", 1, ("country", "lead_agency", "participants", "officers", "for_next_meeting")
        )
        grid.section("outcome", 1, ("outcome", "outcome_amount", "outcome_note", "closed_on"))
        grid.finish()
        self.detail: CaseDetail | None = None
        self.names = Names()
        self.language = "id"
        self.retranslate()

    def retranslate(self) -> None:
        self.edit_button.setText(self.tr("&Edit case…"))
        self.note.setText(self.tr("How the complaint came in, who handles it, and how it ended."))
        for key, text in (
            ("complaint", self.tr("Complaint")),
            ("handling", self.tr("Handling")),
            ("outcome", self.tr("Outcome")),
        ):
            self.grid.titles[key].setText(text)
        for name, text in (
            ("reported_on", self.tr("Reported on")),
            ("channel", self.tr("Channel")),
            ("complainant", self.tr("Complainant")),
            ("category", self.tr("Category")),
            ("extra", self.tr("Also about")),
            ("priority", self.tr("Priority")),
            ("summary", self.tr("Summary")),
            ("country", self.tr("Country")),
            ("lead_agency", self.tr("Lead agency")),
            ("participants", self.tr("Agencies involved")),
            ("officers", self.tr("Officers assigned")),
            ("for_next_meeting", self.tr("Next meeting")),
            ("outcome", self.tr("Outcome")),
            ("outcome_amount", self.tr("Amount recovered")),
            ("outcome_note", self.tr("Note")),
            ("closed_on", self.tr("Finished on")),
        ):
            self.grid.captions[name].setText(text)
        self._show()

    def set_case(self, detail: CaseDetail, names: Names, language: str) -> None:
        self.detail, self.names, self.language = detail, names, language
        self.edit_button.setEnabled(True)
        self._show()

    def _agency(self, code: str | None) -> str:
        if not code:
            return ""
        name = self.names.agencies.get(code)
        return f"{code} — {name}" if name else code

    def _show(self) -> None:
        d, grid = self.detail, self.grid
        if d is None:
            return
        grid.set("reported_on", labels.long_date(d.reported_on, self.language))
        grid.set("channel", labels.channel_label(d.channel))
        who = labels.complainant_label(d.complainant)
        details = " · ".join(p for p in (d.complainant_name, d.complainant_phone) if p)
        grid.set("complainant", f"{who}: {details}" if details else who)
        grid.set("category", self.names.categories.get(d.category, d.category_name))
        grid.set("extra", ", ".join(self.names.categories.get(c, c) for c in d.extra_categories))
        priority = {1: self.tr("High"), 2: self.tr("Normal"), 3: self.tr("Low")}.get(
            d.priority, str(d.priority)
        )
        if d.life_threatening:
            priority = self.tr("{priority}, life-threatening").format(priority=priority)
        grid.set("priority", priority)
        grid.set("summary", d.summary)
        grid.set("country", self.names.countries.get(d.country or "", d.country or ""))
        grid.set("lead_agency", self._agency(d.lead_agency))
        grid.set("participants", "\n".join(self._agency(a) for a in d.participants))
        grid.set("officers", ", ".join(d.officers))
        grid.set("for_next_meeting", self.tr("To be discussed") if d.for_next_meeting else "")
        grid.set("outcome", labels.outcome_label(d.outcome))
        amount = ""
        if d.outcome_amount:
            value = labels.ui_locale(self.language).toString(float(d.outcome_amount), "f", 2)
            amount = f"{d.outcome_currency} {value}".strip()
        grid.set("outcome_amount", amount)
        grid.set("outcome_note", d.outcome_note)
        grid.set("closed_on", labels.long_date(d.closed_on, self.language) if d.closed_on else "")
