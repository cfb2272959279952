"""The menu bar: File (open another database through the start-up path, settings, quit) and Help (a guide to the
page shown, the keyboard shortcuts, About with the version and the database), in both languages."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

import desktop
from desktop.core.database import copy_sqlite
from desktop.pages import PAGE_KEYS
from desktop.ui.app import open_window
from desktop.ui.help.guide import guide_text
from desktop.ui.i18n import Translations
from desktop.ui.main_window import MainWindow
from tests.ui.conftest import MakeWindow

MENUS = {"zh_CN": ("文件(&F)", "帮助(&H)"), "en": ("&File", "&Help")}


@pytest.mark.parametrize("lang", ["zh_CN", "en"])
def test_the_menus_are_there_and_translated(make_window: MakeWindow, lang: str) -> None:
    window = make_window(lang=lang)
    assert (window.file_menu.title(), window.help_menu.title()) == MENUS[lang]
    actions = [a for menu in (window.file_menu, window.help_menu) for a in menu.actions() if not a.isSeparator()]
    assert len(actions) == 6 and all(a.text() for a in actions)
    if lang == "zh_CN":
        assert all(any("\u4e00" <= ch <= "\u9fff" for ch in a.text()) for a in actions), [a.text() for a in actions]
    assert window.quit_action.shortcut().toString() == "Ctrl+Q"
    assert window.guide_action.shortcut().toString() == "F1"
    window.settings_action.trigger()
    assert window.current_page_key() == "settings"


@pytest.mark.parametrize("lang", ["zh_CN", "en"])
def test_help_guides_each_page_and_about_names_version_and_database(make_window: MakeWindow, lang: str) -> None:
    window = make_window(lang=lang)
    for key in PAGE_KEYS:
        window.show_page(key)
        window.guide_action.trigger()
        dialog = window.help_dialog
        assert dialog is not None and dialog.isVisible()
        assert guide_text(key) in dialog.body.toPlainText()
        assert window.nav.item(PAGE_KEYS.index(key)).text() in dialog.windowTitle()
        if lang == "zh_CN":
            assert guide_text(key) != "" and any("\u4e00" <= ch <= "\u9fff" for ch in guide_text(key))
    window.shortcuts_action.trigger()
    assert "Ctrl+Q" in window.help_dialog.body.toPlainText() and "F1" in window.help_dialog.body.toPlainText()
    window.about_action.trigger()
    about = window.help_dialog.body.toPlainText()
    assert desktop.__version__ in about and window.ctx.app.location.display in about
    window.help_dialog.close()


def test_quit_closes_the_window(make_window: MakeWindow, qtbot: QtBot) -> None:
    window = make_window()
    window.quit_action.trigger()
    assert not window.isVisible()


@pytest.fixture
def translations() -> Translations:
    chosen = Translations()
    chosen.apply("zh_CN")
    yield chosen
    chosen.apply("en")


def _close(*windows: MainWindow) -> None:
    for window in windows:
        window.close()
        QApplication.processEvents()


def test_another_database_opens_as_at_start_up(qtbot: QtBot, demo_template: Path, tmp_path: Path,
                                               translations: Translations) -> None:
    first_db = copy_sqlite(demo_template, tmp_path / "first.db")
    second_db = copy_sqlite(demo_template, tmp_path / "second.db")
    first = open_window(str(first_db), translations=translations, remember=False)
    assert first.isVisible() and first.owns_core and first.db_label.text() == str(first_db)
    second = first.open_database(str(second_db))
    assert second is not None and second is not first
    assert second.isVisible() and second.db_label.text() == str(second_db) and second.owns_core
    assert not first.isVisible() and not first.owns_core  # closed, and its database with it
    assert second.ctx.tasks.wait_idle()
    assert second.ctx.app.stats().titles > 0
    _close(second)


@pytest.mark.parametrize("content", [b"hello, not a database\n", None])  # a text file; a folder
def test_a_file_that_is_no_database_is_a_translated_message(qtbot: QtBot, demo_template: Path, tmp_path: Path,
                                                             translations: Translations, content: bytes | None) -> None:
    window = open_window(str(copy_sqlite(demo_template, tmp_path / "mine.db")), translations=translations,
                         remember=False)
    bad = tmp_path / "notes.db"
    if content is not None:
        bad.write_bytes(content)
    else:
        bad.mkdir()
    assert window.open_database(str(bad)) is None
    box = window.error_box
    assert box is not None and box.isVisible()
    assert str(bad) in box.text() and any("\u4e00" <= ch <= "\u9fff" for ch in box.text())
    assert "Something went wrong" not in box.text() and "意外" not in box.text()
    assert window.isVisible() and window.owns_core  # still working on its own database
    assert window.ctx.app.stats().titles > 0
    box.close()
    _close(window)
