"""Registering a complaint as a new case, with its worker.

The worker's identity is checked against the register while the officer types (debounced, on a
reader thread): a worker already registered shows in the side panel with their cases, to open or
to register this complaint for. The lead agency and the agencies involved are pre-filled from the
coordination protocol for the category and country, until the officer changes them. Saving runs
`cases.open_case` on the writer thread; a refusal shows in Indonesian (or the interface language)
under the field it names, and nothing is saved. Warnings (an old NIK region code) never block.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from functools import partial

import shiboken6
from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.errors import ValidationError
from app.services import case_activity, cases, protocol, workers
from app.services.cases import CaseInput, OpenedCase
from app.services.dto import CaseDetail
from app.services.workers import Duplicate, WorkerInput
from ui.context import UiContext
from ui.dialogs.saving import SavingDialog
from ui.events import Changes
from ui.views.case_parts.case_form import CHOOSE_CATEGORY, CaseForm
from ui.views.case_parts.duplicates import DuplicatesPanel
from ui.views.case_parts.worker_form import WorkerForm
from ui.widgets.fields import WARNING_STYLE, FieldSet, message_label

#: what registering a case writes
OPENED = Changes(
    frozenset(
        {
            "case_file",
            "worker",
            "case_task",
            "timeline_entry",
            "case_agency",
            "case_category_tag",
            "case_officer",
        }
    )
)
CHECK_DELAY_MS = 400


def save_shortcuts(dialog: QWidget, save: object) -> None:
    """Ctrl+Enter (either Enter key) saves, from any field of the dialog."""
    for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
        shortcut = QShortcut(QKeySequence(Qt.KeyboardModifier.ControlModifier | key), dialog)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(save)  # type: ignore[arg-type]


class NewCaseDialog(SavingDialog):
    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        #: the number of the case registered, once the dialog was accepted
        self.opened_number: str | None = None
        self.opened: OpenedCase | None = None
        #: the worker already registered this case is for ("Use this worker")
        self.linked: Duplicate | None = None
        self.saving = False
        self.agencies_touched = False
        self._check_generation = 0
        self._suggested: tuple[str | None, tuple[str, ...]] = (None, ())
        self.warnings: tuple[str, ...] = ()

        self.general_error = message_label(self)
        self.fieldset = FieldSet(self.general_error)
        self.tabs = QTabWidget(self)
        self.worker_form = WorkerForm(context, self.fieldset, self)
        self.case_form = CaseForm(context, self.fieldset, self)
        self.tabs.addTab(self.worker_form.identity_page, "")
        self.tabs.addTab(self.worker_form.placement_page, "")
        self.tabs.addTab(self.case_form.page, "")
        self.fieldset.on_reveal.append(self._reveal)

        self.duplicates = DuplicatesPanel(self)
        self.duplicates.open_requested.connect(self.open_existing)
        self.duplicates.use_requested.connect(self.use_worker)

        self.linked_banner = QFrame(self)
        self.linked_banner.setObjectName("linked")
        self.linked_banner.setStyleSheet(
            "QFrame#linked { background: #eaf2fa; border: 1px solid #9cc0e0; border-radius: 6px; }"
        )
        self.linked_text = QLabel(self.linked_banner)
        self.linked_text.setWordWrap(True)
        self.unlink_button = QPushButton(self.linked_banner)
        self.unlink_button.clicked.connect(self.unlink_worker)
        banner = QHBoxLayout(self.linked_banner)
        banner.setContentsMargins(12, 8, 12, 8)
        banner.addWidget(self.linked_text, 1)
        banner.addWidget(self.unlink_button)
        self.linked_banner.hide()

        self.warning_label = message_label(self, WARNING_STYLE)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        # Enter in a field must not register a half-typed case: Ctrl+Enter or the button saves.
        for button in self.buttons.buttons():
            if isinstance(button, QPushButton):
                button.setAutoDefault(False)
                button.setDefault(False)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        save_shortcuts(self, self.save)
        for number in range(3):
            shortcut = QShortcut(QKeySequence(f"Ctrl+{number + 1}"), self)
            shortcut.activated.connect(partial(self.tabs.setCurrentIndex, number))

        body = QHBoxLayout()
        body.setSpacing(16)
        body.addWidget(self.tabs, 1)
        body.addWidget(self.duplicates)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.setSpacing(10)
        layout.addWidget(self.linked_banner)
        layout.addLayout(body, 1)
        layout.addWidget(self.warning_label)
        layout.addWidget(self.general_error)
        layout.addWidget(self.buttons)

        self.check_timer = QTimer(self)
        self.check_timer.setSingleShot(True)
        self.check_timer.setInterval(CHECK_DELAY_MS)
        self.check_timer.timeout.connect(self.check_worker)
        self.worker_form.identity_changed.connect(self.check_timer.start)
        self.worker_form.country_changed.connect(self.suggest_agencies)
        self.case_form.category_changed.connect(self.suggest_agencies)
        self.case_form.agencies_edited.connect(self._agencies_edited)
        self.case_form.suggestion_note.linkActivated.connect(lambda _link: self.use_suggestion())

        self.resize(1180, 690)
        self.retranslate()
        self.worker_form.line("full_name").setFocus()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("New case"))
        self.tabs.setTabText(0, self.tr("&1 Worker"))
        self.tabs.setTabText(1, self.tr("&2 Placement and employer"))
        self.tabs.setTabText(2, self.tr("&3 Complaint"))
        self.save_button.setText(self.tr("&Save"))
        self.save_button.setToolTip(self.tr("Register the case (Ctrl+Enter)"))
        self.unlink_button.setText(self.tr("Enter a new worker instead"))
        self.worker_form.retranslate()
        self.case_form.retranslate()
        self.duplicates.retranslate()
        self._show_linked()
        self._show_suggestion_note()
        self._show_warnings()

    # --- the worker already known ---------------------------------------------------------------

    def check_worker(self) -> None:
        """Look for the worker in the register (and for warnings about the input) off the GUI thread."""
        if self.linked is not None:
            return
        identity = self.worker_form.identity_input()
        try:
            full = self.worker_form.worker_input()
        except ValidationError:
            full = None
        self._check_generation += 1
        generation = self._check_generation
        desk, today = self.context.desk, self.context.today()

        def look() -> tuple[list[Duplicate], tuple[str, ...]]:
            found = workers.duplicates_for(desk, identity) if identity is not None else []
            warnings: tuple[str, ...] = ()
            if full is not None and full.full_name.strip():
                # refusals show when the officer saves, not while they type
                with contextlib.suppress(ValidationError):
                    warnings = workers.worker_warnings(desk, full, today=today)
            return found, warnings

        def found(result: tuple[list[Duplicate], tuple[str, ...]]) -> None:
            if not shiboken6.isValid(self) or generation != self._check_generation or self.linked is not None:
                return
            self.duplicates.set_duplicates(result[0])
            self.warnings = result[1]
            self._show_warnings()

        self.context.tasks.run(lambda _progress: look(), on_done=found, writes=False, cancellable=False)

    def open_existing(self, number: str) -> None:
        from ui.views.case_detail import open_case

        open_case(self.context, number, self.parentWidget())

    def use_worker(self, duplicate: Duplicate) -> None:
        """Register this complaint for a worker already known: their record is shown, not retyped."""
        self.linked = duplicate
        self.check_timer.stop()
        self.worker_form.set_enabled(False)
        self.duplicates.set_duplicates([])
        self.warnings = ()
        self._show_warnings()
        self._show_linked()
        self.tabs.setCurrentWidget(self.case_form.page)
        if duplicate.case_numbers:
            desk, number, language = self.context.desk, duplicate.case_numbers[-1], self.context.language()

            def shown(detail: CaseDetail) -> None:
                if shiboken6.isValid(self) and self.linked is duplicate:
                    self.worker_form.identity_changed.disconnect(self.check_timer.start)
                    self.worker_form.load(detail.worker)
                    self.worker_form.identity_changed.connect(self.check_timer.start)
                    self.worker_form.set_enabled(False)

            self.context.tasks.run(
                lambda _progress: case_activity.case_detail(desk, number, language=language),
                on_done=shown,
                writes=False,
                cancellable=False,
            )

    def unlink_worker(self) -> None:
        self.linked = None
        self.worker_form.set_enabled(True)
        self._show_linked()
        self.tabs.setCurrentWidget(self.worker_form.identity_page)
        self.worker_form.line("full_name").setFocus()
        self.check_timer.start()

    def _show_linked(self) -> None:
        self.linked_banner.setVisible(self.linked is not None)
        if self.linked is not None:
            numbers = ", ".join(self.linked.case_numbers)
            self.linked_text.setText(
                self.tr(
                    "This complaint will be registered for {name}, who is already registered"
                    " (cases: {numbers}). The worker's record is shown as it is; edit it from the case."
                ).format(name=self.linked.full_name, numbers=numbers or "–")
            )

    def _show_warnings(self) -> None:
        texts = [QCoreApplication.translate("warnings", w) for w in self.warnings]
        self.warning_label.setText("\n".join(texts))
        self.warning_label.setVisible(bool(texts))

    # --- the protocol's suggestion --------------------------------------------------------------

    def suggest_agencies(self) -> None:
        category = self.case_form.category_code()
        if category is None:
            return
        country = self.worker_form.country.current_key()
        suggestion = protocol.suggested_agencies(self.context.desk, category, country)
        self._suggested = (suggestion.lead_agency, suggestion.participants)
        if not self.agencies_touched:
            self.case_form.set_suggestion(*self._suggested)
        self._show_suggestion_note()

    def use_suggestion(self) -> None:
        self.agencies_touched = False
        self.case_form.set_suggestion(*self._suggested)
        self._show_suggestion_note()

    def _agencies_edited(self) -> None:
        self.agencies_touched = True
        self._show_suggestion_note()

    def _show_suggestion_note(self) -> None:
        note = self.case_form.suggestion_note
        if self.case_form.category_code() is None:
            note.setText(
                self.tr("Choose the category: the protocol then suggests who leads and who takes part.")
            )
        elif self.agencies_touched:
            note.setText(self.tr('Changed by you. <a href="protocol">Use the protocol\'s suggestion</a>'))
        else:
            note.setText(self.tr("As the coordination protocol suggests for this category and country."))

    # --- saving ---------------------------------------------------------------------------------

    def read_input(self) -> tuple[WorkerInput | None, CaseInput]:
        """The values as the services take them; a ValidationError names a field that cannot be read."""
        form = self.case_form
        worker = None if self.linked is not None else self.worker_form.worker_input()
        category = form.category_code()
        if category is None:
            raise ValidationError(CHOOSE_CATEGORY, field="category")
        chosen_extra = tuple(c for c in form.extra_categories.checked() if c != category)
        data = CaseInput(
            category=category,
            reported_on=form.report_date(),
            country=self.worker_form.country.current_key(),
            extra_categories=chosen_extra,
            complainant=str(form.complainant.key()),
            complainant_name=form.complainant_name.text(),
            complainant_phone=form.complainant_phone.text(),
            channel=str(form.channel.key()),
            priority=int(form.priority.key()),  # type: ignore[call-overload]
            life_threatening=form.life_threatening.isChecked(),
            summary=form.summary.toPlainText(),
            lead_agency_code=form.lead_code(),
            participant_codes=form.participants.checked(),
            officer_usernames=form.officers.checked(),
        )
        return worker, data

    def call(self) -> Callable[[], OpenedCase]:
        worker, data = self.read_input()
        return partial(
            cases.open_case,
            self.context.desk,
            worker,
            data,
            existing_worker_id=self.linked.worker_id if self.linked else None,
            today=self.context.today(),
        )

    def saved(self, opened: OpenedCase) -> None:
        self.opened = opened
        self.opened_number = opened.number
        self.warnings = opened.warnings
        self.context.bus.announce(OPENED)

    def _set_saving(self, saving: bool) -> None:
        super()._set_saving(saving)
        self.duplicates.setEnabled(not saving)
