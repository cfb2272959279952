"""Starting the GUI: the Qt application, its language, the database, the main window and the first-run choice.

`shuyi` draws the main window's frame before it imports the core: SQLAlchemy and the models take longer to load
than Qt takes to show a window. The database is opened, and the first page built, on the next turn of the event
loop after the frame's first paint (run_gui); nothing here imports the core at module level."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop.core.errors import ShuyiError
from desktop.ui.context import DataEvents, UiContext, error_text
from desktop.ui.i18n import Translations, saved_language
from desktop.ui.main_window import MainWindow
from desktop.ui.startup_probe import install as install_startup_probe
from desktop.ui.tasks import TaskRunner

if TYPE_CHECKING:
    from desktop.core.app import Shuyi

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


def ui_context(core: Shuyi, translations: Translations) -> UiContext:
    """What the pages of one window are given: the open database, a task runner of their own, the language."""
    return UiContext(app=core, tasks=TaskRunner(), translations=translations, events=DataEvents())


def build_window(core: Shuyi, *, translations: Translations, remember: bool = True,
                 lazy_pages: bool = False) -> MainWindow:
    """The main window over an open database, in the language `translations` has applied; with `lazy_pages`,
    the pages not shown first are built after that page's first paint."""
    return MainWindow(ui_context(core, translations), remember=remember, lazy_pages=lazy_pages)


def offer_first_run(window: MainWindow) -> None:
    """Ask a new database's user whether to start empty or with the demo; nothing is asked again once chosen."""
    ctx = window.ctx

    def ask(pending: bool) -> None:
        if not pending:
            return
        from desktop.ui.first_run import FirstRunDialog  # the core's sites and demo: not needed to draw the window

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
"""The windows open_window and run_gui showed, kept referenced until they close."""


def _open_core(db: str | None) -> Shuyi:
    from desktop.core.app import Shuyi  # SQLAlchemy and every model: loaded once the frame is on the screen

    return Shuyi.open(db, create=True)


def _adopt(window: MainWindow, translations: Translations, remember: bool) -> None:
    """The window owns its database (closing it closes the database), opens others as at start-up, says when its
    database was upgraded, and offers the first-run choice."""
    window.owns_core = True
    window.opener = lambda path: open_window(path, translations=translations, remember=remember)
    _OPEN.append(window)
    window.closed.connect(lambda: _OPEN.remove(window) if window in _OPEN else None)
    message = _opened_message(window.ctx.app)
    if message:
        window.statusBar().showMessage(message, 30_000)
    offer_first_run(window)


def open_window(db: str | None, *, translations: Translations, remember: bool = True,
                lazy_pages: bool = False) -> MainWindow:
    """Open (or create) a database and show its window, offering the first-run choice: the path for File ▸ Open
    another database. A database that cannot be opened raises its ShuyiError, nothing shown."""
    core = _open_core(db)
    try:
        window = build_window(core, translations=translations, remember=remember, lazy_pages=lazy_pages)
    except BaseException:
        core.close()
        raise
    window.show()
    _adopt(window, translations, remember)
    return window


class _Start:
    """`shuyi`'s start: the frame on the screen first, then the database opened into it (or the reason it cannot
    be, and the frame closed)."""

    def __init__(self, db: str | None, translations: Translations) -> None:
        self.db, self.translations = db, translations
        self.status: int | None = None
        """Set when the database could not be opened: the exit status."""
        self.crash: BaseException | None = None
        self.window = MainWindow(None, remember=True, lazy_pages=True)
        self.window.first_painted.connect(lambda: QTimer.singleShot(0, self.open_database))

    def open_database(self) -> None:
        window = self.window
        if not window.isVisible():  # closed before its database was opened
            return
        try:
            core = _open_core(self.db)
        except ShuyiError as exc:
            QMessageBox.critical(window, QCoreApplication.translate("MainWindow", "Shuyi"), error_text(exc))
            self._give_up(2)
            return
        except BaseException as exc:  # a bug: raised again from run_gui, as it would be without the frame
            self.crash = exc
            self._give_up(1)
            return
        try:
            window.attach(ui_context(core, self.translations))
        except BaseException as exc:
            core.close()
            self.crash = exc
            self._give_up(1)
            return
        _adopt(window, self.translations, remember=True)

    def _give_up(self, status: int) -> None:
        """Close the frame: the last window closed ends the event loop, and run_gui returns `status`."""
        self.status = status
        self.window.close()


def run_gui(*, db: str | None, lang: str | None) -> int:
    qt = qt_application()
    translations = Translations()
    translations.apply(lang or saved_language())
    start = _Start(db, translations)
    install_startup_probe(start.window)
    start.window.show()
    status = qt.exec()
    for window in list(_OPEN):  # closed some other way than by its close button: finish and close the database
        window.close()
    if start.crash is not None:
        raise start.crash
    return start.status if start.status is not None else status
