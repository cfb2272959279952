"""The main window: a menu bar, a navigation list of the eight pages, the pages themselves, and a status bar.

The window is built as a frame first (navigation, menus, status bar, a note where the page goes) and is given its
database with attach(); `shuyi` shows the frame before it imports the core and opens the database, and attaches
it on the next turn of the event loop after the frame's first paint (desktop.ui.app.run_gui). A page's module is
imported when the page is first built. With `lazy_pages` (how `shuyi` starts) only the page shown first is built
when the database is attached; the others are built one per turn of the event loop after that page's first
paint, or at once when asked for (docs/performance.md, start-up)."""

from __future__ import annotations

import importlib
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QPaintEvent, QShortcut
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
from desktop.ui.context import UiContext, error_text
from desktop.ui.pages.base import I18N_SKIP, Page
from desktop.ui.pages.placeholder import PlaceholderPage
from desktop.ui.window_geometry import fit_to_screen, initial_geometry

if TYPE_CHECKING:
    from desktop.ui.help import dialogs as help_dialogs

CONTEXT = "MainWindow"
PageFactory = Callable[[UiContext, QWidget], Page]


def _placeholder(key: str) -> PageFactory:
    return lambda ctx, parent: PlaceholderPage(ctx, key, parent)


def _help() -> ModuleType:
    """desktop.ui.help.dialogs, imported when help is first asked for: not on the way to the window's first paint."""
    return importlib.import_module("desktop.ui.help.dialogs")


def _page(module: str, name: str) -> PageFactory:
    """A page whose module is imported when the page is first built, not when the window's module loads."""
    return lambda ctx, parent: getattr(importlib.import_module(module), name)(ctx, parent)


PAGES: tuple[tuple[str, str, PageFactory], ...] = (
    ("circulation", QT_TRANSLATE_NOOP("MainWindow", "Circulation"), _page("desktop.ui.circulation.page",
                                                                          "CirculationPage")),
    ("catalogue", QT_TRANSLATE_NOOP("MainWindow", "Catalogue"), _page("desktop.ui.catalogue.page", "CataloguePage")),
    ("readers", QT_TRANSLATE_NOOP("MainWindow", "Readers"), _page("desktop.ui.readers.page", "ReadersPage")),
    ("stations", QT_TRANSLATE_NOOP("MainWindow", "Stations"), _page("desktop.ui.stations.page", "StationsPage")),
    ("facilities", QT_TRANSLATE_NOOP("MainWindow", "Facilities"), _page("desktop.ui.facilities.page",
                                                                        "FacilitiesPage")),
    ("coverage", QT_TRANSLATE_NOOP("MainWindow", "Coverage"), _placeholder("coverage")),
    ("reports", QT_TRANSLATE_NOOP("MainWindow", "Reports"), _page("desktop.ui.reports.page", "ReportsPage")),
    ("settings", QT_TRANSLATE_NOOP("MainWindow", "Settings"), _page("desktop.ui.settings.page", "SettingsPage")),
)
assert tuple(key for key, _, _ in PAGES) == PAGE_KEYS


