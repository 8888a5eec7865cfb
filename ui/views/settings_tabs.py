"""The tabs of the Settings page: this office, a directory list (agencies, officers), reference data."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.services.dto import OfficeStatus
from app.services.reference_summary import (
    REGION_SOURCE,
    REGION_SOURCE_LICENCE,
    REGION_SOURCE_PROJECT,
    ReferenceSummary,
)
from ui import labels
from ui.i18n import LANGUAGE_NAMES
from ui.models.rows import RowsTableModel
from ui.widgets.page import SPACING, Card, heading, muted, scaled_font
from ui.widgets.tables import style_table


def _tab_layout(widget: QWidget) -> QVBoxLayout:
    layout = QVBoxLayout(widget)
    layout.setContentsMargins(0, SPACING, 0, 0)
    layout.setSpacing(SPACING)
    return layout


def _form() -> QFormLayout:
    form = QFormLayout()
    form.setHorizontalSpacing(24)
    form.setVerticalSpacing(8)
    return form


class OfficeTab(QWidget):
    """This site's identity (set up once, read-only here) and the person's interface language."""

    language_chosen = Signal(str)
    FIELDS = ("code", "name", "agency", "country", "timezone", "officer", "database")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        site_card = Card(self)
        self.site_title = heading(2, site_card)
        self.site_note = muted(site_card)
        form = _form()
        self.captions = {key: muted(site_card, wrap=False) for key in self.FIELDS}
        self.values = {key: QLabel("–", site_card) for key in self.FIELDS}
        for key in self.FIELDS:
            self.values[key].setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.values[key].setWordWrap(True)
            form.addRow(self.captions[key], self.values[key])
        site_card.body.addWidget(self.site_title)
        site_card.body.addWidget(self.site_note)
        site_card.body.addLayout(form)

        language_card = Card(self)
        self.language_title = heading(2, language_card)
        self.language_caption = QLabel(language_card)
        self.language = QComboBox(language_card)
        for code, name in LANGUAGE_NAMES.items():
            self.language.addItem(name, code)  # a language's own name is never translated
        self.language_caption.setBuddy(self.language)
        self.language.activated.connect(
            lambda index: self.language_chosen.emit(self.language.itemData(index))
        )
        self.language_note = muted(language_card)
        row = QHBoxLayout()
        row.addWidget(self.language_caption)
        row.addWidget(self.language)
        row.addStretch(1)
        language_card.body.addWidget(self.language_title)
        language_card.body.addLayout(row)
        language_card.body.addWidget(self.language_note)

        layout = _tab_layout(self)
        layout.addWidget(site_card)
        layout.addWidget(language_card)
        layout.addStretch(1)

    def retranslate(self, language: str) -> None:
        self.site_title.setText(self.tr("This office"))
        self.site_note.setText(
            self.tr("Set when this desk was first set up; the site code appears in case numbers.")
        )
        for key, text in (
            ("code", self.tr("Site code")),
            ("name", self.tr("Site name")),
            ("agency", self.tr("Agency")),
            ("country", self.tr("Country")),
            ("timezone", self.tr("Time zone")),
            ("officer", self.tr("Officer at this desk")),
            ("database", self.tr("Database")),
        ):
            self.captions[key].setText(text)
        self.language_title.setText(self.tr("Language"))
        self.language_caption.setText(self.tr("&Interface language"))
        self.language_note.setText(self.tr("Menus, pages and forms change at once."))
        self.language.setCurrentIndex(max(self.language.findData(language), 0))

    def show_status(self, status: OfficeStatus, country_name: str) -> None:
        site, officer = status.site, status.officer
        values = {
            "code": site.code if site else "",
            "name": site.name if site else "",
            "agency": f"{site.agency_name} ({site.agency_code})" if site else "",
            "country": ", ".join(part for part in (site.city if site else "", country_name) if part),
            "timezone": site.timezone if site else "",
            "officer": f"{officer.full_name} · {labels.role_label(officer.role)}" if officer else "",
            "database": status.database,
        }
        for key, value in values.items():
            self.values[key].setText(value or "–")


class DirectoryTab(QWidget):
    """A list an administrator keeps (agencies, officers) with Add… and Edit…."""

    add_requested = Signal()
    edit_requested = Signal(object)  # the row's DTO

    def __init__(self, model: RowsTableModel, parent: QWidget | None = None) -> None:  # type: ignore[type-arg]
        super().__init__(parent)
        self.model = model
        self.note = muted(self)
        self.add_button = QPushButton(self)
        self.edit_button = QPushButton(self)
        self.edit_button.setEnabled(False)
        self.table = QTableView(self)
        self.table.setModel(model)
        style_table(self.table)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        model.modelReset.connect(self._selection_changed)
        self.table.doubleClicked.connect(lambda index: self._edit(index))
        self.add_button.clicked.connect(self.add_requested)
        self.edit_button.clicked.connect(lambda: self._edit(self.table.currentIndex()))
        bar = QHBoxLayout()
        bar.addWidget(self.note, 1)
        bar.addWidget(self.add_button)
        bar.addWidget(self.edit_button)
        layout = _tab_layout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)

    def selected(self) -> object | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0]) if rows else None

    def select_where(self, test: object) -> None:
        """Select (and scroll to) the first row for which `test(row)` is true."""
        for number, row in enumerate(self.model.rows()):
            if callable(test) and test(row):
                self.table.selectRow(number)
                self.table.scrollTo(self.model.index(number, 0))
                return

    def _selection_changed(self) -> None:
        self.edit_button.setEnabled(self.selected() is not None)

    def _edit(self, index: object) -> None:
        row = self.model.row_at(index)  # type: ignore[arg-type]
        if row is not None:
            self.edit_requested.emit(row)


class ReferenceTab(QWidget):
    """How much reference data this desk holds and where it comes from; loading sample data."""

    sample_requested = Signal()
    ROWS = ("countries", "provinces", "regencies", "districts", "categories", "units")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        card = Card(self)
        self.title = heading(2, card)
        self.note = muted(card)
        grid = QGridLayout()
        grid.setHorizontalSpacing(24)
        grid.setVerticalSpacing(8)
        self.captions = {key: QLabel(card) for key in self.ROWS}
        self.counts = {key: QLabel("–", card) for key in self.ROWS}
        self.sources = {key: muted(card) for key in self.ROWS}
        for row, key in enumerate(self.ROWS):
            self.counts[key].setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.counts[key].setFont(scaled_font(self.counts[key], 1.0, QFont.Weight.DemiBold))
            grid.addWidget(self.captions[key], row, 0)
            grid.addWidget(self.counts[key], row, 1)
            grid.addWidget(self.sources[key], row, 2)
        grid.setColumnStretch(2, 1)
        card.body.addWidget(self.title)
        card.body.addWidget(self.note)
        card.body.addLayout(grid)

        sample = Card(self)
        self.sample_title = heading(2, sample)
        self.sample_note = muted(sample)
        self.sample_button = QPushButton(sample)
        self.sample_button.clicked.connect(self.sample_requested)
        self.sample_status = muted(sample)
        self.sample_status.hide()
        row_layout = QHBoxLayout()
        row_layout.addWidget(self.sample_button)
        row_layout.addSpacing(8)
        row_layout.addWidget(self.sample_status)
        row_layout.addStretch(1)
        sample.body.addWidget(self.sample_title)
        sample.body.addWidget(self.sample_note)
        sample.body.addLayout(row_layout)

        layout = _tab_layout(self)
        layout.addWidget(card)
        layout.addWidget(sample)
        layout.addStretch(1)

    def retranslate(self) -> None:
        self.title.setText(self.tr("Reference data"))
        self.note.setText(
            self.tr(
                "Shipped with Jejaring and updated with each release; agencies are edited on their own tab."
            )
        )
        for key, text in (
            ("countries", self.tr("Countries and territories")),
            ("provinces", self.tr("Provinces")),
            ("regencies", self.tr("Regencies and cities")),
            ("districts", self.tr("Districts")),
            ("categories", self.tr("Case categories")),
            ("units", self.tr("Units of agencies")),
        ):
            self.captions[key].setText(text)
        self.sources["countries"].setText(self.tr("ISO 3166-1, with Indonesian names from CLDR"))
        region_source = self.tr("{decree}, via {project} ({licence} licence)").format(
            decree=REGION_SOURCE, project=REGION_SOURCE_PROJECT, licence=REGION_SOURCE_LICENCE
        )
        for key in ("provinces", "regencies", "districts"):
            self.sources[key].setText(region_source)
        self.sample_title.setText(self.tr("Sample data"))
        self.sample_note.setText(
            self.tr(
                "Fictional sites, officers and workers' cases, for training and demonstrations. "
                "Do not load them into a desk that holds real cases."
            )
        )
        self.sample_button.setText(self.tr("Load sample data…"))

    def show_summary(self, summary: ReferenceSummary, language: str) -> None:
        for key, value in (
            ("countries", summary.countries),
            ("provinces", summary.provinces),
            ("regencies", summary.regencies),
            ("districts", summary.districts),
            ("categories", summary.case_categories),
            ("units", summary.units),
        ):
            self.counts[key].setText(labels.number(value, language))
        sources = dict(summary.case_categories_by_source)
        parts = []
        if sources.get("bp2mi"):
            parts.append(self.tr("{count} from BP2MI's complaint list").format(count=sources["bp2mi"]))
        if sources.get("kemlu"):
            parts.append(self.tr("{count} special cases of Kemlu").format(count=sources["kemlu"]))
        self.sources["categories"].setText(", ".join(parts))

    def show_sample_status(self, text: str, *, failed: bool = False) -> None:
        self.sample_status.setText(text)
        self.sample_status.setStyleSheet("color: #b3261e;" if failed else "")
        self.sample_status.setVisible(bool(text))
