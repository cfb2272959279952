"""The circulation desk's screenshots for the docs: a librarian's morning with the scanner alone.

A fresh demo database ("small") is made in a temporary folder, the real main window is opened offscreen at
1280x800 on the circulation page, and codes are put through the page's scan queue (page.submit, as a scanner
types them) one step at a time, after a little set-up (two books lent weeks ago, a transfer JH01 → JH02
sent, an e-book licensed). Pictures, in Chinese (and the first also in English):

  circulation-desk.png (+ -en)  a reader card, two books lent, a foreign code refused (red row), one more lent
  circulation-hold.png          a book returned with no reader that fills another reader's hold: KEEP ASIDE
  circulation-transit.png       a book of JH02 returned at JH01 (通借通还): SEND TO JH02
  circulation-transfer.png      a transfer received at JH02 by scanning, one copy short, one unasked: the report
  circulation-stocktake.png     a stocktake of call numbers I2 to I3 at JH01, scanned and finished: the report
  circulation-ebook.png         a reader scans an e-book slip: the reading address's QR
  circulation-overdue.png       the room's overdue list
  circulation.png               the same picture as circulation-desk.png (the README's page tour)

Only the clock changes them from run to run (times, due dates, the e-book token). It never touches the user's
database or settings: the database and QSettings live in the temporary folder, deleted at the end.
Run:  QT_QPA_PLATFORM=offscreen .venv/bin/python tools/desk_screenshots.py [--out DIR]
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication, QEventLoop, QSettings  # noqa: E402
from PySide6.QtWidgets import QWidget  # noqa: E402

from db.base import utcnow  # noqa: E402
from desktop.core.app import Shuyi  # noqa: E402
from desktop.core.circulation.dispatch import DeskState, Mode  # noqa: E402
from desktop.core.circulation.transfers import TransferKind  # noqa: E402
from desktop.core.clock import FixedTime  # noqa: E402

ROOM, OTHER = "JH01", "JH02"
SIZE = (1280, 800)
FOREIGN = "6901234567892"  # the EAN-13 of some grocery product: not a Shuyi code
UNKNOWN = "00012345"  # an old label nobody knows
EBOOK_URL = "https://read.example.cn/book/123"
RANGE = ("I2", "I3")  # the stocktake's call numbers: I2… up to the end of I3


def in_range(call_number: str) -> bool:
    return call_number.startswith(RANGE)


def cast(core: Shuyi) -> dict:
    """Who and what the morning uses, picked from the demo (the same every run: the demo is seeded)."""
    copies = core.catalogue.list_copies()
    shelf = [c for c in copies if c.site_code == ROOM and str(c.status) == "on_shelf"]
    isbn = {t.id: t.isbn13 for t in core.catalogue.list_titles()}
    readers = []
    for info in core.readers.list_readers():
        if info.site_code == ROOM and str(info.status) == "active" and not info.anonymised:
            panel = core.circulation.panel(info.id)
            if panel.blocked is None:
                readers.append((info, panel))
    lender = next(i for i, p in readers if p.loans and p.loans_left >= 3)
    others = [i.card_code for i, p in readers if i.id != lender.id and not p.loans]
    here_titles: dict[int, list] = {}
    for c in copies:
        if c.site_code == ROOM:
            here_titles.setdefault(c.title_id, []).append(c)
    held = next(cs for t, cs in sorted(here_titles.items())
                if isbn.get(t) and all(str(c.status) == "on_loan" for c in cs))
    seen: set[int] = set()
    pool = []  # one copy of each title outside the stocktake's range, everyday titles (the end of the list) first
    for c in reversed([c for c in shelf if not in_range(c.call_number)]):
        if c.title_id not in seen:
            seen.add(c.title_id)
            pool.append(c.code)
    inside = [c for c in shelf if in_range(c.call_number)]
    lost = [inside[-1], next(c for c in inside[len(inside) // 2:] if c.title_id != inside[-1].title_id)]
    return {
        "lender": lender.card_code, "reserver": others[0], "ebook_reader": others[1], "late": others[2:4],
        "lend": pool[:3], "transfer": pool[3:7], "unasked": pool[7], "late_copies": pool[8:10],
        "hold_isbn": isbn[held[0].title_id], "hold_copy": held[0].code,
        "transit": next(c.code for c in copies if c.site_code == OTHER and str(c.status) == "on_loan"),
        "inside": [c.code for c in inside if c not in lost],
        "inside_out": next(c.code for c in copies if c.site_code == ROOM and in_range(c.call_number)
                           and str(c.status) == "on_loan"),
        "outside_range": next(c for c in shelf if c.call_number.startswith("I") and not in_range(c.call_number)
                              and c.code not in pool[:10]).code,
        "other_room": next(c.code for c in copies if c.site_code == OTHER and str(c.status) == "on_shelf"),
        "ebook_title": inside[0].title_id,
    }


def prepare(core: Shuyi, who: dict) -> dict:
    """Before the morning: two books lent weeks ago (overdue now), a transfer JH01 → JH02 filled and sent, and an
    e-book licensed."""
    past = FixedTime(utcnow())
    with Shuyi.open(core.location.display, create=False, time=past) as earlier:  # the same file, weeks ago
        for days, card, code in zip((52, 41), who["late"], who["late_copies"], strict=True):
            past.set(utcnow() - dt.timedelta(days=days))
            reader = earlier.circulation.reader_id_by_card(card)
            earlier.circulation.scan(DeskState(site_code=ROOM, reader_id=reader), code)
    transfer = core.transfers.create(kind=TransferKind.TRANSFER, source_code=ROOM, target_code=OTHER,
                                     note="充实上冈镇书屋")
    for code in who["transfer"]:
        core.circulation.scan(DeskState(site_code=ROOM, mode=Mode.TRANSFER_BUILD, mode_id=transfer.id), code)
    core.transfers.send(transfer.id, site_code=ROOM)
    licence = core.ebooks.add_licence(who["ebook_title"], access_url=EBOOK_URL, max_concurrent=3, site_code=ROOM)
    return {"transfer": transfer.id, "ebook": licence.code}


def settle(window: QWidget, page, quiet_ms: int = 400) -> None:
    """Handle events until every scan is answered and every task done, and stays so for a moment (tabs reload
    on a short timer after a burst of scans)."""
    tasks, deadline, calm_since = window.ctx.tasks, time.monotonic() + 60, None
    while time.monotonic() < deadline:
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
        if page.queue.idle() and not tasks.busy:
            calm_since = calm_since or time.monotonic()
            if time.monotonic() - calm_since > quiet_ms / 1000:
                return
        else:
            calm_since = None
        time.sleep(0.01)
    raise TimeoutError("the desk did not settle")


def scan(window: QWidget, page, *codes: str) -> None:
    for code in codes:
        page.submit(code)
    settle(window, page)


def settle_tasks(window: QWidget, quiet_ms: int = 400) -> None:
    """Handle events until every task is done and stays so for a moment (the station and facility pictures)."""
    tasks, deadline, calm_since = window.ctx.tasks, time.monotonic() + 60, None
    while time.monotonic() < deadline:
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
        if not tasks.busy:
            calm_since = calm_since or time.monotonic()
            if time.monotonic() - calm_since > quiet_ms / 1000:
                return
        else:
            calm_since = None
        time.sleep(0.01)
    raise TimeoutError("the window did not settle")


def save(widget: QWidget, path: Path) -> None:
    QCoreApplication.processEvents()
    if not widget.grab().save(str(path), "PNG"):
        raise OSError(f"could not write {path}")
    print(path)


def morning(core: Shuyi, out: Path) -> None:
    from desktop.ui import app as ui_app
    from desktop.ui.circulation.stocktake import tab as stocktake_tab
    from desktop.ui.i18n import Translations

    who = cast(core)
    made = prepare(core, who)
    ui_app.qt_application()
    translations = Translations()
    translations.apply("zh_CN")
    window = ui_app.build_window(core, translations=translations, remember=False)
    window.resize(*SIZE)
    window.db_label.setText("demo.db")  # not the temporary folder's random name
    window.show_page("circulation")
    window.show()
    page = window.pages["circulation"]
    page.sounds.enabled = False
    settle(window, page)
    page.set_room(ROOM)
    settle(window, page)

    # 1. a reader, two books, a code that is no book of ours, one more book
    scan(window, page, who["lender"], *who["lend"][:2], FOREIGN, who["lend"][2])
    save(window, out / "circulation-desk.png")
    translations.apply("en")
    settle(window, page)
    save(window, out / "circulation-desk-en.png")
    translations.apply("zh_CN")
    settle(window, page)
    shutil.copyfile(out / "circulation-desk.png", out / "circulation.png")

    # 2. another reader reserves a title that is all out; the session ends (their card again); a copy of it
    #    comes back with no reader at the desk: keep it aside for them
    scan(window, page, who["reserver"], who["hold_isbn"], who["reserver"])
    scan(window, page, who["hold_copy"])
    save(window, out / "circulation-hold.png")

    # 3. a book of JH02 returned here (通借通还)
    scan(window, page, who["transit"])
    save(window, out / "circulation-transit.png")

    # 4. at JH02: the transfer from JH01 received by scanning, one copy short and one that came unasked
    page.set_room(OTHER)
    page.tabs.setCurrentWidget(page.transfers_tab)
    settle(window, page)
    tab = page.transfers_tab
    tab.select(made["transfer"])
    settle(window, page)
    tab.buttons["receive"].click()
    settle(window, page)
    scan(window, page, *who["transfer"][:-1], who["unasked"])
    tab.buttons["finish"].click()
    settle(window, page)
    save(tab.report_dialog, out / "circulation-transfer.png")
    tab.report_dialog.close()
    settle(window, page)

    # 5. back at JH01: a stocktake of I2 to I3, the shelves scanned (two copies not found, one recorded on
    #    loan, one from another class, one from JH02, one unknown label), finished
    page.set_room(ROOM)
    page.tabs.setCurrentWidget(page.stocktake_tab)
    settle(window, page)
    core.stocktakes.start(site_code=ROOM, call_from=RANGE[0], call_to=RANGE[1])
    tab = page.stocktake_tab
    tab.reload()
    settle(window, page)
    tab.buttons["scan"].click()
    settle(window, page)
    scan(window, page, *who["inside"], who["inside_out"], who["outside_range"], who["other_room"], UNKNOWN)
    stocktake_tab.ask = lambda *_args: True  # the librarian answers Yes to "Finish stocktake?"
    tab.buttons["finish"].click()
    settle(window, page)
    save(window, out / "circulation-stocktake.png")

    # 6. a reader scans an e-book slip: the QR of the reading address
    page.tabs.setCurrentIndex(0)
    scan(window, page, who["ebook_reader"], made["ebook"])
    save(window, out / "circulation-ebook.png")

    # 7. the room's overdue list
    scan(window, page, who["ebook_reader"])  # the same card again: the reader is done
    page.tabs.setCurrentWidget(page.overdue)
    settle(window, page)
    save(window, out / "circulation-overdue.png")

    window.ctx.tasks.shutdown()
    window.close()
    window.deleteLater()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default=str(ROOT / "docs" / "screenshots"), help="folder for the PNGs")
    args = parser.parse_args()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="shuyi-desk-") as tmp:
        QSettings.setDefaultFormat(QSettings.Format.IniFormat)  # this computer's settings stay untouched
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, tmp)
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.SystemScope, tmp)
        core = Shuyi.open(Path(tmp) / "demo.db", create=True)
        try:
            core.demo.load("small")
            morning(core, out)
        finally:
            core.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
