"""`app.facilities`: station facilities with their asset tags, status history, maintenance and the due calendar."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from decimal import Decimal
from typing import Any

from db.models import FacilityStatus, Season
from desktop.core.stations import due, facilities, facilities_detail, facilities_status, maintenance
from desktop.core.stations.facilities import FacilityInfo, NewFacility
from desktop.core.uow import UnitOfWork


class Facilities:
    def __init__(self, uow: UnitOfWork) -> None:
        self._uow = uow

    # -- the register ------------------------------------------------------------------------------------------
    def add(self, new: NewFacility) -> FacilityInfo:
        """Register a facility at a site; it gets its asset tag (A<site>-<serial><check>)."""
        today = self._uow.clock().today
        with self._uow.writing("facilities.add") as session:
            return facilities.add_facility(session, new, today=today)

    def edit(self, tag: str, changes: Mapping[str, Any]) -> FacilityInfo:
        """Change attributes (kind, brand, model, serial_no, acquired_on, source, quantity, note)."""
        today = self._uow.clock().today
        with self._uow.writing("facilities.edit") as session:
            return facilities.edit_facility(session, tag, changes, today=today)

    def set_status(self, tag: str, status: str | FacilityStatus, *, on: dt.date | None = None,
                   note: str = "") -> FacilityInfo:
        today = self._uow.clock().today
        with self._uow.writing("facilities.set_status") as session:
            return facilities_status.change_status(session, tag, status, today=today, on=on, note=note)

    def list(self, *, site_code: str = "", kind: str = "", status: str | FacilityStatus = "", text: str = "",
             limit: int | None = None) -> list[FacilityInfo]:
        with self._uow.reading() as session:
            return facilities.list_facilities(session, site_code=site_code, kind=kind, status=status, text=text,
                                              limit=limit)

    def get(self, tag: str) -> facilities_detail.FacilityDetail:
        """A facility by its asset tag (scanned or typed), with its history, plans, log, expiries and what is due."""
        today = self._uow.clock().today
        with self._uow.reading() as session:
            return facilities_detail.detail(session, facilities.by_tag(session, tag), today=today)

    # -- maintenance and expiry --------------------------------------------------------------------------------
    def add_plan(self, tag: str, task: str, *, every_months: int | None = None, season: Season | str | None = None,
                 starts_on: dt.date | None = None) -> maintenance.PlanInfo:
        today = self._uow.clock().today
        with self._uow.writing("facilities.add_plan") as session:
            return maintenance.add_plan(session, tag, task, today=today, every_months=every_months, season=season,
                                        starts_on=starts_on)

    def set_plan_active(self, tag: str, plan_id: int, active: bool) -> maintenance.PlanInfo:
        with self._uow.writing("facilities.set_plan_active") as session:
            return maintenance.set_plan_active(session, tag, plan_id, active)

    def record_service(self, tag: str, work: str, *, done_on: dt.date | None = None, done_by: str = "",
                       cost: str | Decimal | None = None, plan_id: int | None = None) -> maintenance.RecordInfo:
        today = self._uow.clock().today
        with self._uow.writing("facilities.record_service") as session:
            return maintenance.record_work(session, tag, work, today=today, done_on=done_on, done_by=done_by,
                                           cost=cost, plan_id=plan_id)

    def add_expiry(self, tag: str, item: str, expires_on: dt.date) -> maintenance.ExpiryInfo:
        today = self._uow.clock().today
        with self._uow.writing("facilities.add_expiry") as session:
            return maintenance.add_expiry(session, tag, item, expires_on, today=today)

    def close_expiry(self, tag: str, item: str) -> maintenance.ExpiryInfo:
        today = self._uow.clock().today
        with self._uow.writing("facilities.close_expiry") as session:
            return maintenance.close_expiry(session, tag, item, today=today)

    def due(self, *, site_code: str = "", days: int | None = 60) -> list[due.DueItem]:
        """The due and overdue calendar: everything overdue, and what falls due within `days` (None: all)."""
        today = self._uow.clock().today
        with self._uow.reading() as session:
            return due.calendar_items(session, today=today, site_code=site_code, days=days)
