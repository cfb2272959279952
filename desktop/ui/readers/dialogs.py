"""The reader dialog (register a reader or change one) and the reader types dialog, both checked in place.

Nothing is written here: each Save goes to the core through the task runner, and a refused input stays in the
dialog with the reason beside it. The phone field of an existing reader shows only the masked number.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QItemSelection, QSettings, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.core.bounded import LOAN_DAYS, MAX_LOANS, MAX_RENEWALS
from desktop.core.readers import ReaderInfo, ReaderInput, ReaderStatus, ReaderTypeInfo
from desktop.ui.context import UiContext, error_text
from desktop.ui.pages.base import I18N_SKIP, data_label, sentence
from desktop.ui.readers.reader_table import TYPE_NAME, ReaderTypeTableModel, status_label
from desktop.ui.widgets.labels import ERROR_STYLE, error_box
from desktop.ui.widgets.rooms import RoomCombo
from desktop.ui.widgets.tables import table_view

LAST_ROOM_KEY = "readers/last_room"
"""The reading room last chosen for a new reader on this computer, offered first next time."""


class ReaderDialog(QDialog):
    """Register a new reader (reader None) or change an existing one."""

    saved = Signal(object)
    """The ReaderInfo as stored, emitted just before the dialog closes."""

    def __init__(self, ctx: UiContext, reader: ReaderInfo | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.reader = reader
        self._saving = False
        self.setMinimumWidth(480)

        self._form = QFormLayout()
        self._labels: dict[str, QLabel] = {}
        self.card = data_label(self)
        self.name_edit = QLineEdit(self)
        self.unit_edit = QLineEdit(self)
        self.phone_edit = QLineEdit(self)
        self.phone_edit.setMaxLength(20)
        self.phone_hint = sentence(self)
        self.phone_hint.setStyleSheet("color: #5f6368;")
        self.union_card_edit = QLineEdit(self)
        self.type_combo = QComboBox(self)
        self.type_combo.setProperty(I18N_SKIP, True)  # reader types are data, named by the organisation
        self.status_combo = QComboBox(self)
        self.room_combo = RoomCombo(ctx, self) if reader is None else QComboBox(self)  # rooms: only to register
        self.room_combo.setProperty(I18N_SKIP, True)  # site codes and names are data
        if reader is not None:
            self._add_row("card", self.card)
        self._add_row("name", self.name_edit)
        self._add_row("unit", self.unit_edit)
        self._add_row("phone", self.phone_edit)
        if reader is not None:
            self._form.addRow("", self.phone_hint)
        self._add_row("union_card", self.union_card_edit)
        self._add_row("type", self.type_combo)
        if reader is not None:
            for status in ReaderStatus:
                self.status_combo.addItem("", status)
            self._add_row("status", self.status_combo)
        else:
            self._add_row("room", self.room_combo)
        for unused in (self.room_combo,) if reader is not None else (self.card, self.phone_hint, self.status_combo):
            unused.hide()  # made for the other mode, not in the form

        self.error = error_box(self)
        self.save_button = QPushButton(self)
        self.save_button.setDefault(True)
        self.save_button.setEnabled(False)  # until the reader types (and rooms) are loaded
        self.save_button.clicked.connect(self.save)
        self.cancel_button = QPushButton(self)
        self.cancel_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addLayout(self._form)
        layout.addWidget(self.error)
        layout.addStretch(1)
        layout.addLayout(buttons)

        if reader is not None:
            self.card.setText(reader.card_code)
            self.name_edit.setText(reader.name)
            self.unit_edit.setText(reader.unit)
            self.phone_edit.setText(reader.phone_masked)
            self.union_card_edit.setText(reader.union_card)
            self.status_combo.setCurrentIndex(self.status_combo.findData(reader.status))
        self.retranslate()
        self._load_options()

    def _add_row(self, key: str, field: QWidget) -> None:
        self._labels[key] = QLabel(self)
        self._labels[key].setBuddy(field)
        self._form.addRow(self._labels[key], field)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Add reader") if self.reader is None else self.tr("Edit reader"))
        texts = {
            "card": self.tr("Card"), "name": self.tr("&Name"), "unit": self.tr("&Unit"),
            "phone": self.tr("&Mobile phone"), "union_card": self.tr("Union &card number"),
            "type": self.tr("Reader &type"), "status": self.tr("&Status"), "room": self.tr("Reading &room"),
        }
        for key, label in self._labels.items():
            label.setText(texts[key])
        self.name_edit.setPlaceholderText(self.tr("Full name"))
        self.unit_edit.setPlaceholderText(self.tr("Employer or trade union branch"))
        self.phone_edit.setPlaceholderText(self.tr("11-digit mobile number"))
        self.union_card_edit.setPlaceholderText(self.tr("If the reader has one"))
        self.phone_hint.setText(self.tr("Shown masked. Leave it as it is to keep the number, type a new number "
                                        "to replace it, or clear it to remove it."))
        for i in range(self.status_combo.count()):
            self.status_combo.setItemText(i, status_label(self.status_combo.itemData(i)))
        self.save_button.setText(self.tr("Save"))
        self.cancel_button.setText(self.tr("Cancel"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _load_options(self) -> None:
        """The reader types; the rooms come by themselves (RoomCombo), the one used last on this computer first."""
        if isinstance(self.room_combo, RoomCombo):
            self.room_combo.loaded.connect(lambda _rooms: self._last_room())
        self.ctx.tasks.submit(self.ctx.app.readers.reader_types, on_done=self._options_loaded,
                              on_error=self._show_error)

    def _last_room(self) -> None:
        last = QSettings().value(LAST_ROOM_KEY)
        if last is not None and self.room_combo.findData(str(last)) >= 0:
            self.room_combo.setCurrentIndex(self.room_combo.findData(str(last)))

    def _options_loaded(self, types: list[ReaderTypeInfo]) -> None:
        for info in types:
            self.type_combo.addItem(info.name, info.name)
        wanted = self.reader.reader_type if self.reader else next((t.name for t in types if t.is_default), "")
        self.type_combo.setCurrentIndex(max(self.type_combo.findData(wanted), 0))
        self.save_button.setEnabled(True)

    def entry(self) -> ReaderInput:
        """What the fields say, as the core takes it (the masked phone stands for "unchanged")."""
        return ReaderInput(
            name=self.name_edit.text(), unit=self.unit_edit.text(), phone=self.phone_edit.text().strip(),
            union_card=self.union_card_edit.text(), reader_type=self.type_combo.currentData() or "",
            site_code=(self.room_combo.currentData() or "") if self.reader is None else "",
        )

    def _refusal(self) -> tuple[str, QWidget] | None:
        """A reason to refuse the input before it goes to the core, and the field to fix."""
        if not self.name_edit.text().strip():
            return self.tr("Enter the reader's name."), self.name_edit
        phone = self.phone_edit.text().strip()
        if self.reader is not None and "*" in phone and phone != self.reader.phone_masked:
            return self.tr("Type the whole new phone number, or leave the masked number as it was."), self.phone_edit
        if self.reader is None and self.room_combo.count() == 0:
            return self.tr("This database has no open reading room to register readers in."), self.room_combo
        return None

    def save(self) -> None:
        if self._saving or not self.save_button.isEnabled():
            return
        refusal = self._refusal()
        if refusal is not None:
            self._show_message(refusal[0])
            refusal[1].setFocus()
            return
        entry, app, reader = self.entry(), self.ctx.app, self.reader
        if reader is None:
            def work() -> ReaderInfo:
                return app.readers.add_reader(entry)
        else:
            status = self.status_combo.currentData()

            def work() -> ReaderInfo:
                return app.readers.update_reader(reader.id, entry, status=status)

        self._set_saving(True)
        self.ctx.tasks.submit(work, on_done=self._saved, on_error=self._show_error)

    def _saved(self, info: ReaderInfo) -> None:
        self._set_saving(False)
        if self.reader is None and info.site_code:
            QSettings().setValue(LAST_ROOM_KEY, info.site_code)
        self.saved.emit(info)
        self.ctx.events.changed.emit()
        self.accept()

    def _show_error(self, exc: BaseException) -> None:
        self._set_saving(False)
        self._show_message(error_text(exc))
        field = {"reader.invalid_phone": self.phone_edit, "reader.unknown_type": self.type_combo,
                 "catalogue.room_needed": self.room_combo}.get(getattr(exc, "code", ""))
        if field is not None:
            field.setFocus()

    def _show_message(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    def _set_saving(self, saving: bool) -> None:
        self._saving = saving
        self.save_button.setEnabled(not saving)
        self.cancel_button.setEnabled(not saving)

    def reject(self) -> None:
        if not self._saving:  # a save under way finishes first; its answer comes back to this dialog
            super().reject()


class ReaderTypesDialog(QDialog):
    """The reader types and their loan rules: pick one to change it, or start a new one."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.editing: ReaderTypeInfo | None = None
        self._saving = False
        self.resize(560, 460)
        self.model = ReaderTypeTableModel()
        self.table = table_view(self.model, self, stretch=TYPE_NAME)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)

        self.box = QGroupBox(self)
        self.name_edit = QLineEdit(self.box)
        self.max_loans = QSpinBox(self.box)
        self.max_loans.setRange(MAX_LOANS.low, MAX_LOANS.high)
        self.loan_days = QSpinBox(self.box)
        self.loan_days.setRange(LOAN_DAYS.low, LOAN_DAYS.high)
        self.max_renewals = QSpinBox(self.box)
        self.max_renewals.setRange(MAX_RENEWALS.low, MAX_RENEWALS.high)
        self.renew_overdue = QCheckBox(self.box)
        self._labels = [QLabel(self.box) for _ in range(4)]
        form = QFormLayout(self.box)
        for label, field in zip(self._labels, (self.name_edit, self.max_loans, self.loan_days, self.max_renewals),
                                strict=True):
            label.setBuddy(field)
            form.addRow(label, field)
        form.addRow(self.renew_overdue)
        self.message = sentence(self.box)
        self.new_button = QPushButton(self.box)
        self.new_button.clicked.connect(self.start_new)
        self.save_button = QPushButton(self.box)
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        row = QHBoxLayout()
        row.addWidget(self.message, 1)
        row.addWidget(self.new_button)
        row.addWidget(self.save_button)
        form.addRow(row)

        self.close_button = QPushButton(self)
        self.close_button.setAutoDefault(False)
        self.close_button.clicked.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.box)
        layout.addLayout(bottom)
        self.start_new()
        self.retranslate()
        self.reload()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Reader types"))
        self.box.setTitle(self.tr("New reader type") if self.editing is None else self.tr("Selected reader type"))
        for label, text in zip(self._labels, (self.tr("&Name"), self.tr("&Books at a time"), self.tr("&Loan days"),
                                              self.tr("&Renewals")), strict=True):
            label.setText(text)
        self.name_edit.setPlaceholderText(self.tr("For example: retired workers"))
        self.renew_overdue.setText(self.tr("May renew an &overdue book (from the reader panel)"))
        self.renew_overdue.setToolTip(self.tr("An overdue book scanned at the desk is always returned; with this, "
                                              "the librarian may renew it from the reader panel instead"))
        self.new_button.setText(self.tr("New type"))
        self.save_button.setText(self.tr("Save type"))
        self.close_button.setText(self.tr("Close"))
        self.model.retranslate()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def reload(self, select_id: int | None = None, *, saved: bool = False) -> None:
        self.ctx.tasks.submit(self.ctx.app.readers.reader_types,
                              on_done=lambda rows: self._loaded(rows, select_id, saved), on_error=self._show_error)

    def _loaded(self, rows: list[ReaderTypeInfo], select_id: int | None, saved: bool) -> None:
        self.model.set_rows(rows)
        row = self.model.row_of(select_id) if select_id is not None else None
        if row is not None:
            self.table.selectRow(row)
        if saved:
            self._show_message(self.tr("Saved."), error=False)

    def _selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        rows = self.table.selectionModel().selectedRows()
        if rows:
            info = self.model.row(rows[0].row())
            self.editing = info
            self.name_edit.setText(info.name)
            self.max_loans.setValue(info.max_loans)
            self.loan_days.setValue(info.loan_days)
            self.max_renewals.setValue(info.max_renewals)
            self.renew_overdue.setChecked(info.renew_overdue)
            self._clear_message()
            self.retranslate()

    def start_new(self) -> None:
        self.table.clearSelection()
        self.editing = None
        self.name_edit.clear()
        self.max_loans.setValue(5)
        self.loan_days.setValue(30)
        self.max_renewals.setValue(1)
        self.renew_overdue.setChecked(False)
        self._clear_message()
        self.retranslate()
        self.name_edit.setFocus()

    def save(self) -> None:
        if self._saving:
            return
        name = self.name_edit.text().strip()
        if not name:
            self._show_message(self.tr("Enter a name for the reader type."), error=True)
            self.name_edit.setFocus()
            return
        app, info = self.ctx.app, self.editing
        rules = {"max_loans": self.max_loans.value(), "loan_days": self.loan_days.value(),
                 "max_renewals": self.max_renewals.value(), "renew_overdue": self.renew_overdue.isChecked()}
        self._set_saving(True)
        self.ctx.tasks.submit(lambda: app.readers.save_reader_type(info, name=name, **rules), on_done=self._saved,
                              on_error=self._show_error)

    def _saved(self, info: ReaderTypeInfo) -> None:
        self._set_saving(False)
        self.reload(select_id=info.id, saved=True)
        self.ctx.events.changed.emit()

    def _show_error(self, exc: BaseException) -> None:
        self._set_saving(False)
        self._show_message(error_text(exc), error=True)

    def _show_message(self, text: str, *, error: bool) -> None:
        self.message.setStyleSheet(ERROR_STYLE if error else "")
        self.message.setText(text)

    def _clear_message(self) -> None:
        self.message.clear()

    def _set_saving(self, saving: bool) -> None:
        self._saving = saving
        for button in (self.save_button, self.new_button, self.close_button):
            button.setEnabled(not saving)

    def reject(self) -> None:
        if not self._saving:
            super().reject()
