"""The desk's transfers, stocktake and e-books tabs are built when first opened (not on the way to the window's first
paint), in their place and under their title, and from then on follow the desk as if built with the page."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop.core.app import Shuyi
from desktop.core.circulation.dispatch import Mode
from desktop.ui.circulation.ebooks.tab import EbooksTab
from desktop.ui.circulation.page import CirculationPage
from desktop.ui.circulation.stocktake.tab import StocktakeTab
from desktop.ui.circulation.transfers.tab import TransfersTab
from desktop.ui.widgets.desk_tab import DeskTab
from tests.ui.conftest import MakeWindow

ROOM = "JH01"
LATER = ("transfers", "stocktake", "ebooks")
TITLES = ["Desk", "Overdue in this room", "Transfers and book boxes", "Stocktake", "E-books"]


def _page(make_window: MakeWindow) -> CirculationPage:
    window = make_window(lang="en")
    page = window.pages["circulation"]
    assert isinstance(page, CirculationPage)
    page.set_room(ROOM)
    page.sounds.enabled = False
    assert window.ctx.tasks.wait_idle()
    return page


def test_a_later_tab_is_built_when_opened_and_starts_where_the_desk_is(make_window: MakeWindow, demo_app: Shuyi,
                                                                      qtbot: QtBot) -> None:
    page = _page(make_window)
    tabs = page.tabs
    assert [tabs.tabText(n) for n in range(tabs.count())] == TITLES
    assert not any(tabs.is_built(key) for key in LATER)
    assert not any(isinstance(tabs.widget(n), DeskTab) for n in range(tabs.count()))

    take = demo_app.stocktakes.start(site_code=ROOM)
    page.enter_mode(Mode.STOCKTAKE, take.id)  # the desk scans into a stocktake before its tab was ever opened
    qtbot.waitUntil(lambda: page.view.mode is Mode.STOCKTAKE)
    page.window().activateWindow()
    page.scan_box.setFocus()
    bar = tabs.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(3).center())

    tab = tabs.widget(3)
    assert isinstance(tab, StocktakeTab) and tabs.isTabVisible(3) and tabs.currentIndex() == 3
    assert tabs.currentWidget() is tab and tab.isVisible() and page.stocktake_tab is tab
    assert [tabs.tabText(n) for n in range(tabs.count())] == TITLES
    assert tab.site_code == ROOM and tab.mode == (Mode.STOCKTAKE, take.id)
    qtbot.waitUntil(lambda: tab.shown is not None and tab.shown.id == take.id)  # it loaded the room's stocktake
    assert page.scan_box.hasFocus() == page.window().isActiveWindow()  # the scanner still types into the box
    assert not tabs.is_built("transfers") and not tabs.is_built("ebooks")

    page.enter_mode(Mode.DESK)  # and it follows the desk from now on
    qtbot.waitUntil(lambda: tab.mode == (Mode.DESK, None))
    page.set_room("JH02")
    qtbot.waitUntil(lambda: tab.site_code == "JH02")
    assert page.window().ctx.tasks.wait_idle()


def test_a_tab_asked_for_by_name_is_built_in_its_place_without_being_shown(make_window: MakeWindow) -> None:
    page = _page(make_window)
    tabs = page.tabs
    transfers, ebooks = page.transfers_tab, page.ebooks_tab
    assert isinstance(transfers, TransfersTab) and isinstance(ebooks, EbooksTab)
    assert tabs.indexOf(transfers) == 2 and tabs.indexOf(ebooks) == 4 and tabs.currentIndex() == 0
    assert transfers.site_code == ROOM and ebooks.site_code == ROOM
    assert page.transfers_tab is transfers and not tabs.is_built("stocktake")
    tabs.setCurrentWidget(transfers)
    assert tabs.currentIndex() == 2 and transfers.isVisible()
    assert [tabs.tabText(n) for n in range(tabs.count())] == TITLES
    assert page.window().ctx.tasks.wait_idle()
