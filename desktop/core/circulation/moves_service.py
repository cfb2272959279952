"""Transfers, book boxes and stocktakes on an open database: `app.transfers` and `app.stocktakes`.

Each method is one transaction (writes BEGIN IMMEDIATE); sites are named by their codes; refusals raise their
ShuyiError with nothing changed. Scanning into a transfer or a stocktake goes through `app.circulation.scan` in
the desk's transfer or stocktake mode.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from db.base import utcnow
from desktop.core.catalogue import room, site_by_code
from desktop.core.circulation import stocktakes, transfers
from desktop.core.circulation.lending import Clock
from desktop.core.circulation.stocktakes import StocktakeInfo, StocktakeReport
from desktop.core.circulation.transfers import OverdueBox, TransferInfo, TransferKind, TransferReport

if TYPE_CHECKING:
    from desktop.core.app import Shuyi


def _clock(now: dt.datetime | None) -> Clock:
    return Clock(now or utcnow())


class Transfers:
    """`app.transfers`: build, send and receive transfers between rooms (调拨) and book boxes (漂流书箱)."""

    def __init__(self, app: Shuyi) -> None:
        self._app = app

    def create(self, *, kind: TransferKind, source_code: str, target_code: str, return_by: dt.date | None = None,
               note: str = "", now: dt.datetime | None = None) -> TransferInfo:
        with self._app._writing() as session:
            return transfers.create(session, kind=kind, source=site_by_code(session, source_code),
                                    target_code=target_code, return_by=return_by, note=note, clock=_clock(now))

    def remove_item(self, transfer_id: int, copy_code: str) -> TransferInfo:
        with self._app._writing() as session:
            return transfers.remove_item(session, transfer_id, copy_code)

    def cancel(self, transfer_id: int, *, site_code: str, now: dt.datetime | None = None) -> TransferInfo:
        with self._app._writing() as session:
            return transfers.cancel(session, transfer_id, here=site_by_code(session, site_code), clock=_clock(now))

    def send(self, transfer_id: int, *, site_code: str, now: dt.datetime | None = None) -> TransferInfo:
        with self._app._writing() as session:
            return transfers.send(session, transfer_id, here=site_by_code(session, site_code), clock=_clock(now))

    def finish_receive(self, transfer_id: int, *, site_code: str, now: dt.datetime | None = None) -> TransferReport:
        """Close the receipt of a sent transfer after scanning what came (copies not scanned are missing)."""
        with self._app._writing() as session:
            return transfers.finish_receive(session, transfer_id, here=site_by_code(session, site_code),
                                            clock=_clock(now))

    def receive_all(self, transfer_id: int, *, site_code: str, now: dt.datetime | None = None) -> TransferReport:
        """Receive a whole transfer without scanning (a work site without a desk confirms a book box came)."""
        with self._app._writing() as session:
            return transfers.receive_all(session, transfer_id, here=site_by_code(session, site_code),
                                         clock=_clock(now))

    def return_box(self, transfer_id: int, *, site_code: str, now: dt.datetime | None = None) -> TransferInfo:
        """The open book box that brings a received box's copies home, filled with those still there."""
        with self._app._writing() as session:
            return transfers.return_box(session, transfer_id, here=site_by_code(session, site_code),
                                        clock=_clock(now))

    def get(self, transfer_id: int) -> TransferInfo:
        with self._app._reading() as session:
            return transfers.get(session, transfer_id)

    def report(self, transfer_id: int) -> TransferReport:
        with self._app._reading() as session:
            return transfers.report(session, transfer_id)

    def list_transfers(self, *, site_code: str | None = None, include_done: bool = False,
                       kind: TransferKind | None = None) -> list[TransferInfo]:
        with self._app._reading() as session:
            site = site_by_code(session, site_code) if site_code else None
            return transfers.list_transfers(session, site=site, include_done=include_done, kind=kind)

    def overdue_boxes(self, *, now: dt.datetime | None = None) -> list[OverdueBox]:
        with self._app._reading() as session:
            return transfers.overdue_boxes(session, _clock(now))


class Stocktakes:
    """`app.stocktakes`: count a reading room's shelves (盘点) and report what is missing or out of place."""

    def __init__(self, app: Shuyi) -> None:
        self._app = app

    def start(self, *, site_code: str, call_from: str = "", call_to: str = "",
              now: dt.datetime | None = None) -> StocktakeInfo:
        with self._app._writing() as session:
            return stocktakes.start(session, site=room(session, site_code), call_from=call_from, call_to=call_to,
                                    clock=_clock(now))

    def current(self, site_code: str) -> StocktakeInfo | None:
        """The room's open stocktake, to resume (its scans are all in the database)."""
        with self._app._reading() as session:
            return stocktakes.current(session, room(session, site_code))

    def get(self, stocktake_id: int) -> StocktakeInfo:
        with self._app._reading() as session:
            return stocktakes.get(session, stocktake_id)

    def report(self, stocktake_id: int, *, now: dt.datetime | None = None) -> StocktakeReport:
        with self._app._reading() as session:
            return stocktakes.report(session, stocktake_id, _clock(now))

    def finish(self, stocktake_id: int, *, now: dt.datetime | None = None) -> StocktakeReport:
        with self._app._writing() as session:
            return stocktakes.finish(session, stocktake_id, _clock(now))

    def cancel(self, stocktake_id: int, *, now: dt.datetime | None = None) -> StocktakeInfo:
        with self._app._writing() as session:
            return stocktakes.cancel(session, stocktake_id, _clock(now))

    def mark_missing_lost(self, stocktake_id: int, *, now: dt.datetime | None = None) -> int:
        with self._app._writing() as session:
            return stocktakes.mark_missing_lost(session, stocktake_id, _clock(now))

    def list_stocktakes(self, *, site_code: str | None = None) -> list[StocktakeInfo]:
        with self._app._reading() as session:
            return stocktakes.list_stocktakes(session, site_by_code(session, site_code) if site_code else None)
