"""The desk knows its room and its reader by itself (issue 9 items 1 and 9): after the demo loads on a fresh
database the circulation page asks which room this desk serves, in its own words, and then lends without another
page being visited; one room is served without asking; the choice is remembered per computer; an idle session is
ended by the core Desk and logged apart from End reader; and no message the window shows names a command-line
option."""

from __future__ import annotations

import importlib
import pkgutil
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

import desktop.core
from desktop.core import codes, errors
from desktop.core.app import Shuyi
from desktop.core.i18n import translate
from desktop.core.sites import NewSite, SiteKind
from desktop.ui.app import offer_first_run
from desktop.ui.circulation.page import ROOM_KEY, CirculationPage
from desktop.ui.circulation.tables import EntryKind
from desktop.ui.context import error_text
from tests.core.test_i18n import _all_error_classes as all_error_classes
from tests.ui.conftest import MakeWindow
from tests.ui.test_circulation_page import _copies, _log, _page, _readers, _scan, _settle
from tests.ui.test_first_run_and_settings import _answer_first_run


@pytest.fixture(autouse=True)
def no_room_chosen_yet() -> None:
    QSettings().remove(ROOM_KEY)


def _circulation(window) -> CirculationPage:  # noqa: ANN001
    page = window.pages["circulation"]
    assert isinstance(page, CirculationPage)
    page.sounds.enabled = False
    return page


def test_after_the_demo_loads_the_desk_asks_for_its_room_then_lends(make_window: MakeWindow, qtbot: QtBot,
                                                                     app: Shuyi, db_path: Path) -> None:
    window = make_window(app)  # a fresh database, the window on the circulation page
    assert window.current_page_key() == "circulation"
    page = _circulation(window)
    seen: list[str] = []
    _answer_first_run(lambda dialog: dialog.demo_button.click(), seen)
    offer_first_run(window)
    qtbot.waitUntil(lambda: bool(seen) and len(page.room.rooms) == 3, timeout=30_000)
    assert window.ctx.tasks.wait_idle()
    assert page.room.code == "" and page.room.prompt.isVisibleTo(window)  # several rooms, none chosen: asked
    assert page.room.prompt.text() == "请选择本台电脑所在的职工书屋(&R)："
    assert page.room.prompt.buddy() is page.room.combo  # Alt+R reaches the choice from the keyboard

    card, copy = _readers(db_path, 1)[0], _copies(db_path, 1, "JH01")[0]
    _scan(qtbot, page.scan_box, card)
    _settle(page, qtbot)
    [(code, level, message)] = _log(page)
    assert (code, level) == (card, "refusal") and "选择" in message and "--" not in message
    assert page.reader_id is None

    combo = page.room.combo  # as a user picks the room
    index = combo.findData("JH01")
    combo.setCurrentIndex(index)
    combo.activated.emit(index)
    assert page.room.code == "JH01" and not page.room.prompt.isVisibleTo(window)
    assert QSettings().value(ROOM_KEY) == "JH01"  # remembered on this computer
    for code in (card, copy):
        _scan(qtbot, page.scan_box, code)
    _settle(page, qtbot)
    assert [level for _, level, _ in _log(page)[1:]] == ["success", "success"]
    assert _log(page)[-1][2].startswith("已借出")
    assert [loan.copy_code for loan in app.circulation.loans() if loan.reader_card == card] == [copy]
    assert window.current_page_key() == "circulation"  # no other page was visited
    assert not any("--" in message for _, _, message in _log(page))


def test_a_saved_room_is_served_after_the_demo_loads(make_window: MakeWindow, qtbot: QtBot, app: Shuyi) -> None:
    QSettings().setValue(ROOM_KEY, "JH02")
    window = make_window(app)
    page = _circulation(window)
    assert page.room.code == ""  # no rooms yet
    app.demo.load("small")
    window.ctx.events.changed.emit()  # as the first-run choice says once the demo is in
    qtbot.waitUntil(lambda: page.room.code == "JH02", timeout=10_000)
    assert not page.room.prompt.isVisibleTo(window) and page.room.combo.currentData() == "JH02"


