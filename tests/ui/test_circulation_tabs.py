"""The transfers, stocktake and e-books tabs of the circulation page, each built alone on the demo database.

The desk is driven through the core (app.circulation.scan in the mode the tab asked for), and each committed
result is handed to the tab as the page does: the tab must reload what it shows, and its actions must reach the
database (checked through the facade)."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QTableView,
    QTabWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from desktop.core.app import Shuyi
from desktop.core.circulation.dispatch import DeskState, Mode
from desktop.core.circulation.results import Action, ScanResult
from desktop.core.circulation.transfers import TransferKind
from desktop.ui.app import qt_application
from desktop.ui.circulation.ebooks.dialogs import LicenceDialog, QrDialog
from desktop.ui.circulation.ebooks.tab import EbooksTab
from desktop.ui.circulation.stocktake.dialogs import StartStocktakeDialog
from desktop.ui.circulation.stocktake.models import StocktakeLineModel
from desktop.ui.circulation.stocktake.tab import StocktakeTab
from desktop.ui.circulation.transfers.dialogs import NewTransferDialog, TransferReportDialog
from desktop.ui.circulation.transfers.tab import TransfersTab
from desktop.ui.context import DataEvents, UiContext
from desktop.ui.i18n import Translations
from desktop.ui.tasks import TaskRunner
from desktop.ui.widgets.desk_tab import DeskTab
from tests.ui.test_main_window import CJK, _untranslated
from tests.ui.texts import _skipped

ROOM, OTHER, STATION = "JH01", "JH02", "JH11"
MakeTab = Callable[..., Any]


@pytest.fixture
def make_tab(qtbot: QtBot, demo_app: Shuyi) -> Iterator[MakeTab]:
    """A tab alone over the demo database, shown at a desk's size, serving a room; its modeRequested recorded."""
    qt_application()
    translations = Translations()
    runners: list[TaskRunner] = []

    def make(cls: type[DeskTab], site: str = ROOM, *, lang: str = "en") -> Any:
        translations.apply(lang)
        tasks = TaskRunner()
        runners.append(tasks)
        tab = cls(UiContext(app=demo_app, tasks=tasks, translations=translations, events=DataEvents()))
        tab.modes = []
        tab.modeRequested.connect(lambda mode, mode_id: tab.modes.append((mode, mode_id)))
        qtbot.addWidget(tab, before_close_func=lambda _tab: (tab.scan_timer.stop(), tasks.wait_idle()))
        tab.resize(1280, 800)
        tab.show()
        qtbot.waitExposed(tab)
        tab.set_site(site)
        assert tasks.wait_idle()
        return tab

    yield make
    for tasks in runners:
        tasks.wait_idle()
        tasks.shutdown()
    translations.apply("en")


