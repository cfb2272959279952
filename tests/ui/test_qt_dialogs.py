"""Qt's own dialogs speak the interface language, and no label shows a literal '&' (a mnemonic with no buddy)."""

from __future__ import annotations

import re

import pytest
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QAbstractButton, QDialog, QFileDialog, QLabel
from pytestqt.qtbot import QtBot

from desktop.ui.app import qt_application
from desktop.ui.catalogue.import_wizard import ImportWizard
from desktop.ui.catalogue.page import CataloguePage
from desktop.ui.i18n import Translations
from tests.ui.conftest import MakeWindow

CJK = re.compile(r"[\u4e00-\u9fff]")


def _shown_texts(dialog: QDialog) -> list[str]:
    widgets = [w for w in dialog.findChildren(QLabel) + dialog.findChildren(QAbstractButton)
               if w.isVisibleTo(dialog) and w.text().strip()]
    return [w.text() for w in widgets]


@pytest.fixture
def chinese(qtbot: QtBot):  # noqa: ANN201 (a generator fixture)
    qt_application()
    translations = Translations()
    translations.apply("zh_CN")
    yield translations
    translations.apply("en")


@pytest.mark.usefixtures("chinese")
def test_the_file_dialog_is_in_chinese(qtbot: QtBot) -> None:
    for mode in (QFileDialog.AcceptMode.AcceptOpen, QFileDialog.AcceptMode.AcceptSave):
        dialog = QFileDialog(None, "x", "", "CSV (*.csv)")
        qtbot.addWidget(dialog)
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        dialog.setAcceptMode(mode)
        dialog.show()
        texts = [t for t in _shown_texts(dialog) if t != "x"]
        assert len(texts) >= 4
        assert [t for t in texts if not CJK.search(t)] == []  # "Look in:", "Files of type:", buttons…


@pytest.mark.usefixtures("chinese")
def test_the_print_dialog_is_in_chinese(qtbot: QtBot) -> None:
    printer = QPrinter()
    dialog = QPrintDialog(printer)
    qtbot.addWidget(dialog)
    dialog.show()
    english = [t for t in _shown_texts(dialog) if re.search(r"[a-z]{3}", t) and not CJK.search(t)]
    assert english == []


@pytest.mark.parametrize("lang", ["zh_CN", "en"])
def test_no_wizard_label_shows_an_ampersand(make_window: MakeWindow, lang: str) -> None:
    window = make_window(lang=lang)
    window.show_page("catalogue")
    page = window.pages["catalogue"]
    assert isinstance(page, CataloguePage)
    page.import_button.click()
    wizard = page.dialog
    assert isinstance(wizard, ImportWizard)
    labels = [label for label in wizard.findChildren(QLabel) if label.isVisibleTo(wizard)]
    assert any("&" in label.text() for label in labels)  # the file and room rows have mnemonics…
    shown_raw = [label.text() for label in labels if "&" in label.text() and label.buddy() is None]
    assert shown_raw == []  # …and each has a buddy, so Qt draws it underlined instead of printing '&'
    wizard.reject()
