"""The dialogs a case window opens: refer, answer or withdraw a referral, add a task, give a reason,
and edit the worker or the case. Each saves on the writer thread and shows a refusal at its field."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import Any

from PySide6.QtWidgets import (
    QDialogButtonBox,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.errors import ValidationError
from app.services import case_activity, cases, reference
from app.services.dto import CaseDetail
from ui.context import UiContext
from ui.dialogs.edit_conflict import GuardedEdit
from ui.dialogs.form_dialog import FormDialog
from ui.dialogs.new_case import save_shortcuts
from ui.dialogs.saving import SavingDialog
from ui.events import Changes
from ui.views.case_parts.case_form import CaseForm, agency_text, typed_agency
from ui.views.case_parts.worker_form import NOT_A_DATE, WorkerForm
from ui.widgets.fields import DateField, FieldSet, message_label
from ui.widgets.search_combo import SearchCombo

#: the tables each kind of write touches (announced on the change bus)
REFERRAL_CHANGES = frozenset({"referral", "case_agency", "timeline_entry"})
TASK_CHANGES = frozenset({"case_task", "timeline_entry"})
STAGE_CHANGES = frozenset({"case_file", "case_task", "timeline_entry"})
EDIT_CHANGES = frozenset({"case_file", "worker"})


def text_box(parent: QWidget, lines: int = 4) -> QPlainTextEdit:
    box = QPlainTextEdit(parent)
    box.setTabChangesFocus(True)
    box.setFixedHeight(box.fontMetrics().height() * lines + 14)
    return box


class ReferDialog(FormDialog):
    """Refer the case to another agency, which must accept or return it within the protocol's days."""

    changes = REFERRAL_CHANGES

    def __init__(self, context: UiContext, number: str, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.number = number
        self.to_agency = SearchCombo(self)
        self.to_agency.set_entries(
            (a.code, agency_text(a)) for a in reference.agencies(context.desk, include_inactive=False)
        )
        self.to_agency.set_current_key(None)
        self.reason = text_box(self)
        self.documents = QLineEdit(self)
        for name, widget in (
            ("to_agency", self.to_agency),
            ("reason", self.reason),
            ("documents", self.documents),
        ):
            self.add_field(name, widget)
        self.setMinimumWidth(620)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Refer case {number}").format(number=self.number))
        self.captions["to_agency"].setText(self.tr("Refer &to"))
        self.to_agency.lineEdit().setPlaceholderText(self.tr("Type to search for the agency"))
        self.captions["reason"].setText(self.tr("&Reason"))
        self.reason.setPlaceholderText(self.tr("What the receiving agency is asked to do, and why"))
        self.captions["documents"].setText(self.tr("&Documents sent"))
        self.documents.setPlaceholderText(self.tr("e.g. complaint form, copy of passport, power of attorney"))

    def call(self) -> Callable[[], Any]:
        return partial(
            case_activity.refer_case,
            self.context.desk,
            self.number,
            typed_agency(self.to_agency) or "",
            self.reason.toPlainText(),
            documents=self.documents.text(),
            today=self.context.today(),
        )


class ReasonDialog(FormDialog):
    """One reason, asked before a write that needs it (return a referral, withdraw it, reopen a case)."""

    def __init__(
        self,
        context: UiContext,
        title: str,
        caption: str,
        call: Callable[[str], Callable[[], Any]],
        changes: frozenset[str],
        *,
        field: str = "reason",
        explanation: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(context, parent)
        self.changes = changes
        self._call = call
        self.reason = text_box(self)
        self.add_field(field, self.reason)
        self.captions[field].setText(caption)
        self.setWindowTitle(title)
        if explanation:
            self.reason.setPlaceholderText(explanation)
        self.setMinimumWidth(560)

    def call(self) -> Callable[[], Any]:
        return self._call(self.reason.toPlainText())


class TaskDialog(FormDialog):
    changes = TASK_CHANGES

    def __init__(self, context: UiContext, number: str, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.number = number
        desk = context.desk
        self.title = QLineEdit(self)
        self.owner_agency = SearchCombo(self)
        self.owner_agency.set_entries(
            [("", ""), *((a.code, agency_text(a)) for a in reference.agencies(desk, include_inactive=False))]
        )
        site = next((s for s in reference.sites(desk) if s.code == desk.site_code), None)
        self.owner_agency.set_current_key(site.agency_code if site else "")
        self.owner_officer = SearchCombo(self)
        self.owner_officer.set_entries(
            [
                ("", ""),
                *(
                    (o.username, f"{o.full_name} ({o.agency_code})")
                    for o in reference.officers(desk)
                    if o.username and o.active
                ),
            ]
        )
        self.owner_officer.set_current_key("")
        self.due_on = DateField(self)
        for name, widget in (
            ("title", self.title),
            ("owner_agency", self.owner_agency),
            ("owner_officer", self.owner_officer),
            ("due_on", self.due_on),
        ):
            self.add_field(name, widget)
        self.setMinimumWidth(560)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Add task to {number}").format(number=self.number))
        self.captions["title"].setText(self.tr("&Task"))
        self.title.setPlaceholderText(self.tr("What must be done next"))
        self.captions["owner_agency"].setText(self.tr("Owner &agency"))
        self.owner_agency.setItemText(0, self.tr("(none)"))
        self.captions["owner_officer"].setText(self.tr("Owner &officer"))
        self.owner_officer.setItemText(0, self.tr("(none)"))
        self.captions["due_on"].setText(self.tr("&Due on"))
        self.due_on.retranslate()

    def call(self) -> Callable[[], Any]:
        try:
            due = self.due_on.value()
        except ValueError:
            error = ValidationError(NOT_A_DATE, field="due_on", value=self.due_on.text().strip())
            return partial(_raise, error)
        return partial(
            case_activity.add_task,
            self.context.desk,
            self.number,
            self.title.text(),
            due_on=due,
            owner_agency=typed_agency(self.owner_agency),
            owner_officer=self.owner_officer.current_key() or None,
        )


def _raise(error: Exception) -> None:
    raise error


class TabbedFormDialog(SavingDialog):
    """A bigger form on tabs, saved in one go by `call()`; a refusal shows at its field's tab."""

    changes: frozenset[str] = frozenset()

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.saving = False
        self.general_error = message_label(self)
        self.fieldset = FieldSet(self.general_error)
        self.fieldset.on_reveal.append(self._reveal)
        self.tabs = QTabWidget(self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        for button in self.buttons.buttons():
            if isinstance(button, QPushButton):
                button.setAutoDefault(False)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        save_shortcuts(self, self.save)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.setSpacing(10)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.general_error)
        layout.addWidget(self.buttons)

    def saved(self, _result: object) -> None:
        self.context.bus.announce(Changes(self.changes))


class EditWorkerDialog(GuardedEdit, TabbedFormDialog):
    """Edit the worker of a case; only the fields changed are saved (all validated, all or nothing)."""

    changes = EDIT_CHANGES

    def __init__(self, context: UiContext, detail: CaseDetail, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.number = detail.number
        self.form = WorkerForm(context, self.fieldset, self)
        self.tabs.addTab(self.form.identity_page, "")
        self.tabs.addTab(self.form.placement_page, "")
        self.form.load(detail.worker)
        self.original = self.form.text_values()
        self.base_version, self.left_theirs = detail.version, set()
        self.resize(900, 520)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Edit worker"))
        self.tabs.setTabText(0, self.tr("&1 Worker"))
        self.tabs.setTabText(1, self.tr("&2 Placement and employer"))
        self.form.retranslate()

    def changed(self) -> dict[str, str]:
        values = self.form.text_values()
        return {f"worker.{k}": v for k, v in values.items() if v != self.original.get(k)}

    def call(self) -> Callable[[], Any]:
        changes = self.guarded(self.changed())
        return partial(
            cases.update_case,
            self.context.desk,
            self.number,
            changes,
            today=self.context.today(),
            base_version=self.base_version,
        )


class EditCaseDialog(GuardedEdit, TabbedFormDialog):
    """Edit the complaint and its outcome; the stage moves with "Move to stage", not here."""

    changes = EDIT_CHANGES | {"case_agency", "case_officer", "case_category_tag"}

    def __init__(self, context: UiContext, detail: CaseDetail, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.number = detail.number
        self.form = CaseForm(context, self.fieldset, self, edit=True)
        self.tabs.addTab(self.form.page, "")
        if self.form.people_page is not None:  # always, for an edit form
            self.tabs.addTab(self.form.people_page, "")
        self.form.load(detail)
        self.original = self.form.text_values()
        self.base_version, self.left_theirs = detail.version, set()
        self.resize(960, 600)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Edit case {number}").format(number=self.number))
        self.tabs.setTabText(0, self.tr("&Complaint and outcome"))
        self.tabs.setTabText(1, self.tr("&Agencies and officers"))
        self.form.retranslate()

    def changed(self) -> dict[str, str]:
        values = self.form.text_values()
        return {k: v for k, v in values.items() if v != self.original.get(k)}

    def call(self) -> Callable[[], Any]:
        changes = self.guarded(self.changed())
        return partial(
            cases.update_case,
            self.context.desk,
            self.number,
            changes,
            today=self.context.today(),
            base_version=self.base_version,
        )
