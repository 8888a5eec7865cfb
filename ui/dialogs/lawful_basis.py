"""The lawful basis of processing a worker's data (UU 27/2022): consent with its date and form,
or a public task, vital interest or legal obligation. Saved through the change capture, so the
change is audited and syncs like any edit of the worker."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from functools import partial
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import QComboBox, QDateEdit, QWidget

from app.services import privacy
from ui.context import UiContext
from ui.dialogs.form_dialog import FormDialog


def _tr(text: str) -> str:
    return QCoreApplication.translate("privacy", text)


class LawfulBasisDialog(FormDialog):
    changes = frozenset({"worker"})

    def __init__(
        self, context: UiContext, worker_id: str, values: dict[str, Any], parent: QWidget | None = None
    ) -> None:
        super().__init__(context, parent)
        self.worker_id = worker_id
        self.basis = QComboBox(self)
        for code in privacy.BASES:
            self.basis.addItem("", code)
        self.consent_on = QDateEdit(self)
        self.consent_on.setCalendarPopup(True)
        self.consent_on.setDisplayFormat("dd/MM/yyyy")
        self.consent_on.setMaximumDate(QDate.fromString(context.today().isoformat(), "yyyy-MM-dd"))
        self.consent_on.setDate(self.consent_on.maximumDate())
        self.consent_form = QComboBox(self)
        for code in privacy.CONSENT_FORMS:
            self.consent_form.addItem("", code)
        basis = values.get("lawful_basis") or "consent"
        self.basis.setCurrentIndex(max(self.basis.findData(basis), 0))
        if isinstance(values.get("consent_on"), dt.date):
            self.consent_on.setDate(QDate.fromString(values["consent_on"].isoformat(), "yyyy-MM-dd"))
        if values.get("consent_form"):
            self.consent_form.setCurrentIndex(max(self.consent_form.findData(values["consent_form"]), 0))
        for name, widget in (
            ("lawful_basis", self.basis),
            ("consent_on", self.consent_on),
            ("consent_form", self.consent_form),
        ):
            self.add_field(name, widget)
        self.basis.currentIndexChanged.connect(lambda _i: self._consent_fields())
        self.setMinimumWidth(480)
        self.retranslate()
        self._consent_fields()

    def _consent(self) -> bool:
        return self.basis.currentData() == "consent"

    def _consent_fields(self) -> None:
        for name in ("consent_on", "consent_form"):
            self.fields[name].setEnabled(self._consent())
            self.captions[name].setEnabled(self._consent())

    def set_fields_enabled(self, enabled: bool) -> None:
        super().set_fields_enabled(enabled)
        if enabled:
            self._consent_fields()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Lawful basis of processing"))
        self.captions["lawful_basis"].setText(self.tr("&Basis"))
        self.captions["consent_on"].setText(self.tr("&Consented on"))
        self.captions["consent_form"].setText(self.tr("Consent &given"))
        for index, text in enumerate(privacy.BASES.values()):
            self.basis.setItemText(index, _tr(text))
        for index, text in enumerate(privacy.CONSENT_FORMS.values()):
            self.consent_form.setItemText(index, _tr(text))

    def call(self) -> Callable[[], Any]:
        consent = self._consent()
        return partial(
            privacy.set_lawful_basis,
            self.context.desk,
            self.worker_id,
            str(self.basis.currentData()),
            consent_on=self.consent_on.date().toPython() if consent else None,  # type: ignore[arg-type]
            consent_form=str(self.consent_form.currentData()) if consent else "",
            today=self.context.today(),
        )
