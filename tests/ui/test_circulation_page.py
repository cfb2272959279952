"""The circulation page driven the way a barcode scanner drives it: fast key presses ending in Return, on the
demo database — lending, returning, bounce, refusals, a Chinese input method busy elsewhere, and both languages."""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QImage, QInputMethodEvent, QPainter
from PySide6.QtWidgets import QApplication, QLineEdit
from pytestqt.qtbot import QtBot

from desktop.core import errors
from desktop.core.app import Shuyi
from desktop.core.privacy import mask_name
from desktop.ui.circulation.page import CirculationPage
from desktop.ui.circulation.scan_box import ScanBox
from desktop.ui.circulation.tables import LOOKS, ScanLogModel
from tests.ui.conftest import MakeWindow
from tests.ui.test_main_window import CJK, _untranslated
from tests.ui.texts import visible_ui_texts

ROOM = "JH01"


def _page(make_window: MakeWindow, *, lang: str = "en") -> CirculationPage:
    window = make_window(lang=lang)
    window.resize(1280, 800)
    window.show_page("circulation")
    page = window.pages["circulation"]
    assert isinstance(page, CirculationPage)
    page.set_room(ROOM)
    page.sounds.enabled = False
    assert window.ctx.tasks.wait_idle()
    window.activateWindow()
    page.scan_box.setFocus()
    return page


def _readers(path: Path, n: int = 3) -> list[str]:
    """Active readers who may borrow five books and have none on loan now."""
    with sqlite3.connect(path) as con:
        return [r[0] for r in con.execute(
            "SELECT r.card_code FROM readers r JOIN reader_types t ON t.id = r.type_id "
            "WHERE r.status = 'active' AND r.anonymised_at IS NULL AND t.max_loans >= 5 AND t.max_renewals = 1 "
            "AND r.id NOT IN (SELECT reader_id FROM loans WHERE returned_at IS NULL) ORDER BY r.id LIMIT ?", (n,))]


def _copies(path: Path, n: int, room: str = ROOM) -> list[str]:
    """Copies on this room's shelf whose titles nobody has reserved."""
    with sqlite3.connect(path) as con:
        return [r[0] for r in con.execute(
            "SELECT c.code FROM copies c JOIN sites s ON s.id = c.home_site_id "
            "WHERE s.code = ? AND c.status = 'on_shelf' AND c.shelved_at_id IS NULL AND c.title_id NOT IN "
            "(SELECT title_id FROM holds WHERE status IN ('waiting', 'ready')) ORDER BY c.id LIMIT ?", (room, n))]


def _scan(qtbot: QtBot, widget, code: str) -> None:  # noqa: ANN001
    """As a scanner types: every character a key press, then Return; no waiting."""
    qtbot.keyClicks(widget, code)
    qtbot.keyClick(widget, Qt.Key.Key_Return)


def _settle(page: CirculationPage, qtbot: QtBot, timeout: int = 15_000) -> None:
    qtbot.waitUntil(lambda: page.pending_count() == 0 and page.queue.idle(), timeout=timeout)
    assert page.ctx.tasks.wait_idle()


def _log(page: CirculationPage) -> list[tuple[str, str, str]]:
    """(code, level, message) oldest first."""
    model = page.log
    return [(e.code, e.level or "", model.message(e)) for e in model.entries()]


def _row_colour(page: CirculationPage, code: str) -> tuple[str, str]:
    model = page.log
    for n in range(model.rowCount()):
        if model.row(n).code == code:
            background = model.data(model.index(n, ScanLogModel.MESSAGE), Qt.ItemDataRole.BackgroundRole)
            mark = model.data(model.index(n, ScanLogModel.MARK))
            return background.color().name(), mark
    raise AssertionError(f"{code} is not in the log")


def _open_loans(app: Shuyi, cards: list[str]) -> list[str]:
    """The copies these readers have on loan now (the demo lends to others too)."""
    return [loan.copy_code for loan in app.circulation.loans() if loan.reader_card in cards]


