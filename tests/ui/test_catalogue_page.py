"""The catalogue page driven as a librarian would: browse, search, scan, add a title, import a spreadsheet."""

from __future__ import annotations

import csv
import sqlite3
from pathlib import Path

from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from desktop.bench.synthetic import write_books_csv
from desktop.core.app import Shuyi
from desktop.ui.catalogue.import_wizard import MAP, RUN, ImportWizard
from desktop.ui.catalogue.page import CataloguePage
from desktop.ui.catalogue.tables import FETCH_BATCH
from tests.ui.conftest import MakeWindow


def _page(make_window: MakeWindow, core: Shuyi | None = None) -> CataloguePage:
    window = make_window(core)
    window.show_page("catalogue")
    page = window.pages["catalogue"]
    assert isinstance(page, CataloguePage)
    assert window.ctx.tasks.wait_idle()
    return page


def _dump(path: Path) -> list[str]:
    with sqlite3.connect(path) as conn:
        return list(conn.iterdump())


def test_browsing_shows_every_title_and_the_first_ones_copies(make_window: MakeWindow, qtbot: QtBot) -> None:
    page = _page(make_window)
    assert page.titles.rowCount() == 40
    assert page.status.text() == "目录中共 40 种图书"
    qtbot.waitUntil(lambda: page.detail_title.text() == page.titles.row(0).title)
    assert page.copies.rowCount() == page.titles.row(0).copies
    assert page.copies.data(page.copies.index(0, 0)).startswith("CJH0")


def test_a_large_catalogue_is_fetched_as_the_view_scrolls(make_window: MakeWindow, qtbot: QtBot, demo_app: Shuyi,
                                                          tmp_path: Path) -> None:
    write_books_csv(tmp_path / "many.csv", rows=1200, seed=3)
    demo_app.imports.import_books(tmp_path / "many.csv", site_code="JH01")
    page = _page(make_window, demo_app)
    assert page.titles.rowCount() == 200  # the first screenfuls only
    assert page.titles.canFetchMore()
    page.table.scrollToBottom()
    qtbot.waitUntil(lambda: page.titles.rowCount() == 200 + FETCH_BATCH)
    while page.titles.canFetchMore():  # each scroll to the bottom brings the next batch, never more
        before = page.titles.rowCount()
        page.table.scrollToBottom()
        qtbot.waitUntil(lambda before=before: page.titles.rowCount() > before)
        assert page.titles.rowCount() - before <= FETCH_BATCH
    assert page.titles.rowCount() == 1240
    assert len({page.titles.row(n).id for n in range(1240)}) == 1240  # no row fetched twice


def test_search_by_pinyin_scanned_code_and_a_misread_isbn(make_window: MakeWindow, qtbot: QtBot,
                                                          demo_app: Shuyi) -> None:
    page = _page(make_window, demo_app)
    page.search_box.setText("hlm")
    qtbot.waitUntil(lambda: page.titles.rowCount() == 1 and page.titles.row(0).title == "红楼梦")
    copy = demo_app.catalogue.list_copies(site_code="JH02", limit=3)[-1]
    code = copy.code
    page.search_box.setText(code.lower())  # a scanner with caps lock
    page.search_box.returnPressed.emit()  # Enter: no waiting for the debounce
    assert page.ctx.tasks.wait_idle()
    assert page.status.text() == f"图书条码 {code}：《{copy.title}》"  # the title, no dangling colon
    assert page.titles.rowCount() == 1
    qtbot.waitUntil(lambda: page.copies.rowCount() > 0 and page.copies_view.selectionModel().hasSelection())
    [selected] = page.copies_view.selectionModel().selectedRows()
    assert page.copies.row(selected.row()).code == code  # the copy is highlighted among its title's copies
    page.search_box.setText("978-7-02-001000-5")  # one digit misread
    page.search_box.returnPressed.emit()
    assert page.ctx.tasks.wait_idle()
    assert "不是有效的 ISBN" in page.status.text() and page.titles.rowCount() == 0


def test_adding_a_title_shows_errors_in_place_then_saves(make_window: MakeWindow, qtbot: QtBot, demo_app: Shuyi,
                                                         demo_db_path: Path) -> None:
    page = _page(make_window, demo_app)
    taken = [int(c.call_number.split("/")[1]) for c in demo_app.catalogue.list_copies(site_code="JH01")
             if c.call_number.startswith("K295.33/")]
    page.add_button.click()
    dialog = page.dialog
    assert dialog is not None and dialog.isVisible()
    assert not dialog.save_button.isEnabled()  # until the rooms are known, Save waits
    qtbot.waitUntil(lambda: dialog.save_button.isEnabled())
    assert dialog.room.currentData() == "JH01"
    dialog.edits["title"].setText("建湖县志")
    dialog.edits["isbn"].setText("978-7-5327-0000-0")
    before = _dump(demo_db_path)
    dialog.buttons.accepted.emit()
    qtbot.waitUntil(lambda: dialog.error.isVisible())
    assert "不是有效的 ISBN" in dialog.error.text()
    assert "b3261e" in dialog.edits["isbn"].styleSheet() and dialog.isVisible()
    assert _dump(demo_db_path) == before
    dialog.edits["isbn"].setText("")
    dialog.edits["clc"].setText("k295.33")
    closed: list[int] = []
    dialog.finished.connect(closed.append)
    dialog.buttons.accepted.emit()
    qtbot.waitUntil(lambda: bool(closed))  # the dialog closes (and deletes itself) once saved
    [hit] = demo_app.catalogue.search("建湖县志")
    assert hit.title.clc == "K295.33" and hit.title.copies == 1
    assert demo_app.catalogue.title(hit.title.id)[1][0].call_number == f"K295.33/{max(taken, default=0) + 1}"


