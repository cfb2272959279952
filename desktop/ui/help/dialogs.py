"""The Help menu's windows: the guide to the page shown, the keyboard shortcuts, and About (version, database)."""

from __future__ import annotations

import html
import platform

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QCoreApplication, Qt, qVersion
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

import desktop
from desktop.ui.help.guide import guide_text, shortcut_rows
from desktop.ui.pages.base import I18N_SKIP


class HelpDialog(QDialog):
    """A titled page of rich text with a Close button, shown without blocking the window."""

    def __init__(self, title: str, body: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setProperty(I18N_SKIP, True)  # built from translated texts and data when opened
        self.body = QTextBrowser(self)
        self.body.setOpenExternalLinks(True)
        self.body.setHtml(body)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.body, 1)
        layout.addWidget(buttons)
        self.resize(560, 380)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)


def guide(page_title: str, page: str, parent: QWidget) -> HelpDialog:
    title = QCoreApplication.translate("HelpDialog", "Guide: {page}").format(page=page_title)
    body = f"<h3>{html.escape(page_title)}</h3><p>{html.escape(guide_text(page))}</p>"
    return HelpDialog(title, body, parent)


def shortcuts(parent: QWidget) -> HelpDialog:
    rows = "".join(f"<tr><td style='padding-right:18px'><b>{html.escape(keys)}</b></td><td>{html.escape(text)}</td>"
                   f"</tr>" for keys, text in shortcut_rows())
    return HelpDialog(QCoreApplication.translate("HelpDialog", "Keyboard shortcuts"), f"<table>{rows}</table>", parent)


def about(database: str, parent: QWidget) -> HelpDialog:
    name = QCoreApplication.translate("HelpDialog", "Shuyi — reading rooms and service stations")
    lines = (
        QCoreApplication.translate("HelpDialog", "Version {version}").format(version=desktop.__version__),
        QCoreApplication.translate("HelpDialog", "Database in use: {path}").format(path=database),
        QCoreApplication.translate("HelpDialog", "Qt {qt}, PySide6 {pyside}, Python {python}").format(
            qt=qVersion(), pyside=pyside_version, python=platform.python_version()),
    )
    body = f"<h3>{html.escape(name)}</h3>" + "".join(f"<p>{html.escape(line)}</p>" for line in lines)
    dialog = HelpDialog(QCoreApplication.translate("HelpDialog", "About Shuyi"), body, parent)
    dialog.resize(520, 260)
    return dialog
