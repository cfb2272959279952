"""How `shuyi` starts: only the page shown first is built before the window appears, the rest after its first paint."""

from __future__ import annotations

import subprocess
import sys

from pytestqt.qtbot import QtBot

from desktop.core.app import Shuyi
from desktop.pages import PAGE_KEYS
from desktop.ui.app import build_window, qt_application
from desktop.ui.i18n import Translations
from tests.conftest import PROJECT


def test_the_window_module_loads_no_page_it_does_not_show() -> None:
    code = ("import sys\nimport desktop.ui.app, desktop.ui.main_window\n"
            "print(','.join(sorted(m for m in sys.modules if m.startswith(('desktop.ui.catalogue', "
            "'desktop.ui.readers', 'desktop.ui.stations', 'desktop.ui.reports', 'desktop.ui.settings', "
            "'desktop.ui.circulation', 'desktop.ui.labels', 'reportlab', 'qrcode', 'pymarc', 'openpyxl')))))\n")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=PROJECT, check=True,
                            env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"})
    assert result.stdout.strip() == ""


def test_lazy_pages_are_built_after_the_first_paint_and_all_work(qtbot: QtBot, demo_app: Shuyi) -> None:
    qt_application()
    translations = Translations()
    translations.apply("zh_CN")
    window = build_window(demo_app, translations=translations, remember=False, lazy_pages=True)
    qtbot.addWidget(window)
    try:
        assert list(window.pages) == ["circulation"]  # nothing else before the window is shown
        window.show()
        qtbot.waitExposed(window)
        qtbot.waitUntil(lambda: len(window.pages) == len(PAGE_KEYS), timeout=20_000)
        for n, key in enumerate(PAGE_KEYS):
            window.show_page(key)
            assert window.current_page_key() == key
            assert window.stack.currentWidget() is window.pages[key]
            assert window.stack.indexOf(window.pages[key]) == n
        assert window.ctx.tasks.wait_idle()
    finally:
        window.ctx.tasks.wait_idle()
        window.ctx.tasks.shutdown()
        translations.apply("en")


def test_a_page_asked_for_before_the_paint_is_built_at_once(qtbot: QtBot, demo_app: Shuyi) -> None:
    qt_application()
    translations = Translations()
    translations.apply("en")
    window = build_window(demo_app, translations=translations, remember=False, lazy_pages=True)
    qtbot.addWidget(window)
    try:
        window.show_page("settings")
        assert set(window.pages) == {"circulation", "settings"}
        assert window.stack.currentWidget() is window.pages["settings"]
        window.close()  # closing while pages are still to be built builds no more of them
        qtbot.wait(50)
        assert set(window.pages) == {"circulation", "settings"}
    finally:
        window.ctx.tasks.wait_idle()
        window.ctx.tasks.shutdown()
