"""Making a transfer or a book box, and the report of one received here."""

from __future__ import annotations

from PySide6.QtCore import QDate, QEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QLineEdit,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.core.circulation.transfer_views import TransferKind, TransferReport
from desktop.core.sites import SiteInfo, SiteKind
from desktop.ui.circulation.transfers.models import TransferLineModel
from desktop.ui.context import UiContext
from desktop.ui.widgets.form_dialog import FormDialog
from desktop.ui.widgets.labels import I18N_SKIP, sentence
from desktop.ui.widgets.tables import table_view

BOX_DAYS = 90
"""A new book box's return date is offered this many days ahead."""

class NewTransferDialog(FormDialog):
    """Where a transfer (a reading room) or a book box (a room or a work site, back by a date) goes."""

    def __init__(self, ctx: UiContext, *, kind: TransferKind, site_code: str, sites: list[SiteInfo],
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.kind, self.site_code = kind, site_code
        self.box_kind = kind is TransferKind.BOOK_BOX
        self.target_combo = QComboBox(self)
        self.target_combo.setProperty(I18N_SKIP, True)  # site codes and names are data
        for site in sites:
            if site.active and site.code != site_code and (self.box_kind or site.kind is SiteKind.READING_ROOM):
                self.target_combo.addItem(f"{site.code} {site.name}", site.code)
        self.return_edit = QDateEdit(self)
        self.return_edit.setCalendarPopup(True)
        self.return_edit.setDisplayFormat("yyyy-MM-dd")
        self.return_edit.setMinimumDate(QDate.currentDate().addDays(1))
        self.return_edit.setDate(QDate.currentDate().addDays(BOX_DAYS))
        self.note_edit = QLineEdit(self)
        self.note_edit.setMaxLength(200)
        self.add_row(self.target_combo)
        if self.box_kind:
            self.add_row(self.return_edit)
        else:
            self.return_edit.hide()
        self.add_row(self.note_edit)
        self.ok_button.setEnabled(self.target_combo.count() > 0)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("New book box") if self.box_kind else self.tr("New transfer"))
        self.intro.setText(
            self.tr("A book box lends copies of {room} to another room or a work site until its return date. "
                    "Next, scan the copies to put in it.").format(room=self.site_code) if self.box_kind else
            self.tr("A transfer moves copies of {room} to another reading room for good. Next, scan the copies "
                    "to send.").format(room=self.site_code))
        for field, text in ((self.target_combo, self.tr("&Destination")), (self.return_edit, self.tr("&Return by")),
                            (self.note_edit, self.tr("&Note"))):
            label = self.form.labelForField(field)
            if label is not None:
                label.setText(text)
        self.note_edit.setPlaceholderText(self.tr("Optional: what it is for"))
        self.ok_button.setText(self.tr("Create and scan copies"))

    def accept_input(self) -> None:
        target = self.target_combo.currentData()
        returns = self.return_edit.date().toPython() if self.box_kind else None
        transfers, kind, source, note = self.ctx.app.transfers, self.kind, self.site_code, self.note_edit.text()
        if target:
            self.submit(lambda: transfers.create(kind=kind, source_code=source, target_code=target, return_by=returns,
                                                 note=note))


class TransferReportDialog(QDialog):
    """What came in a transfer received here, what never came and what came unasked."""

    def __init__(self, report: TransferReport, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.report = report
        self.resize(720, 460)
        self.summary = sentence(self)
        self.summary.setProperty(I18N_SKIP, True)  # names a room
        self.tabs = QTabWidget(self)
        self.lists: dict[str, TransferLineModel] = {}
        for key in ("missing", "unexpected", "received"):
            self.lists[key] = model = TransferLineModel(report.transfer.status.value)
            model.set_rows(getattr(report, key))
            self.tabs.addTab(table_view(model, self.tabs, compact=True, stretch=TransferLineModel.TITLE), "")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(buttons)
        self.retranslate()

    def retranslate(self) -> None:
        t, report = self.report.transfer, self.report
        self.setWindowTitle(self.tr("Transfer {id} received").format(id=t.id))
        self.summary.setText(self.tr("{received} of {copies} copies sent from {source} came; {missing} did not "
                                     "(they stay in transit: trace them); {unexpected} came unasked (set them "
                                     "aside).").format(received=len(report.received), copies=t.copies,
                                                       source=t.from_code, missing=len(report.missing),
                                                       unexpected=len(report.unexpected)))
        titles = {"missing": self.tr("Missing ({n})"), "unexpected": self.tr("Came unasked ({n})"),
                  "received": self.tr("Received ({n})")}
        for n, (key, model) in enumerate(self.lists.items()):
            self.tabs.setTabText(n, titles[key].format(n=model.rowCount()))
            model.retranslate()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
