"""The main window: a navigation list of the eight pages, the pages themselves, and a status bar."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QSettings
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QWidget,
)

from desktop.core.i18n import QT_TRANSLATE_NOOP
from desktop.pages import PAGE_KEYS
from desktop.ui.catalogue.page import CataloguePage
from desktop.ui.circulation.page import CirculationPage
from desktop.ui.context import UiContext, error_text
from desktop.ui.pages.base import I18N_SKIP, Page
from desktop.ui.pages.placeholder import PlaceholderPage
from desktop.ui.readers.page import ReadersPage
from desktop.ui.reports.page import ReportsPage
from desktop.ui.settings.page import SettingsPage
from desktop.ui.stations.page import StationsPage

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
    def __init__(self, ctx: UiContext, *, remember: bool = True) -> None:
        super().__init__()
        self.ctx = ctx
        self._remember = remember
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

        self.resize(1200, 760)
        self.setMinimumSize(760, 520)
        self.nav.setCurrentRow(0)
        if remember:
            self._restore()
        self.retranslate()

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

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _restore(self) -> None:
        settings = QSettings()
        geometry = settings.value("main_window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
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


__all__ = ["MainWindow", "PAGES", "PAGE_KEYS"]