def test_a_reader_card_then_three_copies_are_lent_in_order(make_window: MakeWindow, qtbot: QtBot,
                                                           demo_app: Shuyi, demo_db_path: Path) -> None:
    page = _page(make_window)
    card = _readers(demo_db_path)[0]
    copies = _copies(demo_db_path, 3)
    box = page.scan_box
    assert isinstance(box, ScanBox) and box.objectName() == "scanBox"
    for code in [card, *copies]:
        _scan(qtbot, box, code)
        assert box.text() == ""  # emptied at once for the next scan
    assert page.pending_count() > 0  # handled after the keys, not while they arrive
    _settle(page, qtbot)
    assert sorted(_open_loans(demo_app, [card])) == sorted(copies)
    log = _log(page)
    assert [code for code, _, _ in log] == [card, *copies]
    assert [level for _, level, _ in log] == ["success"] * 4
    assert all(message.startswith("Lent ") and ", due " in message for _, _, message in log[1:])
    panel = page.panel_view.panel
    assert panel is not None and panel.reader.card_code == card and len(panel.loans) == 3
    assert page.panel_view.loans.rowCount() == 3
    assert page.panel_view.tabs.tabText(0) == "Loans (3)"
    assert page.panel_view.counts.text().startswith(f"3 of {panel.max_loans} on loan, {panel.max_loans - 3} more")
    assert "****" in page.panel_view.values["phone"].text() or page.panel_view.values["phone"].text() == "—"
    assert page.banner.message.text() == log[-1][2] and page.banner.mark.text() == LOOKS["success"].mark
    name = panel.reader.name  # the panel, a staff screen, names the reader; the banner the queue sees masks
    assert page.panel_view.name.text() == name and mask_name(name) in log[0][2] and name not in log[0][2]


def test_keypad_enter_and_a_tab_suffix_submit_too(make_window: MakeWindow, qtbot: QtBot, demo_app: Shuyi,
                                                  demo_db_path: Path) -> None:
    page = _page(make_window)
    card, first, second = _readers(demo_db_path)[0], *_copies(demo_db_path, 2)
    _scan(qtbot, page.scan_box, card)
    qtbot.keyClicks(page.scan_box, first)
    qtbot.keyClick(page.scan_box, Qt.Key.Key_Enter, Qt.KeyboardModifier.KeypadModifier)
    qtbot.keyClicks(page.scan_box, second)
    qtbot.keyClick(page.scan_box, Qt.Key.Key_Tab)  # a scanner set up for forms
    assert page.scan_box.text() == "" and page.scan_box.hasFocus() == page.window().isActiveWindow()
    _settle(page, qtbot)
    assert sorted(_open_loans(demo_app, [card])) == sorted([first, second])


def test_twenty_scans_within_a_second_are_all_handled_in_order(make_window: MakeWindow, qtbot: QtBot,
                                                               demo_app: Shuyi, demo_db_path: Path) -> None:
    page = _page(make_window)
    cards = _readers(demo_db_path, 4)
    copies = _copies(demo_db_path, 16)
    codes = []
    for n, card in enumerate(cards):  # four readers, four books each
        codes += [card, *copies[4 * n:4 * n + 4]]
    assert len(codes) == 20
    started = time.monotonic()
    for code in codes:
        _scan(qtbot, page.scan_box, code)
    assert time.monotonic() - started < 1.0, "the keys themselves took too long to type"
    _settle(page, qtbot, timeout=30_000)
    log = _log(page)
    assert [code for code, _, _ in log] == codes
    assert [level for _, level, _ in log] == ["success"] * 20
    assert sorted(_open_loans(demo_app, cards)) == sorted(copies)
    by_reader: dict[str, set[str]] = {card: set() for card in cards}
    for loan in demo_app.circulation.loans():
        if loan.reader_card in cards:
            by_reader[loan.reader_card].add(loan.copy_code)
    assert by_reader == {card: set(copies[4 * n:4 * n + 4]) for n, card in enumerate(cards)}


