"""The reports page shows what a union counts on the demo database: loans, overdue, this month — no "users 0"."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from desktop.core.app import Shuyi
from desktop.core.circulation.desk import Desk
from desktop.ui.reports.page import ReportsPage
from tests.ui.conftest import MakeWindow


@pytest.mark.parametrize("lang", ["zh_CN", "en"])
def test_the_page_shows_the_figures_of_the_demo(make_window: MakeWindow, demo_app: Shuyi, qtbot: QtBot,
                                                 lang: str) -> None:
    window = make_window(lang=lang)
    window.show_page("reports")
    page = window.pages["reports"]
    assert isinstance(page, ReportsPage)
    assert window.ctx.tasks.wait_idle()
    expected = demo_app.overview().as_dict()
    shown = {key: label.text() for key, label in page.values.items()}
    assert shown == {key: f"{expected[key]:,}" for key in shown}
    for key in ("reading_rooms", "service_stations", "titles", "copies", "readers_active", "open_loans",
                "overdue_loans", "loans_this_month", "ebook_loans_open", "ebook_loans_this_month"):
        assert key in shown
    assert int(shown["open_loans"]) > 0 and int(shown["overdue_loans"]) > 0  # the demo has both
    texts = [label.text() for label in page.findChildren(QLabel) if label.isVisibleTo(page)]
    assert not {"Users", "用户"} & set(texts)
    overdue = "逾期" if lang == "zh_CN" else "Overdue"
    assert overdue in texts


def test_the_page_follows_changes(make_window: MakeWindow, demo_app: Shuyi, qtbot: QtBot) -> None:
    window = make_window()
    window.show_page("reports")
    page = window.pages["reports"]
    assert isinstance(page, ReportsPage)
    assert window.ctx.tasks.wait_idle()
    loan = demo_app.circulation.loans()[0]
    Desk(demo_app.circulation, loan.site_code, bounce_seconds=0, idle_seconds=None).scan(loan.copy_code)  # returned
    window.ctx.events.changed.emit()
    qtbot.waitUntil(lambda: page.values["returns_this_month"].text() == "1")
    assert page.values["open_loans"].text() == str(demo_app.overview().open_loans)
