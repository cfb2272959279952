"""The station figures a union counts beside the reading-room ones: facilities and their state, expiry dates
passed, rectifications open and overdue, and this month's visitors, services and inspections."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from db.models import (
    Expiry,
    Facility,
    FacilityStatus,
    Inspection,
    Rectification,
    RectificationStatus,
    ServiceEvent,
    VisitCount,
)

OUT_OF_ORDER = (FacilityStatus.BROKEN, FacilityStatus.REPAIRING)
COUNTED = (FacilityStatus.IN_USE, *OUT_OF_ORDER)
"""What a station has: retired (停用) and scrapped (报废) facilities are history, not equipment."""


@dataclass(frozen=True)
class StationFigures:
    facilities: int
    """Facilities in use, broken or under repair (not retired or scrapped)."""
    facilities_out_of_order: int
    """Broken or under repair."""
    expiries_passed: int
    """Medicines, extinguishers, AED pads… whose date has passed and that were not replaced."""
    rectifications_open: int
    rectifications_overdue: int
    visits_this_month: int
    services_this_month: int
    service_attendance_this_month: int
    inspections_this_month: int


def _scalar(session: Session, query: Any) -> int:
    return int(session.scalar(query) or 0)


def station_figures(session: Session, *, today: dt.date, month: dt.date) -> StationFigures:
    """The figures at `today`, "this month" counted from `month` (the local first of the month)."""
    count = select(func.count())
    open_ = Rectification.status == RectificationStatus.OPEN
    services = ServiceEvent.held_on >= month
    return StationFigures(
        facilities=_scalar(session, count.select_from(Facility).where(Facility.status.in_(COUNTED))),
        facilities_out_of_order=_scalar(
            session, count.select_from(Facility).where(Facility.status.in_(OUT_OF_ORDER))),
        expiries_passed=_scalar(session, count.select_from(Expiry).join(Facility).where(
            Expiry.replaced_on.is_(None), Expiry.expires_on < today, Facility.status.in_(COUNTED))),
        rectifications_open=_scalar(session, count.select_from(Rectification).where(open_)),
        rectifications_overdue=_scalar(
            session, count.select_from(Rectification).where(open_, Rectification.deadline < today)),
        visits_this_month=_scalar(session, select(func.sum(VisitCount.visits)).where(VisitCount.day >= month)),
        services_this_month=_scalar(session, count.select_from(ServiceEvent).where(services)),
        service_attendance_this_month=_scalar(session, select(func.sum(ServiceEvent.attendance)).where(services)),
        inspections_this_month=_scalar(
            session, count.select_from(Inspection).where(Inspection.inspected_on >= month)),
    )
