"""How `shuyi` starts: the main window's frame (menus, navigation, status bar) is drawn before the core is imported
and the database opened; the desk page follows on its own, with the keyboard in its scan box."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QObject, QSettings, QTimer, QTranslator
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox

from desktop.core.app import Shuyi
from desktop.core.errors import ShuyiError
from desktop.ui.app import qt_application, run_gui
from desktop.ui.circulation.page import CirculationPage
from desktop.ui.context import error_text
from desktop.ui.main_window import MainWindow
from tests.conftest import PROJECT

FRAME_MODULES = "desktop.cli.main, desktop.ui.app, desktop.ui.main_window, desktop.ui.startup_probe"
CORE = ("sqlalchemy", "db.models", "db.migrate", "desktop.core.app", "desktop.core.stats", "desktop.ui.first_run",
        "desktop.ui.circulation")


def test_the_frame_is_drawn_without_sqlalchemy_or_the_models() -> None:
    """What `shuyi` imports and does up to the frame's first paint loads none of the core's database layer."""
    code = (
        "import sys\n"
        f"core = {CORE!r}\n"
        "def loaded():\n"
        "    print(','.join(sorted({c for c in core for m in sys.modules if m == c or m.startswith(c + '.')})))\n"
        f"import {FRAME_MODULES}\n"
        "loaded()\n"
        "from desktop.ui.app import qt_application\n"
        "from desktop.ui.i18n import Translations\n"
        "from desktop.ui.main_window import MainWindow\n"
        "qt_application()\n"
        "Translations().apply('zh_CN')\n"
        "window = MainWindow(None, remember=False, lazy_pages=True)\n"
        "painted = []\n"
        "window.first_painted.connect(lambda: painted.append(True))\n"
        "window.show()\n"
        "while not painted:\n"
        "    qt_application().processEvents()\n"
        "loaded()\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=PROJECT, check=False,
                            timeout=120, env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin",
                                              "PYTHONPATH": str(PROJECT), "XDG_CONFIG_HOME": "/nonexistent"})
    assert result.stdout.split("\n") == ["", "", ""], result.stdout  # after the imports; after the first paint
    assert result.returncode == 0, result.stderr


class _Watch(QObject):
    """Notes what the main window shows at its first paint and once its first page was painted, then closes it."""

    def __init__(self) -> None:
        super().__init__()
        self.frame: dict[str, object] = {}
        self.page: dict[str, object] = {}

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.Paint and isinstance(watched, MainWindow) and not self.frame:
            self.frame = {
                "attached": watched.attached, "pages": list(watched.pages),
                "navigation": [watched.nav.item(n).text() for n in range(watched.nav.count())],
                "status bar": watched.statusBar().isVisible(),
                "note": [label.text() for label in watched.stack.findChildren(QLabel, "pageSlot")
                         if label.isVisibleTo(watched)],
            }
            watched.page_painted.connect(lambda: QTimer.singleShot(0, lambda: self._page_shown(watched)))
        return False

    def _page_shown(self, window: MainWindow) -> None:
        page = window.pages.get("circulation")
        self.page = {"attached": window.attached, "current": window.current_page_key(),
                     "shown": window.stack.currentWidget() is page and page is not None and page.isVisible(),
                     "focus": isinstance(page, CirculationPage) and QApplication.focusWidget() is page.scan_box,
                     "database": window.db_label.text()}
        window.ctx.tasks.wait_idle()
        window.close()


def test_shuyi_draws_its_frame_first_then_the_desk_by_itself(demo_db_path: Path) -> None:
    app = qt_application()
    translators = set(app.findChildren(QTranslator))
    QSettings().remove("main_window")  # the desk is the first page of a computer that never ran Shuyi
    watch = _Watch()
    app.installEventFilter(watch)
    guard = QTimer()  # a minute and the desk never came: close the window, and fail below
    guard.setSingleShot(True)
    guard.timeout.connect(QApplication.closeAllWindows)
    guard.start(60_000)
    try:
        status = run_gui(db=str(demo_db_path), lang="zh_CN")
    finally:
        guard.stop()
        app.removeEventFilter(watch)
        for translator in set(app.findChildren(QTranslator)) - translators:
            app.removeTranslator(translator)
            translator.deleteLater()
    assert status == 0
    frame = watch.frame
    assert frame["attached"] is False and frame["pages"] == []  # nothing of the database yet
    assert frame["navigation"][:3] == ["借还台", "图书", "读者"] and frame["status bar"] is True
    assert frame["note"] == ["正在打开数据库…"]
    assert watch.page == {"attached": True, "current": "circulation", "shown": True, "focus": True,
                          "database": str(demo_db_path)}


def _newer(path: Path) -> None:
    conn = sqlite3.connect(path)
    try:
        with conn:
            conn.execute("UPDATE alembic_version SET version_num = '9999'")
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # in the file itself, as a newer Shuyi would leave it
    finally:
        conn.close()


def _text_file(path: Path) -> None:
    path.write_bytes(b"hello, not a database\n")


@pytest.mark.parametrize("spoil", [_newer, _text_file], ids=["newer", "text file"])
def test_a_database_that_cannot_be_opened_is_said_over_the_frame(demo_db_path: Path, spoil: Callable[[Path], None]
                                                                 ) -> None:
    """The same message as before the frame came first (the ShuyiError's, in the window's words), then the frame
    closes and `shuyi` ends with status 2; nothing was built over the database, and it is left as it was."""
    app = qt_application()
    translators = set(app.findChildren(QTranslator))
    spoil(demo_db_path)
    before = demo_db_path.read_bytes()
    with pytest.raises(ShuyiError) as refused:
        Shuyi.open(demo_db_path, create=True)
    shown: list[tuple[str, str, bool]] = []
    tries = iter(range(600))

    def answer() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            if next(tries, None) is None:
                QApplication.closeAllWindows()
                return
            QTimer.singleShot(50, answer)
            return
        window = box.parentWidget()
        assert isinstance(window, MainWindow)
        shown.append((box.text(), error_text(refused.value), window.attached or bool(window.pages)))
        box.accept()

    QTimer.singleShot(50, answer)
    try:
        status = run_gui(db=str(demo_db_path), lang="zh_CN")
    finally:
        for translator in set(app.findChildren(QTranslator)) - translators:
            app.removeTranslator(translator)
            translator.deleteLater()
    assert status == 2
    [(text, expected, built)] = shown
    assert text == expected and any("\u4e00" <= ch <= "\u9fff" for ch in text)
    assert not built
    assert not any(isinstance(w, MainWindow) and w.isVisible() for w in QApplication.topLevelWidgets())
    assert demo_db_path.read_bytes() == before
