"""Adding or editing an officer: who they are, where they work, and their account if they have one."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QWidget

from app.services import reference
from app.services.dto import OfficerInfo
from ui.context import UiContext
from ui.dialogs.form_dialog import FormDialog
from ui.labels import ROLE_LABELS, role_label


class OfficerDialog(FormDialog):
    changes = frozenset({"officer"})

    def __init__(
        self, context: UiContext, officer: OfficerInfo | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(context, parent)
        self.officer = officer
        desk = context.desk
        self._units = reference.units(desk)
        self._sites = reference.sites(desk)
        self.full_name = QLineEdit(self)
        self.nip = QLineEdit(self)
        self.nip.setMaxLength(21)  # 18 digits, with room for the spaces people type
        self.position = QLineEdit(self)
        self.rank = QLineEdit(self)
        self.agency = QComboBox(self)
        for agency in reference.agencies(desk, include_inactive=officer is not None):
            self.agency.addItem(f"{agency.code} — {agency.name}", agency.code)
        self.unit = QComboBox(self)
        self.site = QComboBox(self)
        self.site.addItem("", "")
        for site in self._sites:
            self.site.addItem(f"{site.code} — {site.name}", site.code)
        self.phone = QLineEdit(self)
        self.email = QLineEdit(self)
        self.username = QLineEdit(self)
        self.role = QComboBox(self)
        self.role.addItem("", "")
        for role in ROLE_LABELS:
            self.role.addItem("", role)
        self.active = QCheckBox(self)
        for name, widget in (
            ("full_name", self.full_name),
            ("nip", self.nip),
            ("position", self.position),
            ("rank", self.rank),
            ("agency", self.agency),
            ("unit", self.unit),
            ("site", self.site),
            ("phone", self.phone),
            ("email", self.email),
            ("username", self.username),
            ("role", self.role),
            ("active", self.active),
        ):
            self.add_field(name, widget)
        self.agency.currentIndexChanged.connect(self._fill_units)
        self._fill(officer)
        self.setMinimumWidth(600)
        self.retranslate()

    def _fill(self, officer: OfficerInfo | None) -> None:
        if officer is None:
            # a new officer most likely works at this desk's site and agency
            here = self.context.desk.site_code or ""
            site = next((s for s in self._sites if s.code == here), None)
            self.agency.setCurrentIndex(max(self.agency.findData(site.agency_code if site else None), 0))
            self.site.setCurrentIndex(max(self.site.findData(here), 0))
            self.active.setChecked(True)
            self._fill_units()
            return
        self.full_name.setText(officer.full_name)
        self.nip.setText(officer.nip)
        self.position.setText(officer.position)
        self.rank.setText(officer.rank)
        self.agency.setCurrentIndex(max(self.agency.findData(officer.agency_code), 0))
        self._fill_units()
        self.unit.setCurrentIndex(max(self.unit.findData(officer.unit_code), 0))
        self.site.setCurrentIndex(max(self.site.findData(officer.site_code), 0))
        self.phone.setText(officer.phone)
        self.email.setText(officer.email)
        self.username.setText(officer.username or "")
        self.role.setCurrentIndex(max(self.role.findData(officer.role or ""), 0))
        self.active.setChecked(officer.active)

    def _fill_units(self) -> None:
        """Only the units of the chosen agency can be picked."""
        chosen = self.unit.currentData()
        agency = self.agency.currentData()
        self.unit.blockSignals(True)
        self.unit.clear()
        self.unit.addItem(self.tr("(none)"), "")
        for unit in self._units:
            if unit.agency_code == agency:
                self.unit.addItem(f"{unit.code} — {unit.name}", unit.code)
        self.unit.setCurrentIndex(max(self.unit.findData(chosen), 0))
        self.unit.setEnabled(self.unit.count() > 1)
        self.unit.blockSignals(False)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Edit officer") if self.officer else self.tr("Add officer"))
        for name, text in (
            ("full_name", self.tr("Full &name")),
            ("nip", self.tr("N&IP")),
            ("position", self.tr("&Position")),
            ("rank", self.tr("&Rank")),
            ("agency", self.tr("&Agency")),
            ("unit", self.tr("&Unit")),
            ("site", self.tr("&Site")),
            ("phone", self.tr("P&hone")),
            ("email", self.tr("&E-mail")),
            ("username", self.tr("User&name")),
            ("role", self.tr("R&ole")),
            ("active", self.tr("Status")),
        ):
            self.captions[name].setText(text)
        self.full_name.setPlaceholderText(self.tr("As written on official letters, with titles"))
        self.nip.setPlaceholderText(self.tr("18 digits; leave empty if none"))
        self.username.setPlaceholderText(self.tr("Only for officers who sign in to Jejaring"))
        self.unit.setItemText(0, self.tr("(none)"))
        self.site.setItemText(0, self.tr("(none)"))
        self.role.setItemText(0, self.tr("(no account)"))
        for index in range(1, self.role.count()):
            self.role.setItemText(index, role_label(self.role.itemData(index)))
        self.active.setText(self.tr("&Active"))

    def call(self) -> Callable[[], OfficerInfo]:
        return partial(
            reference.save_officer,
            self.context.desk,
            full_name=self.full_name.text(),
            agency_code=self.agency.currentData() or "",
            nip=self.nip.text(),
            position=self.position.text(),
            rank=self.rank.text(),
            unit_code=self.unit.currentData() or "",
            site_code=self.site.currentData() or "",
            phone=self.phone.text(),
            email=self.email.text(),
            username=self.username.text(),
            role=self.role.currentData() or "",
            active=self.active.isChecked(),
            officer_id=self.officer.id if self.officer else None,
        )
