"""The 驿站 page's register, driven as a caretaker would on the demo database (in Chinese): the table, its
filters and search, the detail view and its panels, the site form (add, change, refuse), retire and re-open,
and the import wizard."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel, QWidget
from pytestqt.qtbot import QtBot

from desktop.core.app import Shuyi
from desktop.core.sites import SiteInfo, SiteKind
from desktop.ui.app import qt_application
from desktop.ui.context import DataEvents, UiContext
from desktop.ui.i18n import Translations
from desktop.ui.stations import page as page_module
from desktop.ui.stations import panels
from desktop.ui.stations.import_wizard import MAP, SiteImportWizard
from desktop.ui.stations.page import StationsPage
from desktop.ui.stations.site_form import SiteFormDialog
from desktop.ui.tasks import TaskRunner


@pytest.fixture
def ctx(qtbot: QtBot, demo_app: Shuyi) -> Iterator[UiContext]:
    qt_application()
    translations = Translations()
    translations.apply("zh_CN")
    tasks = TaskRunner()
    yield UiContext(app=demo_app, tasks=tasks, translations=translations, events=DataEvents())
    tasks.wait_idle()
    tasks.shutdown()
    translations.apply("en")


@pytest.fixture
def page(qtbot: QtBot, ctx: UiContext) -> StationsPage:
    made = StationsPage(ctx)
    qtbot.addWidget(made)
    made.resize(1300, 720)
    made.show()
    qtbot.waitExposed(made)
    assert ctx.tasks.wait_idle()
    return made


def _dump(path: Path) -> list[str]:
    with sqlite3.connect(path) as conn:
        return list(conn.iterdump())


def _select(page: StationsPage, code: str) -> None:
    row = next(n for n in range(page.model.rowCount()) if page.model.row(n).code == code)
    page.table.selectRow(row)
    assert page.ctx.tasks.wait_idle()


def test_the_register_lists_filters_and_searches(page: StationsPage, ctx: UiContext) -> None:
    assert page.model.rowCount() == 10
    texts = [label.text() for label in page.findChildren(QLabel)]
    assert not any("后续版本" in t or "later version" in t for t in texts)
    page.search.setText("骑手")
    page.search.search_now()
    assert [s.code for s in page.model._rows] == ["JH12"]
    page.search.setText("")
    page.search.search_now()
    page._state.setCurrentIndex(1)  # retired sites
    assert ctx.tasks.wait_idle()
    assert page.model.rowCount() == 0
    page._state.setCurrentIndex(0)
    page._filter.setCurrentIndex(1)  # service stations
    assert ctx.tasks.wait_idle()
    assert page.model.rowCount() == 7
    assert page.model.data(page.model.index(1, 1)) == "骑手之家"  # a station by its station kind


def test_the_detail_view_shows_a_station_in_full_with_its_tabs(page: StationsPage, ctx: UiContext) -> None:
    assert page.detail.code == "JH01"  # the first site is shown at once
    _select(page, "JH12")
    detail = page.detail
    assert detail.title.text() == "JH12  钟庄街道骑手之家"
    assert [detail.tabs.tabText(i) for i in range(detail.tabs.count())] == ["概况", "设施", "服务与到访", "达标情况",
                                                                                  "检查"]
    assert "24 小时" in detail.values["hours"].text()
    assert "139****1202" in detail.values["manager"].text() and "13905151202" not in detail.values["manager"].text()
    assert "GCJ-02" in detail.values["position"].text() and detail.values["wgs84"].text().startswith("119.77")
    assert "地图可查" in detail.facts.text()
    assert not detail.tabs.widget(1).property("panel")  # a panel is built when its tab is first shown
    shown = []
    for i in range(1, detail.tabs.count()):
        detail.tabs.setCurrentIndex(i)
        shown.append(type(detail.tabs.widget(i)).__name__)
    assert shown == ["FacilitiesPanel", "ActivityPanel", "CompliancePanel", "InspectionsPanel"]
    assert ctx.tasks.wait_idle()
    _select(page, "JH13")  # the tab shown stays shown, with the next station's panel
    assert detail.tabs.currentIndex() == 4 and type(detail.tabs.widget(4)).__name__ == "InspectionsPanel"
    detail.tabs.setCurrentIndex(0)
    page.table.doubleClicked.emit(page.table.currentIndex())
    assert detail.tabs.currentIndex() == 0


def test_a_panel_provider_plugs_into_the_detail_view(page: StationsPage, ctx: UiContext,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    made: list[str] = []

    def factory(context: UiContext, code: str) -> QWidget:
        made.append(code)
        return QLabel(f"facilities of {code}")

    monkeypatch.setattr(panels, "PANELS", [("Facilities", factory), *panels.PANELS[1:]])
    _select(page, "JH15")
    assert made == []  # built when its tab is shown
    page.detail.tabs.setCurrentIndex(1)
    assert made == ["JH15"]
    widget = page.detail.tabs.widget(1)
    assert isinstance(widget, QLabel) and widget.text() == "facilities of JH15"
    assert page.detail.tabs.tabText(1) == "设施"


def test_the_form_adds_a_station_reading_back_position_and_hours(qtbot: QtBot, ctx: UiContext,
                                                                 demo_app: Shuyi) -> None:
    form = SiteFormDialog(ctx)
    qtbot.addWidget(form)
    form.show()
    assert ctx.tasks.wait_idle()
    done: list[SiteInfo] = []
    form.completed.connect(done.append)
    form.code.setText("jh30")
    form.name.setText("城北骑手之家")
    form.position.setText("33.4920，119.7760")  # latitude first, with a Chinese comma
    assert "经度 119.776" in form.position_said.text() and "纬度在前" in form.position_said.text()
    form.hours.setText("Mo-Fr 25:00-18:00")
    assert "无法识别开放时间" in form.hours_said.text()
    form.hours.setText("Mo-Fr 08:00-18:00; Sa,Su 09:00-17:00")
    assert form.hours_said.text().startswith("周一–周五 08:00–18:00；周六–周日 09:00–17:00")
    form.station_kind.setCurrentIndex(form.station_kind.findData("rider_home"))
    form.stars.setCurrentIndex(form.stars.findData(3))
    form.phone.setText("13812345678")
    form.fact_boxes[next(iter(form.fact_boxes))].setChecked(True)
    form.ok_button.click()
    qtbot.waitUntil(lambda: bool(done))
    site = demo_app.sites.site("JH30")
    assert site.station_kind is not None and site.station_kind.key == "rider_home"
    assert site.position is not None and (site.position.lng, site.position.lat) == (119.776, 33.492)
    assert site.star_rating == 3 and site.manager_phone_masked == "138****5678"
    assert [f.fact.value for f in site.facts] == ["on_maps"]


def test_the_form_refuses_in_place_and_changes_nothing(qtbot: QtBot, ctx: UiContext, demo_db_path: Path) -> None:
    before = _dump(demo_db_path)
    form = SiteFormDialog(ctx)
    qtbot.addWidget(form)
    form.show()
    form.code.setText("JH12")  # taken
    form.name.setText("另一个驿站")
    form.ok_button.click()
    qtbot.waitUntil(lambda: form.error.isVisible())
    assert "JH12" in form.error.text() and form.isVisible()
    form.kind.setCurrentIndex(form.kind.findData(SiteKind.READING_ROOM))
    assert not form.station_kind.isEnabled() and not form.stars.isEnabled()
    assert form.host_unit.isEnabled() and form.seats.isEnabled()
    assert _dump(demo_db_path) == before


def test_changing_a_site_keeps_the_masked_phone(qtbot: QtBot, ctx: UiContext, demo_app: Shuyi) -> None:
    site = demo_app.sites.site("JH12")
    form = SiteFormDialog(ctx, site)
    qtbot.addWidget(form)
    form.show()
    assert ctx.tasks.wait_idle()
    assert form.phone.text() == "139****1202" and not form.code.isEnabled()
    assert form.station_kind.currentData() == "rider_home" and form.standard.currentData() == "6+X"
    form.seats.setValue(20)
    done: list[SiteInfo] = []
    form.completed.connect(done.append)
    form.ok_button.click()
    qtbot.waitUntil(lambda: bool(done))
    changed = demo_app.sites.site("JH12")
    assert changed.seats == 20 and changed.manager_phone_masked == "139****1202"
    assert changed.station_kind == site.station_kind and changed.opening_hours == "24/7"


def test_retire_and_reopen_from_the_page(page: StationsPage, ctx: UiContext, demo_app: Shuyi,
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(page_module, "ask", lambda *_args: True)
    _select(page, "JH17")
    assert page.buttons["retire"].isEnabled() and not page.buttons["reopen"].isEnabled()
    page.retire_selected()
    assert ctx.tasks.wait_idle() and ctx.tasks.wait_idle()
    assert not demo_app.sites.site("JH17").active
    assert "JH17" not in [s.code for s in page.model._rows]
    page._state.setCurrentIndex(1)
    assert ctx.tasks.wait_idle()
    _select(page, "JH17")
    assert page.buttons["reopen"].isEnabled() and not page.buttons["edit"].isEnabled()
    page.reopen_selected()
    assert ctx.tasks.wait_idle() and ctx.tasks.wait_idle()
    assert demo_app.sites.site("JH17").active


def test_a_room_lending_books_is_not_retired_and_says_why(page: StationsPage, ctx: UiContext,
                                                         demo_db_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(page_module, "ask", lambda *_args: True)
    before = _dump(demo_db_path)
    _select(page, "JH01")
    page.retire_selected()
    assert ctx.tasks.wait_idle()
    assert page.message.isVisible() and "在借" in page.message.text()
    assert _dump(demo_db_path) == before


def test_the_import_wizard_maps_columns_and_lists_refused_rows(qtbot: QtBot, ctx: UiContext, demo_app: Shuyi,
                                                               tmp_path: Path) -> None:
    sheet = tmp_path / "stations.csv"
    sheet.write_text("编号,名称,经度,纬度,开放时间\nJH40,城东驿站,119.81,33.47,24/7\nJH41,零坐标,0,0,\n",
                     encoding="utf-8")
    wizard = SiteImportWizard(ctx)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.path_edit.setText(str(sheet))
    wizard.next_button.click()
    assert ctx.tasks.wait_idle()
    assert wizard.steps.currentIndex() == MAP
    assert wizard.mapping() == {0: "code", 1: "name", 2: "lng", 3: "lat", 4: "hours"}
    wizard.next_button.click()  # no datum: the file is refused whole, in the window's words
    assert ctx.tasks.wait_idle()
    assert wizard.error.isVisible() and "--crs" not in wizard.error.text() and "坐标系" in wizard.error.text()
    wizard.datum.setCurrentIndex(wizard.datum.findData("gcj02"))
    wizard.next_button.click()
    assert ctx.tasks.wait_idle()
    assert wizard.report is not None and (wizard.report.added, len(wizard.report.rejected)) == (1, 1)
    assert wizard.rejected_table.item(0, 0).text() == "第 3 行"
    assert demo_app.sites.site("JH40").opening_hours == "24/7"
