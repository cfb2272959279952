"""The 设施 page on the demo database, driven as a caretaker would: every facility across sites with filters, the
asset scan box (a tag opens its facility; a copy label, a misread or an unknown tag is answered in words), the
dialogs that register, change and maintain a facility, the due calendar, the one-site panel, printing tags, and an
asset tag scanned at the circulation desk opening its facility here."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.core import codes
from desktop.core.app import Shuyi
from desktop.ui.facilities.dialogs import ExpiryDialog, FacilityDialog, PlanDialog, ServiceDialog, StatusDialog
from desktop.ui.facilities.models import OVERDUE_BACKGROUND
from desktop.ui.facilities.page import FacilitiesPage
from desktop.ui.facilities.panel import FacilitiesPanel
from desktop.ui.labels.assets import AssetTagDialog
from desktop.ui.labels.dialog import SELECTED
from tests.ui.conftest import MakeWindow
from tests.ui.test_main_window import CJK, _untranslated
from tests.ui.texts import visible_ui_texts

WAIT_MS = 30_000


def _page(make_window: MakeWindow, qtbot: QtBot, *, lang: str = "zh_CN") -> FacilitiesPage:
    window = make_window(lang=lang)
    window.resize(1366, 768)
    window.show_page("facilities")
    page = window.pages["facilities"]
    assert isinstance(page, FacilitiesPage)
    qtbot.waitUntil(lambda: page.model.rowCount() > 0 and page.calendar.items is not None, timeout=WAIT_MS)
    assert page.ctx.tasks.wait_idle()
    return page


def _scan(page: FacilitiesPage, qtbot: QtBot, code: str) -> None:
    page.scan.setFocus()
    qtbot.keyClicks(page.scan, code)
    qtbot.keyClick(page.scan, Qt.Key.Key_Return)
    assert page.ctx.tasks.wait_idle()
    qtbot.wait(50)
    assert page.ctx.tasks.wait_idle()


def _dialog(page: FacilitiesPage, kind: type, qtbot: QtBot):  # noqa: ANN202
    qtbot.waitUntil(lambda: any(d.isVisible() for d in page.findChildren(kind)), timeout=WAIT_MS)
    return next(d for d in page.findChildren(kind) if d.isVisible())


def _accept(page: FacilitiesPage, dialog, qtbot: QtBot) -> None:  # noqa: ANN001
    dialog.error.hide()  # the reason of an earlier refusal
    dialog.accept_input()
    qtbot.waitUntil(lambda: not dialog.isVisible() or dialog.error.isVisible(), timeout=WAIT_MS)
    assert not dialog.isVisible(), dialog.error.text()
    assert page.ctx.tasks.wait_idle()
    qtbot.wait(50)
    assert page.ctx.tasks.wait_idle()


def test_every_facility_across_sites_with_filters(make_window: MakeWindow, qtbot: QtBot, demo_app: Shuyi) -> None:
    page = _page(make_window, qtbot)
    assert [f.code for f in page.model.rows()] == [f.code for f in demo_app.facilities.list()]
    assert {f.site_code for f in page.model.rows()} == {"JH11", "JH12", "JH13", "JH14", "JH15", "JH16", "JH17"}
    page.site.choose("JH12")
    page.status.setCurrentIndex(page.status.findData("broken"))
    qtbot.waitUntil(lambda: [f.code for f in page.model.rows()] == [
        f.code for f in demo_app.facilities.list(site_code="JH12", status="broken")], timeout=WAIT_MS)
    assert page.model.rowCount() == 1 and page.model.rows()[0].kind_key == "microwave"
    page.status.setCurrentIndex(0)
    page.site.setCurrentIndex(0)
    page.search.setText("格兰仕")
    page.search.search_now()
    wanted = [f.code for f in demo_app.facilities.list(text="格兰仕")]
    assert wanted
    qtbot.waitUntil(lambda: [f.code for f in page.model.rows()] == wanted, timeout=WAIT_MS)
    assert page.ctx.tasks.wait_idle()
    assert [f.code for f in page.model.rows()] == wanted and all(f.brand == "格兰仕" for f in page.model.rows())


def test_a_scanned_tag_opens_its_facility_and_other_codes_are_answered_in_words(
        make_window: MakeWindow, qtbot: QtBot, demo_app: Shuyi) -> None:
    page = _page(make_window, qtbot)
    page.site.choose("JH11")  # the scanned one is elsewhere: the filters give way
    qtbot.waitUntil(lambda: {f.site_code for f in page.model.rows()} == {"JH11"}, timeout=WAIT_MS)
    broken = demo_app.facilities.list(site_code="JH12", status="broken")[0]
    _scan(page, qtbot, broken.code.lower())
    qtbot.waitUntil(lambda: page.detail is not None and page.detail.facility.code == broken.code, timeout=WAIT_MS)
    assert [f.code for f in page.selected()] == [broken.code]
    assert broken.code in page.message.text() and "故障" in page.message.text()
    assert broken.code in page.detail_view.summary.text() and "不加热" in page.detail_view.history.row(0).note
    assert page.scan.text() == ""
    unknown = codes.make(codes.CodeType.ASSET, "JH12", 9999)
    for code, words in ((codes.make(codes.CodeType.COPY, "JH01", 1), "图书标签"),
                        (broken.code[:-1] + ("0" if broken.code[-1] != "0" else "1"), "校验位"),
                        (unknown, unknown), ("hello", "hello")):
        _scan(page, qtbot, code)
        qtbot.waitUntil(lambda words=words: words in page.message.text(), timeout=WAIT_MS)
        assert "color: #b3261e" in page.message.styleSheet()
        assert page.detail is not None and page.detail.facility.code == broken.code  # nothing else opened
        page.scan.clear()


def test_add_change_status_maintain_plan_and_expiry_through_the_dialogs(make_window: MakeWindow, qtbot: QtBot,
                                                                        demo_app: Shuyi) -> None:
    page = _page(make_window, qtbot)
    page.site.choose("JH13")
    qtbot.waitUntil(lambda: {f.site_code for f in page.model.rows()} == {"JH13"}, timeout=WAIT_MS)
    before = len(demo_app.facilities.list(site_code="JH13"))
    page.buttons["add"].click()
    add = _dialog(page, FacilityDialog, qtbot)
    assert add.site.currentData() == "JH13"
    add.kind.setCurrentIndex(add.kind.findData("rain_gear"))
    assert add.quantity.isEnabled()
    add.quantity.setValue(12)
    add.brand.setText("天堂伞")
    add.acquired.setText("2099-01-01")
    add.accept_input()
    qtbot.waitUntil(lambda: add.error.isVisible(), timeout=WAIT_MS)
    assert "2099-01-01" in add.error.text() and len(demo_app.facilities.list(site_code="JH13")) == before
    add.acquired.setText("2024-05-01")
    _accept(page, add, qtbot)
    added = next(f for f in demo_app.facilities.list(site_code="JH13") if f.brand == "天堂伞")
    assert (added.quantity, added.kind_key) == (12, "rain_gear")
    qtbot.waitUntil(lambda: page.detail is not None and page.detail.facility.code == added.code, timeout=WAIT_MS)

    page.buttons["status"].click()
    status = _dialog(page, StatusDialog, qtbot)
    status.status.setCurrentIndex(status.status.findData("broken"))
    status.note.setText("伞骨断了")
    _accept(page, status, qtbot)
    qtbot.waitUntil(lambda: page.detail is not None and len(page.detail.history) == 2, timeout=WAIT_MS)
    assert page.detail.facility.status.value == "broken"

    page.buttons["plan"].click()
    plan = _dialog(page, PlanDialog, qtbot)
    plan.task.setText("检查伞骨")
    plan.months.setValue(6)
    _accept(page, plan, qtbot)
    qtbot.waitUntil(lambda: page.detail is not None and len(page.detail.plans) == 1, timeout=WAIT_MS)

    page.buttons["service"].click()
    service = _dialog(page, ServiceDialog, qtbot)
    service.plan.setCurrentIndex(1)
    assert service.work.text() == "检查伞骨"
    service.cost.setText("12.345")
    service.accept_input()
    qtbot.waitUntil(lambda: service.error.isVisible(), timeout=WAIT_MS)
    service.cost.setText("30")
    _accept(page, service, qtbot)
    qtbot.waitUntil(lambda: page.detail is not None and len(page.detail.records) == 1, timeout=WAIT_MS)
    assert page.detail.records[0].cost_fen == 3000 and page.detail_view.records.rowCount() == 1

    page.buttons["expiry"].click()
    expiry = _dialog(page, ExpiryDialog, qtbot)
    expiry.item.setCurrentText("防水涂层")
    _accept(page, expiry, qtbot)
    qtbot.waitUntil(lambda: page.detail is not None and len(page.detail.expiries) == 1, timeout=WAIT_MS)


def test_the_due_calendar_shows_overdue_in_red_across_sites(make_window: MakeWindow, qtbot: QtBot,
                                                           demo_app: Shuyi) -> None:
    page = _page(make_window, qtbot)
    page.tabs.setCurrentIndex(1)
    calendar = page.calendar
    expected = demo_app.facilities.due(days=60)
    assert [(i.facility_code, i.what) for i in calendar.items] == [(i.facility_code, i.what) for i in expected]
    overdue = [n for n, i in enumerate(expected) if i.overdue]
    assert overdue and overdue == list(range(len(overdue)))  # first, oldest first
    background = calendar.model.data(calendar.model.index(0, 0), Qt.ItemDataRole.BackgroundRole)
    assert background.color() == OVERDUE_BACKGROUND
    assert f"逾期 {len(overdue)} 项" in calendar.summary.text()
    calendar.site.choose("JH13")
    qtbot.waitUntil(lambda: {i.site_code for i in calendar.items} == {"JH13"}, timeout=WAIT_MS)
    first = calendar.items[0]
    calendar.table.doubleClicked.emit(calendar.model.index(0, 0))
    qtbot.waitUntil(lambda: page.detail is not None and page.detail.facility.code == first.facility_code,
                    timeout=WAIT_MS)
    assert page.tabs.currentIndex() == 0


def test_the_panel_shows_one_sites_facilities_and_due_items(make_window: MakeWindow, qtbot: QtBot,
                                                            demo_app: Shuyi) -> None:
    window = make_window(lang="zh_CN")
    panel = FacilitiesPanel(window.ctx, "JH14")
    qtbot.addWidget(panel)
    panel.resize(700, 500)
    panel.show()
    qtbot.waitUntil(lambda: panel.rows is not None and panel.due.items is not None, timeout=WAIT_MS)
    assert [f.code for f in panel.model.rows()] == [f.code for f in demo_app.facilities.list(site_code="JH14")]
    assert [i.what for i in panel.due.items] == [i.what for i in demo_app.facilities.due(site_code="JH14")]
    assert "饮水机" in panel.summary.text() and not panel.due.site.isVisible()
    opened: list[str] = []
    panel.open_requested.connect(opened.append)
    panel.table.doubleClicked.emit(panel.model.index(0, 0))
    assert opened == [panel.model.rows()[0].code]


def test_print_tags_of_the_selected_facilities(make_window: MakeWindow, qtbot: QtBot) -> None:
    page = _page(make_window, qtbot, lang="en")
    page.table.selectRow(0)
    page.table.selectionModel().select(page.model.index(1, 0), page.table.selectionModel().SelectionFlag.Select
                                       | page.table.selectionModel().SelectionFlag.Rows)
    chosen = tuple(f.code for f in page.selected())
    assert len(chosen) == 2
    page.buttons["print"].click()
    dialog = next(d for d in page.findChildren(AssetTagDialog) if d.isVisible())
    assert dialog.choices.checkedId() == SELECTED and dialog.request().codes == chosen
    qtbot.waitUntil(lambda: dialog.run is not None or dialog.error.isVisible(), timeout=WAIT_MS)
    assert dialog.run is not None and dialog.run.labels == 2, dialog.error.text()
    dialog.reject()


def test_an_asset_tag_at_the_desk_opens_its_facility_here(make_window: MakeWindow, qtbot: QtBot,
                                                          demo_app: Shuyi) -> None:
    window = make_window(lang="zh_CN")
    window.show_page("circulation")
    desk = window.pages["circulation"]
    desk.sounds.enabled = False
    desk.set_room("JH01")
    assert window.ctx.tasks.wait_idle()
    tag = demo_app.facilities.list(site_code="JH15", kind="aed")[0].code
    desk.submit(tag)
    qtbot.waitUntil(lambda: desk.banner.asset_button.isVisible(), timeout=WAIT_MS)
    assert "AED" in desk.banner.message.text() and "冈东镇卡友之家" in desk.banner.message.text()
    desk.banner.asset_button.click()
    assert window.current_page_key() == "facilities"
    page = window.pages["facilities"]
    qtbot.waitUntil(lambda: page.detail is not None and page.detail.facility.code == tag, timeout=WAIT_MS)


@pytest.mark.parametrize("lang", ["zh_CN", "en"])
def test_the_page_has_no_untranslated_text(make_window: MakeWindow, qtbot: QtBot, demo_app: Shuyi,
                                           lang: str) -> None:
    page = _page(make_window, qtbot, lang=lang)
    window = page.window()
    _scan(page, qtbot, demo_app.facilities.list(site_code="JH16", status="broken")[0].code)
    qtbot.waitUntil(lambda: page.detail is not None, timeout=WAIT_MS)
    texts = visible_ui_texts(window)
    assert any(CJK.search(t) for _, t in texts) == (lang == "zh_CN")
    assert _untranslated(texts, lang) == []
    page.tabs.setCurrentIndex(1)
    assert page.ctx.tasks.wait_idle()
    assert _untranslated(visible_ui_texts(window), lang) == []
    models = (page.model, page.calendar.model, page.detail_view.history, page.detail_view.records)
    headers = [("header", m.headerData(c, Qt.Orientation.Horizontal)) for m in models for c in range(m.columnCount())]
    assert _untranslated(headers, lang) == []
    QApplication.processEvents()
