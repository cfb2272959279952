"""Daily visitor counts (人次) at a station by occupation: tally a day, read it back, total by day, month, occupation.

One row per station × day × occupation. `tally(..., replace=False)` adds to what the day already holds (the
keyboard tally screen and `shuyi visits add` count people as they come); `replace=True` sets the whole day to the
figures given (`visits add --replace`, a correction). A spreadsheet import replaces each figure it holds, so
importing the same file twice changes nothing. A figure of 0 is no row at all.
Only service stations keep visitor counts.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Literal

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from db.bounds import VISITS_A_DAY
from db.models import Site, Term, VisitCount, Vocabulary
from desktop.core import bounded
from desktop.core.i18n import QT_TRANSLATE_NOOP
from desktop.core.i18n import Term as Words
from desktop.core.stations.service_events import recorded_day, station
from desktop.core.stations.terms import resolve

__all__ = ["DayTally", "PeriodTotal", "OccupationTotal", "Grouping", "tally", "day_tally", "period_totals",
           "occupation_totals", "occupation_list", "write_counts", "COUNT_FIELD"]

COUNT_FIELD = Words("Fields", QT_TRANSLATE_NOOP("Fields", "Visitor count"))
Grouping = Literal["day", "month"]


@dataclass(frozen=True)
class DayTally:
    site: str
    day: dt.date
    counts: dict[str, int] = field(default_factory=dict)
    """Occupation key → 人次, only occupations with visitors."""

    @property
    def total(self) -> int:
        return sum(self.counts.values())


@dataclass(frozen=True)
class PeriodTotal:
    site: str
    period: str
    """"2026-05-01" for a day, "2026-05" for a month."""
    counts: dict[str, int]

    @property
    def total(self) -> int:
        return sum(self.counts.values())


@dataclass(frozen=True)
class OccupationTotal:
    occupation: str
    name_zh: str
    name_en: str
    visits: int


def _bounded(count: int) -> int:
    return int(bounded.within(count, VISITS_A_DAY, COUNT_FIELD))


def write_counts(session: Session, site_id: int, day: dt.date, counts: Mapping[int, int], *, replace: bool) -> int:
    """Add to (or with `replace`, set) the figures of occupation ids on one station's day, checked before anything
    is written; returns how many figures changed."""
    existing = {row.occupation_id: row for row in session.scalars(
        select(VisitCount).where(VisitCount.site_id == site_id, VisitCount.day == day))}
    final = {oid: _bounded(n + (0 if replace or oid not in existing else existing[oid].visits))
             for oid, n in counts.items()}
    changed = 0
    for oid, n in final.items():
        row = existing.get(oid)
        if (row.visits if row is not None else 0) == n:
            continue
        changed += 1
        if n == 0:
            session.delete(row)
        elif row is None:
            session.add(VisitCount(site_id=site_id, day=day, occupation_id=oid, visits=n))
        else:
            row.visits = n
    session.flush()
    return changed


def tally(session: Session, site_code: str, day: dt.date, counts: Mapping[str, int], *, today: dt.date,
          replace: bool = False) -> DayTally:
    """Record 人次 by occupation (any name of an occupation term) for a station's day; returns the whole day."""
    site = station(session, site_code)
    recorded_day(day, today)
    by_id: dict[int, int] = {}
    for name, count in counts.items():
        if count < 0:
            _bounded(count)
        term = resolve(session, Vocabulary.OCCUPATION, name)
        by_id[term.id] = by_id.get(term.id, 0) + count
    if replace:  # the day's figures become these: an occupation not named has no visitors that day
        named = by_id.copy()
        by_id = dict.fromkeys(session.scalars(select(VisitCount.occupation_id).where(
            VisitCount.site_id == site.id, VisitCount.day == day)), 0)
        by_id.update(named)
    write_counts(session, site.id, day, by_id, replace=replace)
    return day_tally(session, site.code, day)


def day_tally(session: Session, site_code: str, day: dt.date) -> DayTally:
    site = station(session, site_code)
    rows = session.execute(select(Term.key, VisitCount.visits).join(Term, Term.id == VisitCount.occupation_id)
                           .where(VisitCount.site_id == site.id, VisitCount.day == day)
                           .order_by(Term.position, Term.id))
    return DayTally(site=site.code, day=day, counts=dict(rows.all()))


def _where(query: Select, session: Session, site_code: str | None, start: dt.date | None,
           end: dt.date | None) -> Select:
    if site_code:
        query = query.where(VisitCount.site_id == station(session, site_code).id)
    if start is not None:
        query = query.where(VisitCount.day >= start)
    if end is not None:
        query = query.where(VisitCount.day <= end)
    return query


def period_totals(session: Session, *, by: Grouping = "day", site_code: str | None = None,
                  start: dt.date | None = None, end: dt.date | None = None) -> list[PeriodTotal]:
    """人次 per station and day (or month), split by occupation, oldest first."""
    period = VisitCount.day if by == "day" else func.strftime("%Y-%m", VisitCount.day)
    query = (select(Site.code, period, Term.key, func.sum(VisitCount.visits))
             .join(Site, Site.id == VisitCount.site_id).join(Term, Term.id == VisitCount.occupation_id)
             .group_by(Site.code, period, Term.key).order_by(period, Site.code, Term.position))
    found: dict[tuple[str, str], dict[str, int]] = {}
    for code, when, key, n in session.execute(_where(query, session, site_code, start, end)):
        text = when.isoformat() if isinstance(when, dt.date) else str(when)
        found.setdefault((code, text), {})[key] = int(n)
    return [PeriodTotal(site=code, period=when, counts=counts) for (code, when), counts in found.items()]


def occupation_totals(session: Session, *, site_code: str | None = None, start: dt.date | None = None,
                      end: dt.date | None = None) -> list[OccupationTotal]:
    """人次 per occupation over the days asked, every current occupation listed (0 where none came)."""
    query = select(VisitCount.occupation_id, func.sum(VisitCount.visits)).group_by(VisitCount.occupation_id)
    return occupation_list(session, dict(session.execute(_where(query, session, site_code, start, end)).all()))


def occupation_list(session: Session, sums: Mapping[int, int]) -> list[OccupationTotal]:
    """`sums` (occupation id → 人次) in the list's order, every current occupation listed (0 where none came)."""
    terms = session.scalars(select(Term).where(Term.vocabulary == Vocabulary.OCCUPATION)
                            .order_by(Term.position, Term.id))
    return [OccupationTotal(occupation=t.key, name_zh=t.name_zh, name_en=t.name_en, visits=int(sums.get(t.id, 0)))
            for t in terms if sums.get(t.id) or not t.retired]