def test_the_only_room_is_served_without_asking(make_window: MakeWindow, qtbot: QtBot, app: Shuyi) -> None:
    app.sites.add_site(NewSite(code="XX01", kind=SiteKind.READING_ROOM, name="某某职工书屋"))
    window = make_window(app)
    page = _circulation(window)
    assert page.room.code == "XX01" and not page.room.prompt.isVisibleTo(window)
    _scan(qtbot, page.scan_box, codes.make(codes.CodeType.READER, "XX01", 1))  # a card nobody was given
    _settle(page, qtbot)
    [(_code, level, message)] = _log(page)
    assert level == "refusal" and "选择" not in message  # refused as a code, not for want of a room


def test_an_idle_session_is_ended_by_the_desk_and_logged_apart(make_window: MakeWindow, qtbot: QtBot,
                                                               demo_db_path: Path) -> None:
    page = _page(make_window)
    page.queue.desk.idle_seconds = 0.6  # the queue is idle: nothing else touches the desk now
    card = _readers(demo_db_path, 1)[0]
    _scan(qtbot, page.scan_box, card)
    _settle(page, qtbot)
    assert page.reader_id is not None and page.idle_timer.isActive()  # the page only polls the desk
    qtbot.waitUntil(lambda: page.reader_id is None, timeout=10_000)
    _settle(page, qtbot)
    entries = page.log.entries()
    assert [e.kind for e in entries] == [EntryKind.SCAN, EntryKind.IDLE]
    assert page.log.message(entries[-1]) == "Reader session ended after 1 minute(s) with no scan"
    assert page.panel_view.panel is None and page.session_label.text() == "No reader at the desk"
    assert not page.idle_timer.isActive()

    _scan(qtbot, page.scan_box, card)
    page.end_reader()
    _settle(page, qtbot)
    assert page.log.message(page.log.entries()[-1]) == "Reader session ended"  # End reader says it its way


def _all_errors() -> list[type[errors.ShuyiError]]:
    """Every error class of the core, those of its sub-packages too (they are defined where they are raised)."""
    for module in pkgutil.walk_packages(desktop.core.__path__, "desktop.core."):
        importlib.import_module(module.name)
    return all_error_classes()


def test_no_error_the_window_shows_names_a_command_line_option(make_window: MakeWindow) -> None:
    make_window(lang="zh_CN")  # the window's translations applied
    every = _all_errors()
    assert len(every) > 50
    for cls in every:
        shown = cls.window_template or cls.template
        for lang in ("en", "zh_CN"):
            assert "--" not in translate("Errors", shown, lang), (cls.__name__, lang)
    rooms = errors.RoomNeeded(rooms="JH01, JH02, JH03")
    assert "--" not in error_text(rooms) and "JH01, JH02, JH03" in error_text(rooms)
    assert "--room" in rooms.message("zh_CN") and "--room" in rooms.message("en")  # the CLI keeps its hint
    assert "--" not in error_text(errors.DatabaseMissing(path="/tmp/x.db"))


def test_scans_made_while_the_rooms_are_read_again_wait_for_a_room_just_made(make_window: MakeWindow, qtbot: QtBot,
                                                                              app: Shuyi) -> None:
    """Start blank, make the first room, scan at once: the scans wait for the rooms (read again on the worker
    thread) instead of being refused for want of a room that exists already (a race seen in the first-run test)."""
    from desktop.core.catalogue import TitleInput
    from desktop.core.readers import ReaderInput

    app.settings.mark_first_run_done()
    window = make_window(app)
    page = _circulation(window)
    _settle(page, qtbot)
    assert page.room.code == "" and page.queue.site_code == ""  # no room at all yet
    app.sites.add_site(NewSite(code="FN01", kind=SiteKind.READING_ROOM, name="阜宁县城南职工书屋"))
    reader = app.readers.add_reader(ReaderInput(name="王小明", site_code="FN01"))
    app.catalogue.add_title(TitleInput(title="平凡的世界"), site_code="FN01", copies=1)
    [copy] = app.catalogue.list_copies(site_code="FN01")
    window.ctx.events.changed.emit()  # what the window says after it made the room; the rooms load on the worker
    page.queue.submit(reader.card_code)  # before the event loop turns: the rooms are not read yet
    page.queue.submit(copy.code)
    _settle(page, qtbot)
    assert page.room.code == "FN01"
    [loan] = app.circulation.loans()
    assert (loan.copy_code, loan.reader_card) == (copy.code, reader.card_code)
