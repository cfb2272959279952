"""The main window: eight pages in both languages, shortcuts, live language switch, remembered geometry."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QSettings, Qt
from pytestqt.qtbot import QtBot

from desktop.pages import PAGE_KEYS
from desktop.ui.settings.page import SettingsPage
from desktop.ui.stations.page import StationsPage
from tests.ui.conftest import MakeWindow
from tests.ui.texts import visible_ui_texts

CJK = re.compile(r"[\u4e00-\u9fff]")
LATIN_WORD = re.compile(r"[A-Za-z]*[a-z][A-Za-z]*")
"""An English word has a lower-case letter; acronyms such as ISBN read the same in Chinese."""
NAV_ZH = ["借还台", "图书", "读者", "驿站", "设施", "服务圈", "报表", "设置"]


def _untranslated(texts: list[tuple[str, str]], lang: str) -> list[tuple[str, str]]:
    if lang == "zh_CN":  # English words with no Chinese around them were left untranslated
        return [(w, t) for w, t in texts if not CJK.search(t) and any(len(m) > 1 for m in LATIN_WORD.findall(t))]
    return [(w, t) for w, t in texts if CJK.search(t)]


@pytest.mark.parametrize("lang", ["zh_CN", "en"])
def test_every_page_opens_with_no_untranslated_text(make_window: MakeWindow, lang: str) -> None:
    window = make_window(lang=lang)
    for key in PAGE_KEYS:
        window.show_page(key)
        assert window.ctx.tasks.wait_idle()
        assert window.current_page_key() == key
        texts = visible_ui_texts(window)
        assert len(texts) > 10, key
        assert any(CJK.search(t) for _, t in texts) == (lang == "zh_CN"), key
        assert _untranslated(texts, lang) == [], key


def test_navigation_is_in_chinese_by_default(make_window: MakeWindow) -> None:
    window = make_window()
    assert [window.nav.item(i).text() for i in range(window.nav.count())] == NAV_ZH
    assert window.windowTitle().startswith("书驿")


def test_ctrl_number_switches_pages(make_window: MakeWindow, qtbot: QtBot) -> None:
    window = make_window()
    window.activateWindow()
    qtbot.waitActive(window)
    for n, key in reversed(list(enumerate(PAGE_KEYS, start=1))):
        qtbot.keyClick(window, getattr(Qt.Key, f"Key_{n}"), Qt.KeyboardModifier.ControlModifier)
        assert window.current_page_key() == key


def test_language_switches_live_from_settings(make_window: MakeWindow, qtbot: QtBot) -> None:
    window = make_window()
    window.show_page("settings")
    settings = window.pages["settings"]
    assert isinstance(settings, SettingsPage)
    combo = settings.language_combo
    combo.setCurrentIndex(combo.findData("en"))
    qtbot.waitUntil(lambda: window.nav.item(0).text() == "Circulation")  # LanguageChange is posted
    assert window.windowTitle().startswith("Shuyi")
    assert _untranslated(visible_ui_texts(window), "en") == []
    window.show_page("stations")
    stations = window.pages["stations"]
    assert isinstance(stations, StationsPage)
    assert stations.model.headerData(0, Qt.Orientation.Horizontal) == "Code"
    combo.setCurrentIndex(combo.findData("zh_CN"))
    qtbot.waitUntil(lambda: window.nav.item(0).text() == "借还台")
    assert stations.model.headerData(0, Qt.Orientation.Horizontal) == "代码"
    assert QSettings().value("ui/language") == "zh_CN"


def test_status_bar_shows_the_open_database(make_window: MakeWindow) -> None:
    window = make_window()
    assert window.db_label.text() == window.ctx.app.location.display
    assert window.db_label.isVisible()


def test_geometry_and_page_are_remembered(make_window: MakeWindow) -> None:
    first = make_window(remember=True)
    first.resize(790, 610)  # the offscreen screen is 800x800: a larger window would be fitted to it
    first.show_page("reports")
    first.close()
    second = make_window(remember=True)
    assert (second.width(), second.height()) == (790, 610)
    assert second.current_page_key() == "reports"


def test_stations_page_lists_and_filters_sites(make_window: MakeWindow) -> None:
    window = make_window()
    page = window.pages["stations"]
    assert isinstance(page, StationsPage)
    assert page.model.rowCount() == 10
    assert page.model.data(page.model.index(0, 1)) == "职工书屋"
    combo = page._filter
    combo.setCurrentIndex(2)  # reading rooms
    assert window.ctx.tasks.wait_idle()
    assert page.model.rowCount() == 3
    combo.setCurrentIndex(1)  # service stations
    assert window.ctx.tasks.wait_idle()
    assert page.model.rowCount() == 7
