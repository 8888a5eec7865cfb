"""A chart with its numbers a click away (a table view toggle) and exports to PNG and XLSX.

Trends are lines, shares are bars (QtCharts from PySide6-Addons). The card keeps the figures it
was given as plain rows, so the table, the XLSX and the chart always show the same numbers.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QLineSeries,
    QValueAxis,
)
from PySide6.QtCore import QMargins, QPointF, Qt, Signal
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QMenu,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QToolButton,
    QWidget,
)

from ui.widgets.page import Card, heading, muted

PALETTE = ("#1f5fa8", "#c8102e", "#3d8b5a", "#d08a1e", "#6b5ca5", "#5b6478")


@dataclass(frozen=True)
class ChartData:
    """Rows of a chart: one label per row, one value per series."""

    series: tuple[str, ...]
    rows: tuple[tuple[str, tuple[float | None, ...]], ...]
    #: "bar" (shares, horizontal bars), "columns" (vertical, several series) or "line" (a trend)
    kind: str = "bar"
    percent: bool = False  # values are shares 0..1, shown as percentages
    limit: int | None = None  # the chart shows the first rows only; the table and XLSX all

    @property
    def charted(self) -> tuple[tuple[str, tuple[float | None, ...]], ...]:
        return self.rows[: self.limit] if self.limit else self.rows


#: the widest name beside a horizontal bar, in pixels (a third of a card at 1366 px wide)
LABEL_WIDTH = 170


def _shortened(names: list[str], metrics: QFontMetrics, width: int) -> list[str]:
    """Names elided to `width`, still distinct (the axis keys its bars by name)."""
    shown: list[str] = []
    for name in names:
        short = metrics.elidedText(name, Qt.TextElideMode.ElideRight, width)
        while short in shown:
            short += "\u200b"  # invisible: two long names alike in their first letters
        shown.append(short)
    return shown


class ChartCard(Card):
    exported = Signal(str)  # the path written

    def __init__(self, parent: QWidget | None = None, *, height: int = 230) -> None:
        super().__init__(parent, padding=12)
        self.data = ChartData((), ())
        self.title = heading(2, self)
        self.note = muted(self)
        self.toggle = QToolButton(self)
        self.toggle.setCheckable(True)
        self.toggle.setAutoRaise(True)
        self.toggle.toggled.connect(self._toggled)
        self.export = QToolButton(self)
        self.export.setAutoRaise(True)
        self.export.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        # the style's arrow is drawn over the last letters; the text carries one instead
        self.export.setStyleSheet("QToolButton::menu-indicator { image: none; }")
        menu = QMenu(self.export)
        self.png_action = menu.addAction("", self._ask_png)
        self.xlsx_action = menu.addAction("", self._ask_xlsx)
        self.export.setMenu(menu)
        top = QHBoxLayout()
        top.setSpacing(4)
        top.addWidget(self.title, 1)
        top.addWidget(self.toggle)
        top.addWidget(self.export)
        self.body.addLayout(top)
        self.body.addWidget(self.note)
        self.base_height = height
        # The chart and its table are built when the card is first shown (or asked for): a
        # dashboard holds a dozen cards, most on tabs that are not open at start-up.
        self._stack: QStackedWidget | None = None
        self._stale = False  # figures given while the chart was not built or not shown
        self.empty_text = ""
        self.number_text = lambda value: f"{value:g}"
        self.percent_text = lambda value: f"{value * 100:.0f}%"
        self.retranslate()

    def _build(self) -> QStackedWidget:
        if self._stack is not None:
            return self._stack
        self._chart = QChart()
        self._chart.setBackgroundVisible(False)
        self._chart.setMargins(QMargins(0, 0, 0, 0))
        self._chart.layout().setContentsMargins(0, 0, 0, 0)
        self._chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        self._view = QChartView(self._chart, self)
        self._view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self._view.setMinimumHeight(self.base_height)
        self._table = QTableWidget(self)
        self._table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self._table.verticalHeader().setVisible(False)
        self._table.setAlternatingRowColors(True)
        self._stack = QStackedWidget(self)
        self._stack.addWidget(self._view)
        self._stack.addWidget(self._table)
        self._stack.setCurrentIndex(1 if self.toggle.isChecked() else 0)
        self.body.addWidget(self._stack, 1)
        return self._stack

    def _ready(self) -> None:
        """Built, and showing the figures last given."""
        self._build()
        if self._stale:
            self._stale = False
            self._fill_table()
            self._fill_chart()

    @property
    def stack(self) -> QStackedWidget:
        self._ready()
        assert self._stack is not None
        return self._stack

    @property
    def chart(self) -> QChart:
        self._ready()
        return self._chart

    @property
    def view(self) -> QChartView:
        self._ready()
        return self._view

    @property
    def table(self) -> QTableWidget:
        self._ready()
        return self._table

    def showEvent(self, event: QShowEvent) -> None:
        self._ready()
        super().showEvent(event)

    def retranslate(self) -> None:
        self.toggle.setText(self.tr("Chart") if self.toggle.isChecked() else self.tr("Numbers"))
        self.toggle.setToolTip(self.tr("Show the numbers behind the chart, or the chart"))
        self.export.setText(self.tr("Export") + " \u25be")
        self.png_action.setText(self.tr("Image (PNG)…"))
        self.xlsx_action.setText(self.tr("Spreadsheet (XLSX)…"))

    def _toggled(self, table: bool) -> None:
        self.stack.setCurrentIndex(1 if table else 0)
        self.retranslate()

    def value_text(self, value: float | None) -> str:
        if value is None:
            return "—"
        return self.percent_text(value) if self.data.percent else self.number_text(value)

    # --- figures ---------------------------------------------------------------------------------
    def set_data(self, data: ChartData) -> None:
        self.data = data
        self._stale = True
        if self.isVisible():
            self._ready()

    def _fill_table(self) -> None:
        self._table.clear()
        self._table.setColumnCount(1 + len(self.data.series))
        self._table.setRowCount(len(self.data.rows))
        self._table.setHorizontalHeaderLabels(["", *self.data.series])
        for r, (name, values) in enumerate(self.data.rows):
            self._table.setItem(r, 0, QTableWidgetItem(name))
            for c, value in enumerate(values, start=1):
                item = QTableWidgetItem(self.value_text(value))
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self._table.setItem(r, c, item)
        header = self._table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for c in range(1, 1 + len(self.data.series)):
            header.setSectionResizeMode(c, QHeaderView.ResizeMode.ResizeToContents)

    def _fill_chart(self) -> None:
        chart = self._chart
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        data = self.data
        rows = data.charted
        chart.setTitle("" if rows else self.empty_text)
        if not rows:
            return
        scale = 100.0 if data.percent else 1.0
        names = [name for name, _ in rows]
        values = [v for _, row in rows for v in row if v is not None]
        top = max([v * scale for v in values] + [1.0])
        value_axis = QValueAxis()
        value_axis.setLabelFormat("%.0f%%" if data.percent else "%.0f")
        value_axis.setRange(0, 100 if data.percent else max(top, 4.0))
        value_axis.applyNiceNumbers()  # ticks at round numbers
        value_axis.setTruncateLabels(False)
        if data.kind == "line":
            category_axis = QBarCategoryAxis()
            category_axis.append(names)
            category_axis.setTruncateLabels(False)
            if len(names) > 8:
                category_axis.setLabelsAngle(-45)
            chart.addAxis(category_axis, Qt.AlignmentFlag.AlignBottom)
            chart.addAxis(value_axis, Qt.AlignmentFlag.AlignLeft)
            for s, series_name in enumerate(data.series):
                line = QLineSeries()
                line.setName(series_name)
                line.setColor(QColor(PALETTE[s % len(PALETTE)]))
                line.setPointsVisible(True)
                for x, (_, row) in enumerate(rows):
                    line.append(QPointF(x, (row[s] or 0) * scale))
                chart.addSeries(line)
                line.attachAxis(category_axis)
                line.attachAxis(value_axis)
            chart.legend().setVisible(len(data.series) > 1)
            return
        horizontal = data.kind == "bar"
        if horizontal:  # room for every bar's name and number
            self._view.setMinimumHeight(max(self.base_height, 40 + 22 * len(rows) * len(data.series)))
        series = QHorizontalBarSeries() if horizontal else QBarSeries()
        for s, series_name in enumerate(data.series):
            bars = QBarSet(series_name)
            bars.setColor(QColor(PALETTE[s % len(PALETTE)]))
            bars.setBorderColor(QColor(PALETTE[s % len(PALETTE)]))
            for _, row in rows if not horizontal else reversed(rows):
                value = (row[s] or 0) * scale
                bars.append(round(value) if data.percent else value)
            series.append(bars)
        series.setLabelsVisible(True)
        series.setLabelsFormat("@value%" if data.percent else "@value")
        chart.addSeries(series)
        category_axis = QBarCategoryAxis()
        if horizontal:  # a long name would be cut at the card's edge: shortened, whole in Numbers
            names = _shortened(names, QFontMetrics(category_axis.labelsFont()), LABEL_WIDTH)
        category_axis.append(list(reversed(names)) if horizontal else names)
        category_axis.setTruncateLabels(False)  # a category's name is the point of the bar
        chart.addAxis(
            category_axis, Qt.AlignmentFlag.AlignLeft if horizontal else Qt.AlignmentFlag.AlignBottom
        )
        chart.addAxis(value_axis, Qt.AlignmentFlag.AlignBottom if horizontal else Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(category_axis)
        series.attachAxis(value_axis)
        chart.legend().setVisible(len(data.series) > 1)

    # --- exports -----------------------------------------------------------------------------------
    def export_png(self, path: Path) -> Path:
        """The chart as shown (the chart, even while the numbers are in front)."""
        was = self.stack.currentIndex()
        self.stack.setCurrentIndex(0)
        image = self.view.grab()
        self.stack.setCurrentIndex(was)
        if not image.save(str(path), "PNG"):
            raise OSError(self.tr("Could not write {path}.").format(path=path))
        self.exported.emit(str(path))
        return path

    def export_xlsx(self, path: Path) -> Path:
        from openpyxl import Workbook  # loaded when a chart is exported, not at start-up

        book = Workbook()
        sheet = book.active
        assert sheet is not None
        sheet.title = (self.title.text() or "Chart")[:31].replace("/", "-")
        sheet.append(["", *self.data.series])
        for name, values in self.data.rows:
            sheet.append([name, *values])
        if self.data.percent:
            for row in sheet.iter_rows(min_row=2, min_col=2):
                for cell in row:
                    cell.number_format = "0.0%"
        sheet.column_dimensions["A"].width = max([len(n) for n, _ in self.data.rows] + [10]) + 2
        book.save(path)
        self.exported.emit(str(path))
        return path

    def _ask(self, suffix: str, filter_text: str) -> Path | None:
        name = (self.title.text() or "chart").lower().replace(" ", "-").replace("/", "-")
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export chart"), f"{name}.{suffix}", filter_text)
        if not path:
            return None
        return Path(path if path.lower().endswith(f".{suffix}") else f"{path}.{suffix}")

    def _ask_png(self) -> None:
        path = self._ask("png", self.tr("PNG image (*.png)"))
        if path:
            self.export_png(path)

    def _ask_xlsx(self) -> None:
        path = self._ask("xlsx", self.tr("Excel workbook (*.xlsx)"))
        if path:
            self.export_xlsx(path)