def test_scans_arrive_intact_while_a_chinese_input_method_composes_elsewhere(
        make_window: MakeWindow, qtbot: QtBot, demo_app: Shuyi, demo_db_path: Path) -> None:
    page = _page(make_window)
    box = page.scan_box
    assert not box.testAttribute(Qt.WidgetAttribute.WA_InputMethodEnabled)
    hints = box.inputMethodHints()
    assert hints & Qt.InputMethodHint.ImhLatinOnly and hints & Qt.InputMethodHint.ImhNoPredictiveText
    other = QLineEdit(page)  # a field of the page where the librarian was typing Chinese
    page.layout().addWidget(other)
    other.show()
    assert other.testAttribute(Qt.WidgetAttribute.WA_InputMethodEnabled)
    QApplication.sendEvent(other, QInputMethodEvent("jieshu", []))  # a composition left pending
    assert other.text() == ""

    card, copy = _readers(demo_db_path)[0], _copies(demo_db_path, 1)[0]
    _scan(qtbot, box, card)
    QApplication.sendEvent(other, QInputMethodEvent("借", []))  # the composition goes on between scans
    _scan(qtbot, box, copy)
    commit = QInputMethodEvent()
    commit.setCommitString("借书")
    QApplication.sendEvent(other, commit)
    _settle(page, qtbot)
    assert other.text() == "借书"
    assert [code for code, _, _ in _log(page)] == [card, copy]
    assert _open_loans(demo_app, [card]) == [copy]

    # Should an input method reach the scan box anyway, a composition never lands and a full-width commit folds.
    QApplication.sendEvent(box, QInputMethodEvent("ｃｊｈ", []))
    assert box.text() == ""
    fullwidth = QInputMethodEvent()
    fullwidth.setCommitString("ＡＢＣ１２３")
    QApplication.sendEvent(box, fullwidth)
    assert box.text() == "ABC123"
    box.clear()


def test_keys_typed_at_a_button_of_the_page_go_to_the_scan_box(make_window: MakeWindow, qtbot: QtBot,
                                                               demo_app: Shuyi, demo_db_path: Path) -> None:
    page = _page(make_window)
    card, first, second = _readers(demo_db_path)[0], *_copies(demo_db_path, 2)
    button = page.end_button
    button.setFocus()
    _scan(qtbot, button, card)
    _settle(page, qtbot)
    assert page.panel_view.panel is not None and page.panel_view.panel.reader.card_code == card
    page.log_view.setFocus()  # then a click into the scan log
    _scan(qtbot, page.log_view, first)
    page.tabs.tabBar().setFocus()
    _scan(qtbot, page.tabs.tabBar(), second)
    nav = page.window().nav  # the navigation list beside the page, clicked to come here
    _scan(qtbot, nav, card)  # the same card again: the reader is done
    _settle(page, qtbot)
    assert [code for code, _, _ in _log(page)] == [card, first, second, card]
    assert sorted(_open_loans(demo_app, [card])) == sorted([first, second])
    assert page.reader_id is None and page.window().current_page_key() == "circulation"
    assert page.scan_box.hasFocus() or not page.window().isActiveWindow()


def test_a_refusal_is_red_and_the_next_scan_still_lends(make_window: MakeWindow, qtbot: QtBot, demo_app: Shuyi,
                                                       demo_db_path: Path) -> None:
    page = _page(make_window)
    card, copy = _readers(demo_db_path)[0], _copies(demo_db_path, 1)[0]
    for code in (card, "6901234567892", "ABC123", copy):
        _scan(qtbot, page.scan_box, code)
    _settle(page, qtbot)
    log = _log(page)
    assert [level for _, level, _ in log] == ["success", "refusal", "refusal", "success"]
    assert "ABC123 is not a Shuyi code" in log[2][2]
    assert _row_colour(page, "ABC123") == (LOOKS["refusal"].background, "✗")
    assert _row_colour(page, copy) == (LOOKS["success"].background, "✓")
    assert _open_loans(demo_app, [card]) == [copy]
    assert page.panel_view.panel is not None and len(page.panel_view.panel.loans) == 1  # the reader stayed


