"""`app.stocktakes`: count a reading room's shelves (盘点) and report what is missing or out of place.

Each method is one transaction; scanning into a stocktake goes through `app.circulation.scan` in the desk's
stocktake mode.
"""

from __future__ import annotations

from desktop.core.circulation import stocktakes
from desktop.core.circulation.stocktakes import StocktakeInfo, StocktakeReport
from desktop.core.sites import room, site_by_code
from desktop.core.uow import UnitOfWork


class Stocktakes:
    def __init__(self, uow: UnitOfWork) -> None:
        self._uow = uow

    def start(self, *, site_code: str, call_from: str = "", call_to: str = "") -> StocktakeInfo:
        clock = self._uow.clock()
        with self._uow.writing("stocktakes.start") as session:
            return stocktakes.start(session, site=room(session, site_code), call_from=call_from, call_to=call_to,
                                    clock=clock)

    def current(self, site_code: str) -> StocktakeInfo | None:
        """The room's open stocktake, to resume (its scans are all in the database)."""
        with self._uow.reading() as session:
            return stocktakes.current(session, room(session, site_code))

    def get(self, stocktake_id: int) -> StocktakeInfo:
        with self._uow.reading() as session:
            return stocktakes.get(session, stocktake_id)

    def report(self, stocktake_id: int) -> StocktakeReport:
        clock = self._uow.clock()
        with self._uow.reading() as session:
            return stocktakes.report(session, stocktake_id, clock)

    def finish(self, stocktake_id: int) -> StocktakeReport:
        clock = self._uow.clock()
        with self._uow.writing("stocktakes.finish") as session:
            return stocktakes.finish(session, stocktake_id, clock)

    def cancel(self, stocktake_id: int) -> StocktakeInfo:
        clock = self._uow.clock()
        with self._uow.writing("stocktakes.cancel") as session:
            return stocktakes.cancel(session, stocktake_id, clock)

    def mark_missing_lost(self, stocktake_id: int) -> int:
        clock = self._uow.clock()
        with self._uow.writing("stocktakes.mark_missing_lost") as session:
            return stocktakes.mark_missing_lost(session, stocktake_id, clock)

    def list_stocktakes(self, *, site_code: str | None = None) -> list[StocktakeInfo]:
        with self._uow.reading() as session:
            return stocktakes.list_stocktakes(session, site_by_code(session, site_code) if site_code else None)
