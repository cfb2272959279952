"""Starting the window on a damaged database shows the damaged message (in Chinese) and ends cleanly: no crash, no
window over half a database, the file as it was."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QTimer, QTranslator
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop.ui.app import qt_application, run_gui
from tests.damage import overwrite_pages


def test_the_window_says_the_database_is_damaged_instead_of_crashing(demo_db_path: Path) -> None:
    app = qt_application()
    translators = set(app.findChildren(QTranslator))
    overwrite_pages(demo_db_path, 3, seed=7)
    before = demo_db_path.read_bytes()
    shown: list[str] = []
    tries = iter(range(200))

    def answer() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            if next(tries, None) is None:  # ten seconds and no message: the window opened over the damage
                QApplication.closeAllWindows()
                return
            QTimer.singleShot(50, answer)
            return
        shown.append(box.text())
        box.accept()

    QTimer.singleShot(50, answer)
    try:
        status = run_gui(db=str(demo_db_path), lang="zh_CN")
    finally:  # run_gui installed the Chinese translators: take them away again for the tests that follow
        for translator in set(app.findChildren(QTranslator)) - translators:
            app.removeTranslator(translator)
            translator.deleteLater()
    assert status == 2
    assert len(shown) == 1 and "已损坏" in shown[0] and "备份" in shown[0] and str(demo_db_path) in shown[0]
    assert demo_db_path.read_bytes() == before