def test_the_same_code_again_within_two_seconds_is_ignored_and_said(make_window: MakeWindow, qtbot: QtBot,
                                                                     demo_app: Shuyi, demo_db_path: Path) -> None:
    page = _page(make_window)
    page.sounds.enabled = True
    card, copy = _readers(demo_db_path)[0], _copies(demo_db_path, 1)[0]
    for code in (card, copy, copy):
        _scan(qtbot, page.scan_box, code)
    _settle(page, qtbot)
    log = _log(page)
    assert [level for _, level, _ in log] == ["success", "success", "warning"]
    assert "ignored" in log[2][2]
    assert _row_colour(page, card)[1] == "✓"
    assert list(page.sounds.played)[-3:] == ["success", "success", "warning"]
    loans = [loan for loan in demo_app.circulation.loans() if loan.reader_card == card]
    assert [(loan.copy_code, loan.renewals) for loan in loans] == [(copy, 0)]  # not renewed by the bounce


def test_a_copy_scanned_with_no_reader_is_returned(make_window: MakeWindow, qtbot: QtBot, demo_app: Shuyi,
                                                   demo_db_path: Path) -> None:
    page = _page(make_window)
    card, first, second = _readers(demo_db_path)[0], *_copies(demo_db_path, 2)
    for code in (card, first, second):
        _scan(qtbot, page.scan_box, code)
    qtbot.keyClick(page.scan_box, Qt.Key.Key_Escape)  # the reader is done, after their books
    _settle(page, qtbot)
    assert page.panel_view.panel is None and page.reader_id is None
    assert page.session_label.text() == "No reader at the desk"
    _scan(qtbot, page.scan_box, first)
    _settle(page, qtbot)
    log = _log(page)
    assert log[-1][0] == first and log[-1][1] == "success" and log[-1][2].startswith("Returned ")
    assert log[-2][2] == "Reader session ended"
    assert _open_loans(demo_app, [card]) == [second]

    page.end_button.click()  # End reader with nobody at the desk: harmless
    _scan(qtbot, page.scan_box, second)
    _scan(qtbot, page.scan_box, first)  # returned already: said, nothing changed
    _settle(page, qtbot)
    assert _open_loans(demo_app, [card]) == []
    assert [level for _, level, _ in _log(page)[-3:]] == ["success", "success", "warning"]
    assert "is not on loan" in _log(page)[-1][2]

    heard: list[tuple] = []  # what the tabs added later follow
    page.room_changed.connect(lambda code: heard.append(("room", code)))
    page.mode_changed.connect(lambda mode, mode_id: heard.append(("mode", mode, mode_id)))
    page.enter_mode("desk")
    page.set_room("JH02")
    _settle(page, qtbot)
    assert heard == [("room", "JH02"), ("mode", "desk", None)]  # a mode is said once it took effect


def _reader_with_loans_to_renew(path: Path) -> tuple[str, int]:
    """A reader (one renewal allowed) whose open loans were lent before today, none overdue nor renewed, and
    whose titles nobody else waits for: each renewal moves the due date on."""
    with sqlite3.connect(path) as con:
        return con.execute(
            "SELECT r.card_code, count(*) FROM loans l JOIN readers r ON r.id = l.reader_id "
            "JOIN reader_types t ON t.id = r.type_id JOIN copies c ON c.id = l.copy_id "
            "WHERE l.returned_at IS NULL AND r.status = 'active' AND t.max_renewals = 1 GROUP BY r.id "
            "HAVING min(l.due_on) > date('now', '+1 day') AND max(l.renewals) = 0 "
            "AND max(julianday(l.lent_at)) < julianday('now', '-2 days') AND sum(c.title_id IN "
            "(SELECT title_id FROM holds WHERE status = 'waiting')) = 0 ORDER BY count(*) DESC LIMIT 1").fetchone()


