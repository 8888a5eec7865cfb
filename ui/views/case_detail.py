"""The window of one case: who the worker is, what the complaint is, who owes the next step and by
when, and the work on it with other agencies (timeline, referrals, tasks, attachments).

Non-modal, one window per case (`open_case` raises the open one). It reads on a reader thread,
writes on the writer thread, announces what each write touched on the change bus, and refreshes
whenever the bus says a table it shows changed, whoever wrote it.

Keys: Ctrl+1..7 switch tabs, Ctrl+T writes on the timeline, Ctrl+R refers the case, Ctrl+L logs a
call or message about it (the main window's quick-log dialog, its case filled in), Ctrl+P prints its
forms, Ctrl+W closes.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from functools import partial
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QCloseEvent, QDesktopServices, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.errors import DomainError
from app.files import write_atomically
from app.services import attachments, case_activity, case_links, cases, reference
from app.services.attachments import AttachmentInfo
from app.services.case_links import CaseLinks, LinkedLetter
from app.services.dto import CaseDetail, ReferralInfo, TaskInfo
from ui import labels, viewing
from ui.context import UiContext
from ui.dialogs.form_dialog import FormDialog
from ui.events import Changes
from ui.views.case_parts.activity import AttachmentsTab, ReferralsTab, TasksTab, TimelineTab
from ui.views.case_parts.dialogs import (
    REFERRAL_CHANGES,
    STAGE_CHANGES,
    TASK_CHANGES,
    EditCaseDialog,
    EditWorkerDialog,
    ReasonDialog,
    ReferDialog,
    TabbedFormDialog,
    TaskDialog,
)
from ui.views.case_parts.header import CaseHeader
from ui.views.case_parts.info import CaseInfoTab, Names, WorkerTab
from ui.views.case_parts.links import LinkLetterDialog, LinksTab
from ui.widgets.fields import ERROR_STYLE

#: what a case window shows: it refreshes when one of these changed
CASE_ENTITIES = frozenset(
    {
        "case_file",
        "worker",
        "case_task",
        "timeline_entry",
        "referral",
        "case_agency",
        "case_category_tag",
        "case_officer",
        "attachment",
        "agency",
        "case_category",
        "protocol_rule",
        "letter",
        "letter_case",
        "meeting",
        "agenda_item",
        "action_item",
    }
)
LINK_CHANGES = frozenset({"letter_case", "timeline_entry"})
TIMELINE_CHANGES = frozenset({"timeline_entry"})
ATTACHMENT_CHANGES = frozenset({"attachment"})

_OPEN: dict[tuple[int, str], CaseWindow] = {}


@dataclass(frozen=True)
class CaseData:
    detail: CaseDetail
    attachments: list[AttachmentInfo]
    names: Names
    links: CaseLinks


def load_case(context: UiContext, number: str, today: date, language: str) -> CaseData:
    desk = context.desk
    detail = case_activity.case_detail(desk, number, today=today, language=language)
    english = language == "en"
    region = str(detail.worker.get("home_region") or "")
    regions = {r.code: r.name for r in reference.regions(desk)}
    if region:
        regions |= {r.code: r.name for r in reference.regions(desk, region.split(".")[0])}
    names = Names(
        countries={c.iso2: c.name_en if english else c.name_id for c in reference.countries(desk)},
        regions=regions,
        jobs={j.code: j.name_en if english else j.name_id for j in reference.jobs()},
        categories={c.code: c.name_en if english else c.name for c in reference.categories(desk)},
        agencies={a.code: a.name_en if english and a.name_en else a.name for a in reference.agencies(desk)},
    )
    links = case_links.case_links(desk, number, today=today)
    return CaseData(detail, attachments.case_attachments(desk, number), names, links)


class CaseWindow(QMainWindow):
    TABS = ("worker", "case", "timeline", "referrals", "tasks", "attachments", "links")

    def __init__(self, context: UiContext, number: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowFlag(Qt.WindowType.Window, True)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        from app.services import access

        self.context = context
        self.number = number
        self.permissions = access.granted(context.desk)
        self.data: CaseData | None = None
        self.dialog: FormDialog | TabbedFormDialog | LinkLetterDialog | None = None
        self.missing = False
        self._generation = 0
        self._stale = True
        self.loading = False

        self.header = CaseHeader(self)
        self.header.stage_chosen.connect(self.move_to_stage)
        self.header.print_requested.connect(self.print_forms)
        self.printing: QDialog | None = None
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.worker_tab = WorkerTab(self.tabs)
        self.case_tab = CaseInfoTab(self.tabs)
        self.timeline_tab = TimelineTab(self.tabs)
        self.referrals_tab = ReferralsTab(self.tabs)
        self.tasks_tab = TasksTab(self.tabs)
        self.attachments_tab = AttachmentsTab(self.tabs)
        self.links_tab = LinksTab(self.tabs)
        for tab in self.tab_widgets():
            self.tabs.addTab(tab, "")
        self.message = QLabel(self)
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setWordWrap(True)
        self.message.hide()
        self.sealed = QFrame(self)
        self.sealed.setObjectName("sealedBar")
        self.sealed.setStyleSheet(
            "QFrame#sealedBar { background: #fff4e5; border: 1px solid #f0c36d; border-radius: 4px; }"
        )
        self.sealed_text = QLabel(self.sealed)
        self.sealed_text.setWordWrap(True)
        self.break_glass_button = QPushButton(self.sealed)
        self.break_glass_button.setObjectName("breakGlass")
        self.break_glass_button.clicked.connect(self.break_glass)
        sealed_row = QHBoxLayout(self.sealed)
        sealed_row.setContentsMargins(10, 6, 10, 6)
        sealed_row.addWidget(self.sealed_text, 1)
        sealed_row.addWidget(self.break_glass_button)
        self.sealed.hide()

        self.worker_tab.edit_button.clicked.connect(self.edit_worker)
        self.worker_tab.basis_button.clicked.connect(self.edit_lawful_basis)
        self.worker_tab.report_button.clicked.connect(lambda: self.save_subject_report())
        self.case_tab.edit_button.clicked.connect(self.edit_case)
        self.timeline_tab.add_requested.connect(self.add_entry)
        self.referrals_tab.refer_requested.connect(self.refer)
        self.referrals_tab.accept_requested.connect(self.accept_referral)
        self.referrals_tab.return_requested.connect(self.return_referral)
        self.referrals_tab.withdraw_requested.connect(self.withdraw_referral)
        self.tasks_tab.add_requested.connect(self.add_task)
        self.tasks_tab.done_requested.connect(self.complete_task)
        self.attachments_tab.attach_requested.connect(self.attach)
        self.attachments_tab.open_requested.connect(self.open_attachment)
        self.links_tab.letter_requested.connect(self.open_letter)
        self.links_tab.meeting_requested.connect(self.open_meeting)
        self.links_tab.link_requested.connect(self.link_letter)

        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(16, 14, 16, 12)
        layout.setSpacing(10)
        layout.addWidget(self.header)
        layout.addWidget(self.message)
        layout.addWidget(self.sealed)
        layout.addWidget(self.tabs, 1)
        self.setCentralWidget(central)

        for index in range(len(self.TABS)):
            self._shortcut(f"Ctrl+{index + 1}", partial(self.tabs.setCurrentIndex, index))
        self._shortcut("Ctrl+T", self.write_on_timeline)
        self._shortcut("Ctrl+R", self.refer)
        self._shortcut("Ctrl+L", self.quick_log)  # the main window's Ctrl+L does not reach this window
        self._shortcut(QKeySequence.StandardKey.Print, self.print_forms)
        self._shortcut(QKeySequence.StandardKey.Close, self.close)
        self._shortcut(QKeySequence.StandardKey.Refresh, self.refresh)
        context.bus.changed.connect(self._on_changed)
        self.resize(1240, 720)
        self.retranslate()

    def _shortcut(self, key: str | QKeySequence.StandardKey, slot: Callable[[], Any]) -> None:
        shortcut = QShortcut(QKeySequence(key), self)
        shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
        shortcut.activated.connect(slot)

    def tab_widgets(self) -> tuple[QWidget, ...]:
        return (
            self.worker_tab,
            self.case_tab,
            self.timeline_tab,
            self.referrals_tab,
            self.tasks_tab,
            self.attachments_tab,
            self.links_tab,
        )

    def retranslate(self) -> None:
        self._title()
        self.sealed_text.setText(
            self.tr(
                "Sensitive fields of this case (its story, health, violence, child or criminal matters) are "
                "hidden: only the officers assigned, the site's supervisors and administrators read them."
            )
        )
        self.break_glass_button.setText(self.tr("&Break the glass…"))
        for index, text in enumerate(
            (
                self.tr("&1 Worker"),
                self.tr("&2 Case"),
                self.tr("&3 Timeline"),
                self.tr("&4 Referrals"),
                self.tr("&5 Tasks"),
                self.tr("&6 Attachments"),
                self.tr("&7 Letters and meetings"),
            )
        ):
            self.tabs.setTabText(index, text)
        self.header.retranslate()
        for tab in self.tab_widgets():
            tab.retranslate()  # type: ignore[attr-defined]
        if self.data is not None:
            self.refresh()  # names of categories, countries and timeline entries are in the language

    def _title(self) -> None:
        name = str(self.data.detail.worker.get("full_name", "")) if self.data else ""
        title = self.tr("Case {number}").format(number=self.number)
        self.setWindowTitle(f"{title} — {name}" if name else title)
        self._count_tabs()

    def _count_tabs(self) -> None:
        if self.data is None:
            return
        detail = self.data.detail
        open_tasks = sum(1 for t in detail.tasks if t.done_on is None)
        waiting = sum(1 for r in detail.referrals if r.status == "sent")
        links = len(self.data.links.letters) + len(self.data.links.meetings)
        for index, count in ((3, waiting), (4, open_tasks), (5, len(self.data.attachments)), (6, links)):
            text = self.tabs.tabText(index).split(" (")[0]
            self.tabs.setTabText(index, f"{text} ({count})" if count else text)

    # --- reading --------------------------------------------------------------------------------

    def showEvent(self, event: Any) -> None:
        if self._stale:
            self._stale = False
            self.refresh()
        super().showEvent(event)

    def _on_changed(self, changes: Changes) -> None:
        if not shiboken6.isValid(self) or not changes.touches(*CASE_ENTITIES):
            return
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True

    def _log_opening(self, case_id: uuid.UUID) -> None:
        from app.services import audit

        desk = self.context.desk
        self.context.tasks.run(
            lambda _progress: audit.record_access(
                desk, "read", "case_file", case_id, {"view": "case_window"}
            ),
            cancellable=False,
        )

    def refresh(self) -> None:
        self._generation += 1
        generation = self._generation
        self.loading = True
        context, number = self.context, self.number
        today, language = context.today(), context.language()

        def done(data: CaseData) -> None:
            if shiboken6.isValid(self) and generation == self._generation:
                self.loading = False
                self.apply(data, today, language)

        def failed(error: BaseException) -> None:
            if not shiboken6.isValid(self) or generation != self._generation:
                return
            self.loading = False
            if not isinstance(error, DomainError):
                raise error
            self.missing = True
            self.show_message(labels.error_text(error))

        context.tasks.run(
            lambda _progress: load_case(context, number, today, language),
            on_done=done,
            on_error=failed,
            writes=False,
            cancellable=False,
        )

    def apply(self, data: CaseData, today: date, language: str) -> None:
        if self.data is None:  # opening the case is on the audit trail (refreshes are not)
            self._log_opening(data.detail.id)
        self.data = data
        detail = data.detail
        country = data.names.countries.get(detail.country or "", detail.country or "")
        category = data.names.categories.get(detail.category, detail.category_name)
        self.header.set_case(
            detail, str(detail.worker.get("full_name", "")), category, country, language, today
        )
        self.worker_tab.set_worker(detail.worker, data.names, language)
        self.case_tab.set_case(detail, data.names, language)
        self.timeline_tab.set_items(detail.timeline, language)
        self.referrals_tab.set_referrals(detail.referrals, language)
        self.tasks_tab.set_tasks(detail.tasks, language)
        self.attachments_tab.set_attachments(data.attachments, language)
        self.links_tab.set_links(data.links, language)
        self._title()
        self._apply_permissions()
        self.sealed.setVisible(bool(detail.masked))

    def break_glass(self) -> None:
        """Read the masked sensitive fields without a need to know: a reason, recorded."""
        from app.services import sensitive

        desk, number = self.context.desk, self.number
        self._open(
            ReasonDialog(
                self.context,
                self.tr("Break the glass: case {number}").format(number=number),
                self.tr("&Reason"),
                lambda reason: partial(sensitive.break_glass, desk, number, reason),
                frozenset({"sensitive_access", "case_file"}),
                field="reason",
                explanation=self.tr(
                    "You have no need to know this case's sensitive fields. Say why you must read them: "
                    "the access is recorded with your reason and visible to the supervisors and auditors."
                ),
                parent=self,
            )
        )

    def _apply_permissions(self) -> None:
        """Commands the officer's role does not allow are disabled (static ones) or hidden (those
        the tabs enable by selection); the services refuse them anyway."""
        from app.services.access import Permission

        edit = Permission.EDIT_CASES in self.permissions
        refer = Permission.REFER_CASES in self.permissions
        for button in (
            self.worker_tab.edit_button,
            self.case_tab.edit_button,
            self.timeline_tab.add_button,
            self.tasks_tab.add_button,
            self.attachments_tab.attach_button,
            self.links_tab.link_button,
            self.header.stage_button,
        ):
            if not edit:
                button.setEnabled(False)
        self.tasks_tab.done_button.setVisible(edit)
        self.header.print_button.setVisible(Permission.ISSUE_DOCUMENTS in self.permissions)
        if not refer:
            self.referrals_tab.refer_button.setEnabled(False)
        for button in (
            self.referrals_tab.accept_button,
            self.referrals_tab.return_button,
            self.referrals_tab.withdraw_button,
        ):
            button.setVisible(refer)

    # --- writing --------------------------------------------------------------------------------

    def show_message(self, text: str, *, error: bool = True) -> None:
        self.message.setStyleSheet(ERROR_STYLE if error else "color: #1b6e3a;")
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def write(
        self, fn: Callable[[], Any], changes: frozenset[str], on_done: Callable[[Any], None] | None = None
    ) -> None:
        """Run a service call on the writer thread; announce what it changed, or show why not."""
        self.show_message("")

        def done(result: Any) -> None:
            self.context.bus.announce(Changes(changes))
            if on_done is not None and shiboken6.isValid(self):
                on_done(result)

        def failed(error: BaseException) -> None:
            if not isinstance(error, DomainError):
                raise error
            if shiboken6.isValid(self):
                self.show_message(labels.error_text(error))
                self.header.retranslate()  # undo a stage ticked in the menu

        self.context.tasks.run(lambda _progress: fn(), on_done=done, on_error=failed)

    def _open(self, dialog: FormDialog | TabbedFormDialog | LinkLetterDialog) -> None:
        self.dialog = dialog

        def finished(_result: int) -> None:
            if self.dialog is dialog:
                self.dialog = None
            dialog.deleteLater()

        dialog.finished.connect(finished)
        dialog.open()

    def write_on_timeline(self) -> None:
        self.tabs.setCurrentWidget(self.timeline_tab)
        self.timeline_tab.focus_composer()

    def add_entry(self, kind: str, text: str) -> None:
        call = partial(case_activity.add_entry, self.context.desk, self.number, kind, text)
        self.write(call, TIMELINE_CHANGES, lambda _r: self.timeline_tab.entry_saved())

    def quick_log(self) -> None:
        from ui.dialogs.letters import QuickLogDialog  # here: the dialogs import the views' parts

        self._open(QuickLogDialog(self.context, case_number=self.number, parent=self))

    def refer(self) -> None:
        if self.missing:
            return
        self.tabs.setCurrentWidget(self.referrals_tab)
        self._open(ReferDialog(self.context, self.number, self))

    def accept_referral(self, referral: ReferralInfo) -> None:
        call = partial(
            case_activity.answer_referral,
            self.context.desk,
            referral.id,
            accept=True,
            today=self.context.today(),
        )
        self.write(call, REFERRAL_CHANGES)

    def return_referral(self, referral: ReferralInfo) -> None:
        desk, today = self.context.desk, self.context.today()
        self._open(
            ReasonDialog(
                self.context,
                self.tr("Return the referral from {agency}").format(agency=referral.from_agency),
                self.tr("&Reason"),
                lambda note: partial(
                    case_activity.answer_referral, desk, referral.id, accept=False, note=note, today=today
                ),
                REFERRAL_CHANGES,
                field="note",
                explanation=self.tr("Why the referral is returned (required)"),
                parent=self,
            )
        )

    def withdraw_referral(self, referral: ReferralInfo) -> None:
        desk, today = self.context.desk, self.context.today()
        self._open(
            ReasonDialog(
                self.context,
                self.tr("Withdraw the referral to {agency}").format(agency=referral.to_agency),
                self.tr("&Note"),
                lambda note: partial(
                    case_activity.withdraw_referral, desk, referral.id, note=note, today=today
                ),
                REFERRAL_CHANGES,
                field="note",
                explanation=self.tr("Why the referral is withdrawn (optional)"),
                parent=self,
            )
        )

    def add_task(self) -> None:
        if self.missing:
            return
        self.tabs.setCurrentWidget(self.tasks_tab)
        self._open(TaskDialog(self.context, self.number, self))

    def complete_task(self, task: TaskInfo) -> None:
        call = partial(case_activity.complete_task, self.context.desk, task.id, today=self.context.today())
        self.write(call, TASK_CHANGES)

    def move_to_stage(self, status: str) -> None:
        if self.data is None or status == self.data.detail.status:
            self.header.retranslate()
            return
        desk, number, today = self.context.desk, self.number, self.context.today()
        current = self.data.detail.status
        if current in labels.FINISHED_STATUSES and status not in labels.FINISHED_STATUSES:
            self.header.retranslate()  # the stage moves once the reason is given
            self._open(
                ReasonDialog(
                    self.context,
                    self.tr("Reopen case {number}").format(number=number),
                    self.tr("&Reason for reopening"),
                    lambda reason: partial(
                        cases.change_status, desk, number, status, reason=reason, today=today
                    ),
                    STAGE_CHANGES,
                    explanation=self.tr("The case is {stage}. Say why it is opened again (required).").format(
                        stage=labels.case_status_label(current).lower()
                    ),
                    parent=self,
                )
            )
            return
        self.write(partial(cases.change_status, desk, number, status, today=today), STAGE_CHANGES)

    def print_forms(self) -> None:
        """The case's forms with a preview, Save PDF and Print (ui/dialogs/print_document.py)."""
        from app.services.access import Permission

        if self.missing or Permission.ISSUE_DOCUMENTS not in self.permissions:
            return
        from app.services.case_documents import CASE_FORMS
        from ui.dialogs.print_document import PrintDocumentDialog

        dialog = PrintDocumentDialog(self.context, self.number, tuple(CASE_FORMS), self)
        dialog.finished.connect(dialog.deleteLater)
        self.printing = dialog
        dialog.open()

    def edit_worker(self) -> None:
        if self.data is not None:
            self._open(EditWorkerDialog(self.context, self.data.detail, self))

    def edit_lawful_basis(self) -> None:
        from ui.dialogs.lawful_basis import LawfulBasisDialog

        if self.data is not None:
            worker = self.data.detail.worker
            self._open(LawfulBasisDialog(self.context, str(worker["id"]), worker, self))

    def save_subject_report(self, path: str | None = None) -> None:
        """All data held about the worker and its processing trail, issued as a PDF (UU 27/2022)."""
        from app.services import privacy

        if self.data is None:
            return
        if path is None:
            path, _filter = QFileDialog.getSaveFileName(
                self,
                self.tr("Save the personal data report"),
                "laporan-data-pribadi.pdf",
                self.tr("PDF (*.pdf)"),
            )
        if not path:
            return
        target = Path(path).with_suffix(".pdf")
        desk, worker_id, language = (
            self.context.desk,
            str(self.data.detail.worker["id"]),
            self.context.language(),
        )

        def issue(_progress: Any) -> str:
            issued = privacy.print_subject_report(
                desk, worker_id, language=language, today=self.context.today()
            )
            write_atomically(target, issued.pdf)
            return issued.info.number

        self.context.tasks.run(
            issue,
            on_done=lambda number: self.show_message(
                self.tr("Personal data report {number} saved to {path}.").format(
                    number=number, path=target.name
                ),
                error=False,
            ),
            on_error=self._refused,
            label=self.tr("Preparing the personal data report…"),
            parent=self,
        )

    def _refused(self, error: BaseException) -> None:
        if not isinstance(error, DomainError):
            raise error
        if shiboken6.isValid(self):
            self.show_message(labels.error_text(error))

    def edit_case(self) -> None:
        if self.data is not None:
            self._open(EditCaseDialog(self.context, self.data.detail, self))

    def attach(self, path: str | None = None) -> None:
        if path is None:
            path, _filter = QFileDialog.getOpenFileName(
                self,
                self.tr("Attach a scan or photo"),
                "",
                self.tr(
                    "Scans and photos (*.pdf *.jpg *.jpeg *.png *.tif *.tiff *.gif *.webp);;All files (*)"
                ),
            )
        if path:
            call = partial(attachments.attach_to_case, self.context.desk, self.number, Path(path))
            self.write(call, ATTACHMENT_CHANGES)

    def open_attachment(self, attachment: AttachmentInfo) -> None:
        """Open a read-only copy under its own name (the store names files by hash, which no
        viewer knows), in this session's folder of copies (ui/viewing.py)."""

        def show(target: Path | None) -> None:
            if target is None:
                self.show_message(self.tr("The file of this attachment is not on this computer yet."))
                return
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(target)))

        viewing.open_copy(self.context, attachment.sha256, attachment.filename, show)

    # --- letters and meetings ------------------------------------------------------------------

    def main_window(self) -> Any:
        """The main window this case window was opened from (its views are where letters live)."""
        from ui.main_window import MainWindow

        widget = self.parentWidget()
        while widget is not None and not isinstance(widget, MainWindow):
            widget = widget.parentWidget()
        if widget is None:
            widget = next((w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)), None)
        return widget

    def open_letter(self, letter: LinkedLetter) -> None:
        """Show the letter in the Correspondence view: its tab, the list narrowed to it, selected."""
        from ui.views import VIEWS

        main = self.main_window()
        if main is None:
            return
        index = [entry.key for entry in VIEWS].index("correspondence")
        main.show_view(index)
        view = main.view(index)
        tab = letter.kind if letter.kind in ("in", "memo") else "out"
        model = view.letter_models[tab]

        def loaded() -> None:
            model.loaded.disconnect(loaded)
            if shiboken6.isValid(view):
                view.select_letter(tab, str(letter.id))

        view.search.setText(letter.reference or letter.subject)
        model.loaded.connect(loaded)
        view.apply_filter()
        view.select_letter(tab, str(letter.id))
        if main.isMinimized():
            main.showNormal()
        main.raise_()
        main.activateWindow()

    def open_meeting(self, meeting_id: uuid.UUID) -> None:
        from ui.views.meeting_parts.meeting_window import open_meeting

        open_meeting(self.context, meeting_id, self.main_window() or self)

    def link_letter(self) -> None:
        if self.missing:
            return
        self.tabs.setCurrentWidget(self.links_tab)
        desk, number = self.context.desk, self.number

        def link(letter_id: uuid.UUID, done: Callable[[], None], failed: Callable[[str], None]) -> None:
            def ok(_result: Any) -> None:
                self.context.bus.announce(Changes(LINK_CHANGES))
                done()

            def refused(error: BaseException) -> None:
                if not isinstance(error, DomainError):
                    raise error
                failed(labels.error_text(error))

            self.context.tasks.run(
                lambda _p: case_links.link_letter(desk, number, letter_id), on_done=ok, on_error=refused
            )

        self._open(LinkLetterDialog(self.context, number, link, self))

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.dialog is not None and getattr(self.dialog, "saving", False):
            event.ignore()
            return
        super().closeEvent(event)


def open_case(context: UiContext, number: str, parent: QWidget | None = None) -> CaseWindow:
    """Show the window of case `number` (non-modal); an open one is raised instead."""
    key = (id(context), number)
    window = _OPEN.get(key)
    if window is None or not shiboken6.isValid(window):
        window = CaseWindow(context, number, parent)
        _OPEN[key] = window
        window.destroyed.connect(lambda *_, w=window: _OPEN.pop(key) if _OPEN.get(key) is w else None)
        window.show()  # a new window comes up on top by itself
    else:
        if window.isMinimized():
            window.showNormal()
        window.show()
        window.raise_()
    window.activateWindow()
    return window


def open_windows() -> list[CaseWindow]:
    return [w for w in _OPEN.values() if shiboken6.isValid(w)]
