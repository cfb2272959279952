"""The first-run choice and the settings page, driven as a user would."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.core.app import Shuyi
from desktop.ui.app import offer_first_run
from desktop.ui.first_run import FirstRunDialog
from desktop.ui.reports.page import ReportsPage
from desktop.ui.settings.page import SettingsPage
from tests.ui.conftest import MakeWindow


def _answer_first_run(pick: Callable[[FirstRunDialog], None], seen: list[str]) -> None:
    """Poll for the modal dialog (it runs its own event loop) and answer it."""

    def poke() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, FirstRunDialog):
            seen.append(dialog.windowTitle())
            pick(dialog)
        else:
            QTimer.singleShot(20, poke)

    QTimer.singleShot(20, poke)


@pytest.mark.parametrize("choice", ["demo", "empty"])
def test_first_run_offers_empty_or_demo(make_window: MakeWindow, qtbot: QtBot, app: Shuyi, choice: str) -> None:
    window = make_window(app)
    seen: list[str] = []

    def start_blank(dialog: FirstRunDialog) -> None:  # the wizard: the organisation, then its first room
        dialog.empty_button.click()
        assert dialog.wizard is not None
        dialog.wizard.org_name.setText("阜宁县总工会")
        dialog.wizard.next_button.click()
        dialog.wizard.site_code.setText("FN01")
        dialog.wizard.site_name.setText("城南职工书屋")
        dialog.wizard.create_button.click()

    _answer_first_run(lambda d: d.demo_button.click() if choice == "demo" else start_blank(d), seen)
    offer_first_run(window)
    qtbot.waitUntil(lambda: bool(seen) and not window.ctx.tasks.busy and not app.settings.first_run_pending(),
                    timeout=10_000)
    assert seen == ["欢迎使用书驿"]
    assert not app.settings.first_run_pending()
    assert app.stats().sites == (10 if choice == "demo" else 1)
    if choice == "demo":  # the pages showing data reloaded by themselves
        reports = window.pages["reports"]
        assert isinstance(reports, ReportsPage)
        qtbot.waitUntil(lambda: (reports.values["reading_rooms"].text(), reports.values["service_stations"].text())
                        == ("3", "7"))


def test_first_run_is_not_offered_for_a_database_in_use(make_window: MakeWindow, qtbot: QtBot,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    shown: list[FirstRunDialog] = []
    monkeypatch.setattr(FirstRunDialog, "exec", lambda self: shown.append(self) or 0)  # never block the test
    window = make_window()  # the demo database
    offer_first_run(window)
    assert window.ctx.tasks.wait_idle()
    assert shown == []


def test_settings_follow_changes_but_keep_what_the_user_is_typing(make_window: MakeWindow, qtbot: QtBot,
                                                                   app: Shuyi) -> None:
    window = make_window(app)  # a new, empty database
    page = window.pages["settings"]
    assert isinstance(page, SettingsPage)
    assert page.org_edits["org.name"].text() == ""
    page.org_edits["org.region_code"].setText("320981")
    page.org_edits["org.region_code"].setModified(True)  # as typing does
    window.ctx.tasks.submit(app.demo.load, on_done=lambda _s: window.ctx.events.changed.emit())
    # the demo (a year of the stations' life too) takes seconds on a loaded machine: wait for it, not a deadline
    qtbot.waitUntil(lambda: page.org_edits["org.name"].text() == "建湖县总工会", timeout=60_000)
    assert page.org_edits["org.region_code"].text() == "320981"


def test_settings_refuse_a_bad_code_in_place_and_save_a_good_one(make_window: MakeWindow, qtbot: QtBot) -> None:
    window = make_window()
    window.show_page("settings")
    page = window.pages["settings"]
    assert isinstance(page, SettingsPage)
    name, code = page.org_edits["org.name"], page.org_edits["org.region_code"]
    assert name.text() == "建湖县总工会"
    name.setText("阜宁县总工会")
    code.setText("32A")
    page.save_button.click()
    assert "不是设置项 org.region_code 的有效值" in page.org_message.text()
    assert window.ctx.app.settings.values()["org.name"] == "建湖县总工会"  # nothing written
    code.setText("320923")
    page.save_button.click()
    qtbot.waitUntil(lambda: page.org_message.text() == "已保存。")
    assert window.ctx.app.settings.values()["org.name"] == "阜宁县总工会"
    assert window.ctx.app.settings.values()["org.region_code"] == "320923"
