"""The catalogue page: one search box for everything a librarian types or scans, every title a scroll away,
and the chosen title with its copies and their codes."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop.core.catalogue import CopyInfo, IssueInfo, TitleInfo, TitleKind
from desktop.core.isbn import hyphenated
from desktop.core.prices import shown_price
from desktop.core.search import Hit
from desktop.ui.catalogue.dialogs import CopiesDialog, IssueDialog, TitleDialog
from desktop.ui.catalogue.import_wizard import ImportWizard
from desktop.ui.catalogue.tables import CopyTableModel, TitleColumns, TitleTableModel
from desktop.ui.context import UiContext, error_text
from desktop.ui.labels.dialog import LabelPrintDialog
from desktop.ui.pages.base import I18N_SKIP, Page, heading, sentence
from desktop.ui.widgets.search_box import SearchBox
from desktop.ui.widgets.tables import table_view

SEARCH_LIMIT = 200
DETAIL_FIELDS = ("isbn", "author", "publisher", "year", "price", "clc", "subjects")


class CataloguePage(Page):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self._title = heading(self)
        self.search_box = SearchBox(self)  # a scanner ends with Enter: no waiting
        self.search_box.search.connect(lambda _query: self._search_now())
        QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self, self.search_box.setFocus)
        self.add_button, self.import_button = QPushButton(self), QPushButton(self)
        self.add_button.clicked.connect(self._add_title)
        self.import_button.clicked.connect(self._import)
        self.labels_button = QPushButton(self)
        self.labels_button.clicked.connect(self._print_labels)
        self.status = sentence(self)
        self.status.setProperty(I18N_SKIP, True)

        self.titles = TitleTableModel()
        self.titles.fetcher = self._fetch
        self.table = table_view(self.titles, self, alternate=True, sized_by_caller=True)
        self.title_columns = TitleColumns(self.table)
        self.table.selectionModel().currentRowChanged.connect(lambda cur, _prev: self._show_title(cur.row()))
        self.table.doubleClicked.connect(lambda _i: self._edit_title())

        self.copies = CopyTableModel()
        detail = QWidget(self)
        self.detail_title = heading(detail)
        self.detail_title.setProperty(I18N_SKIP, True)
        self.detail_title.setWordWrap(True)
        self._detail_labels = {name: QLabel(detail) for name in DETAIL_FIELDS}
        self.detail_values = {name: QLabel(detail) for name in DETAIL_FIELDS}
        form = QFormLayout()
        for name in DETAIL_FIELDS:
            self.detail_values[name].setProperty(I18N_SKIP, True)
            self.detail_values[name].setWordWrap(True)
            self.detail_values[name].setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            form.addRow(self._detail_labels[name], self.detail_values[name])
        self.copies_view = table_view(self.copies, self, alternate=True, sized_by_caller=True)
        self.copies_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.issues_caption = QLabel(detail)
        self.issues_list = QListWidget(detail)
        self.issues_list.setProperty(I18N_SKIP, True)
        self.edit_button, self.copies_button = QPushButton(detail), QPushButton(detail)
        self.issue_button = QPushButton(detail)
        self.edit_button.clicked.connect(self._edit_title)
        self.copies_button.clicked.connect(self._add_copies)
        self.issue_button.clicked.connect(self._receive_issue)
        detail_buttons = QHBoxLayout()
        detail_buttons.addStretch(1)
        detail_buttons.addWidget(self.edit_button)
        detail_buttons.addWidget(self.issue_button)
        detail_buttons.addWidget(self.copies_button)
        detail_layout = QVBoxLayout(detail)
        detail_layout.setContentsMargins(12, 0, 0, 0)
        detail_layout.addWidget(self.detail_title)
        detail_layout.addLayout(form)
        detail_layout.addWidget(self.copies_view, 1)
        detail_layout.addWidget(self.issues_caption)
        detail_layout.addWidget(self.issues_list)
        detail_layout.addLayout(detail_buttons)
        self.detail = detail

        splitter = self.splitter = QSplitter(self)
        splitter.addWidget(self.table)
        splitter.addWidget(detail)
        splitter.setStretchFactor(0, 3)  # the list keeps three fifths of the width, the detail two
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([600, 400])
        top = QHBoxLayout()
        top.addWidget(self._title)
        top.addWidget(self.search_box, 1)
        top.addWidget(self.add_button)
        top.addWidget(self.import_button)
        top.addWidget(self.labels_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 24, 24, 24)
        layout.addLayout(top)
        layout.addWidget(self.status)
        layout.addWidget(splitter, 1)

        self._current: TitleInfo | None = None
        self._copy_found: str | None = None
        """The copy a search by copy code found: highlighted among its title's copies."""
        self._generation = 0
        self.dialog: TitleDialog | CopiesDialog | IssueDialog | ImportWizard | None = None
        self.retranslate()
        self._show_title(-1)
        ctx.events.changed.connect(self.refresh)
        self.refresh()

    def retranslate(self) -> None:
        self._title.setText(self.tr("Catalogue"))
        self.search_box.setPlaceholderText(self.tr("Title, author, publisher, pinyin initials, ISBN, call number "
                                                   "or copy code — or scan"))
        self.add_button.setText(self.tr("Add title…"))
        self.import_button.setText(self.tr("Import…"))
        self.labels_button.setText(self.tr("Print labels…"))
        self.edit_button.setText(self.tr("Edit…"))
        self.copies_button.setText(self.tr("Add copies…"))
        self.issue_button.setText(self.tr("Receive issue…"))
        self.issues_caption.setText(self.tr("Issues received"))
        labels = {"isbn": self.tr("ISBN"), "author": self.tr("Author"), "publisher": self.tr("Publisher"),
                  "year": self.tr("Year"), "price": self.tr("Price"), "clc": self.tr("Class"),
                  "subjects": self.tr("Subjects")}
        for name, label in labels.items():
            self._detail_labels[name].setText(label)
        self.titles.retranslate()
        self.copies.retranslate()
        if self._current is None:
            self.detail_title.setText(self.tr("Choose a title to see its copies."))

    # -- searching and browsing --------------------------------------------------------------------------
    def refresh(self) -> None:
        self._search_now()

    def _search_now(self) -> None:
        self.search_box.cancel()
        self._generation += 1
        generation, query, app = self._generation, self.search_box.text().strip(), self.ctx.app
        if not query:
            self.ctx.tasks.submit(lambda: (app.catalogue.count_titles(), app.catalogue.list_titles(limit=200)),
                                  on_done=lambda r: self._browsed(generation, r), on_error=self._failed)
        else:
            self.ctx.tasks.submit(lambda: app.catalogue.search(query, limit=SEARCH_LIMIT),
                                  on_done=lambda hits: self._found(generation, hits), on_error=self._failed)

    def _browsed(self, generation: int, result: tuple[int, list[TitleInfo]]) -> None:
        if generation != self._generation:
            return  # the box changed since this was asked
        total, rows = result
        self._copy_found = None
        self.titles.set_rows(rows, total=total)
        self.status.setText(self.tr("{n} titles in the catalogue").format(n=total) if total else
                            self.tr("The catalogue is empty: add a title or import a file."))
        self._reselect(first=True)

    def _fetch(self, offset: int, limit: int) -> None:
        generation, app = self._generation, self.ctx.app
        self.ctx.tasks.submit(lambda: app.catalogue.list_titles(offset=offset, limit=limit),
                              on_done=lambda rows: self.titles.append(rows, offset=offset)
                              if generation == self._generation else None)

    def _found(self, generation: int, hits: list[Hit]) -> None:
        if generation != self._generation:
            return
        self.titles.set_rows([h.title for h in hits])
        self._copy_found = hits[0].copy_code if hits else None
        if not hits:
            self.status.setText(self.tr("Nothing found for “{q}”.").format(q=self.search_box.text().strip()))
        elif hits[0].copy_code:
            self.status.setText(self.tr("Copy {code} of “{title}”").format(code=hits[0].copy_code,
                                                                         title=hits[0].title.title))
        else:
            self.status.setText(self.tr("{n} titles found").format(n=len(hits)))
        self._reselect(first=True)
        self._highlight_copy()

    def _failed(self, exc: BaseException) -> None:
        self.titles.set_rows([])
        self.status.setText(error_text(exc))
        self._show_title(-1)

    def _reselect(self, *, first: bool = False) -> None:
        keep = self._current.id if self._current else None
        for n in range(self.titles.rowCount()):
            if self.titles.row(n).id == keep or (first and n == 0 and keep is None):
                self.table.selectRow(n)
                return
        if first and self.titles.rowCount():
            self.table.selectRow(0)
        elif keep is not None:
            self._show_title(-1)

    # -- the chosen title ----------------------------------------------------------------------------------
    def _show_title(self, row: int) -> None:
        has = 0 <= row < self.titles.rowCount()
        self.edit_button.setEnabled(has)
        self.copies_button.setEnabled(has)
        self._show_issues(None)
        for value in self.detail_values.values():
            value.clear()
        if not has:
            self._current = None
            self.copies.set_rows([])
            self.detail_title.setText(self.tr("Choose a title to see its copies."))
            return
        title_id, app = self.titles.row(row).id, self.ctx.app
        self.ctx.tasks.submit(lambda: (app.catalogue.title(title_id), app.catalogue.issues(title_id)),
                              on_done=self._title_loaded, on_error=self._failed)

    def _show_issues(self, issues: list[IssueInfo] | None) -> None:
        for widget in (self.issues_caption, self.issues_list, self.issue_button):
            widget.setVisible(issues is not None)
        self.issues_list.clear()
        for issue in issues or []:
            self.issues_list.addItem(f"{issue.received_on.isoformat()}  {issue.site_code}  {issue.issue}")

    def _title_loaded(self, result: tuple[tuple[TitleInfo, list[CopyInfo]], list[IssueInfo]]) -> None:
        (title, copies), issues = result
        self._show_issues(issues if title.kind is TitleKind.PERIODICAL else None)
        self._current = title
        self.detail_title.setText(title.title)
        values = {"isbn": hyphenated(title.isbn13) if title.isbn13 else "", "author": title.author,
                  "publisher": " ".join(p for p in (title.place, title.publisher) if p), "year": title.year,
                  "price": shown_price(title.price), "clc": title.clc, "subjects": "；".join(title.subjects)}
        for name, value in values.items():
            self.detail_values[name].setText(value)
        self.copies.set_rows(copies)
        empty = self.copies.empty_columns()
        for column in range(self.copies.columnCount()):
            self.copies_view.setColumnHidden(column, column in empty)  # e.g. no shelf marks: no Shelf column
        self.copies_view.resizeColumnsToContents()
        self._room_for_copies()
        self._highlight_copy()

    def _room_for_copies(self) -> None:
        """Widen the detail pane to show every column of the copies (up to half the page), narrowing the list."""
        header = self.copies_view.horizontalHeader()
        wanted = header.length() + self.copies_view.verticalScrollBar().sizeHint().width() + 4 * \
            self.copies_view.frameWidth() + self.detail.layout().contentsMargins().left()
        shown = self.copies_view.viewport().width() if self.copies_view.isVisible() else 0
        list_width, detail_width = self.splitter.sizes()
        grow = min(wanted - detail_width, (list_width + detail_width) // 2 - detail_width)
        if shown and header.length() > shown and grow > 0:
            self.splitter.setSizes([list_width - grow, detail_width + grow])

    def _highlight_copy(self) -> None:
        """Select the copy a search by its code found, once its title's copies are shown."""
        for n in range(self.copies.rowCount()):
            if self.copies.row(n).code == self._copy_found:
                self.copies_view.selectRow(n)
                self.copies_view.scrollTo(self.copies.index(n, 0))
                return

    # -- actions -----------------------------------------------------------------------------------------
    def _open(self, dialog: TitleDialog | CopiesDialog | IssueDialog | ImportWizard) -> None:
        self.dialog = dialog
        self.open_dialog(dialog)

    def _add_title(self) -> None:
        dialog = TitleDialog(self.ctx, None, self)
        dialog.edits["title"].setText(self.search_box.text().strip() if not self.titles.rowCount() else "")
        self._open(dialog)

    def _edit_title(self) -> None:
        if self._current is not None:
            self._open(TitleDialog(self.ctx, self._current, self))

    def _add_copies(self) -> None:
        if self._current is not None:
            self._open(CopiesDialog(self.ctx, self._current, self))

    def _receive_issue(self) -> None:
        if self._current is not None:
            self._open(IssueDialog(self.ctx, self._current, self))

    def _import(self) -> None:
        self._open(ImportWizard(self.ctx, parent=self))

    def _print_labels(self) -> None:
        """Labels for the copies of the title shown (offered first), those never labelled, by date or call number."""
        codes = tuple(self.copies.row(n).code for n in range(self.copies.rowCount())) if self._current else ()
        self.open_dialog(LabelPrintDialog(self.ctx, readers=False, preselect_codes=codes, parent=self))
