"""Service events a station holds (思想引领, 技能培训, 维权服务…): record one, list them, total them by category.

Services and visitor counts belong to service stations only: a reading room's events are its own business
(loans, reading sessions), and the categories are the station-service list (服务站 2.0). A service is recorded
after it happened, so its day is never in the future; it lasts more than 0 and at most 24 hours.
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from db.bounds import ATTENDANCE
from db.models import ServiceEvent, Site, SiteKind, Term, Vocabulary
from desktop.core import bounded, errors, lengths
from desktop.core.i18n import QT_TRANSLATE_NOOP
from desktop.core.i18n import Term as Words
from desktop.core.sites import site_by_code
from desktop.core.stations.terms import resolve

__all__ = ["ServiceInfo", "NewService", "CategoryTotal", "known_site", "station", "recorded_day", "add_service",
           "list_services", "totals_by_category"]

ATTENDANCE_FIELD = Words("Fields", QT_TRANSLATE_NOOP("Fields", "Attendance"))
TITLE_FIELD = Words("Fields", QT_TRANSLATE_NOOP("Fields", "Title"))


def known_site(session: Session, code: str) -> Site:
    """The site a code names (errors.UnknownSite), looked up once per session: a detail view asks several times."""
    found: dict[str, Site] = session.info.setdefault("activity_sites", {})
    key = code.strip().upper()
    if key not in found:
        found[key] = site_by_code(session, key)
    return found[key]


def station(session: Session, code: str) -> Site:
    """The service station a code names; errors.UnknownSite or errors.NotAStation otherwise."""
    site = known_site(session, code)
    if site.kind is not SiteKind.SERVICE_STATION:
        raise errors.NotAStation(code=site.code)
    return site


THE_DAY = QT_TRANSLATE_NOOP("Activity", "The day")


def recorded_day(day: dt.date, today: dt.date) -> dt.date:
    """A day something happened: today or before (errors.DateInFuture otherwise)."""
    if day > today:
        raise errors.DateInFuture(what=Words("Activity", THE_DAY), date=day.isoformat(), today=today.isoformat())
    return day


@dataclass(frozen=True)
class ServiceInfo:
    id: int
    site: str
    category: str
    """The category's stable English key (skills, rights …)."""
    category_zh: str
    category_en: str
    held_on: dt.date
    hours: float
    title: str
    organiser: str
    attendance: int
    note: str


@dataclass(frozen=True)
class NewService:
    site_code: str
    category: str
    """A key, Chinese or English name of a service_category term."""
    title: str
    held_on: dt.date
    hours: float
    attendance: int = 0
    organiser: str = ""
    note: str = ""


@dataclass(frozen=True)
class CategoryTotal:
    category: str
    name_zh: str
    name_en: str
    events: int
    hours: float
    attendance: int


def _hours(value: float) -> float:
    if not math.isfinite(value) or not 0 < value <= 24:
        raise errors.InvalidServiceHours(value=f"{value:g}")
    return round(float(value), 2)


def add_service(session: Session, new: NewService, *, today: dt.date) -> ServiceInfo:
    """Record a service held at a station; every check runs before anything is written."""
    site = station(session, new.site_code)
    category = resolve(session, Vocabulary.SERVICE_CATEGORY, new.category)
    title = new.title.strip()
    if not title:
        raise errors.MissingField(field=TITLE_FIELD)
    values = {"title": title, "organiser": new.organiser.strip(), "note": new.note.strip()}
    lengths.check(ServiceEvent, values)
    event = ServiceEvent(site_id=site.id, category_id=category.id, held_on=recorded_day(new.held_on, today),
                         hours=_hours(new.hours), attendance=int(bounded.within(new.attendance, ATTENDANCE,
                                                                                 ATTENDANCE_FIELD)), **values)
    session.add(event)
    session.flush()
    return ServiceInfo(id=event.id, site=site.code, category=category.key, category_zh=category.name_zh,
                       category_en=category.name_en, held_on=event.held_on, hours=event.hours, title=event.title,
                       organiser=event.organiser, attendance=event.attendance, note=event.note)


def _filtered(query: Select, session: Session, site_code: str | None, category: str | None,
              start: dt.date | None, end: dt.date | None) -> Select:
    if site_code:
        query = query.where(ServiceEvent.site_id == station(session, site_code).id)
    if category:
        query = query.where(ServiceEvent.category_id == resolve(session, Vocabulary.SERVICE_CATEGORY, category,
                                                                allow_retired=True).id)
    if start is not None:
        query = query.where(ServiceEvent.held_on >= start)
    if end is not None:
        query = query.where(ServiceEvent.held_on <= end)
    return query


def list_services(session: Session, *, site_code: str | None = None, category: str | None = None,
                  start: dt.date | None = None, end: dt.date | None = None,
                  limit: int | None = None) -> list[ServiceInfo]:
    """Services held, newest first, filtered by station, category and days (both ends included)."""
    query = (select(ServiceEvent, Site.code, Term)
             .join(Site, Site.id == ServiceEvent.site_id).join(Term, Term.id == ServiceEvent.category_id)
             .order_by(ServiceEvent.held_on.desc(), ServiceEvent.id.desc()))
    query = _filtered(query, session, site_code, category, start, end)
    if limit is not None:
        query = query.limit(limit)
    return [ServiceInfo(id=e.id, site=code, category=t.key, category_zh=t.name_zh, category_en=t.name_en,
                        held_on=e.held_on, hours=e.hours, title=e.title, organiser=e.organiser,
                        attendance=e.attendance, note=e.note)
            for e, code, t in session.execute(query)]


def totals_by_category(session: Session, *, site_code: str | None = None, category: str | None = None,
                       start: dt.date | None = None, end: dt.date | None = None) -> list[CategoryTotal]:
    """Events, hours and attendance per category in the list's order; every current category appears, held or not."""
    query = (select(ServiceEvent.category_id, func.count(), func.sum(ServiceEvent.hours),
                    func.sum(ServiceEvent.attendance)).group_by(ServiceEvent.category_id))
    sums = {cid: (n, hours, people) for cid, n, hours, people in
            session.execute(_filtered(query, session, site_code, category, start, end))}
    terms = session.scalars(select(Term).where(Term.vocabulary == Vocabulary.SERVICE_CATEGORY)
                            .order_by(Term.position, Term.id))
    totals = []
    for term in terms:
        n, hours, people = sums.get(term.id, (0, 0.0, 0))
        if n or (not term.retired and not category):
            totals.append(CategoryTotal(category=term.key, name_zh=term.name_zh, name_en=term.name_en, events=n,
                                        hours=round(hours or 0.0, 2), attendance=people or 0))
    return totals

