"""Starting the GUI: the Qt application, its language, the database, the main window and the first-run choice."""

from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop.core.app import Shuyi
from desktop.core.errors import ShuyiError
from desktop.ui.context import DataEvents, UiContext, error_text
from desktop.ui.first_run import FirstRunDialog
from desktop.ui.i18n import Translations, saved_language
from desktop.ui.main_window import MainWindow
from desktop.ui.startup_probe import install as install_startup_probe
from desktop.ui.tasks import TaskRunner

ORGANISATION = "Shuyi"
APPLICATION = "Shuyi"


def qt_application() -> QApplication:
    app = QApplication.instance()
    if app is None:
        app = QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setOrganizationName(ORGANISATION)
    app.setApplicationName(APPLICATION)
    return app


def build_window(core: Shuyi, *, translations: Translations, remember: bool = True,
                 lazy_pages: bool = False) -> MainWindow:
    """The main window over an open database, in the language `translations` has applied; with `lazy_pages`,
    the pages not shown first are built after the window's first paint."""
    tasks = TaskRunner()
    ctx = UiContext(app=core, tasks=tasks, translations=translations, events=DataEvents())
    window = MainWindow(ctx, remember=remember, lazy_pages=lazy_pages)
    tasks.setParent(window)
    ctx.events.setParent(window)
    return window


def offer_first_run(window: MainWindow) -> None:
    """Ask a new database's user whether to start empty or with the demo; nothing is asked again once chosen."""
    ctx = window.ctx

    def ask(pending: bool) -> None:
        if not pending:
            return
        dialog = FirstRunDialog(window)
        choice = dialog.exec()
        dialog.deleteLater()
        if choice == FirstRunDialog.DEMO:
            ctx.tasks.submit(ctx.app.demo.load, on_done=lambda _summary: ctx.events.changed.emit())
        elif choice == FirstRunDialog.EMPTY:
            ctx.tasks.submit(ctx.app.settings.mark_first_run_done)
        # closed without a choice: asked again next time

    ctx.tasks.submit(ctx.app.settings.first_run_pending, on_done=ask)


def _opened_message(core: Shuyi) -> str:
    opened = core.opened
    if opened.upgraded_from and opened.backup:
        return QCoreApplication.translate(
            "MainWindow", "The database was upgraded from schema {old}; the old copy is kept at {backup}"
        ).format(old=opened.upgraded_from, backup=str(opened.backup))
    return ""


_OPEN: list[MainWindow] = []
"""The windows open_window showed, kept referenced until they close."""


def open_window(db: str | None, *, translations: Translations, remember: bool = True,
                lazy_pages: bool = False) -> MainWindow:
    """Open (or create) a database and show its window, offering the first-run choice: the one path for start-up
    and for File ▸ Open another database. A database that cannot be opened raises its ShuyiError, nothing shown.
    The window owns the database: closing it closes the database."""
    core = Shuyi.open(db, create=True)
    try:
        window = build_window(core, translations=translations, remember=remember, lazy_pages=lazy_pages)
    except BaseException:
        core.close()
        raise
    window.owns_core = True
    window.opener = lambda path: open_window(path, translations=translations, remember=remember)
    _OPEN.append(window)
    window.closed.connect(lambda: _OPEN.remove(window) if window in _OPEN else None)
    message = _opened_message(core)
    if message:
        window.statusBar().showMessage(message, 30_000)
    install_startup_probe(window)
    window.show()
    offer_first_run(window)
    return window


def run_gui(*, db: str | None, lang: str | None) -> int:
    qt = qt_application()
    translations = Translations()
    translations.apply(lang or saved_language())
    try:
        open_window(db, translations=translations, lazy_pages=True)
    except ShuyiError as exc:
        QMessageBox.critical(None, QCoreApplication.translate("MainWindow", "Shuyi"), error_text(exc))
        return 2
    status = qt.exec()
    for window in list(_OPEN):  # closed some other way than by its close button: finish and close the database
        window.close()
    return status
