"""One site in full for its detail view: its record and facts, and what hangs on it, counted.

The counts are what the detail view's tabs show before (or beside) the panels that list them: copies, readers
and loans of a reading room; facilities (and how many work), services and visitors of the last year, and
inspections with their open rectifications of a station.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from db.models import (
    Copy,
    Facility,
    FacilityStatus,
    Inspection,
    Loan,
    Reader,
    Rectification,
    RectificationStatus,
    ServiceEvent,
    VisitCount,
)
from desktop.core.sites import SiteInfo, site_by_code, site_info

__all__ = ["SiteCounts", "SiteDetail", "site_detail"]


@dataclass(frozen=True)
class SiteCounts:
    copies: int
    readers: int
    open_loans: int
    facilities: int
    facilities_working: int
    services_year: int
    attendance_year: int
    visits_year: int
    visits_30_days: int
    last_visit_day: dt.date | None
    inspections: int
    last_inspection: dt.date | None
    open_rectifications: int
    overdue_rectifications: int


@dataclass(frozen=True)
class SiteDetail:
    site: SiteInfo
    counts: SiteCounts


def _scalar(session: Session, query: object) -> int:
    return int(session.scalar(query) or 0)  # type: ignore[call-overload]


def site_detail(session: Session, code: str, *, today: dt.date) -> SiteDetail:
    site = site_by_code(session, code)
    sid = site.id
    year_ago = today - dt.timedelta(days=365)
    month_ago = today - dt.timedelta(days=30)
    facilities = session.execute(
        select(Facility.status, func.count()).where(Facility.site_id == sid).group_by(Facility.status)).all()
    services = session.execute(select(func.count(), func.sum(ServiceEvent.attendance)).where(
        ServiceEvent.site_id == sid, ServiceEvent.held_on > year_ago)).one()
    visits = session.execute(select(
        func.sum(VisitCount.visits),
        func.sum(VisitCount.visits).filter(VisitCount.day > month_ago),
        func.max(VisitCount.day),
    ).where(VisitCount.site_id == sid, VisitCount.day > year_ago)).one()
    inspections = session.execute(select(func.count(), func.max(Inspection.inspected_on)).where(
        Inspection.site_id == sid)).one()
    open_fixes = select(func.count()).select_from(Rectification).where(
        Rectification.site_id == sid, Rectification.status == RectificationStatus.OPEN)
    counts = SiteCounts(
        copies=_scalar(session, select(func.count()).select_from(Copy).where(Copy.home_site_id == sid)),
        readers=_scalar(session, select(func.count()).select_from(Reader).where(Reader.home_site_id == sid)),
        open_loans=_scalar(session, select(func.count()).select_from(Loan).join(Copy, Copy.id == Loan.copy_id).where(
            Copy.home_site_id == sid, Loan.returned_at.is_(None))),
        facilities=sum(n for _status, n in facilities),
        facilities_working=sum(n for status, n in facilities if status is FacilityStatus.IN_USE),
        services_year=int(services[0] or 0), attendance_year=int(services[1] or 0),
        visits_year=int(visits[0] or 0), visits_30_days=int(visits[1] or 0), last_visit_day=visits[2],
        inspections=int(inspections[0] or 0), last_inspection=inspections[1],
        open_rectifications=_scalar(session, open_fixes),
        overdue_rectifications=_scalar(session, open_fixes.where(Rectification.deadline < today)),
    )
    return SiteDetail(site=site_info(session, site), counts=counts)
