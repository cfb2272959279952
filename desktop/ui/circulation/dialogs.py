"""Reserve a title for the reader at the desk: find it as in the catalogue, then place the hold here.

The search runs through the core on the task runner; the hold too. A refusal (a copy is on the shelf here, the
reader already has it) stays in the dialog with its reason, and nothing is changed.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from desktop.core.circulation.results import ScanResult
from desktop.core.i18n import QT_TRANSLATE_NOOP
from desktop.core.search import Hit
from desktop.ui.context import UiContext, error_text
from desktop.ui.table_model import RowTableModel
from desktop.ui.widgets.labels import I18N_SKIP, say, sentence
from desktop.ui.widgets.search_box import SearchBox
from desktop.ui.widgets.tables import table_view

SEARCH_LIMIT = 50


class HitTableModel(RowTableModel[Hit]):
    """Titles found: title, author and how many copies the catalogue has."""

    CONTEXT = "ReserveDialog"
    HEADERS = (QT_TRANSLATE_NOOP("ReserveDialog", "Title"), QT_TRANSLATE_NOOP("ReserveDialog", "Author"),
               QT_TRANSLATE_NOOP("ReserveDialog", "Copies"))
    TITLE, AUTHOR, COPIES = range(3)
    NUMERIC = frozenset({COPIES})

    def cell(self, hit: Hit, column: int) -> Any:
        return (hit.title.title, hit.title.author, str(hit.title.copies))[column]


class ReserveDialog(QDialog):
    reserved = Signal(object)
    """The ScanResult of the hold placed (or of an existing one)."""

    def __init__(self, ctx: UiContext, *, reader_id: int, reader_name: str, site_code: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.reader_id, self.reader_name, self.site_code = reader_id, reader_name, site_code
        self.hits: list[Hit] = []
        self._request = 0
        self.setMinimumSize(560, 380)
        self.intro = sentence(self)
        self.intro.setProperty(I18N_SKIP, True)  # names the reader
        self.search = SearchBox(self)
        self.search.setObjectName("reserveSearch")
        self.search.search.connect(lambda _query: self.find())
        self.model = HitTableModel()
        self.results = table_view(self.model, self, stretch=HitTableModel.TITLE, compact=True)
        self.results.selectionModel().selectionChanged.connect(lambda *_: self._update())
        self.results.doubleClicked.connect(lambda _index: self.reserve())
        self.message = sentence(self)
        self.message.setProperty(I18N_SKIP, True)
        self.message.hide()
        self.reserve_button = QPushButton(self)
        self.reserve_button.setDefault(True)
        self.reserve_button.clicked.connect(self.reserve)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.message, 1)
        row.addWidget(self.reserve_button)
        row.addWidget(self.buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.search)
        layout.addWidget(self.results, 1)
        layout.addLayout(row)
        self.retranslate()
        self._update()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Reserve a title"))
        self.intro.setText(self.tr("Reserve a title for {name}, to collect at {room}. Search by title, author, "
                                   "ISBN or call number:").format(name=self.reader_name, room=self.site_code))
        self.search.setPlaceholderText(self.tr("Title, author, ISBN or call number"))
        self.model.retranslate()
        self.reserve_button.setText(self.tr("Reserve"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def find(self) -> None:
        self.search.cancel()
        query = self.search.query()
        self._request += 1
        request = self._request
        if not query:
            self._show_hits(request, [])
            return
        app = self.ctx.app
        self.ctx.tasks.submit(lambda: app.catalogue.search(query, limit=SEARCH_LIMIT),
                              on_done=lambda hits: self._show_hits(request, hits),
                              on_error=lambda exc: self._say(error_text(exc), error=True))

    def _show_hits(self, request: int, hits: list[Hit]) -> None:
        if request != self._request:
            return
        self.hits = hits
        self.model.set_rows(hits)
        if hits:
            self.results.selectRow(0)
        self._say(self.tr("No title matches this search.") if not hits and self.search.query() else "")
        self._update()

    def _update(self) -> None:
        self.reserve_button.setEnabled(bool(self.results.selectionModel().selectedRows()))

    def selected(self) -> Hit | None:
        rows = self.results.selectionModel().selectedRows()
        return self.hits[rows[0].row()] if rows else None

    def reserve(self) -> None:
        hit = self.selected()
        if hit is None:
            return
        app, reader_id, site = self.ctx.app, self.reader_id, self.site_code
        self.reserve_button.setEnabled(False)
        self.ctx.tasks.submit(lambda: app.circulation.place_hold(reader_id, hit.title.id, site_code=site),
                              on_done=self._reserved, on_error=self._refused)

    def _reserved(self, result: ScanResult) -> None:
        self.reserved.emit(result)
        self.accept()

    def _refused(self, exc: BaseException) -> None:
        self._say(error_text(exc), error=True)
        self._update()

    def _say(self, text: str, *, error: bool = False) -> None:
        say(self.message, text, error=error)