def _wizard(page: CataloguePage, qtbot: QtBot, path: Path) -> ImportWizard:
    page.import_button.click()
    wizard = page.dialog
    assert isinstance(wizard, ImportWizard)
    wizard.path_edit.setText(str(path))
    wizard.room.setCurrentIndex(wizard.room.findData("JH03"))
    wizard.next_button.click()
    return wizard


def test_import_wizard_maps_columns_and_lists_rejected_rows(make_window: MakeWindow, qtbot: QtBot,
                                                            demo_app: Shuyi, tmp_path: Path) -> None:
    path = tmp_path / "书单.csv"
    with path.open("w", encoding="gb18030", newline="") as fh:
        out = csv.writer(fh)
        out.writerow(["序号", "书名", "ISBN", "作者", "身份证号", "索书号"])
        out.writerow(["1", "盐城地方史话", "", "盐城市地方志办公室", "320925199001011234", "K295.33/8"])
        out.writerow(["2", "劳动法通俗读本", "978-7-5008-0000-1", "法律出版社", "", ""])
        out.writerow(["3", "职工书屋建设指南", "", "全国总工会", "", "G252/3"])
    page = _page(make_window, demo_app)
    wizard = _wizard(page, qtbot, path)
    qtbot.waitUntil(lambda: wizard.steps.currentIndex() == MAP)
    assert [c.currentData() for c in wizard.combos] == ["", "title", "isbn", "author", "", "call_number"]
    assert not wizard.combos[4].isEnabled()  # 身份证号 can never be mapped
    wizard.next_button.click()
    qtbot.waitUntil(lambda: wizard.report is not None)
    assert wizard.steps.currentIndex() == RUN
    assert wizard.summary.text().startswith("读取 3 条记录：新增 2 种图书")
    assert wizard.rejected_table.rowCount() == 1
    assert wizard.rejected_table.item(0, 0).text() == "第 3 行"
    assert wizard.rejected_table.item(0, 1).text() == "ISBN 无效"
    assert "320925199001011234" not in "".join(_dump_values(demo_app))
    assert demo_app.catalogue.search("K295.33/8")[0].title.title == "盐城地方史话"


def _dump_values(app: Shuyi) -> list[str]:
    assert app.location.path is not None
    return _dump(app.location.path)


def test_cancelling_an_import_imports_nothing(make_window: MakeWindow, qtbot: QtBot, demo_app: Shuyi,
                                              demo_db_path: Path, tmp_path: Path) -> None:
    write_books_csv(tmp_path / "big.csv", rows=5000, seed=9)
    page = _page(make_window, demo_app)
    before = _dump(demo_db_path)
    wizard = _wizard(page, qtbot, tmp_path / "big.csv")
    qtbot.waitUntil(lambda: wizard.steps.currentIndex() == MAP)
    wizard.next_button.click()
    cancel = wizard.cancel_button
    assert isinstance(cancel, QPushButton) and cancel.isVisible()
    cancel.click()
    assert page.ctx.tasks.wait_idle(60_000)
    assert wizard.report is None
    assert wizard.summary.text() == "导入已取消，未导入任何数据"
    assert _dump(demo_db_path) == before


def test_the_mapping_preview_shows_no_phone_or_identity_number(make_window: MakeWindow, qtbot: QtBot,
                                                               demo_app: Shuyi, tmp_path: Path) -> None:
    path = tmp_path / "读者.csv"
    path.write_text("姓名,手机,身份证号\n王芳,13800001111,320925199001011234\n", encoding="utf-8")
    page = _page(make_window, demo_app)
    wizard = _wizard(page, qtbot, path)
    wizard.readers_radio.setChecked(True)
    wizard.next_button.click()
    qtbot.waitUntil(lambda: wizard.steps.currentIndex() == MAP)
    cells = [wizard.map_table.item(r, c).text() for r in range(1, wizard.map_table.rowCount())
             for c in range(wizard.map_table.columnCount()) if wizard.map_table.item(r, c)]
    assert "138****1111" in cells
    assert not any("13800001111" in c or "320925199001011234" in c for c in cells)


def test_closing_the_wizard_while_importing_crashes_nothing_and_imports_nothing(
        make_window: MakeWindow, qtbot: QtBot, demo_app: Shuyi, demo_db_path: Path, tmp_path: Path) -> None:
    write_books_csv(tmp_path / "big.csv", rows=3000, seed=5)
    page = _page(make_window, demo_app)
    before = _dump(demo_db_path)
    wizard = _wizard(page, qtbot, tmp_path / "big.csv")
    qtbot.waitUntil(lambda: wizard.steps.currentIndex() == MAP)
    wizard.next_button.click()
    wizard.reject()  # the window's close button: cancels, and the wizard outlives its import
    assert page.ctx.tasks.wait_idle(60_000)
    qtbot.wait(50)  # deferred deletions run
    assert _dump(demo_db_path) == before


def test_cancelling_a_dialog_whose_save_is_under_way_is_safe(make_window: MakeWindow, qtbot: QtBot,
                                                             demo_app: Shuyi) -> None:
    page = _page(make_window, demo_app)
    copies_before = demo_app.stats().copies
    page.copies_button.click()
    dialog = page.dialog
    qtbot.waitUntil(lambda: dialog.save_button.isEnabled())
    dialog.buttons.accepted.emit()  # Save…
    dialog.reject()  # …and at once Cancel, before the answer came
    assert page.ctx.tasks.wait_idle()
    qtbot.wait(50)
    assert demo_app.stats().copies == copies_before + 1  # the save that was under way completed, once
