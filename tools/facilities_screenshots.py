"""The facilities page's screenshots for the docs, from a fresh small demo in a temporary folder.

The real main window is opened offscreen at 1366x768 on the facilities page; the asset tag of the demo's broken
microwave at JH12 is typed into the scan box (as a scanner would), which opens it with its history and log; then
the 到期提醒 tab, the due and overdue calendar a caretaker opens on Monday. Pictures, in Chinese:

  facilities.png       the register of every station's facilities, the scanned microwave's detail beside it
  facilities-due.png   the due and overdue calendar across all sites (overdue red, this week amber)

Only the clock changes them from run to run (the demo's dates are relative to now). The user's database and
settings are never touched: both live in the temporary folder, deleted at the end.
Run:  QT_QPA_PLATFORM=offscreen .venv/bin/python tools/facilities_screenshots.py [--out DIR]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings, Qt  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402

from desktop.core.app import Shuyi  # noqa: E402
from tools.desk_screenshots import save  # noqa: E402
from tools.desk_screenshots import settle_tasks as settle  # noqa: E402

SIZE = (1366, 768)




def shoot(core: Shuyi, out: Path) -> None:
    from desktop.ui import app as ui_app
    from desktop.ui.i18n import Translations

    broken = core.facilities.list(site_code="JH12", status="broken")[0].code
    ui_app.qt_application()
    translations = Translations()
    translations.apply("zh_CN")
    window = ui_app.build_window(core, translations=translations, remember=False)
    window.resize(*SIZE)
    window.db_label.setText("demo.db")  # not the temporary folder's random name
    window.show_page("facilities")
    window.show()
    page = window.pages["facilities"]
    settle(window)
    page.scan.setFocus()
    QTest.keyClicks(page.scan, broken)
    QTest.keyClick(page.scan, Qt.Key.Key_Return)
    settle(window)
    save(window, out / "facilities.png")
    page.tabs.setCurrentIndex(1)
    settle(window)
    save(window, out / "facilities-due.png")
    window.ctx.tasks.shutdown()
    window.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default=str(ROOT / "docs" / "screenshots"), help="folder for the PNGs")
    out = Path(parser.parse_args().out)
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="shuyi-facilities-") as tmp:
        QSettings.setDefaultFormat(QSettings.Format.IniFormat)  # this computer's settings stay untouched
        for scope in (QSettings.Scope.UserScope, QSettings.Scope.SystemScope):
            QSettings.setPath(QSettings.Format.IniFormat, scope, tmp)
        with Shuyi.open(Path(tmp) / "demo.db", create=True) as core:
            core.demo.load("small")
            shoot(core, out)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
