"""Transfers between rooms (调拨) and book boxes (漂流书箱) of the desk's room: make one, scan copies into it at the
desk, send it, receive it by scanning at the other end, see what never came, and bring a book box back.

A work site (service station) has no desk: a box sent there is confirmed from here on its behalf, and the box
that brings it back is sent from here too.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QPushButton,
    QWidget,
)

from desktop.core.circulation.dispatch import Mode
from desktop.core.circulation.results import Action
from desktop.core.circulation.transfer_views import OverdueBox, TransferInfo, TransferKind, TransferReport
from desktop.core.sites import SiteInfo, SiteKind
from desktop.ui.circulation.transfers.dialogs import NewTransferDialog, TransferReportDialog
from desktop.ui.circulation.transfers.models import STATUS_LABELS, TransferLineModel, TransferTableModel
from desktop.ui.context import UiContext
from desktop.ui.widgets.confirm import ask
from desktop.ui.widgets.desk_tab import DeskTab
from desktop.ui.widgets.dialogs import open_dialog
from desktop.ui.widgets.labels import ERROR_STYLE, data_label
from desktop.ui.widgets.tables import table_view


class TransfersTab(DeskTab):
    SCANS = frozenset({Action.TRANSFER_ADD, Action.TRANSFER_RECEIVE})
    ACTIONS = ("scan", "remove", "send", "cancel", "receive", "confirm", "finish", "return", "desk")

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.sites: dict[str, SiteInfo] = {}
        self.overdue: list[OverdueBox] = []
        self.shown: TransferInfo | None = None
        self.wanted: int | None = None
        """The transfer to show: chosen in the list (or just made), perhaps still loading."""
        self.dialog: NewTransferDialog | None = None
        self.report_dialog: TransferReportDialog | None = None
        self.model = TransferTableModel()
        self.lines = TransferLineModel()
        self.new_button = QPushButton(self)
        self.box_button = QPushButton(self)
        self.refresh_button = QPushButton(self)
        self.new_button.clicked.connect(lambda: self.new_transfer(TransferKind.TRANSFER))
        self.box_button.clicked.connect(lambda: self.new_transfer(TransferKind.BOOK_BOX))
        self.refresh_button.clicked.connect(self.reload)
        self.done_check = QCheckBox(self)
        self.done_check.toggled.connect(lambda _on: self.reload())
        self.overdue_note = data_label(self)  # names rooms
        self.overdue_note.setStyleSheet(ERROR_STYLE)
        self.view = table_view(self.model, self, compact=True, stretch=TransferTableModel.NOTE)
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._selected())
        self.heading = data_label(self)
        self.buttons = {key: QPushButton(self) for key in self.ACTIONS}
        for key, button in self.buttons.items():
            button.clicked.connect(getattr(self, f"do_{key}"))
        self.items_view = table_view(self.lines, self, compact=True, stretch=TransferLineModel.TITLE)
        self.items_view.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        top = QHBoxLayout()
        actions = QHBoxLayout()
        for widget in (self.new_button, self.box_button, self.done_check):
            top.addWidget(widget)
        top.addStretch(1)
        top.addWidget(self.refresh_button)
        for button in self.buttons.values():
            actions.addWidget(button)
        actions.addStretch(1)
        self.lay_out_panes((top, self.overdue_note, self.view),
                           (self.heading, self.mode_note, actions, self.items_view), grow=(self.view, self.items_view))
        self.retranslate()

    # -- loading -----------------------------------------------------------------------------------------------
    def clear(self) -> None:
        self.shown = self.wanted = None
        self.model.set_rows([])
        self._show(None)

    def reload(self) -> None:
        site, done, wanted, app = self.site_code, self.done_check.isChecked(), self.wanted, self.ctx.app
        if not site:
            return

        def job() -> tuple[list[SiteInfo], list[TransferInfo], list[OverdueBox], TransferInfo | None]:
            found = [t for t in app.transfers.list_transfers(site_code=site, include_done=done)
                     if t.kind is not TransferKind.TRANSIT]  # single copies on their way: the desk's business
            boxes = [b for b in app.transfers.overdue_boxes() if site in (b.transfer.from_code, b.transfer.to_code)]
            return app.sites.list_sites(), found, boxes, app.transfers.get(wanted) if wanted is not None else None

        self.load(job, lambda got: self._loaded(*got))

    def _loaded(self, sites: list[SiteInfo], found: list[TransferInfo], boxes: list[OverdueBox],
                shown: TransferInfo | None) -> None:
        self.sites, self.overdue = {s.code: s for s in sites}, boxes
        self.model.set_rows(found)
        if shown is None or shown.id == self.wanted:
            self._show(shown)
        row = self.model.row_of(self.wanted) if self.wanted is not None else None
        if row is not None:
            self.view.selectRow(row)
        self.retranslate()

    def select(self, transfer_id: int) -> None:
        """Show one transfer, loaded afresh, and select its row when it is listed."""
        self.wanted = transfer_id
        transfers = self.ctx.app.transfers
        self.ctx.tasks.submit(lambda: transfers.get(transfer_id), on_error=self.failed,
                              on_done=lambda info: self._show(info) if info.id == self.wanted else None)
        row = self.model.row_of(transfer_id)
        if row is not None:
            self.view.selectRow(row)

    def _selected(self) -> None:
        rows = self.view.selectionModel().selectedRows()
        if rows and self.model.row(rows[0].row()).id != self.wanted:
            self.select(self.model.row(rows[0].row()).id)

    def _show(self, info: TransferInfo | None) -> None:
        self.shown = info
        self.lines.status = info.status.value if info is not None else "open"
        self.lines.set_rows(info.items if info is not None else [])
        self.retranslate()

    # -- what can be done with the transfer shown --------------------------------------------------------------
    def _station(self, code: str) -> bool:
        return code in self.sites and self.sites[code].kind is SiteKind.SERVICE_STATION

    def sending_site(self, t: TransferInfo) -> str | None:
        """Who sends it from here: this room, or a work site sending a book box back to this room."""
        if t.from_code == self.site_code:
            return self.site_code
        return t.from_code if t.to_code == self.site_code and self._station(t.from_code) else None

    def receiving_site(self, t: TransferInfo) -> str | None:
        """Who receives it here: this room, or a work site this room's book box went to."""
        if t.to_code == self.site_code:
            return self.site_code
        return t.to_code if t.from_code == self.site_code and self._station(t.to_code) else None

    def allowed(self) -> dict[str, bool]:
        """The actions that apply to the transfer shown, here (their buttons are shown)."""
        t, here = self.shown, self.site_code
        if t is None or t.kind is TransferKind.TRANSIT:
            return dict.fromkeys(self.ACTIONS, False)
        status, sending, receiving = t.status.value, self.sending_site(t), self.receiving_site(t)
        fill = status == "open" and sending is not None
        return {"scan": status == "open" and t.from_code == here, "remove": fill, "send": fill, "cancel": fill,
                "receive": status == "sent" and t.to_code == here, "finish": status == "sent" and t.to_code == here,
                "confirm": status == "sent" and receiving is not None and receiving != here,
                "return": t.kind is TransferKind.BOOK_BOX and status == "received" and t.return_of is None,
                "desk": False}

    def _update_buttons(self) -> None:
        t, allowed = self.shown, self.allowed()
        allowed["desk"] = self.mode[0] != Mode.DESK.value
        for key, button in self.buttons.items():
            button.setVisible(allowed[key])
        self.buttons["remove"].setEnabled(bool(self.items_view.selectionModel().selectedRows()))
        self.buttons["send"].setEnabled(t is not None and t.copies > 0)
        self.buttons["scan"].setEnabled(t is None or self.scanning(Mode.TRANSFER_BUILD) != t.id)
        self.buttons["receive"].setEnabled(t is None or self.scanning(Mode.TRANSFER_RECEIVE) != t.id)

    # -- actions -----------------------------------------------------------------------------------------------
    def act(self, fn: Any, done: Any, *, leave: int | None = None) -> None:
        """Run an action; once done, the desk stops scanning into transfer `leave` (it takes no more scans)."""
        def finished(value: Any) -> None:
            if leave is not None:
                self.leave_mode_of(leave, Mode.TRANSFER_BUILD, Mode.TRANSFER_RECEIVE)
            done(value)

        self.run(fn, finished)

    def new_transfer(self, kind: TransferKind) -> None:
        if self.site_code:
            self.dialog = NewTransferDialog(self.ctx, kind=kind, site_code=self.site_code,
                                            sites=list(self.sites.values()), parent=self)
            self.dialog.completed.connect(self._created)
            open_dialog(self.ctx, self.dialog)

    def _created(self, info: TransferInfo) -> None:
        self.wanted = info.id
        self._show(info)
        self.say(lambda: self.tr("Transfer {id} to {room} is open: scan the copies to put in it.").format(
            id=info.id, room=info.to_code))
        self.request_mode(Mode.TRANSFER_BUILD, info.id)
        self.reload()

    def do_scan(self) -> None:
        if self.shown is not None:
            self.request_mode(Mode.TRANSFER_BUILD, self.shown.id)

    def do_receive(self) -> None:
        if self.shown is not None:
            self.request_mode(Mode.TRANSFER_RECEIVE, self.shown.id)

    def do_desk(self) -> None:
        self.request_mode(Mode.DESK, None)

    def do_remove(self) -> None:
        rows = self.items_view.selectionModel().selectedRows()
        if self.shown is None or not rows:
            return
        code, tid, transfers = self.lines.row(rows[0].row()).copy_code, self.shown.id, self.ctx.app.transfers
        self.act(lambda: transfers.remove_item(tid, code), lambda info: self.say(
            lambda: self.tr("{code} is out of transfer {id}.").format(code=code, id=info.id)))

    def do_send(self) -> None:
        t = self.shown
        site, transfers = self.sending_site(t) if t is not None else None, self.ctx.app.transfers
        if t is not None and site is not None:
            self.act(lambda: transfers.send(t.id, site_code=site), lambda info: self.say(
                lambda: self.tr("Transfer {id} is sent: {n} copies in transit to {room}.").format(
                    id=info.id, n=info.copies, room=info.to_code)), leave=t.id)

    def do_cancel(self) -> None:
        t = self.shown
        site, transfers = self.sending_site(t) if t is not None else None, self.ctx.app.transfers
        if t is None or site is None or not ask(self, self.tr("Cancel transfer"), self.tr(
                "Cancel transfer {id} to {room}? Its copies stay on the shelf.").format(id=t.id, room=t.to_code)):
            return
        self.act(lambda: transfers.cancel(t.id, site_code=site), lambda info: self.say(
            lambda: self.tr("Transfer {id} is cancelled.").format(id=info.id)), leave=t.id)

    def do_finish(self) -> None:
        t, transfers, site = self.shown, self.ctx.app.transfers, self.site_code
        if t is not None:
            self.act(lambda: transfers.finish_receive(t.id, site_code=site), self._show_report, leave=t.id)

    def do_confirm(self) -> None:
        """A work site has no desk: the librarian confirms for it that the whole box came."""
        t = self.shown
        site, transfers = self.receiving_site(t) if t is not None else None, self.ctx.app.transfers
        if t is None or site is None or not ask(self, self.tr("Confirm arrival"), self.tr(
                "Did all {n} copies of book box {id} reach {site}?").format(n=t.copies, id=t.id, site=site)):
            return
        self.act(lambda: transfers.receive_all(t.id, site_code=site), self._show_report)

    def _show_report(self, report: TransferReport) -> None:
        self.say(lambda: self.tr("Transfer {id} is received: {n} missing.").format(
            id=report.transfer.id, n=len(report.missing)))
        self.report_dialog = TransferReportDialog(report, self)
        open_dialog(self.ctx, self.report_dialog)

    def do_return(self) -> None:
        t, transfers, site = self.shown, self.ctx.app.transfers, self.site_code
        if t is None:
            return

        def made(info: TransferInfo) -> None:
            self.wanted = info.id
            self.say(lambda: self.tr("Book box {id} back to {room} is ready with the {n} copies still at {site}: "
                                     "check them, then send it.").format(id=info.id, room=info.to_code, n=info.copies,
                                                                         site=info.from_code))

        self.act(lambda: transfers.return_box(t.id, site_code=site), made)

    # -- texts -------------------------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.new_button.setText(self.tr("New transfer…"))
        self.box_button.setText(self.tr("New book box…"))
        self.refresh_button.setText(self.tr("Refresh"))
        self.done_check.setText(self.tr("Show received and cancelled"))
        texts = (self.tr("Scan into this transfer"), self.tr("Remove copy"), self.tr("Send"),
                 self.tr("Cancel transfer"), self.tr("Receive by scanning"), self.tr("Confirm arrival"),
                 self.tr("Finish receiving"), self.tr("Bring the box back"), self.tr("Back to lending"))
        for button, text in zip(self.buttons.values(), texts, strict=True):
            button.setText(text)
        self.buttons["confirm"].setToolTip(self.tr("The work site has no desk: receive the whole box for it"))
        self.buttons["return"].setToolTip(self.tr("Make the box that brings these copies home, filled with those "
                                                  "still there"))
        self.model.retranslate()
        self.lines.retranslate()
        late = [self.tr("box {id} at {site}, {days} days late, {n} copies out").format(
            id=b.transfer.id, site=b.transfer.to_code, days=b.days_overdue, n=len(b.outstanding)) for b in self.overdue]
        self.overdue_note.setText(self.tr("Book boxes past their return date: {boxes}").format(boxes="; ".join(late)))
        self.overdue_note.setVisible(bool(late))
        t = self.shown
        if t is None:
            self.heading.setText(self.tr("Select a transfer to see its copies.") if self.site_code
                                 else self.tr("Choose the desk's room first."))
        else:
            what = self.tr("Book box {id}") if t.kind is TransferKind.BOOK_BOX else self.tr("Transfer {id}")
            self.heading.setText(self.tr("{what}: {source} → {target}, {status}, {n} copies").format(
                what=what.format(id=t.id), source=f"{t.from_code} {t.from_name}", target=f"{t.to_code} {t.to_name}",
                status=self.model.tr_(STATUS_LABELS[t.status.value]), n=t.copies))
        building, receiving = self.scanning(Mode.TRANSFER_BUILD), self.scanning(Mode.TRANSFER_RECEIVE)
        box = t is not None and t.kind is TransferKind.BOOK_BOX and t.id in (building, receiving)
        notes = ((self.tr("Scanning into book box {id}: every copy scanned at the desk goes into it."),
                  self.tr("Receiving book box {id}: scan every copy that came, then Finish receiving.")) if box else
                 (self.tr("Scanning into transfer {id}: every copy scanned at the desk goes into it."),
                  self.tr("Receiving transfer {id}: scan every copy that came, then Finish receiving.")))
        self.mode_note.setText(notes[0].format(id=building) if building is not None else
                               notes[1].format(id=receiving) if receiving is not None else "")
        self.mode_note.setVisible(building is not None or receiving is not None)
        self._update_buttons()
        super().retranslate()
