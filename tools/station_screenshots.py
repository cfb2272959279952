"""The register's screenshots for the docs: the 驿站 page with a station in full, in Chinese and in English, and
the site form. A fresh small demo is made in a temporary folder and the real main window opened offscreen at
1366x768; nothing of the user's (database, settings) is touched.

  stations.png (+ -en)   the register with 钟庄街道骑手之家 (JH12) chosen: its overview beside the table
  stations-form.png      the form of JH12 on its first tab: the position and the hours read back in words

Run:  QT_QPA_PLATFORM=offscreen .venv/bin/python tools/station_screenshots.py [--out DIR]
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

from PySide6.QtCore import QSettings  # noqa: E402

from desktop.core.app import Shuyi  # noqa: E402
from tools.desk_screenshots import save  # noqa: E402  (the same PNG writer as the desk's pictures)
from tools.desk_screenshots import settle_tasks as settle  # noqa: E402

SIZE = (1366, 768)
STATION = "JH12"




def pictures(core: Shuyi, out: Path) -> None:
    from desktop.ui import app as ui_app
    from desktop.ui.i18n import Translations
    from desktop.ui.stations.site_form import SiteFormDialog

    ui_app.qt_application()
    translations = Translations()
    translations.apply("zh_CN")
    window = ui_app.build_window(core, translations=translations, remember=False)
    window.resize(*SIZE)
    window.db_label.setText("demo.db")  # not the temporary folder's random name
    window.show_page("stations")
    window.show()
    settle(window)
    page = window.pages["stations"]
    row = next(n for n in range(page.model.rowCount()) if page.model.row(n).code == STATION)
    page.table.selectRow(row)
    settle(window)
    save(window, out / "stations.png")
    translations.apply("en")
    settle(window)
    save(window, out / "stations-en.png")
    translations.apply("zh_CN")
    settle(window)
    form = SiteFormDialog(window.ctx, core.sites.site(STATION), parent=window)
    form.show()
    settle(window)
    save(form, out / "stations-form.png")
    form.close()
    window.ctx.tasks.shutdown()
    window.close()
    window.deleteLater()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default=str(ROOT / "docs" / "screenshots"), help="folder for the PNGs")
    args = parser.parse_args()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="shuyi-stations-") as tmp:
        QSettings.setDefaultFormat(QSettings.Format.IniFormat)
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, tmp)
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.SystemScope, tmp)
        core = Shuyi.open(Path(tmp) / "demo.db", create=True)
        try:
            core.demo.load("small")
            pictures(core, out)
        finally:
            core.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
