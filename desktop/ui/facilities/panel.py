"""One site's facilities and what of them falls due, for the station detail view (FacilitiesPanel(ctx, code))."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QSplitter, QVBoxLayout, QWidget

from desktop.core.stations.facilities import FacilityInfo
from desktop.ui.context import UiContext
from desktop.ui.facilities.due import DueCalendar
from desktop.ui.facilities.models import FacilityTableModel
from desktop.ui.facilities.refusals import refusal_text
from desktop.ui.widgets.labels import sentence
from desktop.ui.widgets.tables import table_view


class FacilitiesPanel(QWidget):
    """The facilities of `site_code` (status in colour) above the site's overdue and coming due dates. Double-click
    a row to ask for its facility to be opened (open_requested: the asset tag), e.g. on the facilities page."""

    open_requested = Signal(str)

    def __init__(self, ctx: UiContext, site_code: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.site_code = ctx, site_code
        lang = ctx.translations.language
        self.rows: list[FacilityInfo] | None = None
        self._error = ""
        self.summary = sentence(self)
        self.model = FacilityTableModel(lang)
        self.table = table_view(self.model, self, stretch=6, compact=True)
        self.table.setColumnHidden(1, True)  # the site: it is this one
        self.table.doubleClicked.connect(lambda index: self.open_requested.emit(self.model.row(index.row()).code))
        self.due = DueCalendar(ctx, self, site_code=site_code, lang=lang)
        self.due.open_requested.connect(self.open_requested)
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(self.table)
        split.addWidget(self.due)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.summary)
        layout.addWidget(split, 1)
        ctx.events.changed.connect(self.refresh)
        self.retranslate()
        self.refresh()

    def set_site(self, site_code: str) -> None:
        self.site_code = self.due.fixed_site = site_code
        self.refresh()

    def refresh(self) -> None:
        service, site = self.ctx.app.facilities, self.site_code
        self.ctx.tasks.submit(lambda: service.list(site_code=site), on_done=self._loaded, on_error=self._failed)
        self.due.refresh()

    def _loaded(self, rows: list[FacilityInfo]) -> None:
        self.rows, self._error = rows, ""
        self.model.set_rows(rows)
        self._show_summary()

    def _failed(self, exc: BaseException) -> None:
        self._error = refusal_text(exc)
        self._show_summary()

    def retranslate(self) -> None:
        self.model.retranslate()
        self.due.retranslate()
        self._show_summary()

    def _show_summary(self) -> None:
        if self._error:
            self.summary.setText(self._error)
        elif self.rows is None:
            self.summary.setText(self.tr("Loading…"))
        elif not self.rows:
            self.summary.setText(self.tr("No facilities are registered at this site yet."))
        else:
            broken = [f.kind_name(self.model.lang) for f in self.rows if f.status.value in ("broken", "repairing")]
            text = self.tr("{n} facilities").format(n=len(self.rows))
            if broken:
                text += self.tr("; not working: {kinds}").format(kinds="、".join(broken))
            self.summary.setText(text)

    def changeEvent(self, event: object) -> None:  # noqa: N802 (Qt override)
        from PySide6.QtCore import QEvent

        if getattr(event, "type", lambda: None)() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)  # type: ignore[arg-type]
