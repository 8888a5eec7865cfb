"""Adding or editing an agency of the directory (administrators; the edit syncs to every site)."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QWidget

from app.services import reference
from app.services.dto import AgencyInfo
from ui.context import UiContext
from ui.dialogs.form_dialog import FormDialog
from ui.labels import AGENCY_KIND_LABELS, agency_kind_label


class AgencyDialog(FormDialog):
    changes = frozenset({"agency"})

    def __init__(
        self, context: UiContext, agency: AgencyInfo | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(context, parent)
        self.agency = agency
        self.code = QLineEdit(self)
        self.code.setMaxLength(24)
        self.name = QLineEdit(self)
        self.name_en = QLineEdit(self)
        self.kind = QComboBox(self)
        for kind in AGENCY_KIND_LABELS:
            self.kind.addItem("", kind)
        self.parent_agency = QComboBox(self)
        self.parent_agency.addItem("", None)
        for other in reference.agencies(context.desk):
            if agency is None or other.id != agency.id:
                self.parent_agency.addItem(f"{other.code} — {other.name}", other.code)
        self.active = QCheckBox(self)
        for name, widget in (
            ("code", self.code),
            ("name", self.name),
            ("name_en", self.name_en),
            ("kind", self.kind),
            ("parent", self.parent_agency),
            ("active", self.active),
        ):
            self.add_field(name, widget)
        if agency is not None:
            self.code.setText(agency.code)
            self.name.setText(agency.name)
            self.name_en.setText(agency.name_en)
            self.kind.setCurrentIndex(max(self.kind.findData(agency.kind), 0))
            self.parent_agency.setCurrentIndex(max(self.parent_agency.findData(agency.parent_code), 0))
            self.active.setChecked(agency.active)
        else:
            self.kind.setCurrentIndex(max(self.kind.findData("other"), 0))
            self.active.setChecked(True)
        self.setMinimumWidth(560)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Edit agency") if self.agency else self.tr("Add agency"))
        self.captions["code"].setText(self.tr("&Code"))
        self.code.setPlaceholderText(self.tr("For example KBRI-KUL"))
        self.captions["name"].setText(self.tr("&Name"))
        self.name.setPlaceholderText(self.tr("Official name in Indonesian"))
        self.captions["name_en"].setText(self.tr("Name in &English"))
        self.captions["kind"].setText(self.tr("&Kind"))
        for index in range(self.kind.count()):
            self.kind.setItemText(index, agency_kind_label(self.kind.itemData(index)))
        self.captions["parent"].setText(self.tr("&Part of"))
        self.parent_agency.setItemText(0, self.tr("(none)"))
        self.captions["active"].setText(self.tr("Status"))
        self.active.setText(self.tr("&Active"))

    def call(self) -> Callable[[], AgencyInfo]:
        return partial(
            reference.save_agency,
            self.context.desk,
            code=self.code.text(),
            name=self.name.text(),
            name_en=self.name_en.text(),
            kind=self.kind.currentData(),
            parent_code=self.parent_agency.currentData(),
            active=self.active.isChecked(),
            agency_id=self.agency.id if self.agency else None,
        )
