"""Small things at the desk a new user noticed: the SEND TO notice names the room, the camera's tooltip names
what is really missing, and a price is shown as ¥78.00."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from desktop.core.app import Shuyi
from desktop.core.circulation.dispatch import DeskState
from desktop.core.prices import shown_price
from desktop.ui.catalogue.dialogs import TitleDialog
from desktop.ui.catalogue.page import CataloguePage
from desktop.ui.circulation.camera import camera_missing, decoder_available
from tests.ui.conftest import MakeWindow
from tests.ui.test_circulation_page import _page, _scan, _settle


def test_the_send_to_notice_names_the_room(make_window: MakeWindow, qtbot: QtBot, demo_app: Shuyi) -> None:
    reader = next(r for r in demo_app.readers.list_readers() if r.site_code == "JH01" and r.status.value == "active")
    copy = next(c for c in demo_app.catalogue.list_copies(site_code="JH01") if c.status.value == "on_shelf")
    card, _ = demo_app.circulation.scan(DeskState("JH01"), reader.card_code)
    lent, _ = demo_app.circulation.scan(DeskState("JH01", reader_id=card.reader_id), copy.code)
    assert lent.ok, lent.as_json()
    home = next(s for s in demo_app.sites.list_sites() if s.code == "JH01")

    page = _page(make_window)
    page.set_room("JH02")
    _scan(qtbot, page.scan_box, copy.code)  # returned at another room: it travels home
    _settle(page, qtbot)
    assert page.banner.notice.isVisible()
    assert page.banner.notice.text() == f"SEND TO JH01 {home.name}"
    assert page.banner.entry is not None and page.banner.entry.result.as_json()["send_to"] == "JH01"  # JSON as before


def test_the_camera_tooltip_names_only_what_is_missing(make_window: MakeWindow) -> None:
    page = _page(make_window)
    if not page.camera_button.isEnabled():
        tip = page.camera_button.toolTip()
        assert tip == camera_missing() and tip
        assert ("zxing-cpp" in tip) == (not decoder_available())  # here QtMultimedia alone is missing
    else:
        assert camera_missing() == ""


def test_prices_are_shown_in_yuan(make_window: MakeWindow, qtbot: QtBot, demo_app: Shuyi) -> None:
    title = next(t for t in demo_app.catalogue.list_titles() if t.price.startswith("CNY"))
    window = make_window(lang="en")
    window.show_page("catalogue")
    page = window.pages["catalogue"]
    assert isinstance(page, CataloguePage)
    page.search_box.setText(title.title)
    page.search_box.returnPressed.emit()
    qtbot.waitUntil(lambda: page.detail_title.text() == title.title)
    assert page.detail_values["price"].text() == shown_price(title.price) == "¥" + title.price[3:]
    dialog = TitleDialog(window.ctx, title, page)
    assert dialog.edits["price"].text() == "¥" + title.price[3:]
    dialog.close()
