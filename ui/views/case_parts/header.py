"""The top of a case window: what the case is, where it stands, and who owes the next step by when."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QFont
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMenu, QPushButton, QVBoxLayout, QWidget

from app.services.dto import CaseDetail, OwedStep
from ui import labels
from ui.widgets.glyphs import URGENT_COLOR
from ui.widgets.page import Card, heading, muted, scaled_font

MAX_STEPS = 3


def badge(parent: QWidget, background: str, color: str = "#1f2933") -> QLabel:
    label = QLabel(parent)
    label.setStyleSheet(
        f"QLabel {{ background: {background}; color: {color}; border-radius: 9px; padding: 2px 10px; }}"
    )
    label.setFont(scaled_font(label, 0.92, QFont.Weight.DemiBold))
    return label


class CaseHeader(Card):
    stage_chosen = Signal(str)
    print_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, padding=14)
        self.detail: CaseDetail | None = None
        self.worker_name = ""
        self.country_name = ""
        self.category_name = ""
        self.language = "id"
        self.today = date.today()
        self.number = heading(1, self)
        self.number.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.stage = badge(self, "#dde8f3", "#1d4f7a")
        self.priority = badge(self, "#f1e3c8", "#6b4a00")
        self.danger = badge(self, "#c0392b", "white")
        self.overdue = badge(self, "#fbe4e1", "#a12a1c")
        self.print_button = QPushButton(self)
        self.print_button.clicked.connect(self.print_requested.emit)
        self.stage_button = QPushButton(self)
        self.stage_menu = QMenu(self.stage_button)
        self.stage_button.setMenu(self.stage_menu)
        self.stage_group = QActionGroup(self)
        self.stage_actions: dict[str, QAction] = {}
        for status in labels.CASE_STATUSES:
            action = QAction(self.stage_menu)
            action.setCheckable(True)
            action.setData(status)
            action.triggered.connect(lambda _checked=False, s=status: self.stage_chosen.emit(s))
            self.stage_group.addAction(action)
            self.stage_menu.addAction(action)
            self.stage_actions[status] = action
        self.about = QLabel(self)
        self.about.setWordWrap(True)
        self.about.setFont(scaled_font(self.about, 1.05))
        self.lead = muted(self)
        self.steps_title = QLabel(self)
        self.steps_title.setFont(scaled_font(self.steps_title, 1.0, QFont.Weight.DemiBold))
        self.steps = QLabel(self)
        self.steps.setTextFormat(Qt.TextFormat.RichText)
        self.steps.setWordWrap(True)

        top = QHBoxLayout()
        top.setSpacing(10)
        top.addWidget(self.number)
        for widget in (self.stage, self.priority, self.danger, self.overdue):
            top.addWidget(widget, 0, Qt.AlignmentFlag.AlignVCenter)
        top.addStretch(1)
        top.addWidget(self.print_button, 0, Qt.AlignmentFlag.AlignVCenter)
        top.addWidget(self.stage_button, 0, Qt.AlignmentFlag.AlignVCenter)
        left = QVBoxLayout()
        left.setSpacing(4)
        left.addWidget(self.about)
        left.addWidget(self.lead)
        right = QVBoxLayout()
        right.setSpacing(2)
        right.addWidget(self.steps_title)
        right.addWidget(self.steps)
        below = QHBoxLayout()
        below.setSpacing(24)
        below.addLayout(left, 1)
        below.addLayout(right, 1)
        self.body.addLayout(top)
        self.body.addLayout(below)
        self.retranslate()

    def retranslate(self) -> None:
        self.print_button.setText(self.tr("&Print / PDF…"))
        self.print_button.setToolTip(self.tr("Print the case's forms or save them as PDF (Ctrl+P)"))
        self.stage_button.setText(self.tr("Move to &stage"))
        self.stage_button.setToolTip(self.tr("Move the case to another stage of handling"))
        self.danger.setText(self.tr("Life-threatening"))
        self.steps_title.setText(self.tr("Who owes the next step"))
        for status, action in self.stage_actions.items():
            action.setText(labels.case_status_label(status))
        self._show()

    def set_case(
        self,
        detail: CaseDetail,
        worker_name: str,
        category_name: str,
        country_name: str,
        language: str,
        today: date,
    ) -> None:
        self.detail, self.worker_name, self.country_name = detail, worker_name, country_name
        self.category_name = category_name
        self.language, self.today = language, today
        self._show()

    def step_text(self, step: OwedStep) -> str:
        who = step.agency_code or self.tr("no one yet")
        if step.due_on is None:
            text = self.tr("{agency}: {what}").format(agency=who, what=step.what)
        else:
            text = self.tr("{agency}: {what}, by {date}").format(
                agency=who, what=step.what, date=labels.long_date(step.due_on, self.language)
            )
        return text + (self.tr(" (overdue)") if step.overdue else "")

    def _show(self) -> None:
        detail = self.detail
        if detail is None:
            return
        self.number.setText(detail.number)
        self.stage.setText(labels.case_status_label(detail.status))
        for status, action in self.stage_actions.items():
            action.setChecked(status == detail.status)
        priorities = {1: self.tr("High priority"), 3: self.tr("Low priority")}
        self.priority.setText(priorities.get(detail.priority, ""))
        self.priority.setVisible(detail.priority in priorities)
        self.danger.setVisible(detail.life_threatening)
        late = sum(1 for s in detail.next_steps if s.overdue)
        self.overdue.setText(self.tr("Overdue"))
        self.overdue.setVisible(late > 0)
        parts = [p for p in (self.worker_name, self.category_name, self.country_name) if p]
        self.about.setText(" · ".join(parts))
        lead = detail.lead_agency or self.tr("not set")
        involved = ", ".join(detail.participants) or self.tr("none")
        self.lead.setText(
            self.tr("Lead: {lead} · also involved: {agencies} · reported {date}").format(
                lead=lead, agencies=involved, date=labels.long_date(detail.reported_on, self.language)
            )
        )
        if detail.status in labels.FINISHED_STATUSES:
            self.steps.setText(
                self.tr("Nobody: the case is {stage}.").format(
                    stage=labels.case_status_label(detail.status).lower()
                )
            )
            return
        if not detail.next_steps:
            self.steps.setText(self.tr("No open step. Add a task to say what happens next."))
            return
        lines = []
        for step in detail.next_steps[:MAX_STEPS]:
            text = _escape(self.step_text(step))
            if step.overdue:
                text = f'<span style="color:{URGENT_COLOR.name()}; font-weight:600">{text}</span>'
            lines.append(text)
        more = len(detail.next_steps) - MAX_STEPS
        if more > 0:
            lines.append(_escape(self.tr("and {count} more on the Tasks tab").format(count=more)))
        self.steps.setText("<br>".join(lines))

    def steps_plain(self) -> str:
        """The next steps as shown, without markup (for tests and accessibility)."""
        detail = self.detail
        return "\n".join(self.step_text(s) for s in detail.next_steps) if detail else ""


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
