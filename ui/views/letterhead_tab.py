"""Settings › Letterhead: the kop surat every printed document carries (ministry, agency, unit,
address, phone, fax, email, website, the emblem or logo), the default paper, font size and
margins; and a check of a printed document against the register (Verify a document…).
These are office settings: they live in the database and sync."""

from __future__ import annotations

from pathlib import Path

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.errors import DomainError
from app.services import attachments, documents
from ui import labels
from ui.context import UiContext
from ui.events import Changes
from ui.widgets.fields import ERROR_STYLE
from ui.widgets.page import SPACING, muted

LETTERHEAD_CHANGES = Changes(frozenset({"letterhead_setting"}))


class LetterheadTab(QWidget):
    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.logo_path: Path | None = None
        self.note = muted(self)
        self.note.setWordWrap(True)
        self.texts: dict[str, QLineEdit] = {name: QLineEdit(self) for name in documents.TEXT_FIELDS}
        self.paper = QComboBox(self)
        for code in documents.OFFICE_PAPERS:
            self.paper.addItem(code, code)
        self.font_size = QDoubleSpinBox(self)
        self.font_size.setRange(10, 14)
        self.font_size.setSingleStep(0.5)
        self.font_size.setDecimals(1)
        self.margins: dict[str, QSpinBox] = {}
        for name in documents.NUMBER_FIELDS:
            box = QSpinBox(self)
            box.setRange(5, 50)
            box.setSuffix(" mm")
            self.margins[name] = box
        self.logo = QLabel(self)
        self.logo.setFixedSize(96, 96)
        self.logo.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.logo.setStyleSheet("QLabel { border: 1px solid #dde2ea; background: white; }")
        self.logo_button = QPushButton(self)
        self.logo_button.clicked.connect(self.choose_logo)
        self.save_button = QPushButton(self)
        self.save_button.clicked.connect(self.save)
        self.verify_button = QPushButton(self)
        self.verify_button.clicked.connect(self.choose_to_verify)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.verdict = QLabel(self)
        self.verdict.setWordWrap(True)
        self.verdict.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.captions: dict[str, QLabel] = {}

        form = QFormLayout()
        form.setHorizontalSpacing(16)
        form.setVerticalSpacing(8)
        for name, field in self.texts.items():
            self.captions[name] = QLabel(self)
            form.addRow(self.captions[name], field)
        logo_row = QHBoxLayout()
        logo_row.addWidget(self.logo)
        logo_row.addWidget(self.logo_button, 0, Qt.AlignmentFlag.AlignBottom)
        logo_row.addStretch(1)
        self.captions["logo"] = QLabel(self)
        form.addRow(self.captions["logo"], logo_row)
        page = QFormLayout()
        page.setHorizontalSpacing(16)
        page.setVerticalSpacing(8)
        for name, field in (("paper", self.paper), ("font_size", self.font_size), *self.margins.items()):
            self.captions[name] = QLabel(self)
            page.addRow(self.captions[name], field)
        columns = QHBoxLayout()
        columns.setSpacing(SPACING * 3)
        columns.addLayout(form, 3)
        right = QVBoxLayout()
        right.addLayout(page)
        right.addSpacing(SPACING * 2)
        right.addWidget(self.verify_button, 0, Qt.AlignmentFlag.AlignLeft)
        right.addWidget(self.verdict)
        right.addStretch(1)
        columns.addLayout(right, 2)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.status, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, SPACING, 0, 0)
        layout.addWidget(self.note)
        layout.addLayout(columns)
        layout.addLayout(buttons)
        layout.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        self.note.setText(
            self.tr(
                "The letterhead (kop surat) printed at the top of the first page of every document, "
                "and the office's paper, font size and margins."
            )
        )
        for name, text in (
            ("ministry", self.tr("&Ministry or agency")),
            ("agency_name", self.tr("A&gency (second line)")),
            ("unit_name", self.tr("&Unit")),
            ("address", self.tr("A&ddress")),
            ("phone", self.tr("P&hone")),
            ("fax", self.tr("&Fax")),
            ("email", self.tr("&Email")),
            ("website", self.tr("&Website")),
            ("place", self.tr("Place before the &date")),
            ("logo", self.tr("Emblem or logo")),
            ("paper", self.tr("&Paper")),
            ("font_size", self.tr("Font si&ze (pt)")),
            ("margin_top_mm", self.tr("Top margin")),
            ("margin_left_mm", self.tr("Left margin")),
            ("margin_right_mm", self.tr("Right margin")),
            ("margin_bottom_mm", self.tr("Bottom margin")),
        ):
            self.captions[name].setText(text)
            field = self.texts.get(name) or self.margins.get(name)
            if field is not None:
                self.captions[name].setBuddy(field)
        self.captions["paper"].setBuddy(self.paper)
        self.captions["font_size"].setBuddy(self.font_size)
        self.texts["place"].setPlaceholderText(self.tr("e.g. Jakarta"))
        self.logo_button.setText(self.tr("Choose &image…"))
        self.save_button.setText(self.tr("&Save letterhead"))
        self.verify_button.setText(self.tr("&Verify a document…"))
        self.verify_button.setToolTip(
            self.tr("Check a PDF against the register of documents issued by the offices")
        )

    # --- reading and saving ---------------------------------------------------------------------

    def refresh(self) -> None:
        desk = self.context.desk

        def done(info: documents.LetterheadInfo) -> None:
            if shiboken6.isValid(self):
                self.show_letterhead(info)

        self.context.tasks.run(
            lambda _p: documents.letterhead(desk),
            on_done=done,
            on_error=self._failed,
            writes=False,
            cancellable=False,
        )

    def show_letterhead(self, info: documents.LetterheadInfo) -> None:
        for name, field in self.texts.items():
            field.setText(str(getattr(info, name)))
        self.paper.setCurrentIndex(max(0, self.paper.findData(info.paper)))
        self.font_size.setValue(info.font_size)
        for name, box in self.margins.items():
            box.setValue(int(getattr(info, name)))
        self.logo_path = None
        stored = attachments.read_blob(self.context.desk, info.logo_sha256) if info.logo_sha256 else None
        self._show_logo(stored)

    def _show_logo(self, content: bytes | None) -> None:
        pixmap = QPixmap()
        if content is not None:
            pixmap.loadFromData(content)
        if pixmap.isNull():
            self.logo.setPixmap(QPixmap())
            self.logo.setText(self.tr("no logo"))
        else:
            self.logo.setPixmap(
                pixmap.scaled(
                    88, 88, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
                )
            )

    def choose_logo(self, path: str | None = None) -> None:
        if not path:
            path, _filter = QFileDialog.getOpenFileName(
                self, self.tr("Emblem or logo"), "", self.tr("Images (*.png *.jpg *.jpeg)")
            )
        if path:
            self.logo_path = Path(path)
            try:
                self._show_logo(self.logo_path.read_bytes())
            except OSError:
                self._show_logo(None)

    def values(self) -> dict[str, str]:
        values = {name: field.text() for name, field in self.texts.items()}
        values["paper"] = str(self.paper.currentData())
        values["font_size"] = str(self.font_size.value())
        values |= {name: str(box.value()) for name, box in self.margins.items()}
        return values

    def save(self) -> None:
        desk, values, logo = self.context.desk, self.values(), self.logo_path
        self.save_button.setEnabled(False)
        self.status.setStyleSheet("")
        self.status.setText("")

        def done(info: documents.LetterheadInfo) -> None:
            self.context.bus.announce(LETTERHEAD_CHANGES)
            if shiboken6.isValid(self):
                self.save_button.setEnabled(True)
                self.show_letterhead(info)
                self.status.setText(self.tr("The letterhead is saved."))

        def failed(error: BaseException) -> None:
            if shiboken6.isValid(self):
                self.save_button.setEnabled(True)
            self._failed(error)

        self.context.tasks.run(
            lambda _p: documents.save_letterhead(desk, values, logo=logo), on_done=done, on_error=failed
        )

    def _failed(self, error: BaseException) -> None:
        if not isinstance(error, DomainError):
            raise error
        if shiboken6.isValid(self):
            self.status.setStyleSheet(ERROR_STYLE)
            self.status.setText(labels.error_text(error))
            field = self.texts.get(error.field or "") or self.margins.get(error.field or "")
            if field is not None:
                field.setFocus()

    # --- verifying ------------------------------------------------------------------------------

    def choose_to_verify(self, path: str | None = None) -> None:
        if not path:
            path, _filter = QFileDialog.getOpenFileName(
                self, self.tr("Verify a document"), "", self.tr("PDF documents (*.pdf)")
            )
        if not path:
            return
        desk, source = self.context.desk, Path(path)
        self.verdict.setStyleSheet("")
        self.verdict.setText(self.tr("Checking…"))

        def done(result: documents.VerifyResult) -> None:
            if shiboken6.isValid(self):
                self.show_verdict(result)

        def failed(error: BaseException) -> None:
            if not isinstance(error, DomainError):
                raise error
            if shiboken6.isValid(self):
                self.verdict.setStyleSheet(ERROR_STYLE)
                self.verdict.setText(labels.error_text(error))

        self.context.tasks.run(
            lambda _p: documents.verify(desk, source.read_bytes()),
            on_done=done,
            on_error=failed,
            writes=False,
            cancellable=False,
        )

    def show_verdict(self, result: documents.VerifyResult) -> None:
        texts = {
            documents.GENUINE: self.tr("Genuine: this file is exactly the document that was issued."),
            documents.RESAVED: self.tr(
                "Same content: the text is the issued text, but the file was saved again by another program."
            ),
            documents.ALTERED: self.tr(
                "Altered: this file differs from the document that was issued. Do not rely on it."
            ),
            documents.UNKNOWN: self.tr(
                "Unknown: no document with this file's code is in the register (not "
                "issued here, or not yet synchronised)."
            ),
        }
        text = texts[result.verdict]
        doc = result.document
        if doc is not None:
            text += "\n" + self.tr("{number} — {title}, issued on {date} by {who} at {site}.").format(
                number=doc.number,
                title=doc.title,
                date=labels.long_date(doc.issued_on, self.context.language()),
                who=doc.issued_by,
                site=doc.site,
            )
        good = result.verdict in (documents.GENUINE, documents.RESAVED)
        self.verdict.setStyleSheet("color: #1e7d32;" if good else ERROR_STYLE)
        self.verdict.setText(text)
