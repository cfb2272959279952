"""`app.inspections`: inspections at a site, the rectifications (整改) they open, re-checks, fixes, warnings."""

from __future__ import annotations

import datetime as dt

from desktop.core import sites
from desktop.core.stations import inspections, inspections_view
from desktop.core.stations.inspections import Added, CheckItem, NewInspection
from desktop.core.stations.inspections_view import DowngradeWarning, InspectionInfo, RectificationInfo
from desktop.core.uow import UnitOfWork


class Inspections:
    def __init__(self, uow: UnitOfWork) -> None:
        self._uow = uow

    def checklist(self, site_code: str) -> list[CheckItem]:
        """What an inspection at the site answers: its standard's items, then the inspection checks."""
        with self._uow.reading() as session:
            return inspections.checklist(session, sites.site_by_code(session, site_code))

    def add(self, new: NewInspection) -> Added:
        today = self._uow.clock().today
        with self._uow.writing("inspections.add") as session:
            return inspections.add_inspection(session, new, today)

    def recheck(self, rectification_id: int, *, passed: bool | None, on: dt.date | None = None,
                new_deadline: dt.date | None = None, inspector: str = "", note: str = "") -> RectificationInfo:
        today = self._uow.clock().today
        with self._uow.writing("inspections.recheck") as session:
            inspections.recheck(session, rectification_id, passed=passed, today=today, on=on,
                                new_deadline=new_deadline, inspector=inspector, note=note)
        return self.rectification(rectification_id)

    def record_fix(self, rectification_id: int, note: str, *, on: dt.date | None = None) -> RectificationInfo:
        today = self._uow.clock().today
        with self._uow.writing("inspections.record_fix") as session:
            inspections.record_fix(session, rectification_id, note, today=today, on=on)
        return self.rectification(rectification_id)

    def rectification(self, rectification_id: int) -> RectificationInfo:
        today = self._uow.clock().today
        with self._uow.reading() as session:
            return inspections_view.rectification(session, rectification_id, today)

    def list(self, *, site_code: str | None = None, open_only: bool = False, overdue_only: bool = False,
             limit: int | None = None) -> list[InspectionInfo]:
        today = self._uow.clock().today
        with self._uow.reading() as session:
            return inspections_view.inspections(session, today, site_code=site_code, open_only=open_only,
                                                overdue_only=overdue_only, limit=limit)

    def get(self, inspection_id: int) -> InspectionInfo:
        today = self._uow.clock().today
        with self._uow.reading() as session:
            return inspections_view.inspection(session, inspection_id, today)

    def rectifications(self, *, site_code: str | None = None, open_only: bool = False,
                       overdue_only: bool = False) -> list[RectificationInfo]:
        today = self._uow.clock().today
        with self._uow.reading() as session:
            return inspections_view.rectifications(session, today, site_code=site_code, open_only=open_only,
                                                   overdue_only=overdue_only)

    def downgrade_warnings(self, *, site_code: str | None = None) -> list[DowngradeWarning]:
        with self._uow.reading() as session:
            return inspections_view.downgrade_warnings(session, site_code=site_code)
