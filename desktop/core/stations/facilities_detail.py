"""One facility as its detail pane shows it: attributes, status history, plans, log, expiries, what is due."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy.orm import Session

from db.models import Facility
from desktop.core.stations import due, maintenance
from desktop.core.stations.facilities import FacilityInfo, StatusChange, history, info_of


@dataclass(frozen=True)
class FacilityDetail:
    facility: FacilityInfo
    history: list[StatusChange]
    plans: list[maintenance.PlanInfo]
    records: list[maintenance.RecordInfo]
    expiries: list[maintenance.ExpiryInfo]
    due: list[due.DueItem]
    """Everything of this facility that is overdue or due, however far ahead."""


def detail(session: Session, facility: Facility, *, today: dt.date) -> FacilityDetail:
    return FacilityDetail(
        facility=info_of(session, facility), history=history(session, facility.id),
        plans=maintenance.plans_of(session, facility), records=maintenance.records_of(session, facility),
        expiries=maintenance.expiries_of(session, facility),
        due=due.calendar_items(session, today=today, days=None, facility_id=facility.id))
