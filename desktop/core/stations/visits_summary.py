"""What a station's detail view shows of its activity at a glance: this year's services, twelve months of visitors,
who came, and the roster's gaps."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from db.models import VisitCount
from desktop.core.stations.roster import RosterCheck, check_roster
from desktop.core.stations.service_events import CategoryTotal, station, totals_by_category
from desktop.core.stations.visits import OccupationTotal, occupation_list

__all__ = ["StationActivity", "station_activity", "last_months"]


@dataclass(frozen=True)
class StationActivity:
    site: str
    year: int
    services: tuple[CategoryTotal, ...]
    """This calendar year, per category."""
    months: tuple[tuple[str, int], ...]
    """人次 per month ("2026-05", n) for the twelve months ending with this one, oldest first, 0 where none came."""
    occupations: tuple[OccupationTotal, ...]
    """人次 per occupation over those twelve months."""
    roster: RosterCheck

    @property
    def visits(self) -> int:
        return sum(n for _month, n in self.months)


def last_months(today: dt.date, count: int = 12) -> list[str]:
    """The `count` months ending with today's, oldest first, as "YYYY-MM"."""
    index = today.year * 12 + today.month - 1
    return [f"{i // 12:04d}-{i % 12 + 1:02d}" for i in range(index - count + 1, index + 1)]


def station_activity(session: Session, site_code: str, *, today: dt.date) -> StationActivity:
    site = station(session, site_code)
    months = last_months(today)
    first = dt.date.fromisoformat(months[0] + "-01")
    month = func.strftime("%Y-%m", VisitCount.day)
    by_month: dict[str, int] = {}
    by_occupation: dict[int, int] = {}
    for when, occupation, n in session.execute(  # one pass over the year's rows for both figures
            select(month, VisitCount.occupation_id, func.sum(VisitCount.visits))
            .where(VisitCount.site_id == site.id, VisitCount.day >= first, VisitCount.day <= today)
            .group_by(month, VisitCount.occupation_id)):
        by_month[when] = by_month.get(when, 0) + int(n)
        by_occupation[occupation] = by_occupation.get(occupation, 0) + int(n)
    return StationActivity(
        site=site.code, year=today.year,
        services=tuple(totals_by_category(session, site_code=site.code, start=dt.date(today.year, 1, 1), end=today)),
        months=tuple((m, by_month.get(m, 0)) for m in months),
        occupations=tuple(occupation_list(session, by_occupation)),
        roster=check_roster(session, site.code))
