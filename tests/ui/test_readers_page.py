"""The readers page, driven as a user would on the demo database: search, register, edit, phone privacy, types."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QComboBox, QLabel, QLineEdit, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from desktop.core.app import Shuyi
from desktop.core.readers import ReaderInfo, ReaderStatus
from desktop.ui.app import qt_application
from desktop.ui.context import DataEvents, UiContext
from desktop.ui.i18n import Translations
from desktop.ui.readers.dialogs import ReaderDialog, ReaderTypesDialog
from desktop.ui.readers.page import ReadersPage
from desktop.ui.readers.reader_table import NAME, PHONE, STATUS
from desktop.ui.tasks import TaskRunner

ROLES = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole, Qt.ItemDataRole.ToolTipRole,
         Qt.ItemDataRole.StatusTipRole, Qt.ItemDataRole.UserRole)


@pytest.fixture
def page(qtbot: QtBot, demo_app: Shuyi) -> Iterator[ReadersPage]:
    qt_application()
    translations = Translations()
    translations.apply("en")
    tasks = TaskRunner()
    ctx = UiContext(app=demo_app, tasks=tasks, translations=translations, events=DataEvents())
    made = ReadersPage(ctx)
    qtbot.addWidget(made)
    made.resize(1100, 700)
    made.show()
    qtbot.waitExposed(made)
    assert tasks.wait_idle()
    yield made
    tasks.wait_idle()
    tasks.shutdown()


def _db(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(path)


def _phones(path: Path) -> dict[int, str]:
    with _db(path) as con:
        return dict(con.execute("SELECT id, phone FROM readers WHERE phone IS NOT NULL").fetchall())


def _reveals(path: Path) -> list[tuple[int, str]]:
    with _db(path) as con:
        return con.execute("SELECT reader_id, channel FROM phone_reveals").fetchall()


def _rows(page: ReadersPage) -> list[ReaderInfo]:
    return [page.model.row(n) for n in range(page.model.rowCount())]


def _select(page: ReadersPage, reader_id: int) -> ReaderInfo:
    row = page.model.row_of(reader_id)
    assert row is not None
    page.table.selectRow(row)
    reader = page.selected_reader()
    assert reader is not None and reader.id == reader_id
    return reader


def _with_phone(demo_app: Shuyi) -> ReaderInfo:
    return next(r for r in demo_app.readers.list_readers() if r.phone_masked and not r.anonymised)


def _texts(root: QWidget) -> list[str]:
    """Every text a user could see in root and its children, shown or not (labels, fields, items, tips)."""
    found = [root.windowTitle(), root.toolTip()]
    for widget in [root, *root.findChildren(QWidget)]:
        found += [widget.windowTitle(), widget.toolTip()]
        if isinstance(widget, QLabel | QAbstractButton):
            found.append(widget.text())
        if isinstance(widget, QLineEdit):
            found += [widget.text(), widget.placeholderText()]
        if isinstance(widget, QComboBox):
            found += [widget.itemText(i) for i in range(widget.count())]
        if isinstance(widget, QMessageBox):
            found += [widget.text(), widget.informativeText()]
    return [t for t in found if t]


def _model_texts(page: ReadersPage) -> list[str]:
    model = page.model
    return [str(model.data(model.index(r, c), role)) for r in range(model.rowCount())
            for c in range(model.columnCount()) for role in ROLES]


def _open_add_dialog(page: ReadersPage, qtbot: QtBot) -> ReaderDialog:
    page.add_button.click()
    dialog = page.dialog
    assert isinstance(dialog, ReaderDialog)
    qtbot.waitUntil(dialog.save_button.isEnabled)  # reader types and rooms loaded
    return dialog


def test_the_table_lists_the_demo_readers(page: ReadersPage) -> None:
    assert page.model.rowCount() == 30
    assert page.count.text() == "30 readers"
    headers = [page.model.headerData(c, Qt.Orientation.Horizontal) for c in range(page.model.columnCount())]
    assert headers == ["Card", "Name", "Unit", "Phone", "Reader type", "Status", "Home room", "Registered"]
    assert page.model.data(page.model.index(0, STATUS)) == "Active"
    assert not page.edit_button.isEnabled()  # nothing selected yet


@pytest.mark.parametrize("how", ["name", "initials", "phone"])
def test_search_filters_as_you_type(page: ReadersPage, qtbot: QtBot, demo_app: Shuyi, demo_db_path: Path,
                                    how: str) -> None:
    target = _with_phone(demo_app)
    with _db(demo_db_path) as con:
        initials = con.execute("SELECT name_initials FROM readers WHERE id = ?", (target.id,)).fetchone()[0]
    query = {"name": target.name, "initials": initials.split()[0], "phone": _phones(demo_db_path)[target.id][-4:]}
    page.search.setText(query[how])
    assert not page.ctx.tasks.busy and page.model.rowCount() == 30  # debounced: nothing asked yet
    qtbot.waitUntil(lambda: 0 < page.model.rowCount() < 30)
    assert target.id in [r.id for r in _rows(page)]
    assert page.count.text().endswith("found")
    page.search.setText("")
    qtbot.waitUntil(lambda: page.model.rowCount() == 30)


def test_a_search_with_no_match_says_so(page: ReadersPage, qtbot: QtBot) -> None:
    page.search.setText("没有这个人")
    qtbot.waitUntil(lambda: page.model.rowCount() == 0)
    assert page.count.text() == "No reader matches this search."


def test_adding_refuses_a_bad_phone_in_place_then_adds(page: ReadersPage, qtbot: QtBot, demo_app: Shuyi) -> None:
    dialog = _open_add_dialog(page, qtbot)
    assert dialog.isVisible()
    assert dialog.room_combo.count() == 3 and dialog.type_combo.currentText() == "职工"
    dialog.name_edit.setText("测试读者")
    dialog.unit_edit.setText("建湖县环卫处")
    dialog.phone_edit.setText("12345678901")
    dialog.room_combo.setCurrentIndex(dialog.room_combo.findData("JH02"))
    dialog.save_button.click()
    qtbot.waitUntil(lambda: dialog.error.isVisible())
    assert "is not a mainland mobile number" in dialog.error.text()
    assert "12345678901" not in dialog.error.text()  # even a wrong number is echoed masked
    assert dialog.isVisible() and dialog.name_edit.text() == "测试读者" and dialog.phone_edit.text() == "12345678901"
    assert page.ctx.tasks.wait_idle()
    assert demo_app.readers.search_readers("测试读者") == []

    dialog.phone_edit.setText("139 1234 5678")
    dialog.save_button.click()
    qtbot.waitUntil(lambda: not dialog.isVisible())
    found = demo_app.readers.search_readers("测试读者")
    assert [(r.phone_masked, r.site_code, r.unit) for r in found] == [("139****5678", "JH02", "建湖县环卫处")]
    qtbot.waitUntil(lambda: page.model.rowCount() == 31)
    assert found[0].card_code in page.message.text()
    assert page.selected_reader() == found[0]


def test_adding_without_a_name_is_refused_before_the_database(page: ReadersPage, qtbot: QtBot,
                                                              demo_app: Shuyi) -> None:
    dialog = _open_add_dialog(page, qtbot)
    dialog.phone_edit.setText("13912345678")
    dialog.save_button.click()
    assert dialog.error.text() == "Enter the reader's name." and dialog.isVisible()
    assert page.ctx.tasks.wait_idle()
    assert len(demo_app.readers.list_readers()) == 30


def test_no_full_phone_number_is_ever_shown(page: ReadersPage, qtbot: QtBot, demo_db_path: Path) -> None:
    phones = set(_phones(demo_db_path).values())
    assert len(phones) >= 20
    target = next(r for r in _rows(page) if r.phone_masked)
    row = page.model.row_of(target.id)
    assert row is not None
    rect = page.table.visualRect(page.model.index(row, NAME))
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())  # a view opens only
    qtbot.mouseDClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())  # the row it pressed
    dialog = page.dialog
    assert isinstance(dialog, ReaderDialog) and dialog.reader == target
    qtbot.waitUntil(dialog.save_button.isEnabled)
    assert dialog.phone_edit.text() == target.phone_masked
    shown = _texts(page) + _model_texts(page)
    assert any(target.phone_masked in t for t in shown)
    assert [t for t in shown if any(p in t.replace(" ", "") for p in phones)] == []


def test_show_phone_reveals_one_number_and_logs_it(page: ReadersPage, qtbot: QtBot, demo_db_path: Path) -> None:
    phones = _phones(demo_db_path)
    without = next(r for r in _rows(page) if not r.phone_masked)
    _select(page, without.id)
    assert not page.reveal_button.isEnabled()
    target = _select(page, next(r for r in _rows(page) if r.phone_masked).id)
    assert page.reveal_button.isEnabled()
    assert _reveals(demo_db_path) == []

    page.reveal_button.click()
    qtbot.waitUntil(lambda: page.phone_box is not None)
    box = page.phone_box
    assert box is not None and box.isVisible()
    texts = _texts(page)
    assert [p for p in phones.values() if any(p in t for t in texts)] == [phones[target.id]]
    assert phones[target.id] in box.informativeText()
    assert _reveals(demo_db_path) == [(target.id, "gui")]
    assert not any(phones[target.id] in t for t in _model_texts(page))
    box.close()
    qtbot.waitUntil(lambda: page.phone_box is None)
    assert not any(phones[target.id] in t for t in _texts(page))


def test_editing_keeps_a_masked_phone_and_replaces_a_typed_one(page: ReadersPage, qtbot: QtBot,
                                                               demo_db_path: Path) -> None:
    target = _select(page, next(r for r in _rows(page) if r.phone_masked).id)
    before = _phones(demo_db_path)[target.id]
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    dialog = page.dialog
    assert isinstance(dialog, ReaderDialog) and dialog.reader == target
    qtbot.waitUntil(dialog.save_button.isEnabled)
    assert dialog.type_combo.currentText() == target.reader_type
    dialog.unit_edit.setText("新单位")
    dialog.status_combo.setCurrentIndex(dialog.status_combo.findData(ReaderStatus.SUSPENDED))
    assert dialog.status_combo.currentText() == "Suspended"
    dialog.save_button.click()
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert _phones(demo_db_path)[target.id] == before
    qtbot.waitUntil(lambda: page.model.data(page.model.index(page.model.row_of(target.id) or 0, STATUS))
                    == "Suspended")

    page.edit_button.click()
    again = page.dialog
    assert isinstance(again, ReaderDialog) and again is not dialog
    qtbot.waitUntil(again.save_button.isEnabled)
    assert again.unit_edit.text() == "新单位"
    again.phone_edit.setText(target.phone_masked + "1")  # typed into the masked value: ambiguous, refused
    again.save_button.click()
    assert again.isVisible() and "whole new phone number" in again.error.text()
    again.phone_edit.setText("13800001111")
    again.save_button.click()
    qtbot.waitUntil(lambda: not again.isVisible())
    assert _phones(demo_db_path)[target.id] == "13800001111"
    qtbot.waitUntil(lambda: page.model.data(page.model.index(page.model.row_of(target.id) or 0, PHONE))
                    == "138****1111")


@pytest.mark.parametrize("answer", [QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.No])
def test_anonymise_erases_the_name_only_after_confirming(page: ReadersPage, qtbot: QtBot, demo_app: Shuyi,
                                                         demo_db_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                         answer: QMessageBox.StandardButton) -> None:
    asked: list[str] = []

    def question(_parent: QWidget, _title: str, text: str, *_args: object) -> QMessageBox.StandardButton:
        asked.append(text)
        return answer

    monkeypatch.setattr(QMessageBox, "question", question)
    target = _select(page, next(r for r in _rows(page) if r.phone_masked).id)
    page.anonymise_button.click()
    assert len(asked) == 1 and target.name in asked[0] and "Erased for good" in asked[0]
    assert page.ctx.tasks.wait_idle()
    after = demo_app.readers.reader(target.id)
    if answer == QMessageBox.StandardButton.No:
        assert after == target
        return
    assert after.name != target.name and after.anonymised and after.status == ReaderStatus.LEFT
    assert after.card_code == target.card_code and after.unit == target.unit
    assert target.id not in _phones(demo_db_path)
    qtbot.waitUntil(lambda: page.model.row(page.model.row_of(target.id) or 0).anonymised)
    assert page.model.data(page.model.index(page.model.row_of(target.id) or 0, STATUS)) == "Left (anonymised)"
    _select(page, target.id)
    assert not page.edit_button.isEnabled() and not page.anonymise_button.isEnabled()


def test_reader_types_dialog_saves_a_new_type_and_refuses_a_duplicate(page: ReadersPage, qtbot: QtBot,
                                                                      demo_app: Shuyi) -> None:
    page.types_button.click()
    dialog = page.types_dialog
    assert isinstance(dialog, ReaderTypesDialog) and dialog.isVisible()
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 2)
    dialog.start_new()
    dialog.name_edit.setText("退休职工")
    dialog.max_loans.setValue(3)
    dialog.loan_days.setValue(21)
    dialog.max_renewals.setValue(2)
    dialog.save_button.click()
    qtbot.waitUntil(lambda: dialog.message.text() == "Saved.")
    saved = [t for t in demo_app.readers.reader_types() if t.name == "退休职工"]
    assert [(t.max_loans, t.loan_days, t.max_renewals, t.is_default) for t in saved] == [(3, 21, 2, False)]
    assert dialog.model.rowCount() == 3 and dialog.editing == saved[0]

    dialog.start_new()
    dialog.name_edit.setText("职工")
    dialog.save_button.click()
    qtbot.waitUntil(lambda: "already exists" in dialog.message.text())
    assert dialog.isVisible() and dialog.name_edit.text() == "职工"
    assert len(demo_app.readers.reader_types()) == 3

    dialog.table.selectRow(0)
    assert dialog.editing is not None and dialog.name_edit.text() == "职工"
    assert not dialog.renew_overdue.isChecked()  # by default an overdue book is not renewed
    dialog.loan_days.setValue(45)
    dialog.renew_overdue.setChecked(True)
    dialog.save_button.click()
    qtbot.waitUntil(lambda: dialog.message.text() == "Saved.")
    worker = next(t for t in demo_app.readers.reader_types() if t.name == "职工")
    assert (worker.loan_days, worker.renew_overdue) == (45, True)
    dialog.start_new()
    assert not dialog.renew_overdue.isChecked()
    dialog.table.selectRow(0)
    assert dialog.renew_overdue.isChecked()  # the rule shown for the type chosen

    added = _open_add_dialog(page, qtbot)  # the new type is offered for readers
    assert added.type_combo.findData("退休职工") >= 0


def test_readers_are_imported_from_the_readers_page(make_window, qtbot, demo_app, tmp_path) -> None:  # noqa: ANN001
    """The import wizard opens set to readers; a CSV with one bad phone adds the good rows and lists the bad."""
    from desktop.ui.catalogue.import_wizard import MAP
    from desktop.ui.readers.page import ReadersPage

    path = tmp_path / "读者.csv"
    path.write_text("姓名,单位,手机\n王芳,建湖县环卫处,13905150001\n李强,顺丰速运,1390515\n", encoding="utf-8")
    window = make_window(demo_app)
    window.show_page("readers")
    page = window.pages["readers"]
    assert isinstance(page, ReadersPage)
    page.import_button.click()
    wizard = page.import_wizard
    assert wizard.readers_radio.isChecked()
    wizard.path_edit.setText(str(path))
    qtbot.waitUntil(lambda: wizard.room.count() > 0)
    wizard.next_button.click()
    qtbot.waitUntil(lambda: wizard.steps.currentIndex() == MAP)
    wizard.next_button.click()
    qtbot.waitUntil(lambda: wizard.report is not None)
    assert (wizard.report.added, len(wizard.report.rejected)) == (1, 1)
    assert wizard.rejected_table.item(0, 1).text() == "手机号码无效"
    assert "1390515" not in wizard.rejected_table.item(0, 2).text()  # shown masked, never as typed
    assert [r.name for r in demo_app.readers.search_readers("王芳")] == ["王芳"]
