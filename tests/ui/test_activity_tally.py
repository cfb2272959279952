"""The quick tally screen, driven by the keyboard alone: digits count, Backspace undoes, Enter saves, Esc asks."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot
from shiboken6 import isValid

from desktop.core.app import Shuyi
from desktop.ui.activity.tally import TallyDialog, open_tally
from tests.ui.conftest import MakeWindow


def _dialog(make_window: MakeWindow, qtbot: QtBot, code: str = "JH12") -> TallyDialog:
    window = make_window()
    dialog = open_tally(window.ctx, window, site_code=code)
    qtbot.waitUntil(lambda: dialog.site_code == code and len(dialog.grid.cells) == 8)
    assert window.ctx.tasks.wait_idle()
    return dialog


def _closed(dialog: TallyDialog) -> bool:
    """Closed: hidden, or already deleted (a closed dialog is deleted once its tasks have answered)."""
    return not isValid(dialog) or not dialog.isVisible()


def _keys(dialog: TallyDialog, *keys: Qt.Key) -> None:
    for key in keys:
        QTest.keyClick(dialog.grid, key)


def test_digits_count_backspace_undoes_and_enter_adds_to_the_saved_day(make_window: MakeWindow, qtbot: QtBot,
                                                                       demo_app: Shuyi) -> None:
    today = demo_app.uow.clock().today
    before = demo_app.activity.day_tally("JH12", today).counts
    dialog = _dialog(make_window, qtbot)
    assert dialog.grid.hasFocus() and dialog.chosen_day == today
    _keys(dialog, Qt.Key.Key_1, Qt.Key.Key_1, Qt.Key.Key_2, Qt.Key.Key_3, Qt.Key.Key_Backspace, Qt.Key.Key_9)
    assert dialog.unsaved() == {"delivery_rider": 2, "courier": 1}  # 9 names no occupation: ignored
    assert "+2" in dialog.grid.cells[0][2].text() and dialog.grid.cells[1][2].text()
    _keys(dialog, Qt.Key.Key_Return)
    assert dialog.ctx.tasks.wait_idle()
    after = demo_app.activity.day_tally("JH12", today).counts
    assert after["delivery_rider"] == before.get("delivery_rider", 0) + 2
    assert after["courier"] == before.get("courier", 0) + 1
    assert dialog.taps == [] and dialog.grid.cells[0][1].text() == str(after["delivery_rider"])
    assert dialog.grid.cells[0][2].text() == ""
    _keys(dialog, Qt.Key.Key_Escape)  # everything saved: closes without asking
    qtbot.waitUntil(lambda: _closed(dialog))


def test_esc_asks_before_discarding_unsaved_taps(make_window: MakeWindow, qtbot: QtBot, demo_app: Shuyi) -> None:
    today = demo_app.uow.clock().today
    before = demo_app.activity.day_tally("JH15", today)
    dialog = _dialog(make_window, qtbot, "JH15")
    _keys(dialog, Qt.Key.Key_5, Qt.Key.Key_5, Qt.Key.Key_Escape)
    box = dialog.discard_box
    assert box is not None and box.isVisible() and dialog.isVisible()
    QTest.keyClick(box, Qt.Key.Key_Escape)  # No: keep counting
    qtbot.waitUntil(lambda: dialog.discard_box is None)
    assert dialog.isVisible() and len(dialog.taps) == 2 and dialog.grid.hasFocus()
    _keys(dialog, Qt.Key.Key_Escape)
    box = dialog.discard_box
    assert box is not None
    QTest.keyClick(box, Qt.Key.Key_Y)  # Yes: discard
    qtbot.waitUntil(lambda: _closed(dialog))
    assert demo_app.activity.day_tally("JH15", today) == before


def test_the_station_is_remembered_and_another_day_can_be_counted(make_window: MakeWindow, qtbot: QtBot,
                                                                  demo_app: Shuyi) -> None:
    first = _dialog(make_window, qtbot, "JH16")
    QTest.keyClick(first.grid, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: _closed(first))
    window = make_window()
    again = open_tally(window.ctx, window)
    qtbot.waitUntil(lambda: again.site_code == "JH16")
    again.activateWindow()
    QTest.keyClick(again.grid, Qt.Key.Key_D, Qt.KeyboardModifier.AltModifier)  # Alt+D: the day
    qtbot.waitUntil(again.day.hasFocus)
    yesterday = again.chosen_day - dt.timedelta(days=1)
    QTest.keyClick(again.day, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClicks(again.day, yesterday.isoformat())
    QTest.keyClick(again.day, Qt.Key.Key_Return)  # the day is typed: the grid has the keys again
    assert again.chosen_day == yesterday and again.grid.hasFocus()
    assert window.ctx.tasks.wait_idle()
    before = demo_app.activity.day_tally("JH16", yesterday).total
    _keys(again, Qt.Key.Key_3, Qt.Key.Key_Enter)
    assert window.ctx.tasks.wait_idle()
    assert demo_app.activity.day_tally("JH16", yesterday).total == before + 1
