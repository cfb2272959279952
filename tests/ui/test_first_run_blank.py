"""Starting a new database blank: the organisation, then its first reading room, then a reader and a book, and
the desk lends — and a wizard that is cancelled or refused leaves nothing made."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop.core.app import Shuyi
from desktop.core.catalogue import TitleInput
from desktop.core.readers import ReaderInput
from desktop.ui.circulation.page import CirculationPage
from desktop.ui.first_run import ORGANISATION, ROOM, FirstRunDialog, StartBlankDialog
from desktop.ui.main_window import MainWindow
from tests.ui.conftest import MakeWindow


def _wizard(window: MainWindow, qtbot: QtBot) -> tuple[FirstRunDialog, StartBlankDialog]:
    first = FirstRunDialog(window, window.ctx)
    qtbot.addWidget(first)
    first.show()
    qtbot.mouseClick(first.empty_button, Qt.MouseButton.LeftButton)
    assert first.wizard is not None
    qtbot.waitExposed(first.wizard)
    return first, first.wizard


def _nothing_made(app: Shuyi) -> None:
    assert app.stats().sites == 0
    assert app.settings.values()["org.name"] == ""
    assert app.settings.first_run_pending()


def test_start_blank_then_lend_at_the_desk(make_window: MakeWindow, qtbot: QtBot, app: Shuyi) -> None:
    window = make_window(app)  # a new, empty database; Chinese, as a new user meets it (an IME types Chinese:
    # setText stands in for it, QTest types ASCII only)
    first, wizard = _wizard(window, qtbot)

    qtbot.mouseClick(wizard.next_button, Qt.MouseButton.LeftButton)  # no name yet: said in place
    assert wizard.pages.currentIndex() == ORGANISATION and wizard.error.text() == "请输入单位名称。"
    wizard.org_name.setText("阜宁县总工会")
    qtbot.keyClicks(wizard.region_code, "320923")
    qtbot.keyClick(wizard.region_code, Qt.Key.Key_Return)
    assert wizard.pages.currentIndex() == ROOM and wizard.focusWidget() is wizard.site_code

    qtbot.keyClicks(wizard.site_code, "1FN")  # starts with a digit: refused by the core, in Chinese
    wizard.site_name.setText("阜宁县城南职工书屋")
    qtbot.mouseClick(wizard.create_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wizard.error.isVisible() and wizard.create_button.isEnabled())
    assert wizard.error.text().startswith("站点代码 '1FN' 无效") and wizard.pages.currentIndex() == ROOM
    _nothing_made(app)

    wizard.site_code.setText("fn01")  # typed in lower case: the code is FN01
    qtbot.mouseClick(wizard.create_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: first.result() == FirstRunDialog.EMPTY)
    assert not wizard.isVisible() and not first.isVisible()
    [room] = app.sites.list_sites()
    assert (room.code, room.name, room.kind.value) == ("FN01", "阜宁县城南职工书屋", "reading_room")
    assert app.settings.values()["org.name"] == "阜宁县总工会"
    assert app.settings.values()["org.region_code"] == "320923"
    assert not app.settings.first_run_pending()

    reader = app.readers.add_reader(ReaderInput(name="王小明", unit="城南环卫所"))  # the default reader type
    title = app.catalogue.add_title(TitleInput(title="平凡的世界"), site_code="FN01", copies=1)
    [copy] = app.catalogue.list_copies(site_code="FN01")
    assert copy.title_id == title.id and reader.site_code == "FN01"

    window.show_page("circulation")  # the one room is the desk's: nothing to choose
    page = window.pages["circulation"]
    assert isinstance(page, CirculationPage)
    page.sounds.enabled = False
    for code in (reader.card_code, copy.code):
        qtbot.keyClicks(page.scan_box, code)
        qtbot.keyClick(page.scan_box, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.pending_count() == 0 and page.queue.idle(), timeout=15_000)
    assert window.ctx.tasks.wait_idle()
    [loan] = app.circulation.loans()
    assert (loan.copy_code, loan.reader_card, loan.site_code) == (copy.code, reader.card_code, "FN01")


def test_a_cancelled_start_makes_nothing(make_window: MakeWindow, qtbot: QtBot, app: Shuyi) -> None:
    window = make_window(app)
    first, wizard = _wizard(window, qtbot)
    wizard.org_name.setText("阜宁县总工会")
    qtbot.mouseClick(wizard.next_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(wizard.site_code, "FN01")
    wizard.site_name.setText("城南职工书屋")
    qtbot.mouseClick(wizard.cancel_button, Qt.MouseButton.LeftButton)
    assert not wizard.isVisible() and first.isVisible()  # back to the choice, nothing made
    assert window.ctx.tasks.wait_idle()
    _nothing_made(app)
    first.reject()
    _nothing_made(app)


def test_a_refused_region_code_goes_back_to_its_step(make_window: MakeWindow, qtbot: QtBot, app: Shuyi) -> None:
    window = make_window(app, lang="en")
    _first, wizard = _wizard(window, qtbot)
    qtbot.keyClicks(wizard.org_name, "Funing county union")
    qtbot.keyClicks(wizard.region_code, "32x9")
    qtbot.mouseClick(wizard.next_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(wizard.site_code, "FN01")
    qtbot.keyClicks(wizard.site_name, "Chengnan reading room")
    qtbot.mouseClick(wizard.create_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wizard.error.isVisible() and wizard.create_button.isEnabled())
    assert wizard.pages.currentIndex() == ORGANISATION and "32x9" in wizard.error.text()
    _nothing_made(app)  # the room was not made without its organisation
