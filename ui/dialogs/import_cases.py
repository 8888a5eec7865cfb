"""Importing a register kept in Excel or CSV: choose the file, say which column holds what, check
every row, and import the valid rows only when the officer confirms.

The pages follow spreadsheet.import_cases: the check is a dry run of the real import (every row
validated exactly as the form validates it, then rolled back), reported row by row in the
officer's language; the commit button imports the valid rows in one transaction. Cancelling at
any point before it imports nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, QSettings, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from app.errors import DomainError
from app.services import spreadsheet
from app.services.spreadsheet import ImportReport, RowResult, Sheet
from ui import labels
from ui.context import UiContext
from ui.events import Changes
from ui.models.rows import Column, RowsTableModel
from ui.widgets.tables import style_table

IMPORT_FOLDER_KEY = "cases/import_folder"
PREVIEW_ROWS = 20
IMPORTED = Changes(frozenset({"case_file", "worker", "case_task", "timeline_entry", "case_agency"}))
ERROR_STYLE = "color: #b3261e;"
PROBLEM_COLOR = QColor("#b3261e")


def field_title(name: str | None) -> str:
    """An importable field as the officer knows it, in the interface language."""
    if not name:
        return ""
    source = spreadsheet.FIELD_TITLES.get(name)
    return QCoreApplication.translate("fields", source) if source else name


def problem_text(message: str, values: dict[str, Any]) -> str:
    """A row's problem (a core message marked under "errors") in the interface language."""
    text = QCoreApplication.translate("errors", message)
    try:
        return text.format(**values) if values else text
    except (KeyError, IndexError, ValueError):
        return text


def cell_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == datetime.min.time() else value.isoformat(" ")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _error_label(parent: QWidget) -> QLabel:
    label = QLabel(parent)
    label.setWordWrap(True)
    label.setStyleSheet(ERROR_STYLE)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.hide()
    return label


def _show(label: QLabel, text: str) -> None:
    label.setText(text)
    label.setVisible(bool(text))


@dataclass(frozen=True)
class ReportLine:
    row: int  # as the officer sees it in the spreadsheet (the titles are row 1)
    field: str
    message: str
    problem: bool


