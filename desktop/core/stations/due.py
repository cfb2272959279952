"""The due and overdue calendar: when each maintenance plan is next due and when each open expiry runs out.

- Every N months: N months after the last record of the plan, else N months after the plan's start.
- Before a season: summer work (夏季送清凉: air conditioners, fridges) is due by **1 June** each year, winter work
  (冬季送温暖: heaters) by **1 November**. Work counts for a season from three months before its deadline (from
  1 March, from 1 August) until the next season's window opens, so late work still serves this year's season and
  the next one falls due a year later. With nothing done yet, the first deadline on or after the plan's start.
- Each open expiry (not replaced) is due on its date.
Disabled and scrapped facilities, inactive plans and closed sites drop out.
"""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from db.bounds import Bound
from db.models import Expiry, Facility, MaintenancePlan, MaintenanceRecord, Season, Site, Term
from desktop.core import bounded
from desktop.core.i18n import QT_TRANSLATE_NOOP
from desktop.core.i18n import Term as Words
from desktop.core.sites import site_by_code
from desktop.core.stations.facilities_words import ACTIVE_STATUSES

SEASON_DEADLINES = {Season.SUMMER: (6, 1), Season.WINTER: (11, 1)}
"""(month, day) by which each season's work is due, every year."""
SEASON_WINDOW_MONTHS = 3
"""Season work done from this many months before the deadline counts for that year's season."""
DUE_DAYS = Bound(0, 3660)
"""How far ahead the calendar looks (days)."""
DAYS_FIELD = Words("Fields", QT_TRANSLATE_NOOP("Fields", "Days ahead"))


def add_months(day: dt.date, months: int) -> dt.date:
    """`day` moved by whole months, kept to the month's last day (31 January + 1 month = 28 or 29 February)."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    return dt.date(year, month + 1, min(day.day, calendar.monthrange(year, month + 1)[1]))


def season_deadline(season: Season, year: int) -> dt.date:
    month, day = SEASON_DEADLINES[season]
    return dt.date(year, month, day)


def season_year(season: Season, done_on: dt.date) -> int:
    """The year whose season a piece of work done on `done_on` serves."""
    year = done_on.year
    if done_on < add_months(season_deadline(season, year), -SEASON_WINDOW_MONTHS):
        year -= 1
    return year


def next_due(*, interval_months: int | None, season: Season | None, starts_on: dt.date,
             last_done: dt.date | None) -> dt.date:
    """When a plan is next due, given the date of its last record (None: nothing done for it yet)."""
    if interval_months is not None:
        return add_months(last_done or starts_on, interval_months)
    assert season is not None
    if last_done is not None:
        return season_deadline(season, season_year(season, last_done) + 1)
    first = season_deadline(season, starts_on.year)
    return first if first >= starts_on else season_deadline(season, starts_on.year + 1)


@dataclass(frozen=True)
class DueItem:
    kind: str
    """"plan" (maintenance) or "expiry"."""
    ref_id: int
    """The plan's or the expiry's id."""
    site_code: str
    site_name: str
    facility_code: str
    kind_key: str
    kind_zh: str
    kind_en: str
    what: str
    """The plan's task or the expiring item."""
    due_on: dt.date
    days_left: int
    """Days from today to the due date; negative when overdue."""
    last_done: dt.date | None = None
    interval_months: int | None = None
    season: Season | None = None

    @property
    def overdue(self) -> bool:
        return self.days_left < 0

    def kind_name(self, lang: str) -> str:
        return self.kind_en if lang.startswith("en") and self.kind_en else self.kind_zh


def last_done_by_plan(session: Session, plan_ids: list[int] | None = None) -> dict[int, dt.date]:
    query = (select(MaintenanceRecord.plan_id, func.max(MaintenanceRecord.done_on))
             .where(MaintenanceRecord.plan_id.is_not(None)).group_by(MaintenanceRecord.plan_id))
    if plan_ids is not None:
        query = query.where(MaintenanceRecord.plan_id.in_(plan_ids))
    return {int(plan_id): done for plan_id, done in session.execute(query).all()}


def calendar_items(session: Session, *, today: dt.date, site_code: str = "", days: int | None = 60,
                   facility_id: int | None = None) -> list[DueItem]:
    """Everything overdue and everything due within `days` from today (None: all), by due date, then site and
    tag; for all sites, one site, or one facility."""
    if days is not None:
        bounded.within(days, DUE_DAYS, DAYS_FIELD)
    horizon = today + dt.timedelta(days=days) if days is not None else dt.date.max
    live = [Facility.status.in_(ACTIVE_STATUSES), Site.closed_on.is_(None)]
    if site_code.strip():
        live.append(Facility.site_id == site_by_code(session, site_code).id)
    if facility_id is not None:
        live.append(Facility.id == facility_id)
    plans = session.execute(
        select(MaintenancePlan, Facility.code, Site, Term).join(Facility, MaintenancePlan.facility_id == Facility.id)
        .join(Site, Facility.site_id == Site.id).join(Term, Facility.kind_id == Term.id)
        .where(MaintenancePlan.active.is_(True), *live)).all()
    last = last_done_by_plan(session) if len(plans) > 50 else last_done_by_plan(session, [p.id for p, *_ in plans])
    items: list[DueItem] = []
    for plan, code, site, kind in plans:
        done = last.get(plan.id)
        due = next_due(interval_months=plan.interval_months, season=plan.season, starts_on=plan.starts_on,
                       last_done=done)
        if due <= horizon:
            items.append(DueItem("plan", plan.id, site.code, site.name, code, kind.key, kind.name_zh, kind.name_en,
                                 plan.task, due, (due - today).days, done, plan.interval_months, plan.season))
    expiries = session.execute(
        select(Expiry, Facility.code, Site, Term).join(Facility, Expiry.facility_id == Facility.id)
        .join(Site, Facility.site_id == Site.id).join(Term, Facility.kind_id == Term.id)
        .where(Expiry.replaced_on.is_(None), Expiry.expires_on <= horizon, *live)).all()
    for expiry, code, site, kind in expiries:
        items.append(DueItem("expiry", expiry.id, site.code, site.name, code, kind.key, kind.name_zh, kind.name_en,
                             expiry.item, expiry.expires_on, (expiry.expires_on - today).days))
    items.sort(key=lambda i: (i.due_on, i.site_code, i.facility_code, i.kind, i.ref_id))
    return items
