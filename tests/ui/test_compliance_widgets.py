"""The station widgets of compliance and inspections over the demo database, offscreen: a station's compliance
panel (a broken microwave moves to missing), its inspections panel (a new inspection through the dialog, a re-check
that closes), and the county overview (matrix, warnings, overdue) — in Chinese with no English left in them."""

from __future__ import annotations

import re

from PySide6.QtWidgets import QMainWindow, QWidget
from pytestqt.qtbot import QtBot

from desktop.core.app import Shuyi
from desktop.ui.compliance.overview import ComplianceOverview
from desktop.ui.compliance.panel import CompliancePanel
from desktop.ui.inspections.dialogs import FixDialog, InspectionDialog, RecheckDialog
from desktop.ui.inspections.panel import InspectionsPanel
from tests.core.stations.compliance_world import add_facility, set_status
from tests.ui.conftest import MakeWindow
from tests.ui.texts import visible_ui_texts

ENGLISH = re.compile(r"\b[a-z]{3,}\b")


def _host(qtbot: QtBot, widget: QWidget) -> QMainWindow:
    window = QMainWindow()
    window.setCentralWidget(widget)
    window.resize(1100, 700)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def _no_english(window: QMainWindow) -> None:
    assert [t for t in visible_ui_texts(window) if ENGLISH.search(t[1])] == []


def _column(model, column: int) -> list[str]:  # noqa: ANN001
    return [str(model.data(model.index(r, column))) for r in range(model.rowCount())]


def test_the_compliance_panel_follows_a_facility_that_breaks(make_window: MakeWindow, demo_app: Shuyi,
                                                            qtbot: QtBot) -> None:
    ctx = make_window().ctx
    assert demo_app.standards.compliance("JH12").standard == "6+X"  # the demo holds JH12 to 6+X
    code = add_facility(demo_app, "JH12", "microwave", serial=9001)
    panel = CompliancePanel(ctx, "JH12")
    window = _host(qtbot, panel)
    qtbot.waitUntil(lambda: panel.found is not None and panel.model.rowCount() == 9)
    row = _column(panel.model, 1).index("微波炉")
    assert panel.model.data(panel.model.index(row, 0)) == "✓"
    assert "预评分" in panel.score.text() and "至多 2 星" in panel.rule.text()
    set_status(demo_app, code, "broken")
    ctx.events.changed.emit()
    qtbot.waitUntil(lambda: panel.model.data(panel.model.index(row, 0)) == "✗")
    reasons = panel.model.data(panel.model.index(row, 3)).split("；")  # the demo's own microwave may be broken too
    assert f"微波炉 {code}: 故障" in reasons
    panel.chooser.setCurrentIndex(panel.chooser.findData("六有"))
    qtbot.waitUntil(lambda: panel.found is not None and panel.found.standard == "六有")
    assert panel.model.rowCount() == 6
    _no_english(window)
    assert ctx.tasks.wait_idle()


def test_the_inspections_panel_adds_an_inspection_and_closes_by_recheck(make_window: MakeWindow, demo_app: Shuyi,
                                                                        qtbot: QtBot) -> None:
    ctx = make_window().ctx
    panel = InspectionsPanel(ctx, "JH13")
    window = _host(qtbot, panel)
    qtbot.waitUntil(lambda: panel.inspections.rowCount() > 0)
    assert panel.warning.isVisible() and "降级提醒" in panel.warning.text()  # the demo's serious one
    assert not panel.recheck_button.isEnabled()
    _no_english(window)
    before = panel.rectifications.rowCount()
    panel.new_button.click()
    dialog = qtbot.waitUntil(lambda: panel.findChild(InspectionDialog) is not None) or panel.findChild(InspectionDialog)
    assert isinstance(dialog, InspectionDialog)
    keys = [r.item.key for r in dialog.rows]
    assert "fire_safety" in keys and "unified_sign" in keys
    texts = [t for r in dialog.rows for t in (r.answer.itemText(0), r.answer.itemText(2), r.serious.text(),
                                              r.responsible.placeholderText())]
    assert not [t for t in texts if ENGLISH.search(t)] and "未检查" in texts
    dialog.rows[keys.index("records_book")].answer.setCurrentIndex(2)
    dialog.rows[keys.index("rules_posted")].answer.setCurrentIndex(1)
    dialog.rows[keys.index("records_book")].responsible.setText("王站长")
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: panel.rectifications.rowCount() == before + 1)
    newest = max(range(panel.rectifications.rowCount()), key=lambda n: panel.rectifications.row(n).id)
    assert panel.rectifications.row(newest).responsible == "王站长"
    panel.rect_table.selectRow(newest)
    assert panel.recheck_button.isEnabled()
    panel.fix_button.click()
    fix = panel.findChild(FixDialog)
    assert isinstance(fix, FixDialog)
    fix.note.setText("台账已补齐")
    fix.ok_button.click()
    qtbot.waitUntil(lambda: any(panel.rectifications.row(n).fixes for n in range(panel.rectifications.rowCount())
                                if panel.rectifications.row(n).item == "records_book"))
    rid = panel.rectifications.row(newest).id
    panel.rect_table.selectRow(next(n for n in range(panel.rectifications.rowCount())
                                    if panel.rectifications.row(n).id == rid))
    panel.recheck_button.click()
    recheck = panel.findChild(RecheckDialog)
    assert isinstance(recheck, RecheckDialog)
    recheck.ok_button.click()
    qtbot.waitUntil(lambda: demo_app.inspections.rectification(rid).status.value == "closed")
    assert ctx.tasks.wait_idle()


def test_a_refused_inspection_says_why_in_the_dialog(make_window: MakeWindow, demo_app: Shuyi, qtbot: QtBot) -> None:
    ctx = make_window().ctx
    dialog = InspectionDialog(ctx, "JH11", demo_app.inspections.checklist("JH11"), demo_app.time.now().date())
    qtbot.addWidget(dialog)
    dialog.show()
    before = len(demo_app.inspections.list())
    dialog.ok_button.click()  # nothing answered
    qtbot.waitUntil(lambda: dialog.error.isVisible())
    assert "至少" in dialog.error.text() and "--" not in dialog.error.text()
    assert len(demo_app.inspections.list()) == before


def test_the_overview_shows_who_misses_what_and_what_is_overdue(make_window: MakeWindow, demo_app: Shuyi,
                                                                qtbot: QtBot) -> None:
    ctx = make_window().ctx
    overview = ComplianceOverview(ctx)
    window = _host(qtbot, overview)
    qtbot.waitUntil(lambda: overview.matrix.rowCount() == 7)
    assert overview.matrix.columnCount() == 4 + 6  # 六有 by default
    marks = {overview.matrix.data(overview.matrix.index(r, c)) for r in range(7) for c in range(4, 10)}
    assert marks <= {"✓", "✗"} and "✗" in marks
    assert overview.warnings.isVisible() and "JH13" in overview.warnings.text()
    overdue = demo_app.inspections.rectifications(overdue_only=True)
    assert overview.overdue.rowCount() == len(overdue) > 0
    overview.chooser.setCurrentIndex(overview.chooser.findData("6+X"))
    qtbot.waitUntil(lambda: overview.matrix.columnCount() == 4 + 9)
    _no_english(window)
    assert ctx.tasks.wait_idle()