class ReportModel(RowsTableModel[ReportLine]):
    """The report, row by row: what is wrong with a row (in red), or the number it was given."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.set_columns(
            [
                Column(title=lambda: self.tr("Row"), text=lambda r: str(r.row), sort_key=lambda r: r.row),
                Column(title=lambda: self.tr("Field"), text=lambda r: r.field),
                Column(
                    title=lambda: self.tr("Message"), text=lambda r: r.message, tooltip=lambda r: r.message
                ),
            ]
        )

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole:
            line = self.row_at(index)
            return PROBLEM_COLOR if line is not None and line.problem else None
        return super().data(index, role)


def _report_table(parent: QWidget, model: ReportModel) -> QTableView:
    table = QTableView(parent)
    table.setModel(model)
    style_table(table, sortable=False)
    table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
    table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    columns = table.horizontalHeader()
    columns.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
    columns.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
    columns.setStretchLastSection(True)
    return table


class WorkingPage(QWizardPage):
    """A page whose step runs in the background: the page is not complete while it runs, and a
    refusal (a `DomainError`) appears in `self.error`; anything else is an unexpected error."""

    def __init__(self, wizard: ImportCasesWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.working = False
        self.error = _error_label(self)

    def run_step(self, work: Callable[[Any], Any], done: Callable[[Any], None], **task: Any) -> None:
        self.working = True
        self.completeChanged.emit()
        _show(self.error, "")

        def finished(result: Any) -> None:
            self.working = False
            done(result)
            self.completeChanged.emit()

        def failed(error: BaseException) -> None:
            self.working = False
            self.completeChanged.emit()
            if not isinstance(error, DomainError):
                raise error
            _show(self.error, labels.error_text(error))

        self._wizard.context.tasks.run(work, on_done=finished, on_error=failed, parent=self._wizard, **task)


class FilePage(WorkingPage):
    def __init__(self, wizard: ImportCasesWizard) -> None:
        super().__init__(wizard)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.caption = QLabel(self)
        self.path = QLineEdit(self)
        self.path.setClearButtonEnabled(True)
        self.caption.setBuddy(self.path)
        self.browse = QPushButton(self)
        self.browse.clicked.connect(self.choose_file)
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.hint.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.path.textChanged.connect(self._edited)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(self.browse)
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addWidget(self.intro)
        layout.addSpacing(6)
        layout.addWidget(self.caption)
        layout.addLayout(row)
        layout.addWidget(self.error)
        layout.addSpacing(12)
        layout.addWidget(self.hint)
        layout.addStretch(1)

    def retranslate(self) -> None:
        self.setTitle(self.tr("Choose the spreadsheet"))
        self.hint.setText(
            self.tr(
                "Jejaring recognises the usual column titles, in Indonesian or English (for example "
                "Nama PMI, NIK, Paspor, Negara, Majikan, P3MI, Kategori, Tanggal Pengaduan, "
                "Kronologi), and you can correct its guess on the next page. Every row needs at least "
                "the worker's name and the case category; dates may be written 2026-03-16, 16/03/2026 "
                "or 16 Maret 2026."
            )
        )
        self.setSubTitle(self.tr("An Excel workbook (.xlsx) or a CSV file exported from one."))
        self.intro.setText(
            self.tr(
                "The first row must hold the column titles and every further row one case. "
                "Only the first sheet of a workbook is read. Nothing is imported until you have "
                "checked the rows and confirmed."
            )
        )
        self.caption.setText(self.tr("&File:"))
        self.browse.setText(self.tr("&Browse…"))

    def _edited(self) -> None:
        _show(self.error, "")
        self.completeChanged.emit()

    def chosen_path(self) -> Path | None:
        text = self.path.text().strip()
        return Path(text).expanduser() if text else None

    def choose_file(self) -> None:
        settings = QSettings()
        folder = settings.value(IMPORT_FOLDER_KEY, "") or str(Path.home())
        path, _chosen = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose the spreadsheet"),
            str(folder),
            self.tr("Spreadsheets (*.xlsx *.csv)"),
        )
        if path:
            settings.setValue(IMPORT_FOLDER_KEY, str(Path(path).parent))
            self.path.setText(path)

    def isComplete(self) -> bool:
        return self.chosen_path() is not None and not self.working

    def validatePage(self) -> bool:
        """Read the file in the background; the wizard moves on when it has been read."""
        path = self.chosen_path()
        wizard = self._wizard
        if path is None or self.working:
            return False
        if wizard.sheet is not None and wizard.sheet_path == path:
            return True

        def done(sheet: Sheet) -> None:
            wizard.set_sheet(path, sheet)
            wizard.next()

        self.run_step(
            lambda _progress: spreadsheet.read_sheet(path),
            done,
            label=self.tr("Reading the spreadsheet…"),
            writes=False,
            cancellable=False,
        )
        return False


class MappingPage(QWizardPage):
    def __init__(self, wizard: ImportCasesWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self._sheet: Sheet | None = None
        self.combos: list[QComboBox] = []
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.table = QTableWidget(self)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.horizontalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignLeft)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)

    def retranslate(self) -> None:
        self.setTitle(self.tr("Say which column holds what"))
        self.setSubTitle(self.tr("Jejaring guessed from the column titles; correct it where needed."))
        self.intro.setText(
            self.tr(
                "Above each column choose the field it holds, or (ignore) to leave it out. "
                "The first %n row(s) of the spreadsheet are shown.",
                "",
                PREVIEW_ROWS,
            )
        )
        if self.table.rowCount():
            self.table.setVerticalHeaderItem(0, QTableWidgetItem(self.tr("Field")))
        for combo in self.combos:
            self._fill(combo, combo.currentData())
        self._show_status()

    def initializePage(self) -> None:
        sheet = self._wizard.sheet
        if sheet is None or sheet is self._sheet:
            return  # back from the check: keep the officer's choices
        self._sheet = sheet
        self.build(sheet, spreadsheet.guess_mapping(sheet.headers))

    def build(self, sheet: Sheet, mapping: dict[int, str]) -> None:
        preview = sheet.rows[:PREVIEW_ROWS]
        table = self.table
        table.clear()
        table.setColumnCount(len(sheet.headers))
        table.setRowCount(1 + len(preview))
        headers = [
            h or self.tr("Column {letter}").format(letter=_letters(i)) for i, h in enumerate(sheet.headers)
        ]
        table.setHorizontalHeaderLabels(headers)
        table.setVerticalHeaderLabels([self.tr("Field")] + [str(n + 2) for n in range(len(preview))])
        self.combos = []
        for column in range(len(sheet.headers)):
            combo = QComboBox(table)
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(12)
            self._fill(combo, mapping.get(column))
            combo.view().setMinimumWidth(combo.view().sizeHintForColumn(0) + 24)
            combo.currentIndexChanged.connect(lambda _i, c=column: self._chosen(c))
            table.setCellWidget(0, column, combo)
            self.combos.append(combo)
        for row, values in enumerate(preview, start=1):
            for column, value in enumerate(values):
                item = QTableWidgetItem(cell_text(value))
                item.setToolTip(item.text())
                table.setItem(row, column, item)
        table.resizeColumnsToContents()
        for column, combo in enumerate(self.combos):
            width = max(combo.sizeHint().width() + 8, min(table.columnWidth(column), 240))
            table.setColumnWidth(column, width)
        table.setRowHeight(0, self.combos[0].sizeHint().height() + 8 if self.combos else 30)
        self._show_status()
        self.completeChanged.emit()

    def _fill(self, combo: QComboBox, current: str | None) -> None:
        combo.blockSignals(True)
        try:
            combo.clear()
            combo.addItem(self.tr("(ignore)"), None)
            for name in spreadsheet.FIELDS:
                combo.addItem(field_title(name), name)
            combo.setCurrentIndex(max(combo.findData(current), 0) if current else 0)
        finally:
            combo.blockSignals(False)
        _style(combo)

    def _chosen(self, column: int) -> None:
        """A field is held by one column: taking it for this column frees it elsewhere."""
        field = self.combos[column].currentData()
        for other, combo in enumerate(self.combos):
            if other != column and field is not None and combo.currentData() == field:
                self._fill(combo, None)
        _style(self.combos[column])
        self._show_status()
        self.completeChanged.emit()

    def mapping(self) -> dict[int, str]:
        return {
            column: combo.currentData() for column, combo in enumerate(self.combos) if combo.currentData()
        }

    def set_field(self, column: int, field: str | None) -> None:
        """Choose the field of a column (as the officer does with the combo box above it)."""
        combo = self.combos[column]
        combo.setCurrentIndex(max(combo.findData(field), 0) if field else 0)

    def missing(self) -> list[str]:
        chosen = set(self.mapping().values())
        return [name for name in spreadsheet.REQUIRED if name not in chosen]

    def _show_status(self) -> None:
        required = ", ".join(field_title(name) for name in spreadsheet.REQUIRED)
        missing = self.missing()
        if missing:
            self.status.setStyleSheet(ERROR_STYLE)
            self.status.setText(
                self.tr("Choose the columns that hold: {fields}.").format(
                    fields=", ".join(field_title(name) for name in missing)
                )
            )
        else:
            self.status.setStyleSheet("")
            self.status.setForegroundRole(QPalette.ColorRole.PlaceholderText)
            self.status.setText(
                self.tr("%n column(s) will be imported. Required: {fields}.", "", len(self.mapping())).format(
                    fields=required
                )
            )

    def isComplete(self) -> bool:
        return bool(self.combos) and not self.missing()


class CheckPage(WorkingPage):
    """The dry run's report, then the officer's confirmation (the commit button) imports."""

    def __init__(self, wizard: ImportCasesWizard) -> None:
        super().__init__(wizard)
        self.report: ImportReport | None = None
        self.setCommitPage(True)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.problems_caption = QLabel(self)
        self.model = ReportModel(self)
        self.table = _report_table(self, self.model)
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addWidget(self.summary)
        layout.addWidget(self.error)
        layout.addWidget(self.problems_caption)
        layout.addWidget(self.table, 1)

    def retranslate(self) -> None:
        self.setTitle(self.tr("Check the rows"))
        self.setSubTitle(
            self.tr("Every row is checked as the new-case form checks it. Nothing has been imported yet.")
        )
        self.problems_caption.setText(self.tr("Rows that will not be imported, and why:"))
        self.model.retranslate()
        self._show_report()

    def initializePage(self) -> None:
        self.report = None
        self.model.set_rows([])
        _show(self.error, "")
        self._show_report()
        self.check()

    def check(self) -> None:
        """The dry run: every row validated and imported, then all of it rolled back."""
        wizard = self._wizard
        desk, sheet, mapping = wizard.context.desk, wizard.sheet, wizard.mapping.mapping()
        today = wizard.context.today()
        assert sheet is not None

        def done(report: ImportReport) -> None:
            self.report = report
            self._show_report()

        self.run_step(
            lambda progress: spreadsheet.import_cases(
                desk, sheet, mapping, confirm=False, today=today, progress=progress
            ),
            done,
            label=self.tr("Checking %n row(s)…", "", len(sheet.rows)),
        )
        self._show_report()  # "Checking…" while it runs

    def _show_report(self) -> None:
        report = self.report
        wizard = self._wizard
        if report is None:
            self.summary.setText(self.tr("Checking…") if self.working else "")
            self.problems_caption.hide()
            self.table.hide()
            wizard.setButtonText(QWizard.WizardButton.CommitButton, self.tr("Import"))
            return
        lines = [self.tr("%n row(s) can be imported.", "", report.valid)]
        if report.invalid:
            lines.append(self.tr("%n row(s) have problems and will not be imported.", "", report.invalid))
        else:
            lines.append(self.tr("No row has a problem."))
        if not report.valid:
            lines.append(self.tr("Correct the spreadsheet and choose it again."))
        self.summary.setText(
            "<br>".join(f"<b>{line}</b>" if i == 0 else line for i, line in enumerate(lines))
        )
        self.model.set_rows(report_rows(report, only_problems=True))
        self.problems_caption.setVisible(bool(report.invalid))
        self.table.setVisible(bool(report.invalid))
        wizard.setButtonText(
            QWizard.WizardButton.CommitButton, self.tr("&Import %n valid row(s)", "", report.valid)
        )

    def isComplete(self) -> bool:
        return self.report is not None and self.report.valid > 0 and not self.working

    def validatePage(self) -> bool:
        """The officer confirmed: import the valid rows (in the background), then show the result."""
        wizard = self._wizard
        if wizard.result is not None:
            return True
        if self.working or self.report is None or not self.report.valid:
            return False
        desk, sheet, mapping = wizard.context.desk, wizard.sheet, wizard.mapping.mapping()
        today = wizard.context.today()
        assert sheet is not None

        def done(report: ImportReport) -> None:
            wizard.result = report
            wizard.context.bus.announce(IMPORTED)
            wizard.next()

        self.run_step(
            lambda progress: spreadsheet.import_cases(
                desk, sheet, mapping, confirm=True, today=today, progress=progress
            ),
            done,
            label=self.tr("Importing %n row(s)…", "", self.report.valid),
        )
        return False


class DonePage(QWizardPage):
    def __init__(self, wizard: ImportCasesWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.model = ReportModel(self)
        self.table = _report_table(self, self.model)
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)

    def retranslate(self) -> None:
        self.setTitle(self.tr("Imported"))
        self.setSubTitle(self.tr("The new cases are in the register, with the protocol's first steps."))
        self.model.retranslate()
        self.initializePage()

    def initializePage(self) -> None:
        result = self._wizard.result
        if result is None:
            return
        imported = sum(1 for r in result.rows if r.ok)
        lines = [self.tr("%n case(s) imported.", "", imported)]
        if result.invalid:
            lines.append(
                self.tr(
                    "%n row(s) were not imported; correct them and import those rows again.",
                    "",
                    result.invalid,
                )
            )
        self.summary.setText(
            "<br>".join(f"<b>{line}</b>" if i == 0 else line for i, line in enumerate(lines))
        )
        self.model.set_rows(report_rows(result, only_problems=False))


def report_rows(report: ImportReport, *, only_problems: bool) -> list[ReportLine]:
    lines: list[ReportLine] = []
    for result in report.rows:
        lines.extend(_row_lines(result, only_problems))
    return lines


def _row_lines(result: RowResult, only_problems: bool) -> list[ReportLine]:
    if result.ok:
        if only_problems or not result.number:
            return []
        text = QCoreApplication.translate("ImportCasesWizard", "Registered as {number}").format(
            number=result.number
        )
        return [ReportLine(result.row, "", text, problem=False)]
    return [
        ReportLine(result.row, field_title(p.field), problem_text(p.message, p.values), problem=True)
        for p in result.problems
    ]


def _style(combo: QComboBox) -> None:
    """An ignored column's combo box reads quieter than a mapped one."""
    combo.setStyleSheet("" if combo.currentData() is not None else "QComboBox { font-style: italic; }")


def _letters(index: int) -> str:
    """Spreadsheet column letters: 0 -> A, 26 -> AA."""
    text = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        text = chr(65 + rest) + text
    return text


class ImportCasesWizard(QWizard):
    FILE, MAPPING, CHECK, DONE = range(4)

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importCasesWizard")
        self.context = context
        self.sheet: Sheet | None = None
        self.sheet_path: Path | None = None
        #: the confirmed import's report (None until the officer confirmed and it finished)
        self.result: ImportReport | None = None
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.file = FilePage(self)
        self.mapping = MappingPage(self)
        self.check = CheckPage(self)
        self.done_page = DonePage(self)
        for number, page in enumerate((self.file, self.mapping, self.check, self.done_page)):
            self.setPage(number, page)
        self.setMinimumSize(820, 580)
        self.resize(900, 620)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Import cases"))
        for page in (self.file, self.mapping, self.check, self.done_page):
            page.retranslate()

    def set_sheet(self, path: Path, sheet: Sheet) -> None:
        self.sheet_path, self.sheet = path, sheet

    def imported_numbers(self) -> list[str]:
        if self.result is None:
            return []
        return [r.number for r in self.result.rows if r.ok and r.number]