def test_renew_from_the_panel_reports_each_loan(make_window: MakeWindow, qtbot: QtBot, demo_app: Shuyi,
                                                demo_db_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    card, n = _reader_with_loans_to_renew(demo_db_path)
    page = _page(make_window)
    _scan(qtbot, page.scan_box, card)
    _settle(page, qtbot)
    view = page.panel_view
    assert view.loans.rowCount() == n
    before = {loan.copy_code: loan.due_on for loan in view.panel.loans}
    view.loans_view.selectAll()
    assert view.renew_button.isEnabled()
    view.renew_button.click()
    qtbot.waitUntil(lambda: len(_log(page)) == 1 + n)
    assert page.ctx.tasks.wait_idle()
    assert [(level, msg.split(" ")[0]) for _, level, msg in _log(page)[1:]] == [("success", "Renewed")] * n
    after = {loan.copy_code: loan for loan in view.panel.loans}
    assert all(after[code].due_on > due and after[code].renewals == 1 for code, due in before.items())
    view.loans_view.selectAll()
    view.renew_button.click()  # again the same day: it would not move the due date, so said and not done
    qtbot.waitUntil(lambda: len(_log(page)) == 1 + 2 * n)
    assert [level for _, level, _ in _log(page)[1 + n:]] == ["warning"] * n
    again = {loan.copy_code: loan for loan in demo_app.circulation.loans() if loan.reader_card == card}
    assert {(code, loan.due_on, loan.renewals) for code, loan in again.items()} == {
        (code, loan.due_on, 1) for code, loan in after.items()}

    def refuse(loan_id: int, **_kwargs: object) -> None:  # as on a later day, past the limit
        raise errors.RenewalLimit(code="?", title="?", count=1, type="职工")

    monkeypatch.setattr(demo_app.circulation, "renew", refuse)
    view.loans_view.selectAll()
    view.renew_button.click()
    qtbot.waitUntil(lambda: len(_log(page)) == 1 + 3 * n)
    assert [level for _, level, _ in _log(page)[1 + 2 * n:]] == ["refusal"] * n
    assert [code for code, _, _ in _log(page)[1 + 2 * n:]] == [loan.copy_code for loan in view.panel.loans]


def test_a_picture_of_a_code_is_scanned_into_the_queue(make_window: MakeWindow, qtbot: QtBot, demo_app: Shuyi,
                                                       demo_db_path: Path, tmp_path: Path) -> None:
    pytest.importorskip("zxingcpp")
    import qrcode

    page = _page(make_window)
    card = _readers(demo_db_path)[0]
    matrix = qrcode.QRCode(border=4)
    matrix.add_data(card)
    matrix.make()
    cells = matrix.get_matrix()
    image = QImage(len(cells) * 6 + 1, len(cells) * 6 + 1, QImage.Format.Format_RGB32)  # odd width: padded rows
    image.fill(QColor("white"))
    painter = QPainter(image)
    for y, row in enumerate(cells):
        for x, dark in enumerate(row):
            if dark:
                painter.fillRect(x * 6, y * 6, 6, 6, QColor("black"))
    painter.end()
    assert image.save(str(tmp_path / "card.png"))
    assert page.scan_image(str(tmp_path / "card.png")) == [card]
    _settle(page, qtbot)
    assert page.panel_view.panel is not None and page.panel_view.panel.reader.card_code == card
    assert page.scan_image(str(tmp_path / "nothing.png")) == []
    assert _log(page)[-1][1] == "warning"


def test_the_page_follows_a_language_switch(make_window: MakeWindow, qtbot: QtBot, demo_db_path: Path) -> None:
    page = _page(make_window, lang="en")
    card, copy = _readers(demo_db_path)[0], _copies(demo_db_path, 1)[0]
    for code in (card, copy, "ABC123"):
        _scan(qtbot, page.scan_box, code)
    _settle(page, qtbot)
    refused = page.log.entries()[-1]
    assert page.log.message(refused) == "ABC123 is not a Shuyi code (it may belong to another system)"
    page.ctx.translations.apply("zh_CN")
    qtbot.waitUntil(lambda: "不是书驿的条码" in page.banner.message.text())  # LanguageChange is posted
    assert "不是书驿的条码" in page.log.message(refused)  # rendered in the language of the moment, not stored

    def tr(context: str, text: str) -> str:
        return QCoreApplication.translate(context, text)

    assert page.end_button.text() == tr("CirculationPage", "End reader")
    assert page.tabs.tabText(0) == tr("CirculationPage", "Desk")
    assert page.panel_view.tabs.tabText(0) == tr("ReaderPanelView", "Loans ({n})").format(n=1)
    assert page.log.headerData(ScanLogModel.MESSAGE, Qt.Orientation.Horizontal) == tr("ScanLogModel",
                                                                                      "What happened")
    assert page.banner.message.text() == page.log.message(refused)
    lent = page.log.entries()[1]
    assert lent.result is not None and lent.result.say is not None
    assert page.log.message(lent) == tr("Desk", lent.result.say.template).format(**lent.result.say.params)


@pytest.mark.parametrize("lang", ["zh_CN", "en"])
def test_the_page_has_no_untranslated_text(make_window: MakeWindow, qtbot: QtBot, demo_db_path: Path,
                                           lang: str) -> None:
    page = _page(make_window, lang=lang)
    window = page.window()
    idle = visible_ui_texts(window)
    assert any(CJK.search(t) for _, t in idle) == (lang == "zh_CN")
    assert _untranslated(idle, lang) == []
    card, copy = _readers(demo_db_path)[0], _copies(demo_db_path, 1)[0]
    for code in (card, copy, "ABC123"):
        _scan(qtbot, page.scan_box, code)
    _settle(page, qtbot)
    busy = visible_ui_texts(window)
    assert len(busy) > len(idle)
    assert _untranslated(busy, lang) == []
    headers = [page.log.headerData(c, Qt.Orientation.Horizontal) for c in range(page.log.columnCount())]
    assert _untranslated([("log header", h) for h in headers], lang) == []
    assert all(page.log.message(e) for e in page.log.entries())
    page.tabs.setCurrentWidget(page.overdue)
    assert page.ctx.tasks.wait_idle()
    assert _untranslated(visible_ui_texts(window), lang) == []


def _title_not_on_shelf(path: Path, room: str = ROOM) -> str:
    with sqlite3.connect(path) as con:
        return con.execute(
            "SELECT t.title FROM titles t WHERE t.id NOT IN (SELECT c.title_id FROM copies c JOIN sites s "
            "ON s.id = coalesce(c.shelved_at_id, c.home_site_id) WHERE s.code = ? AND c.status = 'on_shelf') "
            "AND t.id IN (SELECT title_id FROM copies) ORDER BY t.id LIMIT 1", (room,)).fetchone()[0]


def test_a_title_is_reserved_from_the_panel_and_the_hold_cancelled(make_window: MakeWindow, qtbot: QtBot,
                                                                   demo_db_path: Path) -> None:
    page = _page(make_window)
    card, copy = _readers(demo_db_path)[0], _copies(demo_db_path, 1)[0]
    _scan(qtbot, page.scan_box, card)
    _settle(page, qtbot)
    view = page.panel_view
    view.reserve_button.click()
    dialog = page.reserve_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.search.testAttribute(Qt.WidgetAttribute.WA_InputMethodEnabled)  # Chinese titles are typed here

    with sqlite3.connect(demo_db_path) as con:  # a title on the shelf here: reserving it is refused, in place
        shelved = con.execute("SELECT t.title FROM copies c JOIN titles t ON t.id = c.title_id "
                              "WHERE c.code = ?", (copy,)).fetchone()[0]
    dialog.search.setText(shelved)
    dialog.find()
    qtbot.waitUntil(lambda: dialog.results.model().rowCount() > 0 and dialog.reserve_button.isEnabled())
    dialog.results.selectRow(next(n for n, hit in enumerate(dialog.hits) if hit.title.title == shelved))
    dialog.reserve_button.click()
    qtbot.waitUntil(lambda: dialog.message.isVisible())
    assert "on the shelf here" in dialog.message.text() and dialog.isVisible()

    wanted = _title_not_on_shelf(demo_db_path)
    dialog.search.setText(wanted)
    dialog.find()
    qtbot.waitUntil(lambda: any(hit.title.title == wanted for hit in dialog.hits))
    dialog.results.selectRow(next(n for n, hit in enumerate(dialog.hits) if hit.title.title == wanted))
    dialog.reserve_button.click()
    qtbot.waitUntil(lambda: not dialog.isVisible())
    qtbot.waitUntil(lambda: view.holds.rowCount() == 1)
    assert view.holds.row(0).title == wanted and view.tabs.tabText(1) == "Holds (1)"
    assert _log(page)[-1][2].startswith(f"Reserved {wanted} for ")

    view.tabs.setCurrentIndex(1)
    view.holds_view.selectRow(0)
    view.cancel_hold_button.click()
    qtbot.waitUntil(lambda: view.holds.rowCount() == 0)
    assert _log(page)[-1][2] == f"The hold on {wanted} is cancelled"


def test_the_overdue_list_of_a_room_names_readers_in_full(make_window: MakeWindow, qtbot: QtBot,
                                                          demo_app: Shuyi) -> None:
    late = demo_app.circulation.loans(overdue=True)
    room = max({loan.site_code for loan in late}, key=lambda code: sum(loan.site_code == code for loan in late))
    names = ",".join(loan.reader_name for loan in late if loan.site_code == room)
    page = _page(make_window)
    page.set_room(room)
    page.tabs.setCurrentWidget(page.overdue)
    qtbot.waitUntil(lambda: page.overdue.loaded_for == room)
    model = page.overdue.model
    assert model.rowCount() == len(names.split(","))
    shown = {model.data(model.index(n, model.READER)) for n in range(model.rowCount())}
    assert shown == set(names.split(",")) and not any("*" in name for name in shown)  # a staff screen
    days = [int(model.data(model.index(n, model.OVERDUE))) for n in range(model.rowCount())]
    assert days == sorted(days, reverse=True) and days[-1] > 0
    assert page.overdue.count.text().startswith(f"{model.rowCount()} overdue loan(s) lent in {room}")


def test_a_scan_that_fails_outright_is_marked_and_the_queue_goes_on(make_window: MakeWindow, qtbot: QtBot,
                                                                   demo_app: Shuyi, demo_db_path: Path,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    page = _page(make_window)
    card, first, second = _readers(demo_db_path)[0], *_copies(demo_db_path, 2)
    real_scan = demo_app.circulation.scan

    def busy_once(state, raw, **kwargs):  # noqa: ANN001, ANN202
        if raw == first:
            raise RuntimeError("database is locked")
        return real_scan(state, raw, **kwargs)

    monkeypatch.setattr(demo_app.circulation, "scan", busy_once)
    for code in (card, first, second):
        _scan(qtbot, page.scan_box, code)
    _settle(page, qtbot)
    log = _log(page)
    assert [level for _, level, _ in log] == ["success", "refusal", "success"]
    assert log[1][2] == "Something went wrong: database is locked"
    assert _row_colour(page, first) == (LOOKS["refusal"].background, "✗")
    assert _open_loans(demo_app, [card]) == [second]
    assert page.panel_view.panel is not None and page.panel_view.panel.reader.card_code == card


def test_closing_the_window_handles_the_scans_still_queued(make_window: MakeWindow, qtbot: QtBot,
                                                            demo_app: Shuyi, demo_db_path: Path) -> None:
    page = _page(make_window)
    card = _readers(demo_db_path)[0]
    copies = _copies(demo_db_path, 3)
    for code in [card, *copies]:
        _scan(qtbot, page.scan_box, code)
    assert page.pending_count() > 0
    page.window().close()  # the librarian closes the window right after the last beep
    assert page.queue.idle()
    assert sorted(_open_loans(demo_app, [card])) == sorted(copies)
