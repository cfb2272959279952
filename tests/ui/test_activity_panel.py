"""The station detail's activity panel: services with the form to record one, visitors by month and occupation,
the roster with its uncovered hours flagged, in Chinese throughout."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.core.app import Shuyi
from desktop.core.stations.roster import Gap
from desktop.ui.activity.dialogs import ServiceDialog, ShiftDialog
from desktop.ui.activity.panel import ActivityPanel
from tests.ui.conftest import MakeWindow
from tests.ui.texts import visible_ui_texts

LATIN_WORD = re.compile(r"[A-Za-z]{3,}")


def _panel(make_window: MakeWindow, qtbot: QtBot, code: str = "JH12", lang: str = "zh_CN") -> ActivityPanel:
    window = make_window(lang=lang)
    panel = ActivityPanel(window.ctx, code)
    qtbot.addWidget(panel)
    panel.resize(1000, 560)
    panel.show()
    qtbot.waitUntil(lambda: panel.summary is not None or panel.error.isVisible())
    assert window.ctx.tasks.wait_idle()
    return panel


def _dialog(panel: ActivityPanel, kind: type) -> ServiceDialog | ShiftDialog:
    found = [d for d in panel.findChildren(kind) if d.isVisible()]
    assert len(found) == 1
    return found[0]


def test_the_panel_shows_the_demo_stations_year(make_window: MakeWindow, qtbot: QtBot, demo_app: Shuyi) -> None:
    panel = _panel(make_window, qtbot)
    summary = demo_app.activity.station_summary("JH12")
    assert panel.services.rowCount() == len(demo_app.activity.services(site_code="JH12", limit=200)) > 30
    assert panel.bars.months == list(summary.months) and len(panel.bars.labels) == 12
    assert panel.occupations.rowCount() == 8 and panel.occupations.row(0).occupation == "delivery_rider"
    gaps = [panel.shifts.row(n) for n in range(panel.shifts.rowCount()) if isinstance(panel.shifts.row(n), Gap)]
    assert len(gaps) == 1 and "未覆盖" in panel.roster_line.text()  # the demo's one deliberate gap, flagged
    assert f"{summary.visits}" in panel.headline.text()
    for tab in range(panel.tabs.count()):
        panel.tabs.setCurrentIndex(tab)
        texts = [t for _w, t in visible_ui_texts(panel) if LATIN_WORD.search(t)]  # type: ignore[arg-type]
        assert texts == [], texts


def test_recording_a_service_and_covering_the_gap_from_the_panel(make_window: MakeWindow, qtbot: QtBot,
                                                                 demo_app: Shuyi) -> None:
    panel = _panel(make_window, qtbot, "JH16")
    before = panel.services.rowCount()
    panel.add_service.click()
    dialog = _dialog(panel, ServiceDialog)
    assert isinstance(dialog, ServiceDialog)
    dialog.accept_input()  # no title: refused in place, nothing written
    assert panel.ctx.tasks.wait_idle()
    QApplication.processEvents()
    assert dialog.error.isVisible() and dialog.isVisible()
    dialog.title.setText("夏季送清凉")  # QTest types ASCII only
    dialog.attendance.setValue(18)
    dialog.accept_input()
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert panel.ctx.tasks.wait_idle()
    qtbot.waitUntil(lambda: panel.services.rowCount() == before + 1)
    assert panel.services.row(0).title == "夏季送清凉" and panel.services.row(0).attendance == 18

    gap = demo_app.activity.check_roster("JH16").uncovered[0]
    panel.add_shift.click()
    shift = _dialog(panel, ShiftDialog)
    assert isinstance(shift, ShiftDialog)
    shift.days.setCurrentIndex(3 + gap.weekday)
    shift.start.setTime(shift.start.time().fromString(gap.span[:5], "HH:mm"))
    shift.end.setTime(shift.end.time().fromString(gap.span[6:], "HH:mm"))
    shift.person.setText("值班员")
    QTest.keyClick(shift.person, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not shift.isVisible())
    assert panel.ctx.tasks.wait_idle()
    qtbot.waitUntil(lambda: "每个开放时段都有人值班" in panel.roster_line.text())
    assert demo_app.activity.check_roster("JH16").covered


def test_a_reading_room_says_why_it_has_no_activity(make_window: MakeWindow, qtbot: QtBot) -> None:
    panel = _panel(make_window, qtbot, "JH01")
    assert panel.error.isVisible() and "职工书屋" in panel.error.text()
    assert not panel.add_service.isEnabled() and not panel.tally.isEnabled()


def test_in_english_the_panel_speaks_english(make_window: MakeWindow, qtbot: QtBot) -> None:
    panel = _panel(make_window, qtbot, "JH15", lang="en")
    assert panel.tabs.tabText(0) == "Services" and "visitors" in panel.headline.text()
    assert panel.occupations.row(0).name_en and panel.occupations.data(panel.occupations.index(4, 0)) == \
        "Truck driver"
