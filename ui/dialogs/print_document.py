"""Print or save an official document: choose the form, paper and language, look at the preview
(QtPdf), then Save PDF… or Print… (the system print dialog). Saving or printing issues the
document: it gets its number and verification code and enters the register; the preview does not.

The PDF is made on a reader thread (ReportLab is imported there, never at start-up)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize, Qt
from PySide6.QtGui import QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.errors import DomainError
from app.services import case_documents, documents
from ui import labels
from ui.context import UiContext
from ui.events import Changes
from ui.widgets.fields import ERROR_STYLE

ISSUED_CHANGES = Changes(frozenset({"issued_document"}))


class PrintDocumentDialog(QDialog):
    def __init__(
        self,
        context: UiContext,
        record: str,
        forms: tuple[str, ...],
        parent: QWidget | None = None,
        *,
        caption: str = "",
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.record = record
        #: what the title names (a letter's subject, a forum); by default the record
        self.caption = caption
        self.pdf = b""
        self.issued: documents.IssuedInfo | None = None
        self._generation = 0
        self.form = QComboBox(self)
        # a long form name must not squeeze the captions beside the combo
        self.form.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.form.setMinimumContentsLength(14)
        for code in forms:
            self.form.addItem("", code)
        self.paper = QComboBox(self)
        for code in documents.OFFICE_PAPERS:
            self.paper.addItem(code, code)
        self.language = QComboBox(self)
        self.language.addItem("", "id")
        self.language.addItem("", "en")
        self.sensitive = QCheckBox(self)
        self.captions = [QLabel(self) for _ in range(3)]
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.save_button = QPushButton(self)
        self.print_button = QPushButton(self)
        self.close_button = QPushButton(self)
        self.document = QPdfDocument(self)
        self.view = QPdfView(self)
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitInView)
        self.buffer = QBuffer(self)

        options = QFormLayout()
        for caption, field in zip(self.captions, (self.form, self.paper, self.language), strict=True):
            options.addRow(caption, field)
        options.addRow("", self.sensitive)
        side = QVBoxLayout()
        side.addLayout(options)
        side.addWidget(self.status)
        side.addStretch(1)
        for button in (self.save_button, self.print_button, self.close_button):
            side.addWidget(button)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(16, 16, 16, 16)
        layout.setSpacing(16)
        holder = QWidget(self)
        holder.setLayout(side)
        holder.setFixedWidth(300)
        layout.addWidget(holder)
        layout.addWidget(self.view, 1)

        for combo in (self.form, self.paper, self.language):
            combo.currentIndexChanged.connect(self.refresh)
        self.sensitive.toggled.connect(self.refresh)
        self.save_button.clicked.connect(self.save_pdf)
        self.print_button.clicked.connect(self.print_document)
        self.close_button.clicked.connect(self.reject)
        self.resize(1100, 760)
        self.retranslate()
        self._load_default_paper()

    def retranslate(self) -> None:
        record = (
            self.tr("Coordination protocol") if self.record == "protocol" else self.caption or self.record
        )
        self.setWindowTitle(self.tr("Print — {record}").format(record=record))
        for caption, text in zip(
            self.captions, (self.tr("&Form"), self.tr("&Paper"), self.tr("&Language")), strict=True
        ):
            caption.setText(text)
        self.captions[0].setBuddy(self.form)
        self.captions[1].setBuddy(self.paper)
        self.captions[2].setBuddy(self.language)
        names = {
            "intake": self.tr("Complaint intake form"),
            "summary": self.tr("Case summary for referral"),
            "chronology": self.tr("Case chronology"),
            "clarification": self.tr("Clarification statement"),
            "record": self.tr("Official report of clarification"),
            "protocol": self.tr("Coordination protocol"),
            "letter": self.tr("Official letter"),
            "memo": self.tr("Memorandum"),
            "disposition": self.tr("Disposition sheet"),
            "invitation": self.tr("Invitation, with the list of invitees"),
            "attendance": self.tr("Attendance list"),
            "minutes": self.tr("Minutes"),
        }
        for index in range(self.form.count()):
            self.form.setItemText(index, names.get(self.form.itemData(index), self.form.itemData(index)))
        self.language.setItemText(0, self.tr("Indonesian"))
        self.language.setItemText(1, self.tr("English (for foreign authorities)"))
        self.sensitive.setText(self.tr("Include identity numbers and contact details"))
        self.save_button.setText(self.tr("&Save PDF…"))
        self.print_button.setText(self.tr("&Print…"))
        self.close_button.setText(self.tr("Close"))

    # --- preview ------------------------------------------------------------------------------

    def _load_default_paper(self) -> None:
        desk = self.context.desk

        def done(info: documents.LetterheadInfo) -> None:
            if shiboken6.isValid(self):
                self.paper.blockSignals(True)
                self.paper.setCurrentIndex(max(0, self.paper.findData(info.paper)))
                self.paper.blockSignals(False)
                self.refresh()

        self.context.tasks.run(
            lambda _p: documents.letterhead(desk),
            on_done=done,
            on_error=self._failed,
            writes=False,
            cancellable=False,
        )

    def request(self) -> case_documents.PrintRequest:
        return case_documents.PrintRequest(
            form=str(self.form.currentData()),
            record=self.record,
            paper=str(self.paper.currentData()),
            language=str(self.language.currentData()),
            include_sensitive=self.sensitive.isChecked(),
        )

    def refresh(self) -> None:
        self.sensitive.setVisible(self.form.currentData() == "summary")
        self._generation += 1
        generation = self._generation
        request, desk, today = self.request(), self.context.desk, self.context.today()
        self.status.setStyleSheet("")
        self.status.setText(self.tr("Preparing the preview…"))
        self._enable(False)

        def done(pdf: bytes) -> None:
            if shiboken6.isValid(self) and generation == self._generation:
                self.show_pdf(pdf)

        self.context.tasks.run(
            lambda _p: case_documents.preview(desk, request, today=today),
            on_done=done,
            on_error=self._failed,
            writes=False,
            cancellable=False,
        )

    def show_pdf(self, pdf: bytes) -> None:
        self.pdf = pdf
        self.document.close()
        self.buffer.close()
        self.buffer.setData(QByteArray(pdf))
        self.buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.load(self.buffer)
        self.status.setText(
            self.tr(
                "Pages in the preview: {pages}. Saving or printing gives the document its number and "
                "verification code."
            ).format(pages=self.document.pageCount())
        )
        self._enable(True)

    def _enable(self, on: bool) -> None:
        self.save_button.setEnabled(on)
        self.print_button.setEnabled(on)

    def _failed(self, error: BaseException) -> None:
        if not isinstance(error, DomainError):
            raise error
        if shiboken6.isValid(self):
            self.status.setStyleSheet(ERROR_STYLE)
            self.status.setText(labels.error_text(error))

    # --- issuing ------------------------------------------------------------------------------

    def issue(self, then: Any) -> None:
        request, desk, today = self.request(), self.context.desk, self.context.today()
        self._enable(False)

        def done(issued: documents.IssuedFile) -> None:
            self.context.bus.announce(ISSUED_CHANGES)
            if shiboken6.isValid(self):
                self.issued = issued.info
                self._enable(True)
                then(issued)

        self.context.tasks.run(
            lambda _p: case_documents.print_form(desk, request, today=today),
            on_done=done,
            on_error=self._failed,
        )

    def save_pdf(self, path: str | None = None) -> None:
        if not path:
            suggested = f"{self.form.currentData()}-{self.record.replace('/', '-').replace(' ', '_')}.pdf"
            path, _filter = QFileDialog.getSaveFileName(
                self, self.tr("Save PDF"), suggested, self.tr("PDF documents (*.pdf)")
            )
        if not path:
            return
        target = Path(path if path.lower().endswith(".pdf") else f"{path}.pdf")

        def write(issued: documents.IssuedFile) -> None:
            target.write_bytes(issued.pdf)
            self.status.setText(
                self.tr("{number} saved to {path}.").format(number=issued.info.number, path=str(target))
            )

        self.issue(write)

    def print_document(self) -> None:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        chooser = QPrintDialog(printer, self)
        if chooser.exec() != QDialog.DialogCode.Accepted:
            return
        self.issue(lambda issued: self.print_to(printer, issued))

    def print_to(self, printer: Any, issued: documents.IssuedFile) -> None:
        """Render each page of the issued PDF onto the printer at its resolution."""
        document = QPdfDocument(self)
        buffer = QBuffer(self)
        buffer.setData(QByteArray(issued.pdf))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        document.load(buffer)
        painter = QPainter()
        if not painter.begin(printer):
            self.status.setStyleSheet(ERROR_STYLE)
            self.status.setText(self.tr("The printer could not be opened."))
            return
        dpi = printer.resolution()
        for index in range(document.pageCount()):
            if index:
                printer.newPage()
            size = document.pagePointSize(index)
            image = document.render(index, QSize(int(size.width() * dpi / 72), int(size.height() * dpi / 72)))
            target = painter.viewport()
            scaled = image.size().scaled(target.size(), Qt.AspectRatioMode.KeepAspectRatio)
            painter.drawImage(target.x(), target.y(), image.scaled(scaled))
        painter.end()
        document.close()
        self.status.setText(self.tr("{number} sent to the printer.").format(number=issued.info.number))
