"""Form fields the case forms share: optional dates typed or picked, yes/no/unknown, check lists,
and a set of labelled fields that shows a refusal under the field it names."""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date

from PySide6.QtCore import QDate, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QAction, QColor, QIcon, QPainter, QPen, QPixmap
from PySide6.QtWidgets import (
    QCalendarWidget,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QVBoxLayout,
    QWidget,
    QWidgetAction,
)

from app.errors import DomainError
from ui.labels import error_text

ERROR_STYLE = "color: #b3261e;"
WARNING_STYLE = "color: #8a5a00;"

_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")
_DAY_FIRST = re.compile(r"^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$")


def parse_date(text: str) -> date | None:
    """A date typed as 2026-03-16 (as printed on forms here) or 16-03-2026, 16/03/2026, 16.03.2026;
    None when empty. Raises ValueError for anything else."""
    text = text.strip()
    if not text:
        return None
    iso = _ISO.match(text)
    if iso:
        return date(int(iso[1]), int(iso[2]), int(iso[3]))
    day_first = _DAY_FIRST.match(text)
    if day_first:
        return date(int(day_first[3]), int(day_first[2]), int(day_first[1]))
    raise ValueError(text)


def _calendar_icon() -> QIcon:
    pixmap = QPixmap(32, 32)
    pixmap.setDevicePixelRatio(2.0)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    pen = QPen(QColor("#5b6773"), 1.3)
    painter.setPen(pen)
    painter.drawRoundedRect(QRectF(2.5, 3.5, 11, 10), 1.5, 1.5)
    painter.drawLine(QPointF(2.5, 6.5), QPointF(13.5, 6.5))
    painter.drawLine(QPointF(5.5, 2), QPointF(5.5, 4.5))
    painter.drawLine(QPointF(10.5, 2), QPointF(10.5, 4.5))
    for x in (5.5, 8, 10.5):
        for y in (9, 11.3):
            painter.drawPoint(QPointF(x, y))
    painter.end()
    return QIcon(pixmap)


class DateField(QLineEdit):
    """An optional date: typed (YYYY-MM-DD or DD-MM-YYYY) or picked from a calendar. Shown as
    written on forms (2026-03-16), or with `day_first` as an Indonesian reads it (16/03/2026)."""

    def __init__(self, parent: QWidget | None = None, *, day_first: bool = False) -> None:
        super().__init__(parent)
        self.day_first = day_first
        self.setMaxLength(10)
        self.pick_action = QAction(_calendar_icon(), "", self)
        self.pick_action.triggered.connect(self.pick)
        self.addAction(self.pick_action, QLineEdit.ActionPosition.TrailingPosition)
        self.editingFinished.connect(self._tidy)
        self.menu: QMenu | None = None

    def retranslate(self) -> None:
        self.setPlaceholderText(self.tr("DD/MM/YYYY") if self.day_first else self.tr("YYYY-MM-DD"))
        self.pick_action.setToolTip(self.tr("Pick from a calendar"))

    def value(self) -> date | None:
        """The date typed; raises ValueError if the text is not one."""
        return parse_date(self.text())

    def set_value(self, value: date | None) -> None:
        if value is None:
            self.setText("")
        else:
            self.setText(value.strftime("%d/%m/%Y") if self.day_first else value.isoformat())

    def _tidy(self) -> None:
        try:
            value = self.value()
        except ValueError:
            return
        self.set_value(value)

    def pick(self) -> None:
        calendar = QCalendarWidget()
        calendar.setGridVisible(False)
        try:
            current = self.value()
        except ValueError:
            current = None
        if current is not None:
            calendar.setSelectedDate(QDate(current))
        menu = QMenu(self)
        holder = QWidgetAction(menu)
        holder.setDefaultWidget(calendar)
        menu.addAction(holder)

        def chosen(day: QDate) -> None:
            self.set_value(day.toPython())  # type: ignore[arg-type]
            self.editingFinished.emit()
            menu.close()

        calendar.clicked.connect(chosen)
        calendar.activated.connect(chosen)
        self.menu = menu
        menu.popup(self.mapToGlobal(self.rect().bottomLeft()))
        calendar.setFocus()


