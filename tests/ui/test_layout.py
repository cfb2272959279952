"""Layout at a laptop's 1366 × 768 (and a narrower window), in both languages: the title column is the widest,
the copies table shows all its columns, the scan log keeps the end of each line (the due date) in view."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop.ui.catalogue.page import CataloguePage
from desktop.ui.catalogue.tables import AUTHOR, PUBLISHER, TITLE
from desktop.ui.circulation.page import CirculationPage
from tests.ui.conftest import MakeWindow


def _catalogue(make_window: MakeWindow, qtbot: QtBot, lang: str, size: tuple[int, int]) -> CataloguePage:
    window = make_window(lang=lang)
    window.resize(*size)
    window.show_page("catalogue")
    page = window.pages["catalogue"]
    assert isinstance(page, CataloguePage)
    qtbot.waitUntil(lambda: page.copies.rowCount() > 0)
    assert window.ctx.tasks.wait_idle()
    return page


@pytest.mark.parametrize("size", [(1366, 768), (1200, 700)])
@pytest.mark.parametrize("lang", ["zh_CN", "en"])
def test_the_title_column_is_the_widest(make_window: MakeWindow, qtbot: QtBot, lang: str,
                                        size: tuple[int, int]) -> None:
    page = _catalogue(make_window, qtbot, lang, size)
    header = page.table.horizontalHeader()
    shown = {c: header.sectionSize(c) for c in range(header.count()) if not header.isSectionHidden(c)}
    assert {TITLE, AUTHOR, PUBLISHER} <= set(shown)
    assert shown[TITLE] == max(shown.values()) and shown[TITLE] > shown[PUBLISHER], shown
    assert shown[TITLE] >= page.table.viewport().width() * 0.3
    assert header.length() <= page.table.viewport().width() + 1  # no column pushed out of sight


@pytest.mark.parametrize("size", [(1366, 768), (1200, 700)])
@pytest.mark.parametrize("lang", ["zh_CN", "en"])
def test_the_copies_table_shows_every_column(make_window: MakeWindow, qtbot: QtBot, lang: str,
                                             size: tuple[int, int]) -> None:
    page = _catalogue(make_window, qtbot, lang, size)
    header = page.copies_view.horizontalHeader()
    assert header.length() <= page.copies_view.viewport().width(), (header.length(),
                                                                    page.copies_view.viewport().width())
    hidden = [c for c in range(header.count()) if header.isSectionHidden(c)]
    assert all(not any(page.copies.data(page.copies.index(r, c)) for r in range(page.copies.rowCount()))
               for c in hidden)  # only columns with nothing in them are left out


def test_the_scan_log_elides_in_the_middle(make_window: MakeWindow) -> None:
    window = make_window(lang="en")
    page = window.pages["circulation"]
    assert isinstance(page, CirculationPage)
    assert page.log_view.textElideMode() == Qt.TextElideMode.ElideMiddle
