"""`shuyi screenshot`: render one page of the main window offscreen, with the current database, to a PNG.

An idle circulation desk shows little; with SHUYI_SCREENSHOT_SCANS set, codes are scanned at the desk before
the picture is taken: a comma-separated list of codes, or "auto" (a reader who may borrow, three books from the
room's shelf and one foreign code, so the picture has a reader, loans and a refusal). This LENDS BOOKS in the
database it is given: use it on a demo copy.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.core.app import Shuyi
from desktop.core.errors import FileNotWritable

if TYPE_CHECKING:
    from desktop.ui.main_window import MainWindow

SCANS_ENV = "SHUYI_SCREENSHOT_SCANS"
FOREIGN_CODE = "6901234567892"
"""An EAN-13 of some grocery product: not a Shuyi code, so the desk refuses it."""


def take_screenshot(*, db: str | None, page: str, out: str, lang: str, size: tuple[int, int]) -> Path:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from desktop.ui.app import build_window, qt_application
    from desktop.ui.i18n import Translations

    qt_application()
    translations = Translations()
    translations.apply(lang)
    target = Path(out)
    with Shuyi.open(db, create=False) as core:
        window = build_window(core, translations=translations, remember=False)
        window.resize(*size)
        window.show_page(page)
        window.show()
        window.ctx.tasks.wait_idle()
        scans = os.environ.get(SCANS_ENV, "").strip()
        if page == "circulation" and scans:
            _scan_at_the_desk(window, core, scans)
        image = window.grab()
        window.ctx.tasks.shutdown()
        window.close()
        window.deleteLater()
    if not image.save(str(target), "PNG"):
        raise FileNotWritable(path=str(target))
    return target


def _scan_at_the_desk(window: MainWindow, core: Shuyi, scans: str) -> None:
    from PySide6.QtCore import QCoreApplication, QDeadlineTimer, QEventLoop

    from desktop.ui.circulation.page import CirculationPage

    page = window.pages["circulation"]
    assert isinstance(page, CirculationPage)
    page.sounds.enabled = False
    if not page.room_code and page.room.rooms:  # several rooms and none chosen on this computer: the first
        page.set_room(page.room.rooms[0].code)
    room = page.room_code
    codes = auto_codes(core, room) if scans.lower() == "auto" else [c.strip() for c in scans.split(",") if c.strip()]
    for code in codes:
        page.submit(code)
    deadline = QDeadlineTimer(30_000)
    while not (page.queue.idle() and not window.ctx.tasks.busy) and not deadline.hasExpired():
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)


def auto_codes(core: Shuyi, room: str) -> list[str]:
    """A reader of this room who may borrow now, three books on its shelf, and a foreign code between them."""
    reader = None
    for info in core.readers.list_readers(limit=200):
        if str(info.status) != "active" or info.anonymised or (room and info.site_code != room):
            continue
        panel = core.circulation.panel(info.id)
        if panel.blocked is None and panel.loans_left >= 3 and not panel.loans:
            reader = info
            break
    copies = [c.code for c in core.catalogue.list_copies(site_code=room or None, limit=500)
              if str(c.status) == "on_shelf"][:3]
    if reader is None or len(copies) < 3:
        return []
    return [reader.card_code, copies[0], copies[1], FOREIGN_CODE, copies[2]]
