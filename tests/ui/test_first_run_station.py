"""Starting blank with a service station: its kind and position asked in the window's own words, nothing half
made on a refusal, and nothing in the window afterwards asks for a command-line option."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from desktop.core.app import Shuyi
from desktop.core.sites import SiteKind
from desktop.pages import PAGE_KEYS
from desktop.ui.first_run import ROOM, FirstRunDialog
from tests.ui.conftest import MakeWindow

OPTION = re.compile(r"--[a-z]")


def test_start_blank_with_a_station_and_its_position(make_window: MakeWindow, qtbot: QtBot, app: Shuyi) -> None:
    window = make_window(app)
    first = FirstRunDialog(window, window.ctx)
    qtbot.addWidget(first)
    first.show()
    qtbot.mouseClick(first.empty_button, Qt.MouseButton.LeftButton)
    wizard = first.wizard
    assert wizard is not None
    wizard.org_name.setText("阜宁县总工会")
    qtbot.mouseClick(wizard.next_button, Qt.MouseButton.LeftButton)
    assert window.ctx.tasks.wait_idle()
    wizard.kind.setCurrentIndex(wizard.kind.findData(SiteKind.SERVICE_STATION))
    assert wizard.station_kind.isEnabled() and wizard.station_kind.findData("rider_home") >= 0
    wizard.station_kind.setCurrentIndex(wizard.station_kind.findData("rider_home"))
    wizard.site_code.setText("FN11")
    wizard.site_name.setText("阜城骑手之家")
    wizard.position.setText("0,0")  # the placeholder of "not located": refused in place, nothing made
    qtbot.mouseClick(wizard.create_button, Qt.MouseButton.LeftButton)
    assert wizard.pages.currentIndex() == ROOM and "0" in wizard.error.text() and not OPTION.search(wizard.error.text())
    assert app.stats().sites == 0
    wizard.position.setText("119.7350，33.7790")
    qtbot.mouseClick(wizard.create_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not wizard.isVisible())
    [site] = app.sites.list_sites()
    assert (site.code, site.kind, site.station_kind.key if site.station_kind else None) == (
        "FN11", SiteKind.SERVICE_STATION, "rider_home")
    assert site.position is not None and site.position.lng == 119.735
    for key in PAGE_KEYS:  # no page now asks for a --room or any other command-line option
        window.show_page(key)
        assert window.ctx.tasks.wait_idle()
        shown = [label.text() for label in window.findChildren(QLabel) if label.isVisibleTo(window)]
        assert not [text for text in shown if OPTION.search(text)], key
