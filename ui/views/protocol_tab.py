"""Settings › Protocol: the coordination protocol the administrator sets per case category (who
leads, who is involved, response standards in working days) and the app applies to every case."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from typing import Any

import shiboken6
from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.services import protocol, reference
from app.services.dto import AgencyInfo, CategoryInfo
from app.services.protocol import DAY_FIELDS, DEFAULT_RULE, RuleInfo
from ui.context import UiContext
from ui.dialogs.form_dialog import FormDialog
from ui.events import Changes
from ui.models.rows import RIGHT, Column, RowsTableModel
from ui.views.case_parts.case_form import agency_text, typed_agency
from ui.views.loading import Loader
from ui.widgets.fields import CheckList
from ui.widgets.page import SPACING, muted
from ui.widgets.tables import fit_columns, style_table

PROTOCOL_CHANGES = frozenset({"protocol_rule", "protocol_participant"})
#: standards counted in working days (the others are calendar days)
WORKING_DAY_FIELDS = frozenset(
    {
        "referral_answer_days",
        "verification_days",
        "first_clarification_days",
        "second_clarification_days",
        "no_clarification_working_days",
    }
)


@dataclass(frozen=True)
class ProtocolRow:
    """A category and the rule that applies to it (its own, or the default one)."""

    category: str  # a category code, or "*" for the default rule
    name: str
    rule: RuleInfo
    own: bool


@dataclass(frozen=True)
class ProtocolData:
    rows: list[ProtocolRow]
    agencies: list[AgencyInfo]


def load_protocol(context: UiContext) -> ProtocolData:
    desk = context.desk
    english = context.language() == "en"
    rules = {r.category: r for r in protocol.rules(desk)}
    default = rules.get(DEFAULT_RULE)
    categories: list[CategoryInfo] = reference.categories(desk)
    rows: list[ProtocolRow] = []
    if default is not None:
        rows.append(ProtocolRow(DEFAULT_RULE, "", default, True))
    for category in categories:
        rule = rules.get(category.code, default)
        if rule is not None:
            name = category.name_en if english and category.name_en else category.name
            rows.append(ProtocolRow(category.code, name, rule, category.code in rules))
    return ProtocolData(rows, reference.agencies(desk))


class ProtocolModel(RowsTableModel[ProtocolRow]):
    """Categories that follow the default rule are shown in a quieter colour."""

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole:
            row = self.row_at(index)
            if row is not None and not row.own and index.column() > 0:
                return QPalette().color(QPalette.ColorRole.PlaceholderText)
            return None
        return super().data(index, role)


class ProtocolTab(QWidget):
    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.data: ProtocolData | None = None
        self.dialog: ProtocolRuleDialog | None = None
        self.loader = Loader(context, self)
        self._stale = True
        self.note = muted(self)
        self.edit_button = QPushButton(self)
        self.edit_button.setEnabled(False)
        self.edit_button.clicked.connect(self.edit_selected)
        self.print_button = QPushButton(self)
        self.print_button.clicked.connect(self.print_guideline)
        self.printing: QWidget | None = None
        self.model = ProtocolModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        style_table(self.table, sortable=False)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.model.modelReset.connect(self._selection_changed)
        self.table.doubleClicked.connect(lambda _index: self.edit_selected())
        self.model.set_columns(
            [
                Column(lambda: self.tr("Category"), self._category, tooltip=self._category),
                Column(lambda: self.tr("Lead"), self._lead_short, tooltip=self._lead),
                Column(
                    lambda: self.tr("Also involved"),
                    lambda r: ", ".join(r.rule.participants),
                    tooltip=lambda r: ", ".join(r.rule.participants),
                ),
                self._days(
                    lambda: self.tr("Referral"),
                    "referral_answer_days",
                    lambda: self.tr("Working days to accept or return a referral"),
                ),
                self._days(
                    lambda: self.tr("Verify"),
                    "verification_days",
                    lambda: self.tr("Working days to verify a complaint"),
                ),
                self._days(
                    lambda: self.tr("Clarif. I"),
                    "first_clarification_days",
                    lambda: self.tr("Working days to hold the first clarification"),
                ),
                self._days(
                    lambda: self.tr("Clarif. II"),
                    "second_clarification_days",
                    lambda: self.tr("Working days to meet the commitment of the second clarification"),
                ),
                Column(
                    lambda: self.tr("Closure"),
                    lambda r: (
                        f"{r.rule.incomplete_documents_days} · {r.rule.no_clarification_working_days}"
                        f" · {r.rule.unreachable_days}"
                    ),
                    align=RIGHT,
                    header_tooltip=lambda: self.tr(
                        "A case may be closed when documents are still incomplete after the first number of "
                        "days, when there was no clarification for the second number of working days, or "
                        "when the complainant was unreachable for the third number of days"
                    ),
                ),
            ]
        )
        bar = QHBoxLayout()
        bar.addWidget(self.note, 1)
        bar.addWidget(self.print_button)
        bar.addWidget(self.edit_button)
        self.legend = muted(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, SPACING, 0, 0)
        layout.setSpacing(SPACING)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.legend)
        context.bus.changed.connect(self._on_changed)
        self.retranslate()

    @staticmethod
    def _days(title: Callable[[], str], name: str, explanation: Callable[[], str]) -> Column[ProtocolRow]:
        return Column(
            title,
            lambda r: str(getattr(r.rule, name)),
            sort_key=lambda r: getattr(r.rule, name),
            align=RIGHT,
            header_tooltip=explanation,
        )

    def _category(self, row: ProtocolRow) -> str:
        if row.category == DEFAULT_RULE:
            return self.tr("Default rule (every other category)")
        return row.name

    def _lead(self, row: ProtocolRow) -> str:
        return row.rule.lead_agency or self.tr("Representation for the worker's country")

    def _lead_short(self, row: ProtocolRow) -> str:
        return row.rule.lead_agency or self.tr("Representation")

    def print_guideline(self) -> None:
        """The protocol as a printable guideline (ui/dialogs/print_document.py)."""
        from ui.dialogs.print_document import PrintDocumentDialog

        dialog = PrintDocumentDialog(self.context, "protocol", ("protocol",), self)
        dialog.finished.connect(dialog.deleteLater)
        self.printing = dialog
        dialog.open()

    def retranslate(self) -> None:
        self.note.setText(
            self.tr(
                "Who leads each kind of case, who must be involved, and how many days each step may take. "
                "New cases and referrals take their due dates from here."
            )
        )
        self.legend.setText(
            self.tr(
                "Grey rows follow the default rule until you give the category its own. "
                "Hover over a column title for its meaning."
            )
        )
        self.edit_button.setText(self.tr("&Edit rule…"))
        self.print_button.setText(self.tr("&Print as guideline…"))
        self.model.retranslate()
        if self.data is not None:
            self.refresh()

    # --- data -----------------------------------------------------------------------------------

    def showEvent(self, event: Any) -> None:
        if self._stale:
            self._stale = False
            self.refresh()
        super().showEvent(event)

    def _on_changed(self, changes: Changes) -> None:
        if not shiboken6.isValid(self) or not changes.touches(*PROTOCOL_CHANGES, "case_category", "agency"):
            return
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True

    def refresh(self) -> None:
        self.loader.load(lambda: load_protocol(self.context), self._apply)

    def _apply(self, data: ProtocolData) -> None:
        chosen = self.selected()
        self.data = data
        self.model.set_rows(data.rows)
        fit_columns(self.table)
        for column, widest in ((0, 330), (1, 150), (2, 170)):  # long names are elided; the tooltip has all
            self.table.setColumnWidth(column, min(self.table.columnWidth(column), widest))
        header = self.table.horizontalHeader()
        metrics = header.fontMetrics()
        for column in range(3, self.model.columnCount() - 1):  # the days: as wide as their titles
            title = str(self.model.headerData(column, Qt.Orientation.Horizontal))
            self.table.setColumnWidth(column, metrics.horizontalAdvance(title) + 26)
        if chosen is not None:
            self.select_category(chosen.category)

    def selected(self) -> ProtocolRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0]) if rows else None

    def select_category(self, category: str) -> None:
        for number, row in enumerate(self.model.rows()):
            if row.category == category:
                self.table.selectRow(number)
                self.table.scrollTo(self.model.index(number, 0))
                return

    def _selection_changed(self) -> None:
        self.edit_button.setEnabled(self.selected() is not None)

    def edit_selected(self) -> None:
        row = self.selected()
        if row is None or self.data is None:
            return
        dialog = ProtocolRuleDialog(self.context, row, self._category(row), self.data.agencies, self)
        self.dialog = dialog

        def finished(_result: int) -> None:
            if self.dialog is dialog:
                self.dialog = None
            dialog.deleteLater()

        dialog.finished.connect(finished)
        dialog.open()


class ProtocolRuleDialog(FormDialog):
    """Edit the rule of one category (saving a category that followed the default gives it its own)."""

    changes = PROTOCOL_CHANGES

    def __init__(
        self,
        context: UiContext,
        row: ProtocolRow,
        category_name: str,
        agencies: list[AgencyInfo],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(context, parent)
        self.row = row
        rule = row.rule
        self.category = QLabel(category_name, self)
        self.category.setWordWrap(True)
        self.lead_agency = _AgencyCombo(agencies, self)
        self.lead_agency.set_code(rule.lead_agency)
        self.participants = CheckList(self, rows=6)
        self.participants.set_entries((a.code, agency_text(a)) for a in agencies if a.active)
        self.participants.set_checked(rule.participants, quiet=True)
        self.participants.float_checked()
        self.days: dict[str, QSpinBox] = {}
        self.add_field("category", self.category)
        self.add_field("agency", self.lead_agency)
        self.add_field("participants", self.participants)
        for name in DAY_FIELDS:
            spin = QSpinBox(self)
            spin.setRange(1, 365)
            spin.setValue(int(getattr(rule, name)))
            spin.setMaximumWidth(200)
            self.days[name] = spin
            self.add_field(name, spin)
        self.note = QLineEdit(rule.note if row.own else "", self)
        self.note.setCursorPosition(0)
        self.add_field("note", self.note)
        self.setMinimumWidth(640)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Protocol rule"))
        self.captions["category"].setText(self.tr("Category"))
        self.captions["agency"].setText(self.tr("&Lead agency"))
        self.lead_agency.setItemText(0, self.tr("Representation for the worker's country"))
        self.captions["participants"].setText(self.tr("Agencies &involved"))
        for name, text in (
            ("referral_answer_days", self.tr("Accept or return a referral")),
            ("verification_days", self.tr("Verify the complaint")),
            ("first_clarification_days", self.tr("First clarification")),
            ("second_clarification_days", self.tr("Second clarification")),
            ("incomplete_documents_days", self.tr("Close: documents incomplete")),
            ("no_clarification_working_days", self.tr("Close: no clarification")),
            ("unreachable_days", self.tr("Close: complainant unreachable")),
        ):
            self.captions[name].setText(text)
            self.days[name].setSuffix(
                self.tr(" working days") if name in WORKING_DAY_FIELDS else self.tr(" days")
            )
        self.captions["note"].setText(self.tr("&Note"))
        self.note.setPlaceholderText(self.tr("Why the rule is so, for the printed protocol"))

    def call(self) -> Callable[[], Any]:
        return partial(
            protocol.save_rule,
            self.context.desk,
            self.row.category,
            lead_agency=self.lead_agency.code(),
            participants=self.participants.checked(),
            days={name: spin.value() for name, spin in self.days.items()},
            note=self.note.text(),
        )


class _AgencyCombo(QWidget):
    """The lead: the representation for the worker's country (no code), or an agency."""

    def __init__(self, agencies: list[AgencyInfo], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from ui.widgets.search_combo import SearchCombo

        self.combo = SearchCombo(self)
        self.combo.set_entries([("", ""), *((a.code, agency_text(a)) for a in agencies if a.active)])
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.combo)
        self.setFocusProxy(self.combo)

    def setItemText(self, index: int, text: str) -> None:
        self.combo.setItemText(index, text)

    def set_code(self, code: str | None) -> None:
        self.combo.set_current_key(code or "")

    def code(self) -> str | None:
        return typed_agency(self.combo)
