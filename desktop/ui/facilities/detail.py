"""The detail pane of one facility: what it is, its status history, its maintenance log and what of it falls due."""

from __future__ import annotations

from html import escape

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from desktop.core.stations.facilities_detail import FacilityDetail
from desktop.ui.facilities.models import (
    DueTableModel,
    HistoryTableModel,
    RecordTableModel,
    kind_text,
    source_text,
    status_text,
)
from desktop.ui.widgets.dates import day
from desktop.ui.widgets.labels import data_label
from desktop.ui.widgets.tables import table_view


class FacilityDetailView(QWidget):
    def __init__(self, parent: QWidget | None = None, *, lang: str = "zh_CN") -> None:
        super().__init__(parent)
        self.detail: FacilityDetail | None = None
        self.lang = lang
        self.summary = data_label(self)
        self.summary.setMinimumWidth(260)
        self.history = HistoryTableModel()
        self.records = RecordTableModel()
        self.due = DueTableModel(lang, with_site=False)
        self.tabs = QTabWidget(self)
        self.history_view = table_view(self.history, self, stretch=2, compact=True)
        self.records_view = table_view(self.records, self, stretch=1, compact=True)
        self.due_view = table_view(self.due, self, stretch=5, compact=True)
        for view in (self.history_view, self.records_view, self.due_view):
            self.tabs.addTab(view, "")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.summary)
        layout.addWidget(self.tabs, 1)
        self.retranslate()
        self.show_detail(None)

    def retranslate(self) -> None:
        self.tabs.setTabText(0, self.tr("Status history"))
        self.tabs.setTabText(1, self.tr("Maintenance log"))
        self.tabs.setTabText(2, self.tr("Plans and expiry dates"))
        for model in (self.history, self.records, self.due):
            model.retranslate()
        self.show_detail(self.detail)

    def show_detail(self, detail: FacilityDetail | None) -> None:
        self.detail = detail
        self.tabs.setVisible(detail is not None)
        if detail is None:
            self.summary.setText(self.tr("Choose a facility, or scan its asset tag, to see its history here."))
            for model in (self.history, self.records, self.due):
                model.set_rows([])
            return
        f = detail.facility
        lines = [
            f"<b style='font-size:15px'>{escape(kind_text(f.kind_zh, f.kind_en, self.lang))}</b> &nbsp; "
            f"<span style='font-family:monospace'>{escape(f.code)}</span>",
            escape(f"{f.site_code} {f.site_name}"),
            self.tr("Status: {status} since {since}").format(status=escape(status_text(f.status)),
                                                              since=day(f.status_since)),
        ]
        if f.quantity > 1:
            lines.append(self.tr("Quantity: {n}").format(n=f.quantity))
        made = " ".join(filter(None, (f.brand, f.model, f.serial_no)))
        if made:
            lines.append(escape(made))
        if f.acquired_on or f.source:
            lines.append(self.tr("Acquired {on} {source}").format(on=day(f.acquired_on),
                                                                  source=escape(source_text(f.source))).strip())
        if f.note:
            lines.append(escape(f.note))
        self.summary.setText("<br>".join(lines))
        self.history.set_rows(list(reversed(detail.history)))
        self.records.set_rows(detail.records)
        self.due.set_rows(detail.due)
        self.tabs.setTabText(1, self.tr("Maintenance log ({n})").format(n=len(detail.records)))
        self.tabs.setTabText(2, self.tr("Plans and expiry dates ({n})").format(n=len(detail.due)))

