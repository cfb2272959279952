"""The dialogs of a station's inspections panel: a new inspection (its checklist answered passed, failed or not
checked, a deadline and a person responsible per failed item), a re-check, and the site's fix."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QGridLayout,
    QLabel,
    QLineEdit,
    QScrollArea,
    QWidget,
)

from desktop.core.i18n import QT_TRANSLATE_NOOP
from desktop.core.stations.inspections import KIND_NAMES, CheckItem, Failed, NewInspection
from desktop.ui.context import UiContext
from desktop.ui.widgets.form_dialog import FormDialog
from desktop.ui.widgets.labels import data_label


def date_edit(parent: QWidget, value: dt.date) -> QDateEdit:
    edit = QDateEdit(parent)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    edit.setDate(QDate(value.year, value.month, value.day))
    return edit


def date_of(edit: QDateEdit) -> dt.date:
    value = edit.date()
    return dt.date(value.year(), value.month(), value.day())


ANSWERS = (QT_TRANSLATE_NOOP("ChecklistRow", "Not checked"), QT_TRANSLATE_NOOP("ChecklistRow", "Passed"),
           QT_TRANSLATE_NOOP("ChecklistRow", "Failed"))
RESPONSIBLE = QT_TRANSLATE_NOOP("ChecklistRow", "Person responsible")
SERIOUS = QT_TRANSLATE_NOOP("ChecklistRow", "Serious")


def _tr(text: str) -> str:
    return QCoreApplication.translate("ChecklistRow", text)


class ChecklistRow:
    """One item of the checklist: its answer and, when failed, the deadline, the person responsible, serious."""

    def __init__(self, parent: QWidget, item: CheckItem, lang: str, today: dt.date) -> None:
        self.item = item
        self.label = data_label(parent)
        self.label.setText(item.label_en if lang.startswith("en") else item.label_zh)
        self.answer = QComboBox(parent)
        self.answer.addItems(["", "", ""])
        self.deadline = date_edit(parent, today + dt.timedelta(days=14))
        self.responsible = QLineEdit(parent)
        self.serious = QCheckBox(parent)
        self.answer.currentIndexChanged.connect(self._answered)
        self._answered(0)

    def retranslate(self) -> None:
        for i, text in enumerate(ANSWERS):
            self.answer.setItemText(i, _tr(text))
        self.responsible.setPlaceholderText(_tr(RESPONSIBLE))
        self.serious.setText(_tr(SERIOUS))

    def _answered(self, index: int) -> None:
        for widget in (self.deadline, self.responsible, self.serious):
            widget.setEnabled(index == 2)


class InspectionDialog(FormDialog):
    """A new inspection at one station; completed(Added) once saved."""

    def __init__(self, ctx: UiContext, site_code: str, checklist: list[CheckItem], today: dt.date,
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.site_code = site_code
        self.setMinimumSize(820, 560)
        self.kind = QComboBox(self)
        for kind, (zh, _en) in KIND_NAMES.items():
            self.kind.addItem(zh, kind.value)
        self.day = date_edit(self, today)
        self.inspector = QLineEdit(self)
        for field in (self.kind, self.day, self.inspector):
            self.add_row(field)
        inner = QWidget(self)
        grid = QGridLayout(inner)
        lang = ctx.translations.language
        self.rows = [ChecklistRow(inner, item, lang, today) for item in checklist]
        for n, row in enumerate(self.rows):
            for column, widget in enumerate((row.label, row.answer, row.deadline, row.responsible, row.serious)):
                grid.addWidget(widget, n, column)
        grid.setColumnStretch(0, 1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        scroll.setMinimumHeight(360)
        self.layout().insertWidget(2, scroll, 1)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("New inspection at {site}").format(site=self.site_code))
        self.intro.setText(self.tr("Answer each item checked: passed or failed. A failed item becomes a "
                                   "rectification with a deadline and a person responsible; items left as "
                                   "“Not checked” are not recorded."))
        for field, text in ((self.kind, self.tr("Kind")), (self.day, self.tr("Date")),
                            (self.inspector, self.tr("Inspector"))):
            label = self.form.labelForField(field)
            if isinstance(label, QLabel):
                label.setText(text)
        for row in self.rows:
            row.retranslate()
        self.ok_button.setText(self.tr("Save inspection"))

    def new_inspection(self) -> NewInspection:
        passed = tuple(r.item.key for r in self.rows if r.answer.currentIndex() == 1)
        failed = tuple(Failed(r.item.key, date_of(r.deadline), r.responsible.text(), r.serious.isChecked())
                       for r in self.rows if r.answer.currentIndex() == 2)
        return NewInspection(site_code=self.site_code, kind=self.kind.currentData(), inspected_on=date_of(self.day),
                             inspector=self.inspector.text(), passed=passed, failed=failed)

    def accept_input(self) -> None:
        new = self.new_inspection()
        self.submit(lambda: self.ctx.app.inspections.add(new))


class RecheckDialog(FormDialog):
    """A re-check of one rectification: passed closes it, failed needs a new deadline."""

    def __init__(self, ctx: UiContext, rectification_id: int, label: str, deadline: dt.date, today: dt.date,
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.rectification_id, self.label = rectification_id, label
        self.result = QComboBox(self)
        self.result.addItems(["", ""])
        self.day = date_edit(self, today)
        self.deadline = date_edit(self, max(today, deadline) + dt.timedelta(days=14))
        self.inspector = QLineEdit(self)
        self.note = QLineEdit(self)
        for field in (self.result, self.day, self.deadline, self.inspector, self.note):
            self.add_row(field)
        self.result.currentIndexChanged.connect(lambda i: self.deadline.setEnabled(i == 1))
        self.deadline.setEnabled(False)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Re-check rectification {id}").format(id=self.rectification_id))
        self.intro.setText(self.tr("{item}: a passing re-check closes the rectification; a failed one keeps it "
                                   "open with a new, later deadline.").format(item=self.label))
        self.result.setItemText(0, self.tr("Passed"))
        self.result.setItemText(1, self.tr("Failed"))
        for field, text in ((self.result, self.tr("Result")), (self.day, self.tr("Date")),
                            (self.deadline, self.tr("New deadline")), (self.inspector, self.tr("Inspector")),
                            (self.note, self.tr("Note"))):
            label = self.form.labelForField(field)
            if isinstance(label, QLabel):
                label.setText(text)
        self.ok_button.setText(self.tr("Save re-check"))

    def accept_input(self) -> None:
        passed = self.result.currentIndex() == 0
        rid, on, new = self.rectification_id, date_of(self.day), None if passed else date_of(self.deadline)
        inspector, note = self.inspector.text(), self.note.text()
        self.submit(lambda: self.ctx.app.inspections.recheck(rid, passed=passed, on=on, new_deadline=new,
                                                             inspector=inspector, note=note))


class FixDialog(FormDialog):
    """What the site did to put a rectification right; it stays open until a re-check passes."""

    def __init__(self, ctx: UiContext, rectification_id: int, label: str, today: dt.date,
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.rectification_id, self.label = rectification_id, label
        self.note = QLineEdit(self)
        self.day = date_edit(self, today)
        self.add_row(self.note)
        self.add_row(self.day)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Record the fix of rectification {id}").format(id=self.rectification_id))
        self.intro.setText(self.tr("{item}: say what the station did. The rectification stays open until a "
                                   "re-check passes.").format(item=self.label))
        for field, text in ((self.note, self.tr("What was done")), (self.day, self.tr("Date"))):
            label = self.form.labelForField(field)
            if isinstance(label, QLabel):
                label.setText(text)
        self.ok_button.setText(self.tr("Save"))

    def accept_input(self) -> None:
        rid, note, on = self.rectification_id, self.note.text(), date_of(self.day)
        self.submit(lambda: self.ctx.app.inspections.record_fix(rid, note, on=on))
