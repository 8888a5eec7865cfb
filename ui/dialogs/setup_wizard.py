"""The first-start wizard: language, office, first administrator, sample data, summary.

Finish sets up the office with `office.initialize` (nothing is saved if the core refuses a value:
the wizard goes back to the page of that field and shows the reason beside it), then loads the
sample data in the background with a progress dialog that can cancel.
"""

from __future__ import annotations

import logging
import sys
from typing import Any

from PySide6.QtCore import QPoint, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QIcon, QLinearGradient, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QMessageBox, QWidget, QWizard

from app.errors import DomainError, ValidationError
from app.resources import resource_path
from app.services import demo, office, server
from ui import labels
from ui.context import UiContext
from ui.dialogs.error_dialog import show_domain_error
from ui.dialogs.server_page import StartPage
from ui.dialogs.setup_pages import AdminPage, OfficePage, SamplePage, SetupPage, SummaryPage
from ui.events import EVERYTHING
from ui.i18n import LANGUAGE_NAMES

log = logging.getLogger(__name__)


def watermark(ratio: float) -> QPixmap:
    """The tall picture beside the pages: the logo on the navy of the app's accent colour."""
    size = QSize(180, 520)
    pixmap = QPixmap(size * ratio)
    pixmap.setDevicePixelRatio(ratio)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    gradient = QLinearGradient(0, 0, 0, size.height())
    gradient.setColorAt(0, QColor("#23355c"))
    gradient.setColorAt(1, QColor("#15213b"))
    painter.fillRect(QRect(QPoint(0, 0), size), gradient)
    painter.fillRect(QRect(0, 0, size.width(), 5), QColor("#c8102e"))
    QSvgRenderer(str(resource_path("icons", "jejaring.svg"))).render(painter, QRectF(34, 150, 112, 112))
    font = QFont(painter.font())
    font.setPointSizeF(max(font.pointSizeF(), 9) * 1.7)
    font.setBold(True)
    painter.setFont(font)
    painter.setPen(QColor("#ffffff"))
    painter.drawText(QRect(0, 275, size.width(), 40), Qt.AlignmentFlag.AlignCenter, "Jejaring")
    painter.end()
    return pixmap


class SetupWizard(QWizard):
    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("setupWizard")
        self.context = context
        self.loading = False
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, False)
        self.setWindowIcon(QIcon(str(resource_path("icons", "jejaring.svg"))))
        self.setPixmap(QWizard.WizardPixmap.WatermarkPixmap, watermark(self.devicePixelRatioF()))
        self.welcome = StartPage(context)
        self.server = self.welcome  # where the data lives: chosen on the first page
        self.office = OfficePage(context)
        self.admin = AdminPage(context)
        self.sample = SamplePage(context)
        self.summary = SummaryPage(context)
        self.pages: list[SetupPage] = [self.welcome, self.office, self.admin, self.sample, self.summary]
        for page in self.pages:
            self.addPage(page)
        self.setMinimumSize(720, 560)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Set up Jejaring"))
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("< &Back"))
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("&Next >"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Finish"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("Cancel"))
        for page in self.pages:
            page.retranslate()

    def setup(self) -> office.OfficeSetup:
        return self.office.setup(**self.admin.values())

    def summary_rows(self) -> list[tuple[str, str]]:
        setup = self.setup()
        where = (
            self.server.checked.address
            if self.server.joining and self.server.checked
            else self.tr("this computer")
        )
        sample = (
            self.tr("%n fictional case(s)", "", self.sample.count.value())
            if self.sample.load.isChecked()
            else self.tr("none")
        )
        administrator = setup.admin_name.strip() or setup.admin_username
        return [
            (self.tr("Language"), LANGUAGE_NAMES[self.context.language()]),
            (self.tr("Agency"), self.office.agency_text()),
            (self.tr("Site"), f"{setup.site_code} — {setup.site_name.strip()}"),
            (self.tr("Country"), self.office.country_text()),
            (self.tr("City"), setup.city.strip() or "—"),
            (
                self.tr("Administrator"),
                f"{administrator} ({setup.admin_username}), {labels.role_label('administrator')}",
            ),
            (self.tr("Sample data"), sample),
            (self.tr("Database"), where),
        ]

    # --- finishing ---------------------------------------------------------------------------
    def _join_server(self) -> bool:
        """Switch this desk to the office server chosen on the server page (True: done)."""
        from app.config import load_config
        from app.services.desk import open_desk

        old = self.context.desk
        try:
            url = server.join(old.config.data_dir, self.server.address.text(), self.server.password.text())
            desk = open_desk(load_config(old.config.data_dir, url))
        except DomainError as error:
            show_domain_error(self, error)
            return False
        self.context.desk = desk
        old.close()
        log.info("desk joined an office server")
        return True

    def accept(self) -> None:
        if self.loading:
            return
        if self.server.joining and not self.context.desk.db.url.startswith("postgresql"):
            if not self._join_server():
                return
            if self.context.desk.initialized:  # the server's office: nothing more to set up
                self.context.bus.announce(EVERYTHING)
                super().accept()
                return
        desk = self.context.desk
        try:
            office.initialize(desk, self.setup())
        except ValidationError as error:
            self._show_on_page(error)
            return
        except DomainError as error:
            show_domain_error(self, error)
            return
        log.info("desk set up")
        self.context.bus.announce(EVERYTHING)
        if not self.sample.load.isChecked():
            super().accept()
            return
        self.loading = True
        self._enable_buttons(False)
        count = self.sample.count.value()
        self.context.tasks.run(
            lambda progress: demo.load_demo(desk, cases=count, progress=progress),
            on_done=self._samples_loaded,
            on_error=self._samples_failed,
            label=self.tr("Loading sample data…"),
            parent=self,
        )

    def _samples_loaded(self, _count: Any) -> None:
        self.loading = False
        self.context.bus.announce(EVERYTHING)
        super().accept()

    def _samples_failed(self, error: BaseException) -> None:
        self.loading = False
        if isinstance(error, demo.Cancelled):
            QMessageBox.information(
                self,
                self.windowTitle(),
                self.tr("The office is set up. No sample data was loaded."),
            )
        elif isinstance(error, DomainError):
            show_domain_error(self, error)
        else:
            sys.excepthook(type(error), error, error.__traceback__)
        super().accept()  # the office itself is set up: the main window can open

    def reject(self) -> None:
        if not self.loading:
            super().reject()

    def _enable_buttons(self, enabled: bool) -> None:
        for which in (QWizard.WizardButton.BackButton, QWizard.WizardButton.FinishButton):
            self.button(which).setEnabled(enabled)

    def _show_on_page(self, error: ValidationError) -> None:
        text = labels.error_text(error)
        for page in self.pages:
            if error.field and error.field in page.errors:
                while self.currentPage() is not page and self.currentId() > self.pageIds()[0]:
                    self.back()
                page.show_error(error.field, text)
                return
        show_domain_error(self, error)
