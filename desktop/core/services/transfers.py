"""`app.transfers`: build, send and receive transfers between rooms (调拨) and book boxes (漂流书箱).

Each method is one transaction (writes BEGIN IMMEDIATE); sites are named by their codes; refusals raise their
ShuyiError with nothing changed. Scanning into a transfer goes through `app.circulation.scan` in the desk's
transfer mode.
"""

from __future__ import annotations

import datetime as dt

from desktop.core.circulation import transfer_views, transfers
from desktop.core.circulation.transfer_views import OverdueBox, TransferInfo, TransferKind, TransferReport
from desktop.core.sites import site_by_code
from desktop.core.uow import UnitOfWork


class Transfers:
    def __init__(self, uow: UnitOfWork) -> None:
        self._uow = uow

    def create(self, *, kind: TransferKind, source_code: str, target_code: str, return_by: dt.date | None = None,
               note: str = "") -> TransferInfo:
        clock = self._uow.clock()
        with self._uow.writing("transfers.create") as session:
            return transfers.create(session, kind=kind, source=site_by_code(session, source_code),
                                    target_code=target_code, return_by=return_by, note=note, clock=clock)

    def remove_item(self, transfer_id: int, copy_code: str) -> TransferInfo:
        with self._uow.writing("transfers.remove_item") as session:
            return transfers.remove_item(session, transfer_id, copy_code)

    def cancel(self, transfer_id: int, *, site_code: str) -> TransferInfo:
        clock = self._uow.clock()
        with self._uow.writing("transfers.cancel") as session:
            return transfers.cancel(session, transfer_id, here=site_by_code(session, site_code), clock=clock)

    def send(self, transfer_id: int, *, site_code: str) -> TransferInfo:
        clock = self._uow.clock()
        with self._uow.writing("transfers.send") as session:
            return transfers.send(session, transfer_id, here=site_by_code(session, site_code), clock=clock)

    def finish_receive(self, transfer_id: int, *, site_code: str) -> TransferReport:
        """Close the receipt of a sent transfer after scanning what came (copies not scanned are missing)."""
        clock = self._uow.clock()
        with self._uow.writing("transfers.finish_receive") as session:
            return transfers.finish_receive(session, transfer_id, here=site_by_code(session, site_code), clock=clock)

    def receive_all(self, transfer_id: int, *, site_code: str) -> TransferReport:
        """Receive a whole transfer without scanning (a work site without a desk confirms a book box came)."""
        clock = self._uow.clock()
        with self._uow.writing("transfers.receive_all") as session:
            return transfers.receive_all(session, transfer_id, here=site_by_code(session, site_code), clock=clock)

    def return_box(self, transfer_id: int, *, site_code: str) -> TransferInfo:
        """The open book box that brings a received box's copies home, filled with those still there."""
        clock = self._uow.clock()
        with self._uow.writing("transfers.return_box") as session:
            return transfers.return_box(session, transfer_id, here=site_by_code(session, site_code), clock=clock)

    def get(self, transfer_id: int) -> TransferInfo:
        with self._uow.reading() as session:
            return transfer_views.get(session, transfer_id)

    def report(self, transfer_id: int) -> TransferReport:
        with self._uow.reading() as session:
            return transfer_views.report(session, transfer_id)

    def list_transfers(self, *, site_code: str | None = None, include_done: bool = False,
                       kind: TransferKind | None = None) -> list[TransferInfo]:
        with self._uow.reading() as session:
            site = site_by_code(session, site_code) if site_code else None
            return transfer_views.list_transfers(session, site=site, include_done=include_done, kind=kind)

    def overdue_boxes(self) -> list[OverdueBox]:
        clock = self._uow.clock()
        with self._uow.reading() as session:
            return transfer_views.overdue_boxes(session, clock)
