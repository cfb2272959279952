"""Screenshots of the compliance and inspections widgets over a demo database, each alone in a window.

    PYTHONPATH=$PWD QT_QPA_PLATFORM=offscreen python tools/compliance_screenshots.py DEMO.db OUT_FOLDER [SITE]

Writes compliance_panel.png, inspections_panel.png, inspection_dialog.png and compliance_overview.png; the lead
places the panels in the station's detail view and the overview on a page.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtWidgets import QMainWindow, QWidget

from desktop.core.app import Shuyi
from desktop.core.clock import moment
from desktop.ui.app import qt_application
from desktop.ui.compliance.overview import ComplianceOverview
from desktop.ui.compliance.panel import CompliancePanel
from desktop.ui.context import DataEvents, UiContext
from desktop.ui.i18n import Translations
from desktop.ui.inspections.dialogs import InspectionDialog
from desktop.ui.inspections.panel import InspectionsPanel
from desktop.ui.tasks import TaskRunner


def _grab(widget: QWidget, out: Path, size: tuple[int, int], ctx: UiContext) -> None:
    window = QMainWindow()
    window.setCentralWidget(widget)
    window.resize(*size)
    window.show()
    app = qt_application()
    for _ in range(50):
        app.processEvents()
        ctx.tasks.wait_idle()
    app.processEvents()
    window.grab().save(str(out))


def main() -> int:
    db, folder = Path(sys.argv[1]), Path(sys.argv[2])
    site = sys.argv[3] if len(sys.argv) > 3 else "JH13"
    folder.mkdir(parents=True, exist_ok=True)
    qt_application()
    translations = Translations()
    translations.apply("zh_CN")
    core = Shuyi.open(db, create=False)
    ctx = UiContext(app=core, tasks=TaskRunner(), translations=translations, events=DataEvents())
    _grab(CompliancePanel(ctx, site), folder / "compliance_panel.png", (900, 520), ctx)
    _grab(InspectionsPanel(ctx, site), folder / "inspections_panel.png", (1000, 620), ctx)
    dialog = InspectionDialog(ctx, site, core.inspections.checklist(site), moment(core.time).today)
    dialog.rows[1].answer.setCurrentIndex(2)
    dialog.show()
    for _ in range(5):
        qt_application().processEvents()
    dialog.grab().save(str(folder / "inspection_dialog.png"))
    _grab(ComplianceOverview(ctx), folder / "compliance_overview.png", (1200, 700), ctx)
    ctx.tasks.shutdown()
    core.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