@pytest.fixture
def yes(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every confirmation is answered Yes; the questions asked are recorded."""
    asked: list[str] = []

    def question(_parent: QWidget, _title: str, text: str, *_args: object) -> QMessageBox.StandardButton:
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", question)
    return asked


def _copies(path: Path, n: int, room: str = ROOM, status: str = "on_shelf") -> list[str]:
    """Copies of a room in this status (on its own shelf), whose titles nobody has reserved."""
    with sqlite3.connect(path) as con:
        return [r[0] for r in con.execute(
            "SELECT c.code FROM copies c JOIN sites s ON s.id = c.home_site_id WHERE s.code = ? AND c.status = ? "
            "AND c.shelved_at_id IS NULL AND c.title_id NOT IN (SELECT title_id FROM holds WHERE status IN "
            "('waiting', 'ready')) ORDER BY c.id LIMIT ?", (room, status, n))]


def _scan(tab: DeskTab, app: Shuyi, code: str, *, site: str = ROOM, mode: Mode = Mode.DESK,
          mode_id: int | None = None, reader_id: int | None = None) -> ScanResult:
    """One scan at the desk, committed, then handed to the tab as the page hands it every result."""
    assert tab.ctx.tasks.wait_idle()
    result, _panel = app.circulation.scan(DeskState(site_code=site, reader_id=reader_id, mode=mode,
                                                    mode_id=mode_id), code)
    tab.scan_finished(result)
    return result


def _lines(tab: TransfersTab) -> dict[str, str]:
    """The items table of the transfer shown: copy code → state as shown."""
    model = tab.lines
    return {model.row(n).copy_code: model.data(model.index(n, model.STATE)) for n in range(model.rowCount())}


# -- transfers ------------------------------------------------------------------------------------------------
def test_a_transfer_is_made_filled_sent_received_and_reported(make_tab: MakeTab, qtbot: QtBot, demo_app: Shuyi,
                                                              demo_db_path: Path) -> None:
    tab: TransfersTab = make_tab(TransfersTab)
    tab.new_button.click()
    dialog = tab.dialog
    assert isinstance(dialog, NewTransferDialog) and dialog.isVisible()
    assert [dialog.target_combo.itemData(i) for i in range(dialog.target_combo.count())] == ["JH02", "JH03"]
    dialog.target_combo.setCurrentIndex(dialog.target_combo.findData(OTHER))
    dialog.note_edit.setText("new books for Shanggang")
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: not dialog.isVisible())
    made = demo_app.transfers.list_transfers(site_code=ROOM, kind=TransferKind.TRANSFER)
    assert [(t.to_code, t.status.value, t.note) for t in made] == [(OTHER, "open", "new books for Shanggang")]
    tid = made[0].id
    assert tab.modes == [("transfer_build", tid)]
    assert tab.mode_note.isVisible() and str(tid) in tab.mode_note.text()

    codes = _copies(demo_db_path, 3)
    for n, code in enumerate(codes, start=1):
        result = _scan(tab, demo_app, code, mode=Mode.TRANSFER_BUILD, mode_id=tid)
        assert (result.action, result.ok) == (Action.TRANSFER_ADD, True)
        qtbot.waitUntil(lambda n=n: len(_lines(tab)) == n)
    assert _lines(tab) == dict.fromkeys(codes, "Listed")
    row = tab.model.row_of(tid)
    assert row is not None and tab.model.data(tab.model.index(row, tab.model.COPIES)) == "3"

    tab.items_view.selectRow(list(_lines(tab)).index(codes[2]))
    assert tab.buttons["remove"].isEnabled()
    tab.buttons["remove"].click()
    qtbot.waitUntil(lambda: list(_lines(tab)) == codes[:2])
    assert [line.copy_code for line in demo_app.transfers.get(tid).items] == codes[:2]

    assert tab.buttons["send"].isVisible() and not tab.buttons["receive"].isVisible()
    tab.buttons["send"].click()
    qtbot.waitUntil(lambda: tab.shown is not None and tab.shown.status.value == "sent")
    assert tab.modes[-1] == ("desk", None)  # a sent transfer takes no more copies: the desk lends again
    assert "sent" in tab.message.text() and not tab.buttons["send"].isVisible()
    assert _lines(tab) == dict.fromkeys(codes[:2], "Not yet received")

    there: TransfersTab = make_tab(TransfersTab, OTHER)
    assert there.model.row_of(tid) is not None
    there.select(tid)
    qtbot.waitUntil(lambda: there.shown is not None and there.shown.id == tid)
    assert there.buttons["receive"].isVisible() and there.buttons["finish"].isVisible()
    assert not there.buttons["send"].isVisible() and not there.buttons["scan"].isVisible()
    there.buttons["receive"].click()
    assert there.modes == [("transfer_receive", tid)]
    result = _scan(there, demo_app, codes[0], site=OTHER, mode=Mode.TRANSFER_RECEIVE, mode_id=tid)
    assert (result.action, result.level.value) == (Action.TRANSFER_RECEIVE, "success")
    qtbot.waitUntil(lambda: _lines(there)[codes[0]] == "Received")
    assert _lines(there)[codes[1]] == "Not yet received"

    there.buttons["finish"].click()
    qtbot.waitUntil(lambda: there.report_dialog is not None and there.report_dialog.isVisible())
    report = there.report_dialog
    assert isinstance(report, TransferReportDialog)
    missing = report.lists["missing"]
    assert [missing.row(n).copy_code for n in range(missing.rowCount())] == [codes[1]]
    assert report.lists["received"].rowCount() == 1 and report.lists["unexpected"].rowCount() == 0
    assert report.tabs.tabText(0) == "Missing (1)"
    assert "1 of 2 copies" in report.summary.text()
    assert there.modes[-1] == ("desk", None)
    assert demo_app.transfers.get(tid).status.value == "received"
    report.close()


def test_a_book_box_to_a_work_site_is_confirmed_and_brought_back(make_tab: MakeTab, qtbot: QtBot, demo_app: Shuyi,
                                                                 demo_db_path: Path, yes: list[str]) -> None:
    tab: TransfersTab = make_tab(TransfersTab)
    tab.box_button.click()
    dialog = tab.dialog
    assert isinstance(dialog, NewTransferDialog) and dialog.return_edit.isVisible()
    assert dialog.target_combo.findData(STATION) >= 0  # a book box may go to a work site
    dialog.target_combo.setCurrentIndex(dialog.target_combo.findData(STATION))
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: not dialog.isVisible())
    box = demo_app.transfers.list_transfers(site_code=ROOM, kind=TransferKind.BOOK_BOX)[0]
    assert tab.modes == [("transfer_build", box.id)] and box.return_by is not None
    codes = _copies(demo_db_path, 2)
    for code in codes:
        _scan(tab, demo_app, code, mode=Mode.TRANSFER_BUILD, mode_id=box.id)
    qtbot.waitUntil(lambda: len(_lines(tab)) == 2)
    tab.buttons["send"].click()
    qtbot.waitUntil(lambda: tab.shown is not None and tab.shown.status.value == "sent")

    assert tab.buttons["confirm"].isVisible() and not tab.buttons["receive"].isVisible()
    tab.buttons["confirm"].click()
    assert len(yes) == 1 and STATION in yes[0]
    qtbot.waitUntil(lambda: tab.report_dialog is not None and tab.report_dialog.isVisible())
    assert tab.report_dialog.lists["received"].rowCount() == 2
    tab.report_dialog.close()
    qtbot.waitUntil(lambda: tab.shown is not None and tab.shown.status.value == "received")

    tab.buttons["return"].click()
    qtbot.waitUntil(lambda: tab.shown is not None and tab.shown.id != box.id)
    back = tab.shown
    assert (back.from_code, back.to_code, back.status.value, back.return_of) == (STATION, ROOM, "open", box.id)
    assert set(_lines(tab)) == set(codes)
    assert tab.buttons["send"].isVisible() and not tab.buttons["scan"].isVisible()  # sent for the work site
    tab.buttons["send"].click()
    qtbot.waitUntil(lambda: tab.shown is not None and tab.shown.status.value == "sent")
    assert tab.buttons["receive"].isVisible()  # home by scanning at this room's desk


def test_a_refusal_is_shown_translated_and_changes_nothing(make_tab: MakeTab, qtbot: QtBot,
                                                           demo_app: Shuyi) -> None:
    tab: TransfersTab = make_tab(TransfersTab)
    made = demo_app.transfers.create(kind=TransferKind.TRANSFER, source_code=ROOM, target_code=OTHER)
    tab.reload()
    qtbot.waitUntil(lambda: tab.model.row_of(made.id) is not None)
    tab.select(made.id)
    qtbot.waitUntil(lambda: tab.shown is not None)
    tab.buttons["send"].setEnabled(True)  # an empty transfer's Send is greyed; the core refuses it anyway
    tab.buttons["send"].click()
    qtbot.waitUntil(lambda: "no copies" in tab.message.text())
    assert demo_app.transfers.get(made.id).status.value == "open"


def test_cancelling_asks_first_and_the_desk_lends_again(make_tab: MakeTab, qtbot: QtBot, demo_app: Shuyi,
                                                       yes: list[str]) -> None:
    tab: TransfersTab = make_tab(TransfersTab)
    made = demo_app.transfers.create(kind=TransferKind.TRANSFER, source_code=ROOM, target_code=OTHER)
    tab.reload()
    qtbot.waitUntil(lambda: tab.model.row_of(made.id) is not None)
    tab.view.selectRow(tab.model.row_of(made.id) or 0)
    qtbot.waitUntil(lambda: tab.shown is not None and tab.shown.id == made.id)
    tab.set_mode("transfer_build", made.id)  # as the page reports the desk's mode
    assert tab.mode_note.isVisible() and tab.buttons["desk"].isVisible() and not tab.buttons["scan"].isEnabled()
    tab.buttons["cancel"].click()
    assert len(yes) == 1 and OTHER in yes[0]
    qtbot.waitUntil(lambda: demo_app.transfers.get(made.id).status.value == "cancelled")
    qtbot.waitUntil(lambda: tab.modes == [("desk", None)])
    tab.set_mode("desk", None)
    assert not tab.mode_note.isVisible() and not tab.buttons["desk"].isVisible()

    stocktake: StocktakeTab = make_tab(StocktakeTab)
    take = demo_app.stocktakes.start(site_code=ROOM)
    stocktake.reload()
    qtbot.waitUntil(lambda: stocktake.shown is not None)
    stocktake.buttons["cancel"].click()
    assert len(yes) == 2
    qtbot.waitUntil(lambda: "cancelled" in stocktake.message.text())
    assert demo_app.stocktakes.current(ROOM) is None and demo_app.stocktakes.get(take.id).status.value == "cancelled"
    qtbot.waitUntil(lambda: stocktake.heading.text() == "No stocktake is open in JH01.")


# -- stocktake ------------------------------------------------------------------------------------------------
def test_a_stocktake_is_counted_finished_reported_and_missing_marked_lost(
        make_tab: MakeTab, qtbot: QtBot, demo_app: Shuyi, demo_db_path: Path, yes: list[str]) -> None:
    tab: StocktakeTab = make_tab(StocktakeTab)
    assert tab.heading.text() == "No stocktake is open in JH01." and tab.buttons["start"].isVisible()
    tab.buttons["start"].click()
    dialog = tab.dialog
    assert isinstance(dialog, StartStocktakeDialog)
    dialog.ok_button.click()  # both ends empty: the whole room
    qtbot.waitUntil(lambda: not dialog.isVisible())
    take = demo_app.stocktakes.current(ROOM)
    assert take is not None and tab.modes == [("stocktake", take.id)]
    qtbot.waitUntil(lambda: tab.report is not None)
    expected = tab.report.expected
    assert expected > 5 and tab.counts.text() == f"0 scanned, {expected} expected on these shelves"

    on_shelf = _copies(demo_db_path, 3)
    misplaced = _copies(demo_db_path, 1, room=OTHER)
    out = _copies(demo_db_path, 1, status="on_loan")
    for code in [*on_shelf, *misplaced, *out, "X123"]:
        assert _scan(tab, demo_app, code, mode=Mode.STOCKTAKE, mode_id=take.id).ok
    qtbot.waitUntil(lambda: tab.counts.text().startswith("6 scanned"))

    again: StocktakeTab = make_tab(StocktakeTab)  # after a restart: the open stocktake is resumed
    assert again.shown is not None and again.shown.id == take.id and again.shown.scanned == 6
    assert again.buttons["scan"].isVisible() and not again.buttons["start"].isVisible()
    again.buttons["scan"].click()
    assert again.modes == [("stocktake", take.id)]

    tab.buttons["finish"].click()
    assert len(yes) == 1
    qtbot.waitUntil(lambda: tab.tabs.isVisible())
    assert tab.modes[-1] == ("desk", None)
    lists = tab.lists
    assert lists["missing"].rowCount() == expected - 3 > 0
    assert [(lists["misplaced"].row(0).code, lists["misplaced"].row(0).belongs)] == [(misplaced[0], OTHER)]
    found = lists["on_loan_found"]
    assert found.row(0).code == out[0]
    assert found.data(found.index(0, StocktakeLineModel.STATUS)) == "On loan"
    assert [lists["unknown"].row(n).code for n in range(lists["unknown"].rowCount())] == ["X123"]
    assert tab.tabs.tabText(0) == f"Missing ({expected - 3})"
    assert tab.counts.text() == f"3 of {expected} expected found"

    lost = {lists["missing"].row(n).code for n in range(lists["missing"].rowCount())}
    assert tab.buttons["lost"].isVisible() and tab.buttons["lost"].isEnabled()
    tab.buttons["lost"].click()
    assert len(yes) == 2 and str(len(lost)) in yes[1]
    qtbot.waitUntil(lambda: "recorded as lost" in tab.message.text())
    statuses = {c.code: c.status.value for c in demo_app.catalogue.list_copies(site_code=ROOM)}
    assert {code: statuses[code] for code in lost} == dict.fromkeys(lost, "lost")
    assert statuses[on_shelf[0]] == "on_shelf" and statuses[out[0]] == "on_loan"
    # the finished stocktake's missing list stays as it was at the finish; its copies now read "lost"
    qtbot.waitUntil(lambda: {str(lists["missing"].row(n).status) for n in range(lists["missing"].rowCount())}
                    == {"lost"})
    assert {lists["missing"].row(n).code for n in range(lists["missing"].rowCount())} == lost
    assert not tab.buttons["lost"].isEnabled()


# -- e-books --------------------------------------------------------------------------------------------------
def _decode(dialog: QrDialog) -> list[str]:
    zxingcpp = pytest.importorskip("zxingcpp")
    from PySide6.QtGui import QImage

    image = dialog.qr.pixmap().toImage().convertToFormat(QImage.Format.Format_Grayscale8)
    data = bytes(image.constBits())  # rows are padded to 4 bytes: hand over the stride, not a packed buffer
    view = zxingcpp.ImageView(data, image.width(), image.height(), zxingcpp.ImageFormat.Lum, image.bytesPerLine())
    return [found.text for found in zxingcpp.read_barcodes(view)]


def test_an_ebook_is_licensed_lent_shown_as_qr_and_revoked(make_tab: MakeTab, qtbot: QtBot, demo_app: Shuyi,
                                                           tmp_path: Path, yes: list[str]) -> None:
    tab: EbooksTab = make_tab(EbooksTab)
    assert tab.licences.rowCount() == 0
    tab.buttons["add"].click()
    dialog = tab.dialog
    assert isinstance(dialog, LicenceDialog) and dialog.days_spin.value() == 90
    title = demo_app.catalogue.list_titles(limit=1)[0]
    dialog.search.setText(title.title)
    qtbot.waitUntil(lambda: dialog.results.count() > 0)
    assert dialog.selected() is not None and dialog.selected().title.id == title.id
    assert not dialog.ok_button.isEnabled()  # no address yet
    dialog.url_edit.setText("ftp://not.a.reading.address")
    dialog.cap_spin.setValue(2)
    dialog.ok_button.click()
    qtbot.waitUntil(dialog.error.isVisible)
    assert dialog.isVisible() and demo_app.ebooks.licences() == []
    dialog.url_edit.setText("https://ebook.example.cn/read/42")
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: not dialog.isVisible())
    [licence] = demo_app.ebooks.licences()
    assert (licence.title_id, licence.max_concurrent, licence.loan_days) == (title.id, 2, 90)
    qtbot.waitUntil(lambda: tab.licences.rowCount() == 1 and tab.shown is not None)
    assert tab.licences.data(tab.licences.index(0, tab.licences.CODE)) == licence.code

    reader = next(r for r in demo_app.readers.list_readers() if r.status.value == "active" and not r.anonymised)
    _scan(tab, demo_app, reader.card_code)
    result = _scan(tab, demo_app, licence.code, reader_id=reader.id)
    assert result.action is Action.EBOOK_LEND and result.url
    qtbot.waitUntil(lambda: tab.loans.rowCount() == 1)
    assert tab.loans.data(tab.loans.index(0, tab.loans.CARD)) == reader.card_code
    assert tab.loans.data(tab.loans.index(0, tab.loans.READER)) == reader.name  # a staff list: in full
    assert "1 of 2 in use" in tab.heading.text()

    tab.loans_view.selectRow(0)
    tab.buttons["qr"].click()
    qr = tab.qr_dialog
    assert isinstance(qr, QrDialog) and qr.isVisible()
    assert _decode(qr) == [result.url]
    assert qr.url.text() == result.url and result.due_on is not None
    assert result.due_on.isoformat() in qr.until.text()
    slip = tmp_path / "slip.pdf"
    qr.save_slip(slip)
    qtbot.waitUntil(lambda: qr.saved is not None or bool(qr.message.text()))
    assert qr.saved == slip and slip.read_bytes().startswith(b"%PDF"), qr.message.text()
    qr.close()

    tab.buttons["revoke"].click()
    assert len(yes) == 1 and title.title in yes[0]
    qtbot.waitUntil(lambda: tab.loans.rowCount() == 0)
    assert demo_app.ebooks.loans(licence.code) == []

    tab.buttons["withdraw"].click()
    qtbot.waitUntil(lambda: tab.buttons["withdraw"].text() == "Lend again")
    assert not demo_app.ebooks.licence(licence.code).active


# -- both languages -------------------------------------------------------------------------------------------
def _ui_texts(root: QWidget) -> list[tuple[str, str]]:
    """Interface text (not data) of root and every widget in it, shown or not, dialogs included."""
    found: list[tuple[str, str]] = []
    for widget in [root, *root.findChildren(QWidget)]:
        if _skipped(widget):
            continue
        where = f"{type(widget).__name__} in {type(widget.window()).__name__}"
        found += [(where, widget.windowTitle()), (where, widget.toolTip())]
        if isinstance(widget, QLabel | QAbstractButton):
            found.append((where, widget.text()))
        elif isinstance(widget, QLineEdit):
            found.append((where, widget.placeholderText()))
        elif isinstance(widget, QComboBox):
            found += [(where, widget.itemText(i)) for i in range(widget.count())]
        elif isinstance(widget, QTabWidget):
            found += [(where, widget.tabText(i)) for i in range(widget.count())]
        elif isinstance(widget, QTableView) and widget.model() is not None:
            model = widget.model()
            found += [(where, str(model.headerData(c, Qt.Orientation.Horizontal))) for c in range(model.columnCount())]
    return [(where, text) for where, text in found if text and text.strip()]


@pytest.mark.parametrize("lang", ["zh_CN", "en"])
def test_the_tabs_and_their_dialogs_have_no_untranslated_text(make_tab: MakeTab, qtbot: QtBot, demo_app: Shuyi,
                                                               demo_db_path: Path, lang: str) -> None:
    transfers: TransfersTab = make_tab(TransfersTab, lang=lang)
    transfers.new_transfer(TransferKind.BOOK_BOX)
    box = transfers.dialog
    assert box is not None
    box.ok_button.click()
    qtbot.waitUntil(lambda: transfers.shown is not None)
    box_id = transfers.shown.id
    _scan(transfers, demo_app, _copies(demo_db_path, 1)[0], mode=Mode.TRANSFER_BUILD, mode_id=box_id)
    qtbot.waitUntil(lambda: len(_lines(transfers)) == 1)
    transfers.buttons["send"].click()
    qtbot.waitUntil(lambda: transfers.shown is not None and transfers.shown.status.value == "sent")
    report = demo_app.transfers.receive_all(box_id, site_code=transfers.shown.to_code)
    transfers.report_dialog = TransferReportDialog(report, transfers)
    transfers.report_dialog.show()
    transfers.new_transfer(TransferKind.TRANSFER)

    stocktake: StocktakeTab = make_tab(StocktakeTab, lang=lang)
    stocktake.do_start()
    take = demo_app.stocktakes.start(site_code=ROOM)
    demo_app.stocktakes.finish(take.id)
    stocktake.reload()
    qtbot.waitUntil(lambda: stocktake.tabs.isVisible())

    ebooks: EbooksTab = make_tab(EbooksTab, lang=lang)
    title = demo_app.catalogue.list_titles(limit=1)[0]
    licence = demo_app.ebooks.add_licence(title.id, access_url="https://ebook.example.cn/r/1", max_concurrent=1,
                                          site_code=ROOM)
    reader = next(r for r in demo_app.readers.list_readers() if r.status.value == "active" and not r.anonymised)
    _scan(ebooks, demo_app, licence.code, reader_id=reader.id)
    ebooks.reload()
    qtbot.waitUntil(lambda: ebooks.licences.rowCount() == 1)
    ebooks.select(licence.id)
    qtbot.waitUntil(lambda: ebooks.loans.rowCount() == 1)
    ebooks.loans_view.selectRow(0)
    ebooks.add_licence()
    ebooks.show_qr()

    for tab in (transfers, stocktake, ebooks):
        assert tab.ctx.tasks.wait_idle()
        texts = _ui_texts(tab)
        assert len(texts) > 15, type(tab).__name__
        assert any(CJK.search(t) for _, t in texts) == (lang == "zh_CN"), type(tab).__name__
        assert _untranslated(texts, lang) == [], type(tab).__name__
