"""Dialogs for adding and editing a title and for adding copies; errors are shown in place, input kept."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.core.catalogue import TitleInfo, TitleInput, TitleKind
from desktop.core.errors import ShuyiError
from desktop.core.prices import shown_price
from desktop.ui.context import UiContext, error_text
from desktop.ui.widgets.labels import I18N_SKIP, error_box
from desktop.ui.widgets.rooms import room_combo

FIELDS = ("title", "isbn", "author", "publisher", "place", "year", "pages", "price", "clc", "subjects")
ERROR_FIELD = {"isbn.invalid": "isbn", "catalogue.invalid_class": "clc", "catalogue.duplicate_title": "title"}
INVALID_STYLE = "QLineEdit { border: 1px solid #b3261e; }"


class TitleDialog(QDialog):
    """Add a title (with its first copies in a room) or edit one; on success emits saved(TitleInfo)."""

    saved = Signal(object)

    def __init__(self, ctx: UiContext, title: TitleInfo | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self._title = ctx, title
        self.setWindowTitle(self.tr("Edit title") if title else self.tr("Add title"))
        self.edits = {name: QLineEdit(self) for name in FIELDS}
        labels = {
            "title": self.tr("&Title"), "isbn": self.tr("&ISBN"), "author": self.tr("&Author"),
            "publisher": self.tr("&Publisher"), "place": self.tr("Place"), "year": self.tr("&Year"),
            "pages": self.tr("Pages"), "price": self.tr("Price"), "clc": self.tr("&Class (中图法)"),
            "subjects": self.tr("Subjects"),
        }
        self.edits["isbn"].setPlaceholderText(self.tr("ISBN-10 or ISBN-13; scanning the barcode works too"))
        self.edits["clc"].setPlaceholderText(self.tr("e.g. I247.57"))
        self.edits["subjects"].setPlaceholderText(self.tr("Separated by ；"))
        self.kind = QComboBox(self)
        self.kind.addItem(self.tr("Book"), TitleKind.BOOK)
        self.kind.addItem(self.tr("Periodical (报刊)"), TitleKind.PERIODICAL)
        form = QFormLayout()
        form.addRow(self.tr("&Kind"), self.kind)
        for name in FIELDS:
            form.addRow(labels[name], self.edits[name])
        self.room = self.copies = None
        if title is None:
            self.room = room_combo(self, ctx, on_loaded=lambda: self.save_button.setEnabled(True))
            self.copies = QSpinBox(self)
            self.copies.setRange(0, 99)
            self.copies.setValue(1)
            form.addRow(self.tr("Reading &room"), self.room)
            form.addRow(self.tr("C&opies"), self.copies)
        else:
            self.kind.setCurrentIndex(self.kind.findData(title.kind))
            for name in FIELDS:
                value = getattr(title, "isbn13" if name == "isbn" else name)
                value = shown_price(value) if name == "price" else value
                self.edits[name].setText("；".join(value) if name == "subjects" else (value or ""))
        self.error = error_box(self)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setEnabled(title is not None)  # adding waits for the room list
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(520)

    def entry(self) -> TitleInput:
        text = {name: edit.text() for name, edit in self.edits.items()}
        subjects = tuple(s for s in text["subjects"].replace(";", "；").split("；") if s.strip())
        return TitleInput(title=text["title"], isbn=text["isbn"], author=text["author"],
                          publisher=text["publisher"], place=text["place"], year=text["year"], pages=text["pages"],
                          price=text["price"], clc=text["clc"], subjects=subjects, kind=self.kind.currentData())

    def save(self) -> None:
        for edit in self.edits.values():
            edit.setStyleSheet("")
        if not self.edits["title"].text().strip():
            self._show(self.tr("Enter the title."), "title")
            return
        entry, app = self.entry(), self.ctx.app
        if self._title is not None:
            title_id = self._title.id
            job = lambda: app.catalogue.update_title(title_id, entry)  # noqa: E731
        else:
            room = self.room.currentData() if self.room is not None else ""
            count = self.copies.value() if self.copies is not None else 0
            if count and not room:
                self._show(self.tr("There is no reading room to put the copies in; set the copies to 0."), None)
                return
            job = lambda: app.catalogue.add_title(entry, site_code=room, copies=count)  # noqa: E731
        self.buttons.setEnabled(False)
        self.ctx.tasks.submit(job, on_done=self._done, on_error=self._failed)

    def _done(self, info: TitleInfo) -> None:
        self.buttons.setEnabled(True)
        self.saved.emit(info)
        self.ctx.events.changed.emit()
        if self.isVisible():
            self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.buttons.setEnabled(True)
        field = ERROR_FIELD.get(exc.code) if isinstance(exc, ShuyiError) else None
        self._show(error_text(exc), field)

    def _show(self, message: str, field: str | None) -> None:
        self.error.setText(message)
        self.error.show()
        if field is not None:
            self.edits[field].setStyleSheet(INVALID_STYLE)
            self.edits[field].setFocus()


class _RoomActionDialog(QDialog):
    """A small dialog about one title in one reading room: fields, Save (once the rooms are in), errors in place."""

    def __init__(self, ctx: UiContext, title: TitleInfo, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.ctx, self._title = ctx, title
        caption = QLabel(title.title, self)
        caption.setProperty(I18N_SKIP, True)
        self.room = room_combo(self, ctx, on_loaded=lambda: self.save_button.setEnabled(True))
        self.form = QFormLayout()
        self.form.addRow(self.tr("Reading &room"), self.room)
        self.error = error_box(self)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setEnabled(False)  # until the room list is in
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(caption)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    def job(self, room: str) -> Callable[[], object] | None:
        """The work to run for this room, or None (after saying why with say()) when the input is not complete."""
        return None

    def save(self) -> None:
        room = self.room.currentData() or ""
        if not room:
            self.say(self.tr("There is no reading room to put them in."))
            return
        work = self.job(room)
        if work is None:
            return
        self.save_button.setEnabled(False)
        self.ctx.tasks.submit(work, on_done=self._done, on_error=self._failed)

    def say(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()

    def _done(self, _result: object) -> None:
        self.ctx.events.changed.emit()
        if self.isVisible():  # not when the user pressed Cancel while the save was under way
            self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.save_button.setEnabled(True)
        self.say(error_text(exc))


class CopiesDialog(_RoomActionDialog):
    """Add copies of one title to a room; they get codes and the title's call number there."""

    def __init__(self, ctx: UiContext, title: TitleInfo, parent: QWidget | None = None) -> None:
        super().__init__(ctx, title, parent)
        self.setWindowTitle(self.tr("Add copies"))
        self.count = QSpinBox(self)
        self.count.setRange(1, 99)
        self.shelf = QLineEdit(self)
        self.form.addRow(self.tr("&Number of copies"), self.count)
        self.form.addRow(self.tr("&Shelf"), self.shelf)

    def job(self, room: str) -> Callable[[], object]:
        count, shelf, app, title_id = self.count.value(), self.shelf.text(), self.ctx.app, self._title.id
        return lambda: app.catalogue.add_copies(title_id, site_code=room, count=count, shelf=shelf)


class IssueDialog(_RoomActionDialog):
    """Record an issue of a periodical received by a room."""

    def __init__(self, ctx: UiContext, title: TitleInfo, parent: QWidget | None = None) -> None:
        super().__init__(ctx, title, parent)
        self.setWindowTitle(self.tr("Receive an issue"))
        self.issue = QLineEdit(self)
        self.issue.setPlaceholderText(self.tr("e.g. 2026年第11期"))
        self.form.addRow(self.tr("&Issue"), self.issue)

    def job(self, room: str) -> Callable[[], object] | None:
        issue, app, title_id = self.issue.text(), self.ctx.app, self._title.id
        if not issue.strip():
            self.say(self.tr("Enter the issue, e.g. 2026年第11期."))
            return None
        return lambda: app.catalogue.receive_issue(title_id, site_code=room, issue=issue)
