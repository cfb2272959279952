"""The room's overdue loans, the longest overdue first; readers named masked (张*丰), as on any list
that others at the desk may see. Printing comes later; the list reloads on request and when shown."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from desktop.core.circulation.panel import LoanLine
from desktop.ui.circulation.tables import OverdueTableModel
from desktop.ui.context import UiContext, error_text
from desktop.ui.widgets.labels import ERROR_STYLE, sentence
from desktop.ui.widgets.tables import table_view


class OverdueTab(QWidget):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.site_code: str | None = None
        self.loaded_for: str | None = None
        self._request = 0
        self._error: str | None = None
        self.model = OverdueTableModel()
        self.view = table_view(self.model, self, stretch=OverdueTableModel.TITLE, compact=True)
        self.count = sentence(self)
        self.refresh_button = QPushButton(self)
        self.refresh_button.clicked.connect(self.load)
        row = QHBoxLayout()
        row.addWidget(self.count, 1)
        row.addWidget(self.refresh_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addLayout(row)
        layout.addWidget(self.view, 1)
        self.retranslate()

    def set_site(self, site_code: str | None) -> None:
        self.site_code = site_code
        if self.isVisible():
            self.load()

    def load(self) -> None:
        site = self.site_code
        self._request += 1
        request = self._request
        if not site:
            self._loaded(request, site, [])
            return
        circulation = self.ctx.app.circulation
        self.ctx.tasks.submit(lambda: circulation.loans(site_code=site, overdue=True),
                              on_done=lambda rows: self._loaded(request, site, rows),
                              on_error=lambda exc: self._failed(request, exc))

    def _loaded(self, request: int, site: str | None, rows: list[LoanLine]) -> None:
        if request != self._request:
            return
        self._error = None
        self.loaded_for = site
        self.model.set_rows(sorted(rows, key=lambda loan: (-loan.overdue_days, loan.reader_card, loan.copy_code)))
        self.retranslate()

    def _failed(self, request: int, exc: BaseException) -> None:
        if request == self._request:
            self._error = error_text(exc)
            self.retranslate()

    def showEvent(self, event) -> None:  # noqa: ANN001, N802 (Qt override)
        super().showEvent(event)
        self.load()

    def retranslate(self) -> None:
        self.refresh_button.setText(self.tr("Refresh"))
        self.model.retranslate()
        self.count.setStyleSheet(ERROR_STYLE if self._error else "")
        if self._error:
            self.count.setText(self._error)
        elif self.loaded_for is None:
            self.count.setText(self.tr("Overdue loans of the room chosen above."))
        elif self.model.rowCount() == 0:
            self.count.setText(self.tr("No loans lent in {room} are overdue.").format(room=self.loaded_for))
        else:
            self.count.setText(self.tr("{n} overdue loan(s) lent in {room}, the longest overdue first").format(
                n=self.model.rowCount(), room=self.loaded_for))
