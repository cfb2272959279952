"""The readers page's detail pane: the chosen reader's loans, returns, reservations and e-book loans, names in full."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from desktop.core.app import Shuyi
from desktop.core.circulation.desk import Desk
from desktop.ui.readers.page import ReadersPage
from tests.ui.conftest import MakeWindow


def _page(make_window: MakeWindow, lang: str = "zh_CN") -> ReadersPage:
    window = make_window(lang=lang)
    window.show_page("readers")
    page = window.pages["readers"]
    assert isinstance(page, ReadersPage)
    assert window.ctx.tasks.wait_idle()
    return page


def _choose(page: ReadersPage, qtbot: QtBot, reader_id: int) -> None:
    row = page.model.row_of(reader_id)
    assert row is not None
    page.table.selectRow(row)
    assert page.history.reader is not None and page.history.reader.id == reader_id
    assert page.history.history is None  # asked on the worker: the GUI thread does not wait for it
    qtbot.waitUntil(lambda: page.history.history is not None)


@pytest.mark.parametrize("lang", ["zh_CN", "en"])
def test_choosing_a_reader_shows_their_history(make_window: MakeWindow, qtbot: QtBot, demo_app: Shuyi,
                                               lang: str) -> None:
    page = _page(make_window, lang)
    readers = demo_app.readers.list_readers()
    borrowing = next(r for r in readers if demo_app.readers.reader_history(r.id).loans)
    returned = next(r for r in readers if demo_app.readers.reader_history(r.id).returned and r.id != borrowing.id)
    for reader in (borrowing, returned):
        _choose(page, qtbot, reader.id)
        expected = demo_app.readers.reader_history(reader.id)
        pane = page.history
        assert reader.name in pane.name.text() and "*" not in pane.name.text()  # a staff screen: names in full
        assert reader.card_code in pane.name.text()
        assert [pane.loans.row(n) for n in range(pane.loans.rowCount())] == list(expected.loans)
        assert [pane.returned.row(n) for n in range(pane.returned.rowCount())] == list(expected.returned)
        assert pane.holds.rowCount() == len(expected.holds) and pane.ebooks.rowCount() == len(expected.ebooks)
        counts = (len(expected.loans), len(expected.returned), len(expected.holds), len(expected.ebooks))
        assert all(f"{n}" in pane.tabs.tabText(i) for i, n in enumerate(counts))
        if expected.loans:
            loan = expected.loans[0]
            assert pane.loans.data(pane.loans.index(0, 0)) == loan.title
            assert pane.loans.data(pane.loans.index(0, 3)) == loan.due_on.isoformat()
    page.table.clearSelection()
    assert page.history.reader is None and page.history.loans.rowCount() == 0


def test_the_history_follows_the_desk(make_window: MakeWindow, qtbot: QtBot, demo_app: Shuyi) -> None:
    page = _page(make_window)
    reader = next(r for r in demo_app.readers.list_readers() if demo_app.readers.reader_history(r.id).loans)
    _choose(page, qtbot, reader.id)
    loan = page.history.loans.row(0)
    returned_before = page.history.returned.rowCount()
    Desk(demo_app.circulation, loan.site_code, bounce_seconds=0, idle_seconds=None).scan(loan.copy_code)
    page.ctx.events.changed.emit()  # as the desk does after a scan
    qtbot.waitUntil(lambda: page.history.history is not None and
                    page.history.returned.rowCount() == returned_before + 1)
    assert page.history.returned.row(0).copy_code == loan.copy_code
    assert loan.copy_code not in {page.history.loans.row(n).copy_code for n in range(page.history.loans.rowCount())}