class ChoiceCombo(QComboBox):
    """A combo of coded values whose texts the owner sets (and sets again after a language switch)."""

    def __init__(self, keys: Iterable[object], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        for key in keys:
            self.addItem("", key)

    def key(self) -> object:
        return self.currentData()

    def set_key(self, key: object) -> None:
        index = self.findData(key)
        self.setCurrentIndex(max(index, 0))

    def set_texts(self, texts: dict[object, str]) -> None:
        for index in range(self.count()):
            self.setItemText(index, texts.get(self.itemData(index), str(self.itemData(index))))


class CheckList(QListWidget):
    """Entries to tick (further categories, agencies involved), keyed by code."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None, *, rows: int = 5) -> None:
        super().__init__(parent)
        self.setUniformItemSizes(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self._rows = rows
        self.itemChanged.connect(lambda _item: self.changed.emit())

    def sizeHint(self):  # type: ignore[no-untyped-def]
        hint = super().sizeHint()
        hint.setHeight(self.fontMetrics().height() * self._rows + 16)
        return hint

    def set_entries(self, entries: Iterable[tuple[str, str]]) -> None:
        chosen = set(self.checked())
        self.blockSignals(True)
        try:
            self.clear()
            for key, text in entries:
                item = QListWidgetItem(text, self)
                item.setToolTip(text)
                item.setData(Qt.ItemDataRole.UserRole, key)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Checked if key in chosen else Qt.CheckState.Unchecked)
        finally:
            self.blockSignals(False)

    def set_texts(self, texts: dict[str, str]) -> None:
        self.blockSignals(True)
        try:
            for row in range(self.count()):
                item = self.item(row)
                key = item.data(Qt.ItemDataRole.UserRole)
                if key in texts:
                    item.setText(texts[key])
                    item.setToolTip(texts[key])
        finally:
            self.blockSignals(False)

    def checked(self) -> tuple[str, ...]:
        return tuple(
            self.item(row).data(Qt.ItemDataRole.UserRole)
            for row in range(self.count())
            if self.item(row).checkState() == Qt.CheckState.Checked
        )

    def set_checked(self, keys: Iterable[str], *, quiet: bool = False) -> None:
        wanted = set(keys)
        self.blockSignals(True)
        try:
            for row in range(self.count()):
                item = self.item(row)
                state = item.data(Qt.ItemDataRole.UserRole) in wanted
                item.setCheckState(Qt.CheckState.Checked if state else Qt.CheckState.Unchecked)
        finally:
            self.blockSignals(False)
        if not quiet:
            self.changed.emit()

    def float_checked(self) -> None:
        """Put the ticked entries on top, so that a pre-filled choice is seen without scrolling."""
        entries = [
            (self.item(row).data(Qt.ItemDataRole.UserRole), self.item(row).text())
            for row in range(self.count())
        ]
        chosen = set(self.checked())
        self.set_entries([e for e in entries if e[0] in chosen] + [e for e in entries if e[0] not in chosen])
        self.scrollToTop()

    def set_disabled_keys(self, keys: Iterable[str]) -> None:
        """Grey out entries that make no sense here (the primary category among the extra ones)."""
        blocked = set(keys)
        self.blockSignals(True)
        try:
            for row in range(self.count()):
                item = self.item(row)
                flags = item.flags()
                if item.data(Qt.ItemDataRole.UserRole) in blocked:
                    item.setFlags(flags & ~Qt.ItemFlag.ItemIsEnabled)
                    item.setCheckState(Qt.CheckState.Unchecked)
                else:
                    item.setFlags(flags | Qt.ItemFlag.ItemIsEnabled)
        finally:
            self.blockSignals(False)


def message_label(parent: QWidget, style: str = ERROR_STYLE) -> QLabel:
    label = QLabel(parent)
    label.setStyleSheet(style)
    label.setWordWrap(True)
    label.hide()
    return label


class FieldSet:
    """Labelled fields in form layouts, each with a hidden message under it.

    `show_error(error)` puts a core error under the field named by `error.field` (or in the
    general place), focuses the field and, through `on_reveal`, brings its page into view."""

    def __init__(self, general: QLabel) -> None:
        self.captions: dict[str, QLabel] = {}
        self.fields: dict[str, QWidget] = {}
        self.errors: dict[str, QLabel] = {}
        self.aliases: dict[str, str] = {}
        self.general = general
        self.on_reveal: list = []

    def add(self, form: QFormLayout, name: str, widget: QWidget, parent: QWidget) -> QLabel:
        caption = QLabel(parent)
        caption.setBuddy(widget)
        holder = QWidget(parent)
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(widget)
        error = message_label(holder)
        column.addWidget(error)
        form.addRow(caption, holder)
        self.captions[name], self.fields[name], self.errors[name] = caption, widget, error
        return caption

    def show_error(self, error: DomainError) -> None:
        self.show_message(self.aliases.get(error.field or "", error.field or ""), error_text(error))

    def show_message(self, field: str, text: str) -> None:
        label = self.errors.get(field, self.general)
        label.setText(text)
        label.show()
        widget = self.fields.get(field)
        if widget is not None:
            for reveal in self.on_reveal:
                reveal(widget)
            widget.setFocus(Qt.FocusReason.OtherFocusReason)

    def clear(self) -> None:
        for label in (*self.errors.values(), self.general):
            label.clear()
            label.hide()

    def visible(self) -> dict[str, str]:
        """Field name (or "" for the general place) -> the message shown."""
        shown = {name: label.text() for name, label in self.errors.items() if not label.isHidden()}
        if not self.general.isHidden():
            shown[""] = self.general.text()
        return shown


def form_layout() -> QFormLayout:
    form = QFormLayout()
    form.setHorizontalSpacing(12)
    form.setVerticalSpacing(8)
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
    form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    return form
