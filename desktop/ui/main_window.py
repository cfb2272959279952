"""The main window: a menu bar, a navigation list of the eight pages, the pages themselves, and a status bar."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QSettings, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QWidget,
)

from desktop.core.errors import ShuyiError
from desktop.core.i18n import QT_TRANSLATE_NOOP
from desktop.pages import PAGE_KEYS
from desktop.ui.catalogue.page import CataloguePage
from desktop.ui.circulation.page import CirculationPage
from desktop.ui.context import UiContext, error_text
from desktop.ui.help import dialogs as help_dialogs
from desktop.ui.pages.base import I18N_SKIP, Page
from desktop.ui.pages.placeholder import PlaceholderPage
from desktop.ui.readers.page import ReadersPage
from desktop.ui.reports.page import ReportsPage
from desktop.ui.settings.page import SettingsPage
from desktop.ui.stations.page import StationsPage
from desktop.ui.window_geometry import fit_to_screen, initial_geometry

CONTEXT = "MainWindow"
PageFactory = Callable[[UiContext, QWidget], Page]


def _placeholder(key: str) -> PageFactory:
    return lambda ctx, parent: PlaceholderPage(ctx, key, parent)


PAGES: tuple[tuple[str, str, PageFactory], ...] = (
    ("circulation", QT_TRANSLATE_NOOP("MainWindow", "Circulation"), CirculationPage),
    ("catalogue", QT_TRANSLATE_NOOP("MainWindow", "Catalogue"), CataloguePage),
    ("readers", QT_TRANSLATE_NOOP("MainWindow", "Readers"), ReadersPage),
    ("stations", QT_TRANSLATE_NOOP("MainWindow", "Stations"), StationsPage),
    ("facilities", QT_TRANSLATE_NOOP("MainWindow", "Facilities"), _placeholder("facilities")),
    ("coverage", QT_TRANSLATE_NOOP("MainWindow", "Coverage"), _placeholder("coverage")),
    ("reports", QT_TRANSLATE_NOOP("MainWindow", "Reports"), ReportsPage),
    ("settings", QT_TRANSLATE_NOOP("MainWindow", "Settings"), SettingsPage),
)
assert tuple(key for key, _, _ in PAGES) == PAGE_KEYS


class MainWindow(QMainWindow):
    closed = Signal()
    """After the window closed (and closed its database, if it owns it)."""

    def __init__(self, ctx: UiContext, *, remember: bool = True) -> None:
        super().__init__()
        self.ctx = ctx
        self._remember = remember
        self.owns_core = False
        """Set by the start-up path (desktop.ui.app.open_window): closing the window closes its database."""
        self.opener: Callable[[str], MainWindow] | None = None
        """The start-up path, for File ▸ Open another database; raises the ShuyiError of a database it cannot open."""
        self.error_box: QMessageBox | None = None
        self.setObjectName("MainWindow")
        self.nav = QListWidget(self)
        self.nav.setObjectName("navigation")
        self.nav.setFixedWidth(148)
        self.nav.setStyleSheet("QListWidget#navigation { font-size: 15px; outline: 0; } "
                               "QListWidget#navigation::item { padding: 10px 14px; }")
        self.stack = QStackedWidget(self)
        self.pages: dict[str, Page] = {}
        for key, _title, factory in PAGES:
            page = factory(ctx, self.stack)
            page.setObjectName(f"page_{key}")
            self.pages[key] = page
            self.stack.addWidget(page)
            self.nav.addItem(QListWidgetItem())
        self.nav.currentRowChanged.connect(self._switch_to)
        central = QWidget(self)
        row = QHBoxLayout(central)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        row.addWidget(self.nav)
        row.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        self.shortcuts = []
        for n, key in enumerate(PAGE_KEYS, start=1):
            shortcut = QShortcut(QKeySequence(f"Ctrl+{n}"), self)
            shortcut.activated.connect(lambda key=key: self.show_page(key))
            self.shortcuts.append(shortcut)

        self.db_label = QLabel(self)
        self.db_label.setProperty(I18N_SKIP, True)
        self._db_caption = QLabel(self)
        self.statusBar().addPermanentWidget(self._db_caption)
        self.statusBar().addPermanentWidget(self.db_label)
        self.db_label.setText(ctx.app.location.display)
        ctx.tasks.on_unhandled_error = lambda exc: self.statusBar().showMessage(error_text(exc), 10_000)

        settings_page = self.pages["settings"]
        assert isinstance(settings_page, SettingsPage)
        settings_page.language_chosen.connect(ctx.translations.apply)

        self._build_menus()
        self.setMinimumSize(640, 480)
        self.setGeometry(initial_geometry(self))
        self.nav.setCurrentRow(0)
        if remember:
            self._restore()
        self.retranslate()

    def _build_menus(self) -> None:
        self.file_menu = self.menuBar().addMenu("")
        self.help_menu = self.menuBar().addMenu("")
        self.open_action = QAction(self, shortcut=QKeySequence("Ctrl+O"), triggered=self.open_another)
        self.settings_action = QAction(self, triggered=lambda: self.show_page("settings"))
        self.quit_action = QAction(self, shortcut=QKeySequence("Ctrl+Q"), triggered=QApplication.closeAllWindows)
        self.guide_action = QAction(self, shortcut=QKeySequence("F1"), triggered=self.show_guide)
        self.shortcuts_action = QAction(self, triggered=lambda: self._show(help_dialogs.shortcuts(self)))
        self.about_action = QAction(self, triggered=lambda: self._show(
            help_dialogs.about(self.ctx.app.location.display, self)))
        self.file_menu.addActions([self.open_action, self.settings_action])
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)
        self.help_menu.addActions([self.guide_action, self.shortcuts_action])
        self.help_menu.addSeparator()
        self.help_menu.addAction(self.about_action)
        self.help_dialog: help_dialogs.HelpDialog | None = None

    def _show(self, dialog: help_dialogs.HelpDialog) -> None:
        if self.help_dialog is not None:
            self.help_dialog.close()
        self.help_dialog = dialog
        dialog.destroyed.connect(lambda _obj=None: self._forget_help(dialog))
        dialog.open()

    def _forget_help(self, dialog: help_dialogs.HelpDialog) -> None:
        if self.help_dialog is dialog:
            self.help_dialog = None

    def show_guide(self) -> None:
        """Help ▸ Guide (F1): a few sentences about the page shown."""
        key = self.current_page_key()
        title = QCoreApplication.translate(CONTEXT, next(t for k, t, _ in PAGES if k == key))
        self._show(help_dialogs.guide(title, key, self))

    def open_another(self) -> None:
        """File ▸ Open another database: choose a file; it opens as at start-up, in a window of its own."""
        current = self.ctx.app.location.path
        folder = str(current.parent) if current is not None else str(Path.home())
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Open another database"), folder,
                                              self.tr("Shuyi databases (*.db *.sqlite *.sqlite3);;All files (*)"))
        if path:
            self.open_database(path)

    def open_database(self, path: str) -> MainWindow | None:
        """Open `path` through the start-up path; on success this window closes, else the reason is shown."""
        if self.opener is None:
            return None
        try:
            window = self.opener(path)
        except ShuyiError as exc:
            box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Open another database"), error_text(exc),
                              QMessageBox.StandardButton.Ok, self)
            box.setProperty(I18N_SKIP, True)  # a message already translated, naming a file
            self.error_box = box
            box.open()
            return None
        self.close()
        return window

    def _switch_to(self, row: int) -> None:
        self.stack.setCurrentIndex(row)
        if self.isVisible():
            self.pages[PAGE_KEYS[row]].refresh()  # show what is in the database now, not when it was built

    def show_page(self, key: str) -> None:
        self.nav.setCurrentRow(PAGE_KEYS.index(key))

    def current_page_key(self) -> str:
        return PAGE_KEYS[self.stack.currentIndex()]

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Shuyi — reading rooms and service stations"))
        for row, (_key, title, _factory) in enumerate(PAGES):
            item = self.nav.item(row)
            label = QCoreApplication.translate(CONTEXT, title)
            item.setText(label)
            item.setToolTip(self.tr("{page} (Ctrl+{n})").format(page=label, n=row + 1))
        self._db_caption.setText(self.tr("Database:"))
        self.file_menu.setTitle(self.tr("&File"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.open_action.setText(self.tr("&Open another database…"))
        self.settings_action.setText(self.tr("&Settings"))
        self.quit_action.setText(self.tr("&Quit"))
        self.guide_action.setText(self.tr("&Guide to this page"))
        self.shortcuts_action.setText(self.tr("&Keyboard shortcuts"))
        self.about_action.setText(self.tr("&About Shuyi"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _restore(self) -> None:
        settings = QSettings()
        geometry = settings.value("main_window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
            self.setGeometry(fit_to_screen(self))  # saved on a screen that may be gone or smaller
        page = settings.value("main_window/page")
        if page in PAGE_KEYS:
            self.show_page(str(page))

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt override)
        for page in self.pages.values():
            page.finish_work()  # e.g. scans still queued at the desk are handled, not dropped
        if self._remember:
            settings = QSettings()
            settings.setValue("main_window/geometry", self.saveGeometry())
            settings.setValue("main_window/page", self.current_page_key())
        super().closeEvent(event)
        if self.owns_core:
            self.ctx.tasks.shutdown()
            self.ctx.app.close()
            self.owns_core = False
        self.closed.emit()


__all__ = ["MainWindow", "PAGES", "PAGE_KEYS"]
