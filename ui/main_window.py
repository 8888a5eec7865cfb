"""The main window: navigation on the left, one page per view, menus and a status bar.

Every text is set in `retranslate()`, which a language switch calls again (with each view's own
`retranslate()`), so the window changes language in place. Geometry, dock state and the view last
shown are kept in QSettings.

Start-up is frame first: `MainWindow(None)` is the window without a database (navigation, menus,
"Opening the database…"), cheap enough to paint before the ORM is even imported; `attach(context)`
then gives it the open desk. A page is built (and its module imported) on its first visit, so
start-up pays for one view, not six. This module imports no service at the top for that reason.
"""

from __future__ import annotations

import logging
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, QSize, Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QIcon, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QMessageBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app import __version__
from app.resources import resource_path
from ui.context import UiContext
from ui.i18n import LANGUAGE_NAMES
from ui.views import VIEWS, ViewEntry
from ui.widgets.named import named

if TYPE_CHECKING:
    from ui.events import Changes
    from ui.views.base import View

log = logging.getLogger(__name__)

SETTINGS_GROUP = "mainWindow"
DEFAULT_SIZE = QSize(1280, 800)
SIDEBAR_STYLE = """
#sidebar { background: #f3f5f9; border-right: 1px solid #dde2ea; }
#sidebar QLabel { color: #1b2a4a; background: transparent; }
#sidebarSite { color: #5b6478; }
#navigation { background: transparent; border: none; outline: 0; }
#navigation::item { color: #1f2a44; padding: 7px 8px; margin: 1px 10px; border-radius: 6px;
                    border-left: 3px solid transparent; }
#navigation::item:hover { background: #e8ecf3; }
#navigation::item:selected { background: #dde5f1; color: #13213f; border-left: 3px solid #c8102e; }
"""


def icon(name: str) -> QIcon:
    return QIcon(str(resource_path("icons", f"{name}.svg")))


def view_key(view: View) -> str:
    """A view's stable name ("cases" for CasesView): its icon and its key in QSettings."""
    return type(view).__name__.removesuffix("View").lower()


