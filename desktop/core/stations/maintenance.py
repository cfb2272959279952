"""Maintenance of a facility: its plans (every N months, or before a season), the log of work done, its expiries.

A record may fulfil a plan (the plan's next due date then counts from it: desktop/core/stations/due.py). Costs
are typed in yuan ("120.50") and kept in fen. Adding an expiry for an item that already has an open one (碘伏
again) replaces it: the old one is closed on the day, the new one opened.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from db import bounds
from db.models import Expiry, Facility, MaintenancePlan, MaintenanceRecord, Season
from desktop.core import bounded, errors, lengths
from desktop.core.i18n import QT_TRANSLATE_NOOP
from desktop.core.i18n import Term as Words
from desktop.core.stations import due
from desktop.core.stations.facilities import by_tag, not_after_today, refuse_if_scrapped

DONE_FIELD = Words("Fields", QT_TRANSLATE_NOOP("Fields", "Date of the work"))
WORK_FIELD = Words("Fields", QT_TRANSLATE_NOOP("Fields", "Work done"))
TASK_FIELD = Words("Fields", QT_TRANSLATE_NOOP("Fields", "Task"))
ITEM_FIELD = Words("Fields", QT_TRANSLATE_NOOP("Fields", "Item"))


@dataclass(frozen=True)
class PlanInfo:
    id: int
    facility_code: str
    task: str
    interval_months: int | None
    season: Season | None
    starts_on: dt.date
    active: bool
    last_done: dt.date | None
    next_due: dt.date


@dataclass(frozen=True)
class RecordInfo:
    id: int
    facility_code: str
    done_on: dt.date
    work: str
    done_by: str
    cost_fen: int | None
    plan_id: int | None


@dataclass(frozen=True)
class ExpiryInfo:
    id: int
    facility_code: str
    item: str
    expires_on: dt.date
    replaced_on: dt.date | None


def parse_cost(text: str | Decimal | None) -> int | None:
    """A cost in yuan ("120.50", "¥80", "80元") as fen; blank is None; errors.InvalidCost otherwise."""
    if text is None:
        return None
    raw = str(text).strip().lstrip("¥￥").removesuffix("元").strip()
    if not raw:
        return None
    try:
        yuan = Decimal(raw)
    except InvalidOperation:
        raise errors.InvalidCost(text=str(text).strip()) from None
    fen = yuan * 100
    if not yuan.is_finite() or fen != fen.to_integral_value() or not bounds.PRICE_FEN.holds(int(fen)):
        raise errors.InvalidCost(text=str(text).strip())
    return int(fen)


def _required(text: str, field: Words) -> str:
    text = text.strip()
    if not text:
        raise errors.MissingField(field=field)
    return text


def _plan_info(plan: MaintenancePlan, code: str, last_done: dt.date | None) -> PlanInfo:
    return PlanInfo(id=plan.id, facility_code=code, task=plan.task, interval_months=plan.interval_months,
                    season=plan.season, starts_on=plan.starts_on, active=plan.active, last_done=last_done,
                    next_due=due.next_due(interval_months=plan.interval_months, season=plan.season,
                                          starts_on=plan.starts_on, last_done=last_done))


def add_plan(session: Session, tag: str, task: str, *, today: dt.date, every_months: int | None = None,
             season: Season | str | None = None, starts_on: dt.date | None = None) -> PlanInfo:
    """A plan by interval (every N months, from `starts_on`, default today) or by season, never both."""
    facility = by_tag(session, tag)
    refuse_if_scrapped(facility)
    task = _required(task, TASK_FIELD)
    lengths.check(MaintenancePlan, {"task": task})
    if (every_months is None) == (season is None or season == ""):
        raise errors.InvalidPlan()
    chosen = None
    if every_months is not None:
        bounded.within(every_months, bounds.MAINTENANCE_MONTHS, Words("Fields", QT_TRANSLATE_NOOP("Fields",
                                                                                                   "Months")))
    else:
        try:
            chosen = Season(str(season).strip().casefold()) if not isinstance(season, Season) else season
        except ValueError:
            chosen = {"夏季": Season.SUMMER, "夏": Season.SUMMER, "冬季": Season.WINTER, "冬": Season.WINTER}.get(
                str(season).strip())
        if chosen is None:
            raise errors.InvalidPlan()
    plan = MaintenancePlan(facility_id=facility.id, task=task, interval_months=every_months, season=chosen,
                           starts_on=starts_on or today)
    session.add(plan)
    session.flush()
    return _plan_info(plan, facility.code, None)


def set_plan_active(session: Session, tag: str, plan_id: int, active: bool) -> PlanInfo:
    facility = by_tag(session, tag)
    plan = _plan_of(session, facility, plan_id)
    plan.active = active
    session.flush()
    return _plan_info(plan, facility.code, due.last_done_by_plan(session, [plan.id]).get(plan.id))


def _plan_of(session: Session, facility: Facility, plan_id: int) -> MaintenancePlan:
    plan = session.get(MaintenancePlan, plan_id)
    if plan is None or plan.facility_id != facility.id:
        raise errors.UnknownPlan(code=facility.code, id=plan_id)
    return plan


def record_work(session: Session, tag: str, work: str, *, today: dt.date, done_on: dt.date | None = None,
                done_by: str = "", cost: str | Decimal | None = None, plan_id: int | None = None) -> RecordInfo:
    """Log work done on a facility (optionally fulfilling one of its plans); never dated in the future."""
    facility = by_tag(session, tag)
    refuse_if_scrapped(facility)
    work = _required(work, WORK_FIELD)
    done_by = done_by.strip()
    lengths.check(MaintenanceRecord, {"work": work, "done_by": done_by})
    when = not_after_today(done_on or today, today, DONE_FIELD)
    cost_fen = parse_cost(cost)
    if plan_id is not None:
        _plan_of(session, facility, plan_id)
    record = MaintenanceRecord(facility_id=facility.id, plan_id=plan_id, done_on=when, work=work, done_by=done_by,
                               cost_fen=cost_fen)
    session.add(record)
    session.flush()
    return RecordInfo(id=record.id, facility_code=facility.code, done_on=when, work=work, done_by=done_by,
                      cost_fen=cost_fen, plan_id=plan_id)


def add_expiry(session: Session, tag: str, item: str, expires_on: dt.date, *, today: dt.date) -> ExpiryInfo:
    """An item that runs out on a date; an open one of the same item is closed (replaced today)."""
    facility = by_tag(session, tag)
    refuse_if_scrapped(facility)
    item = _required(item, ITEM_FIELD)
    lengths.check(Expiry, {"item": item})
    for old in _open_expiries(session, facility.id, item):
        old.replaced_on = today
    expiry = Expiry(facility_id=facility.id, item=item, expires_on=expires_on)
    session.add(expiry)
    session.flush()
    return _expiry_info(expiry, facility.code)


def close_expiry(session: Session, tag: str, item: str, *, today: dt.date) -> ExpiryInfo:
    """Close an open expiry with no next one (the item was used up or removed)."""
    facility = by_tag(session, tag)
    refuse_if_scrapped(facility)
    found = _open_expiries(session, facility.id, item.strip())
    if not found:
        raise errors.UnknownExpiry(code=facility.code, item=item.strip())
    for old in found:
        old.replaced_on = today
    session.flush()
    return _expiry_info(found[0], facility.code)


def _open_expiries(session: Session, facility_id: int, item: str) -> list[Expiry]:
    return list(session.scalars(select(Expiry).where(
        Expiry.facility_id == facility_id, Expiry.replaced_on.is_(None),
        func.lower(Expiry.item) == item.casefold())))


def _expiry_info(expiry: Expiry, code: str) -> ExpiryInfo:
    return ExpiryInfo(id=expiry.id, facility_code=code, item=expiry.item, expires_on=expiry.expires_on,
                      replaced_on=expiry.replaced_on)


def plans_of(session: Session, facility: Facility) -> list[PlanInfo]:
    plans = list(session.scalars(select(MaintenancePlan).where(MaintenancePlan.facility_id == facility.id)
                                 .order_by(MaintenancePlan.id)))
    last = due.last_done_by_plan(session, [p.id for p in plans])
    return [_plan_info(p, facility.code, last.get(p.id)) for p in plans]


def records_of(session: Session, facility: Facility) -> list[RecordInfo]:
    rows = session.scalars(select(MaintenanceRecord).where(MaintenanceRecord.facility_id == facility.id)
                           .order_by(MaintenanceRecord.done_on.desc(), MaintenanceRecord.id.desc()))
    return [RecordInfo(id=r.id, facility_code=facility.code, done_on=r.done_on, work=r.work, done_by=r.done_by,
                       cost_fen=r.cost_fen, plan_id=r.plan_id) for r in rows]


def expiries_of(session: Session, facility: Facility) -> list[ExpiryInfo]:
    rows = session.scalars(select(Expiry).where(Expiry.facility_id == facility.id)
                           .order_by(Expiry.replaced_on.is_not(None), Expiry.expires_on, Expiry.id))
    return [_expiry_info(e, facility.code) for e in rows]
