"""The readers page: find a reader as you type, register and change readers, and keep phone numbers private.

Phone numbers appear masked in the table; showing one in full is a deliberate act that the core logs, and the
number is shown only in a message box for that one reader, never put into the table model.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QItemSelection, QModelIndex, QObject, QPoint, Qt
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QMenu,
    QMessageBox,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop.core.readers import ReaderInfo
from desktop.ui.context import UiContext, error_text
from desktop.ui.labels.dialog import LabelPrintDialog
from desktop.ui.pages.base import I18N_SKIP, Page, heading, sentence
from desktop.ui.readers.dialogs import ReaderDialog, ReaderTypesDialog
from desktop.ui.readers.history import ReaderHistoryPane
from desktop.ui.readers.reader_table import UNIT, ReaderTableModel
from desktop.ui.widgets.labels import say
from desktop.ui.widgets.search_box import SearchBox
from desktop.ui.widgets.tables import table_view

LIST_LIMIT = 500
SEARCH_LIMIT = 200


class ReadersPage(Page):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self._title = heading(self)
        self.search = SearchBox(self)  # a scanned card or a typed query: at once on Enter
        self.search.setMinimumWidth(320)
        self.count = sentence(self)
        self.add_button = QPushButton(self)
        self.add_button.clicked.connect(self.add_reader)
        self.types_button = QPushButton(self)
        self.types_button.clicked.connect(self.edit_reader_types)
        self.import_button = QPushButton(self)
        self.import_button.clicked.connect(self.import_readers)
        self.cards_button = QPushButton(self)
        self.cards_button.clicked.connect(self.print_cards)
        self.message = sentence(self)
        self.message.setProperty(I18N_SKIP, True)  # errors and confirmations that name readers (data)
        self.message.hide()

        self.model = ReaderTableModel()
        self.table = table_view(self.model, self, stretch=UNIT, alternate=True)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._context_menu)
        self.table.doubleClicked.connect(self._double_clicked)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.table.installEventFilter(self)

        self.edit_action, self.reveal_action, self.anonymise_action = (QAction(self) for _ in range(3))
        self.edit_action.triggered.connect(self.edit_selected)
        self.reveal_action.triggered.connect(self.reveal_phone)
        self.anonymise_action.triggered.connect(self.anonymise_selected)
        self.edit_button, self.reveal_button, self.anonymise_button = (QPushButton(self) for _ in range(3))
        self.edit_button.clicked.connect(self.edit_selected)
        self.reveal_button.clicked.connect(self.reveal_phone)
        self.anonymise_button.clicked.connect(self.anonymise_selected)

        top = QHBoxLayout()
        top.addWidget(self._title)
        top.addStretch(1)
        top.addWidget(self.types_button)
        top.addWidget(self.import_button)
        top.addWidget(self.cards_button)
        top.addWidget(self.add_button)
        find = QHBoxLayout()
        find.addWidget(self.search, 2)
        find.addWidget(self.count, 3)
        actions = QHBoxLayout()
        actions.addWidget(self.edit_button)
        actions.addWidget(self.reveal_button)
        actions.addStretch(1)
        actions.addWidget(self.anonymise_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 24, 24, 24)
        layout.addLayout(top)
        layout.addLayout(find)
        layout.addWidget(self.message)
        self.history = ReaderHistoryPane(ctx, self)
        splitter = QSplitter(self)
        splitter.addWidget(self.table)
        splitter.addWidget(self.history)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([600, 400])
        layout.addWidget(splitter, 1)
        layout.addLayout(actions)

        self.search.search.connect(lambda _query: self.refresh())
        self._find_shortcut = QShortcut(QKeySequence.StandardKey.Find, self)
        self._find_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self._find_shortcut.activated.connect(self._focus_search)

        self.dialog: ReaderDialog | None = None
        self.types_dialog: ReaderTypesDialog | None = None
        self.phone_box: QMessageBox | None = None
        self._request = 0
        self._shown: tuple[str, int] | None = None  # (query, how many) of the rows on screen
        self._error: str | None = None
        self._selected_id: int | None = None
        self.retranslate()
        self._update_actions()
        ctx.events.changed.connect(self.refresh)
        self.refresh()

    # -- texts ---------------------------------------------------------------------------------------------
    def import_readers(self) -> None:
        """The import wizard, set to readers: CSV or Excel, columns mapped over a preview, rejects listed."""
        from desktop.ui.catalogue.import_wizard import ImportWizard

        wizard = ImportWizard(self.ctx, readers=True, parent=self)
        self.import_wizard = wizard
        self.open_dialog(wizard)

    def print_cards(self) -> None:
        """Reader cards: the selected reader's (offered first), everyone's, or those registered since a date."""
        reader = self.selected_reader()
        codes = (reader.card_code,) if reader is not None and not reader.anonymised else ()
        self.open_dialog(LabelPrintDialog(self.ctx, readers=True, preselect_codes=codes, parent=self))

    def retranslate(self) -> None:
        self._title.setText(self.tr("Readers"))
        self.search.setPlaceholderText(self.tr("Name, pinyin initials, card number or last 4 digits of the phone"))
        self.add_button.setText(self.tr("Add reader…"))
        self.types_button.setText(self.tr("Reader types…"))
        self.import_button.setText(self.tr("Import…"))
        self.cards_button.setText(self.tr("Print cards…"))
        for action, button, text in (
            (self.edit_action, self.edit_button, self.tr("Edit…")),
            (self.reveal_action, self.reveal_button, self.tr("Show phone number")),
            (self.anonymise_action, self.anonymise_button, self.tr("Anonymise…")),
        ):
            action.setText(text)
            button.setText(text)
        self.reveal_button.setToolTip(self.tr("Shows the full number of the selected reader; each showing is "
                                              "recorded."))
        self.anonymise_button.setToolTip(self.tr("For a reader who has left: erases the personal data and keeps "
                                                 "the statistics."))
        self.model.retranslate()
        self._show_count()

    def _show_count(self) -> None:
        if self._error:
            say(self.count, self._error, error=True)
            return
        say(self.count, "")
        if self._shown is None:
            self.count.setText(self.tr("Loading…"))
            return
        query, n = self._shown
        if not query:
            if n == 0:
                self.count.setText(self.tr("There are no readers yet."))
            elif n >= LIST_LIMIT:
                self.count.setText(self.tr("The first {n} readers; search to find the others.").format(n=n))
            else:
                self.count.setText(self.tr("{n} readers").format(n=n))
        elif n == 0:
            self.count.setText(self.tr("No reader matches this search."))
        elif n >= SEARCH_LIMIT:
            self.count.setText(self.tr("The first {n} matches; type more to narrow the search.").format(n=n))
        else:
            self.count.setText(self.tr("{n} readers found").format(n=n))

    def _say(self, text: str, *, error: bool = False) -> None:
        say(self.message, text, error=error)

    def _show_error(self, exc: BaseException) -> None:
        self._say(error_text(exc), error=True)

    # -- loading -------------------------------------------------------------------------------------------
    def refresh(self) -> None:
        """Run the search in the box now (or list the readers when it is empty)."""
        self.search.cancel()
        query = self.search.query()
        app = self.ctx.app
        self._request += 1
        request = self._request

        def fetch() -> list[ReaderInfo]:
            if query:
                return app.readers.search_readers(query, limit=SEARCH_LIMIT)
            return app.readers.list_readers(limit=LIST_LIMIT)

        self.ctx.tasks.submit(fetch, on_done=lambda rows: self._loaded(request, query, rows),
                              on_error=lambda exc: self._failed(request, exc))

    def _loaded(self, request: int, query: str, rows: list[ReaderInfo]) -> None:
        if request != self._request:  # a newer search is on its way
            return
        keep = self._selected_id
        self.model.set_rows(rows)
        self._shown, self._error = (query, len(rows)), None
        row = self.model.row_of(keep) if keep is not None else None
        if row is not None:
            self.table.selectRow(row)
        self.history.show_reader(self.selected_reader())  # what they borrowed may have changed too
        self._show_count()
        self._update_actions()

    def _failed(self, request: int, exc: BaseException) -> None:
        if request == self._request:
            self._error = error_text(exc)
            self._show_count()

    # -- selection and actions -----------------------------------------------------------------------------
    def selected_reader(self) -> ReaderInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row(rows[0].row()) if rows else None

    def _selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        reader = self.selected_reader()
        if reader is not None:
            self._selected_id = reader.id
        shown = self.history.reader
        if (reader.id if reader else None) != (shown.id if shown else None):
            self.history.show_reader(reader)
        self._update_actions()

    def _update_actions(self) -> None:
        reader = self.selected_reader()
        editable = reader is not None and not reader.anonymised
        has_phone = reader is not None and bool(reader.phone_masked)
        for widget, enabled in ((self.edit_action, editable), (self.edit_button, editable),
                                (self.anonymise_action, editable), (self.anonymise_button, editable),
                                (self.reveal_action, has_phone), (self.reveal_button, has_phone)):
            widget.setEnabled(enabled)

    def _context_menu(self, pos: QPoint) -> None:
        if not self.table.indexAt(pos).isValid():
            return
        menu = QMenu(self)
        menu.addAction(self.edit_action)
        menu.addAction(self.reveal_action)
        menu.addSeparator()
        menu.addAction(self.anonymise_action)
        menu.exec(self.table.viewport().mapToGlobal(pos))
        menu.deleteLater()

    def _double_clicked(self, index: QModelIndex) -> None:
        if index.isValid():
            self.table.selectRow(index.row())
            self.edit_selected()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if watched is self.table and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.selected_reader() is not None:
                self.edit_selected()
                return True
        return super().eventFilter(watched, event)

    def _focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    # -- dialogs -------------------------------------------------------------------------------------------
    def add_reader(self) -> None:
        self._open_reader_dialog(None)

    def edit_selected(self) -> None:
        reader = self.selected_reader()
        if reader is not None and not reader.anonymised:
            self._open_reader_dialog(reader)

    def _open_reader_dialog(self, reader: ReaderInfo | None) -> None:
        self._say("")
        dialog = ReaderDialog(self.ctx, reader, self)
        dialog.saved.connect(lambda info: self._reader_saved(info, added=reader is None))
        self._keep_until_closed(dialog)
        self.dialog = dialog
        self.open_dialog(dialog)

    def _reader_saved(self, info: ReaderInfo, *, added: bool) -> None:
        self._selected_id = info.id
        if added:
            self._say(self.tr("{name} is registered with card number {card}.").format(name=info.name,
                                                                                       card=info.card_code))
        else:
            self._say(self.tr("The changes to {name} are saved.").format(name=info.name))

    def edit_reader_types(self) -> None:
        dialog = ReaderTypesDialog(self.ctx, self)
        self._keep_until_closed(dialog)
        self.types_dialog = dialog
        self.open_dialog(dialog)

    def _keep_until_closed(self, dialog: QDialog) -> None:
        """Forget a closed dialog here; Page.open_dialog deletes it once the tasks it started have answered."""

        def closed(_result: int) -> None:
            if self.dialog is dialog:
                self.dialog = None
            if self.types_dialog is dialog:
                self.types_dialog = None

        dialog.finished.connect(closed)

    # -- privacy -------------------------------------------------------------------------------------------
    def reveal_phone(self) -> None:
        """Show the selected reader's full number once; the core records who looked, when and where."""
        reader = self.selected_reader()
        if reader is None or not reader.phone_masked:
            return
        app = self.ctx.app
        self.ctx.tasks.submit(lambda: app.readers.reveal_phone(reader.id, channel="gui"),
                              on_done=lambda phone: self._show_phone(reader, phone), on_error=self._show_error)

    def _show_phone(self, reader: ReaderInfo, phone: str) -> None:
        if not phone:
            self._say(self.tr("No phone number is stored for this reader."))
            return
        box = QMessageBox(self)
        box.setProperty(I18N_SKIP, True)  # the reader's name and number are data
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.setIcon(QMessageBox.Icon.Information)
        box.setWindowTitle(self.tr("Phone number"))
        box.setText(self.tr("Mobile phone number of {name} (card {card}):").format(name=reader.name,
                                                                                   card=reader.card_code))
        box.setInformativeText(phone + "\n\n" + self.tr("This showing has been recorded."))
        box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        box.setStandardButtons(QMessageBox.StandardButton.Ok)
        box.destroyed.connect(self._phone_box_gone)
        self.phone_box = box
        box.open()

    def _phone_box_gone(self, _obj: Any = None) -> None:
        self.phone_box = None

    def anonymise_selected(self) -> None:
        reader = self.selected_reader()
        if reader is None or reader.anonymised:
            return
        text = self.tr(
            "Anonymise {name} (card {card})?\n\n"
            "Erased for good: the name, mobile phone number, union card number and notes.\n"
            "Kept, so that the statistics stay complete: the card number, unit, reader type, home room "
            "and registration date.\n\n"
            "Do this for a reader who has left. It cannot be undone."
        ).format(name=reader.name, card=reader.card_code)
        answer = QMessageBox.question(self, self.tr("Anonymise reader"), text,
                                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                      QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            return
        app = self.ctx.app
        self.ctx.tasks.submit(lambda: app.readers.anonymise_reader(reader.id), on_done=self._anonymised,
                              on_error=self._show_error)

    def _anonymised(self, info: ReaderInfo) -> None:
        self._say(self.tr("Card {card} is anonymised.").format(card=info.card_code))
        self.ctx.events.changed.emit()