class MainWindow(QMainWindow):
    #: the desk is attached and the current view is built (it may still be loading its data)
    attached = Signal()

    def __init__(self, context: UiContext | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.context: UiContext | None = None
        self.setWindowIcon(icon("jejaring"))
        self.setMinimumSize(960, 600)

        self.navigation = named(QListWidget(), "navigation")
        self.navigation.setIconSize(QSize(20, 20))
        self.navigation.setFrameShape(QFrame.Shape.NoFrame)
        self.navigation.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.stack = named(QStackedWidget(), "views")
        # An empty page stands in for each view until its first visit (see view()).
        self._built: dict[int, View] = {}
        for entry in VIEWS:
            self.stack.addWidget(QWidget())
            QListWidgetItem(icon(entry.key), "", self.navigation)
        self.navigation.currentRowChanged.connect(self._view_changed)

        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self._sidebar())
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        self._build_menus()
        self._build_status_bar()
        self.retranslate()
        self._restore_geometry()
        if context is not None:
            self.attach(context)

    def attach(self, context: UiContext) -> None:
        """Give the window its open desk: status bar, commands, and the view last shown."""
        from ui.idle_lock import IdleLock

        self.context = context
        context.bus.changed.connect(self._data_changed)
        if not context.desk.db.is_sqlite:  # other desks write too: see their changes (ui/watcher.py)
            from ui.watcher import ServerWatcher

            self.watcher = ServerWatcher(context, self)
        for action in (
            self.backup_action,
            self.change_password_action,
            self.lock_action,
            self.sign_out_action,
            *self.language_actions.actions(),
        ):
            action.setEnabled(True)
        self.idle_lock = IdleLock(context, self)
        self.idle_lock.signed_out.connect(self.sign_out)
        self._apply_role()
        self.update_status()
        self.show_view(VIEWS.index(self.opening_view()))
        self.attached.emit()

    @staticmethod
    def opening_view() -> ViewEntry:
        """The view the window opens with: the one last shown, else the first."""
        saved = QSettings().value(f"{SETTINGS_GROUP}/view", "")
        return next((entry for entry in VIEWS if entry.key == saved), VIEWS[0])

    def _desk_context(self) -> UiContext:
        if self.context is None:
            raise RuntimeError("the main window has no desk yet")
        return self.context

    # --- views -------------------------------------------------------------------------------
    def view(self, index: int) -> View:
        """The view at `index`, built now if this is its first visit (it needs the desk)."""
        view = self._built.get(index)
        if view is None:
            view = VIEWS[index].load()(self._desk_context(), self.stack)
            placeholder = self.stack.widget(index)
            current = self.stack.currentIndex()
            self.stack.insertWidget(index, view)
            self.stack.removeWidget(placeholder)
            placeholder.deleteLater()
            self.stack.setCurrentIndex(current)
            self._built[index] = view
        return view

    @property
    def views(self) -> list[View]:
        """Every view, built now where not yet visited (the self-test and tools walk them all)."""
        return [self.view(index) for index in range(len(VIEWS))]

    # --- building ----------------------------------------------------------------------------
    def _sidebar(self) -> QWidget:
        sidebar = named(QFrame(), "sidebar")
        sidebar.setStyleSheet(SIDEBAR_STYLE)
        sidebar.setFixedWidth(220)
        logo = QLabel()
        logo.setPixmap(icon("jejaring").pixmap(QSize(36, 36), self.devicePixelRatioF()))
        name = QLabel("Jejaring")
        font = name.font()
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setBold(True)
        name.setFont(font)
        self.sidebar_site = named(QLabel(), "sidebarSite")
        titles = QVBoxLayout()
        titles.setSpacing(0)
        titles.addWidget(name)
        titles.addWidget(self.sidebar_site)
        header = QHBoxLayout()
        header.setContentsMargins(18, 18, 12, 14)
        header.setSpacing(10)
        header.addWidget(logo)
        header.addLayout(titles, 1)
        layout = QVBoxLayout(sidebar)
        layout.setContentsMargins(0, 0, 0, 8)
        layout.setSpacing(4)
        layout.addLayout(header)
        layout.addWidget(self.navigation, 1)
        return sidebar

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu("")
        self.backup_action = self.file_menu.addAction("", self.back_up)
        self.quick_log_action = self.file_menu.addAction("", self.quick_log)  # from anywhere in the window
        self.quick_log_action.setShortcut(QKeySequence("Ctrl+L"))
        self.file_menu.addSeparator()
        self.change_password_action = self.file_menu.addAction("", self.change_password)
        self.lock_action = self.file_menu.addAction("", self.lock_now)
        self.lock_action.setShortcut(QKeySequence("Ctrl+Shift+L"))
        self.sign_out_action = self.file_menu.addAction("", self.sign_out)
        for action in (self.change_password_action, self.lock_action, self.sign_out_action):
            action.setEnabled(False)
        self.file_menu.addSeparator()
        self.quit_action = self.file_menu.addAction("", self.close)
        self.quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)

        self.view_menu = bar.addMenu("")
        self.view_actions = QActionGroup(self)
        for index, entry in enumerate(VIEWS):
            action = self.view_menu.addAction(icon(entry.key), "")
            action.setCheckable(True)
            action.setShortcut(QKeySequence(f"Ctrl+{index + 1}"))
            action.setData(index)
            action.triggered.connect(lambda _checked=False, index=index: self.show_view(index))
            self.view_actions.addAction(action)
        self.view_menu.addSeparator()
        self.refresh_action = self.view_menu.addAction("", self.refresh_current)
        self.refresh_action.setShortcut(QKeySequence.StandardKey.Refresh)
        self.language_menu = QMenu(self)
        self.view_menu.addMenu(self.language_menu)
        self.language_actions = QActionGroup(self)
        for code, name in LANGUAGE_NAMES.items():
            action = self.language_menu.addAction(name)
            action.setCheckable(True)
            action.setData(code)
            action.triggered.connect(
                lambda _checked=False, code=code: self._desk_context().set_language(code)
            )
            action.setEnabled(False)  # until attach(): the language switch goes through the context
            self.language_actions.addAction(action)
        self.backup_action.setEnabled(False)

        self.help_menu = bar.addMenu("")
        self.about_action = self.help_menu.addAction("", self.about)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.about_qt_action = self.help_menu.addAction("", QApplication.aboutQt)
        self.about_qt_action.setMenuRole(QAction.MenuRole.AboutQtRole)

    def _build_status_bar(self) -> None:
        self.statusBar().setStyleSheet(
            "QStatusBar { border-top: 1px solid #dde2ea; } QStatusBar::item { border: none; }"
        )
        self.status_site = named(QLabel(), "statusSite")
        self.status_officer = named(QLabel(), "statusOfficer")
        self.status_database = named(QLabel(), "statusDatabase")
        self.status_database.setMaximumWidth(420)
        for label in (self.status_site, self.status_officer, self.status_database):
            label.setContentsMargins(8, 0, 8, 0)
            self.statusBar().addPermanentWidget(label)

    # --- texts -------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.file_menu.setTitle(self.tr("&File"))
        self.backup_action.setText(self.tr("&Back up database…"))
        self.backup_action.setStatusTip(self.tr("Write a consistent copy of the database to a file"))
        self.quit_action.setText(self.tr("&Quit"))
        self.quick_log_action.setText(self.tr("&Log a call or message…"))
        self.change_password_action.setText(self.tr("&Change password…"))
        self.lock_action.setText(self.tr("L&ock now"))
        self.sign_out_action.setText(self.tr("Sign &out"))
        self.view_menu.setTitle(self.tr("&View"))
        self.refresh_action.setText(self.tr("&Refresh"))
        self.language_menu.setTitle(self.tr("&Language"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.about_action.setText(self.tr("&About Jejaring"))
        self.about_qt_action.setText(self.tr("About &Qt"))
        for view in self._built.values():
            view.retranslate()
        for index, entry in enumerate(VIEWS):
            title = entry.title()
            item = self.navigation.item(index)
            item.setText(title)
            shortcut = QKeySequence(f"Ctrl+{index + 1}").toString(QKeySequence.SequenceFormat.NativeText)
            item.setToolTip(f"{title} ({shortcut})")
            self.view_actions.actions()[index].setText(title)
        if self.context is None:
            self.status_site.setText(self.tr("Opening the database…"))
            self.setWindowTitle(self.tr("Jejaring"))
            return
        for action in self.language_actions.actions():
            action.setChecked(action.data() == self.context.language())
        self.update_status()

    def update_status(self) -> None:
        from app.services import office
        from ui import labels

        status = office.status(self._desk_context().desk)
        site, officer = status.site, status.officer
        site_text = f"{site.code} — {site.name}" if site else self.tr("not set up")
        self.status_site.setText(self.tr("Site: {site}").format(site=site_text))
        self.sidebar_site.setText(site.code if site else "")
        who = f"{officer.full_name} ({labels.role_label(officer.role)})" if officer else self.tr("nobody")
        self.status_officer.setText(self.tr("Officer: {officer}").format(officer=who))
        database = self.tr("Database: {database}").format(database=status.database)
        metrics = self.status_database.fontMetrics()
        self.status_database.setText(metrics.elidedText(database, Qt.TextElideMode.ElideMiddle, 400))
        self.status_database.setToolTip(database)
        title = self.tr("Jejaring")
        self.setWindowTitle(f"{title} — {site.code}" if site else title)

    # --- navigation --------------------------------------------------------------------------
    def current_view(self) -> View:
        return self.view(self.stack.currentIndex())

    def show_view(self, index: int) -> None:
        if self.navigation.currentRow() == index:  # selected while the window had no desk yet
            self._view_changed(index)
        else:
            self.navigation.setCurrentRow(index)

    def _view_changed(self, index: int) -> None:
        if index < 0 or self.context is None:
            return
        self.view(index)
        self.stack.setCurrentIndex(index)
        self.view_actions.actions()[index].setChecked(True)
        QSettings().setValue(f"{SETTINGS_GROUP}/view", VIEWS[index].key)

    def refresh_current(self) -> None:
        if self.context is not None:
            self.current_view().refresh()

    def _data_changed(self, changes: Changes) -> None:
        if changes.touches("site", "officer", "agency"):
            self.update_status()

    # --- who is signed in ---------------------------------------------------------------------
    def change_password(self) -> None:
        from ui.dialogs.sign_in import ChangePasswordDialog

        if ChangePasswordDialog(self._desk_context(), self).exec():
            self.statusBar().showMessage(self.tr("Password changed."), 10_000)

    def lock_now(self) -> None:
        self.idle_lock.lock()

    def sign_out(self) -> None:
        """Close the other windows, forget who was signed in and ask again (another officer may
        sign in: the views are built anew for their role). Cancelling the sign-in quits."""
        from app.services import accounts
        from ui.dialogs.sign_in import SignInDialog

        context = self._desk_context()
        self.idle_lock.unlock()
        for window in QApplication.topLevelWidgets():
            if window is not self and window.isWindow() and window.isVisible():
                window.close()
        accounts.sign_out(context.desk)
        self.reset_views()
        dialog = SignInDialog(context, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            self.close()
            return
        self.update_status()
        self._apply_role()
        self.show_view(max(self.stack.currentIndex(), 0))

    def _apply_role(self) -> None:
        """A copy of the database holds everything: administrators only (the CLI refuses too)."""
        from app.services import access

        self.backup_action.setEnabled(
            access.allowed(self._desk_context().desk, access.Permission.MANAGE_SETTINGS)
        )

    def reset_views(self) -> None:
        """Drop the built views (they were made for the officer who signed out)."""
        for index, view in list(self._built.items()):
            placeholder = QWidget()
            self.stack.insertWidget(index, placeholder)
            self.stack.removeWidget(view)
            view.deleteLater()
        self._built.clear()

    # --- commands ----------------------------------------------------------------------------
    def quick_log(self) -> None:
        from ui.dialogs.letters import QuickLogDialog

        dialog = QuickLogDialog(self.context, parent=self)
        dialog.setModal(True)
        dialog.show()

    def back_up(self) -> None:
        from ui.dialogs.passphrase import PassphraseDialog

        default = self._desk_context().desk.config.backups_dir / f"jejaring-{date.today():%Y-%m-%d}.jjb"
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Back up database"), str(default), self.tr("Encrypted Jejaring backup (*.jjb)")
        )
        if not path:
            return
        dialog = PassphraseDialog(self, backup=True)
        dialog.accepted.connect(lambda: self.back_up_to(Path(path), dialog.passphrase or ""))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def back_up_to(self, target: Path, passphrase: str) -> None:
        """An encrypted backup (app/services/encryption.py: its own key, under the passphrase)."""
        from app.services import access, encryption

        context = self._desk_context()
        access.require(context.desk, access.Permission.MANAGE_SETTINGS)
        desk = context.desk
        context.tasks.run(
            lambda _progress: encryption.backup(desk, target, passphrase),
            on_done=self._backed_up,
            label=self.tr("Backing up the database…"),
            parent=self,
            writes=False,
            cancellable=False,
        )

    def _backed_up(self, path: Path) -> None:
        log.info("database backed up")
        self.statusBar().showMessage(self.tr("Backup written to {path}").format(path=path), 10_000)

    def about_text(self) -> str:
        return self.tr(
            "<h3>Jejaring {version}</h3>"
            "<p>The coordination desk for the protection of Indonesian migrant workers.</p>"
            "<p><b>Region codes:</b> Kepmendagri 300.2.2 Tahun 2025, via cahyadsn/wilayah (MIT).<br>"
            "<b>Countries:</b> ISO 3166-1 via pycountry (LGPL-2.1); Indonesian names from the "
            "Unicode CLDR (Unicode licence).</p>"
            "<p><b>Built with</b> Qt for Python (PySide6, LGPL-3.0), SQLAlchemy and Alembic (MIT), "
            "ReportLab (BSD), Babel (BSD), platformdirs (MIT), python-stdnum (LGPL-2.1+), "
            "holidays (MIT), phonenumbers (Apache-2.0) and uuid6 (MIT).</p>"
            "<p>Sample data are fictional: any likeness to real people is coincidental.</p>"
        ).format(version=__version__)

    def about(self) -> None:
        QMessageBox.about(self, self.tr("About Jejaring"), self.about_text())

    # --- state -------------------------------------------------------------------------------
    def _restore_geometry(self) -> None:
        settings = QSettings()
        geometry = settings.value(f"{SETTINGS_GROUP}/geometry")
        if not (geometry and self.restoreGeometry(geometry)):
            self._default_geometry()
        state = settings.value(f"{SETTINGS_GROUP}/state")
        if state:
            self.restoreState(state)

    def _default_geometry(self) -> None:
        screen = self.screen().availableGeometry()
        size = DEFAULT_SIZE.boundedTo(screen.size() * 0.95)
        self.resize(size)
        self.move(screen.center() - self.rect().center())

    def save_state(self) -> None:
        if self.stack.currentIndex() < 0 or self.context is None:
            return
        settings = QSettings()
        settings.setValue(f"{SETTINGS_GROUP}/geometry", self.saveGeometry())
        settings.setValue(f"{SETTINGS_GROUP}/state", self.saveState())
        settings.setValue(f"{SETTINGS_GROUP}/view", VIEWS[self.stack.currentIndex()].key)
        settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_state()
        super().closeEvent(event)