class MainWindow(QMainWindow):
    closed = Signal()
    """After the window closed (and closed its database, if it owns it)."""
    first_painted = Signal()
    """Once, after the window's first paint: the frame, and the first page if the database was attached before."""
    page_painted = Signal()
    """Once, after the first page built over the attached database was painted."""

    def __init__(self, ctx: UiContext | None = None, *, remember: bool = True, lazy_pages: bool = False) -> None:
        """The frame; with `ctx`, attached to its database at once (see attach())."""
        super().__init__()
        self._ctx: UiContext | None = None
        self._remember = remember
        self.owns_core = False
        """Set by the start-up path (desktop.ui.app): closing the window closes its database."""
        self.opener: Callable[[str], MainWindow] | None = None
        """The start-up path, for File ▸ Open another database; raises the ShuyiError of a database it cannot open."""
        self.error_box: QMessageBox | None = None
        self._lazy = lazy_pages
        self._painted = False
        self._page_painted = False
        self._closing = False
        self.setObjectName("MainWindow")
        self.nav = QListWidget(self)
        self.nav.setObjectName("navigation")
        self.nav.setFixedWidth(148)
        self.nav.setStyleSheet("QListWidget#navigation { font-size: 15px; outline: 0; } "
                               "QListWidget#navigation::item { padding: 10px 14px; }")
        self.stack = QStackedWidget(self)
        self.pages: dict[str, Page] = {}
        """The pages built so far, by key (all of them once attached, unless `lazy_pages`; see page())."""
        for _key, _title, _factory in PAGES:
            self.stack.addWidget(self._slot())  # the page's slot, until it is built
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

        self.db_label = QLabel(self)  # the database's name, once attached
        self.db_label.setProperty(I18N_SKIP, True)
        self._db_caption = QLabel(self)
        self.statusBar().addPermanentWidget(self._db_caption)
        self.statusBar().addPermanentWidget(self.db_label)

        self._build_menus()
        self.setMinimumSize(640, 480)
        self.setGeometry(initial_geometry(self))
        self.nav.setCurrentRow(0)
        if remember:
            self._restore()
        self.retranslate()
        if ctx is not None:
            self.attach(ctx)

    @property
    def ctx(self) -> UiContext:
        """What the pages are given; only once the window has its database (attach())."""
        if self._ctx is None:
            raise RuntimeError("the window has no database yet")
        return self._ctx

    @property
    def attached(self) -> bool:
        return self._ctx is not None

    def attach(self, ctx: UiContext) -> None:
        """Give the frame its database: the status bar names it, the menus that need it work, and the page shown
        is built (the others too, unless `lazy_pages`: then they follow that page's first paint)."""
        if self._ctx is not None:
            raise RuntimeError("the window already has a database")
        self._ctx = ctx
        ctx.tasks.setParent(self)
        ctx.events.setParent(self)
        ctx.tasks.on_unhandled_error = lambda exc: self.statusBar().showMessage(error_text(exc), 10_000)
        self.db_label.setText(ctx.app.location.display)
        for action in (self.open_action, self.about_action):
            action.setEnabled(True)
        self.page(self.current_page_key())
        if not self._lazy:
            for key in PAGE_KEYS:
                self.page(key)

    @staticmethod
    def _slot() -> QLabel:
        """Where a page goes until it is built: in the frame, a note that the database is being opened."""
        slot = QLabel()
        slot.setObjectName("pageSlot")
        slot.setAlignment(Qt.AlignmentFlag.AlignCenter)
        slot.setStyleSheet("color: #808080;")
        return slot

    def page(self, key: str) -> Page:
        """The page `key`, built now if it was not yet."""
        if key in self.pages:
            return self.pages[key]
        row = PAGE_KEYS.index(key)
        page = PAGES[row][2](self.ctx, self.stack)
        page.setObjectName(f"page_{key}")
        slot = self.stack.widget(row)
        current = self.stack.currentIndex()
        self.stack.insertWidget(row, page)
        self.stack.removeWidget(slot)
        slot.deleteLater()
        self.stack.setCurrentIndex(current)
        self.pages[key] = page
        if not self._page_painted:
            page.installEventFilter(self)  # the first page painted: page_painted, then the other pages (if lazy)
        if key == "settings":
            page.language_chosen.connect(self.ctx.translations.apply)  # type: ignore[attr-defined]
        return page

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt override)
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            self.first_painted.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.Paint and not self._page_painted:
            self._page_painted = True
            for page in self.pages.values():
                page.removeEventFilter(self)
            self.page_painted.emit()
            if self._lazy:
                QTimer.singleShot(0, self._build_next_page)
        return False

    def _build_next_page(self) -> None:
        """After the first page's first paint: build one page not built yet, then give the event loop a turn
        before the next."""
        missing = [key for key in PAGE_KEYS if key not in self.pages]
        if missing and not self._closing:
            self.page(missing[0])
            if len(missing) > 1:
                QTimer.singleShot(0, self._build_next_page)

    def _build_menus(self) -> None:
        self.file_menu = self.menuBar().addMenu("")
        self.help_menu = self.menuBar().addMenu("")
        self.open_action = QAction(self, shortcut=QKeySequence("Ctrl+O"), triggered=self.open_another)
        self.settings_action = QAction(self, triggered=lambda: self.show_page("settings"))
        self.quit_action = QAction(self, shortcut=QKeySequence("Ctrl+Q"), triggered=QApplication.closeAllWindows)
        self.guide_action = QAction(self, shortcut=QKeySequence("F1"), triggered=self.show_guide)
        self.shortcuts_action = QAction(self, triggered=lambda: self._show(_help().shortcuts(self)))
        self.about_action = QAction(self, triggered=lambda: self._show(
            _help().about(self.ctx.app.location.display, self)))
        for action in (self.open_action, self.about_action):
            action.setEnabled(False)  # until the window has its database (attach())
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
        self._show(_help().guide(title, key, self))

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
        if self._ctx is None:  # the frame: the page is built when the database is attached
            self.stack.setCurrentIndex(row)
            return
        built = PAGE_KEYS[row] in self.pages  # a page loads its data when it is built
        page = self.page(PAGE_KEYS[row])
        self.stack.setCurrentIndex(row)
        if built and self.isVisible():
            page.refresh()  # show what is in the database now, not when it was built

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
        for slot in self.stack.findChildren(QLabel, "pageSlot", Qt.FindChildOption.FindDirectChildrenOnly):
            slot.setText(self.tr("Opening the database…"))

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
        self._closing = True  # no page is built after this (finish_work may turn the event loop)
        for page in list(self.pages.values()):
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
