"""GUI fixtures: the real main window over a real database, in a chosen language, cleaned up after each test."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from pytestqt.qtbot import QtBot

from desktop.core.app import Shuyi
from desktop.ui.app import build_window, qt_application
from desktop.ui.i18n import Translations
from desktop.ui.main_window import MainWindow

MakeWindow = Callable[..., MainWindow]


@pytest.fixture
def make_window(qtbot: QtBot, demo_app: Shuyi) -> Iterator[MakeWindow]:
    qt_application()  # organisation and application names, for QSettings
    made: list[tuple[MainWindow, Translations]] = []

    def make(core: Shuyi | None = None, *, lang: str = "zh_CN", remember: bool = False) -> MainWindow:
        translations = Translations()
        translations.apply(lang)
        window = build_window(core or demo_app, translations=translations, remember=remember)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        assert window.ctx.tasks.wait_idle()
        made.append((window, translations))
        return window

    yield make
    for window, translations in made:
        window.ctx.tasks.wait_idle()
        window.ctx.tasks.shutdown()
        translations.apply("en")  # removes this window's translators from the application
