"""The window fits the screen it opens on (a 1366 × 768 laptop included) and saved geometry comes back onto a
screen that exists."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QMargins, QRect, QSettings
from PySide6.QtGui import QGuiApplication

from desktop.core.database import copy_sqlite
from desktop.ui.window_geometry import FRAME, fit_rect
from tests.conftest import PROJECT
from tests.ui.conftest import MakeWindow

LAPTOP = {"name": "laptop", "x": 0, "y": 0, "width": 1366, "height": 768, "logicalDpi": 96, "logicalBaseDpi": 96,
          "dpr": 1}
MONITOR = {"name": "monitor", "x": 1366, "y": 0, "width": 1920, "height": 1080, "logicalDpi": 96,
           "logicalBaseDpi": 96, "dpr": 1}
PROBE = """
import json, sys
from desktop.core.app import Shuyi
from desktop.ui.app import build_window, qt_application
from desktop.ui.i18n import Translations
qt = qt_application()
translations = Translations()
translations.apply("zh_CN")
with Shuyi.open(sys.argv[1], create=False) as core:
    window = build_window(core, translations=translations, remember=True)
    if len(sys.argv) > 2:
        window.setGeometry(*json.loads(sys.argv[2]))
    window.show()
    qt.processEvents()
    screen = window.screen().availableGeometry()
    g, f = window.geometry(), window.frameGeometry()
    print(json.dumps({"geometry": [g.x(), g.y(), g.width(), g.height()], "frame": [f.x(), f.y(), f.width(), f.height()],
                      "screen": [screen.x(), screen.y(), screen.width(), screen.height()]}))
    window.ctx.tasks.wait_idle()
    window.close()
    window.ctx.tasks.shutdown()
"""


def test_a_rect_is_fitted_onto_the_free_area() -> None:
    laptop = QRect(0, 0, 1366, 728)  # below a 40-pixel panel
    assert fit_rect(QRect(0, 0, 1200, 760), laptop) == QRect(4, 32, 1200, 692)
    assert fit_rect(QRect(1500, 200, 1800, 1000), laptop) == QRect(4, 32, 1358, 692)  # from a monitor now gone
    assert fit_rect(QRect(-300, -50, 800, 600), laptop) == QRect(4, 32, 800, 600)
    assert fit_rect(QRect(100, 80, 800, 600), laptop) == QRect(100, 80, 800, 600)  # fits: left where it was
    assert fit_rect(QRect(900, 500, 800, 600), laptop, QMargins()) == QRect(566, 128, 800, 600)
    assert FRAME.top() > FRAME.bottom()  # a title bar


def test_the_window_fits_the_screen_it_opens_on(make_window: MakeWindow) -> None:
    window = make_window()  # the offscreen screen is 800 × 800: 1200 × 760 would not fit
    available = (window.screen() or QGuiApplication.primaryScreen()).availableGeometry()
    assert available.contains(window.frameGeometry()), (window.frameGeometry(), available)
    assert window.width() >= 640 and window.height() >= 480


def _probe(db: Path, home: Path, screens: list[dict], geometry: list[int] | None = None) -> dict:
    config = home / f"screens-{len(screens)}.json"
    config.write_text(json.dumps({"screens": screens, "windowFrameMargins": True}))  # a title bar and borders
    env = {**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={config}", "XDG_CONFIG_HOME": str(home),
           "PYTHONPATH": str(PROJECT)}
    args = [sys.executable, "-c", PROBE, str(db), *([json.dumps(geometry)] if geometry else [])]
    done = subprocess.run(args, env=env, capture_output=True, text=True, timeout=120, cwd=PROJECT)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_on_a_laptop_and_after_the_monitor_is_gone(demo_template: Path, tmp_path: Path) -> None:
    db = copy_sqlite(demo_template, tmp_path / "demo.db")
    laptop = _probe(db, tmp_path, [LAPTOP])
    assert QRect(*laptop["screen"]).contains(QRect(*laptop["frame"])), laptop
    assert laptop["geometry"][2] >= 1200  # still wide enough for the catalogue
    on_monitor = _probe(db, tmp_path, [LAPTOP, MONITOR], geometry=[1500, 100, 1700, 950])  # saved when closed
    assert QRect(*on_monitor["geometry"]).intersects(QRect(1366, 0, 1920, 1080))
    back = _probe(db, tmp_path, [LAPTOP])  # the monitor is unplugged
    assert QRect(0, 0, 1366, 768).contains(QRect(*back["frame"])), back
    assert QSettings(str(tmp_path / "Shuyi" / "Shuyi.conf"), QSettings.Format.IniFormat).value(
        "main_window/geometry") is not None
