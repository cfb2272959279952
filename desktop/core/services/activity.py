"""`app.activity`: what stations do and who comes — services held, visitor tallies, the duty roster."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from pathlib import Path

from desktop.core.stations import roster, service_events, visits, visits_import, visits_summary
from desktop.core.stations.roster import RosterCheck, ShiftInfo
from desktop.core.stations.service_events import CategoryTotal, NewService, ServiceInfo
from desktop.core.stations.visits import DayTally, Grouping, OccupationTotal, PeriodTotal
from desktop.core.stations.visits_import import VisitImport
from desktop.core.stations.visits_summary import StationActivity
from desktop.core.uow import UnitOfWork


class Activity:
    def __init__(self, uow: UnitOfWork) -> None:
        self._uow = uow

    # -- services ----------------------------------------------------------------------------------------------
    def add_service(self, new: NewService) -> ServiceInfo:
        today = self._uow.clock().today
        with self._uow.writing("activity.add_service") as session:
            return service_events.add_service(session, new, today=today)

    def services(self, *, site_code: str | None = None, category: str | None = None, start: dt.date | None = None,
                 end: dt.date | None = None, limit: int | None = None) -> list[ServiceInfo]:
        with self._uow.reading() as session:
            return service_events.list_services(session, site_code=site_code, category=category, start=start,
                                                end=end, limit=limit)

    def service_totals(self, *, site_code: str | None = None, category: str | None = None,
                       start: dt.date | None = None, end: dt.date | None = None) -> list[CategoryTotal]:
        with self._uow.reading() as session:
            return service_events.totals_by_category(session, site_code=site_code, category=category, start=start,
                                                     end=end)

    # -- visitors ----------------------------------------------------------------------------------------------
    def tally(self, site_code: str, day: dt.date, counts: Mapping[str, int], *, replace: bool = False) -> DayTally:
        """Add 人次 by occupation to a station's day (with `replace`, set the day's figures instead)."""
        today = self._uow.clock().today
        with self._uow.writing("activity.tally") as session:
            return visits.tally(session, site_code, day, counts, today=today, replace=replace)

    def day_tally(self, site_code: str, day: dt.date) -> DayTally:
        with self._uow.reading() as session:
            return visits.day_tally(session, site_code, day)

    def visit_totals(self, *, by: Grouping = "day", site_code: str | None = None, start: dt.date | None = None,
                     end: dt.date | None = None) -> list[PeriodTotal]:
        with self._uow.reading() as session:
            return visits.period_totals(session, by=by, site_code=site_code, start=start, end=end)

    def occupation_totals(self, *, site_code: str | None = None, start: dt.date | None = None,
                          end: dt.date | None = None) -> list[OccupationTotal]:
        with self._uow.reading() as session:
            return visits.occupation_totals(session, site_code=site_code, start=start, end=end)

    def import_visits(self, path: Path, *, site_code: str = "") -> VisitImport:
        """Counts from a CSV/XLSX file, good rows in and bad ones listed, in one transaction."""
        today = self._uow.clock().today
        with self._uow.writing("activity.import_visits") as session:
            return visits_import.import_visits(session, Path(path), site_code=site_code, today=today)

    # -- the duty roster ---------------------------------------------------------------------------------------
    def add_shifts(self, site_code: str, days: str, time: str, person: str) -> list[ShiftInfo]:
        with self._uow.writing("activity.add_shifts") as session:
            return roster.add_shifts(session, site_code, days, time, person)

    def remove_shift(self, site_code: str, shift_id: int) -> ShiftInfo:
        with self._uow.writing("activity.remove_shift") as session:
            return roster.remove_shift(session, site_code, shift_id)

    def shifts(self, site_code: str) -> list[ShiftInfo]:
        with self._uow.reading() as session:
            return roster.list_shifts(session, site_code)

    def check_roster(self, site_code: str) -> RosterCheck:
        with self._uow.reading() as session:
            return roster.check_roster(session, site_code)

    # -- the station's detail view -----------------------------------------------------------------------------
    def station_summary(self, site_code: str) -> StationActivity:
        """This year's services by category, twelve months of visitors by month and occupation, the roster's gaps."""
        today = self._uow.clock().today
        with self._uow.reading() as session:
            return visits_summary.station_activity(session, site_code, today=today)
