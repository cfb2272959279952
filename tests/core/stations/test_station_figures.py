"""The station figures of the reports page: what is counted and what is not (retired equipment, replaced
medicines, closed rectifications, last month's visitors)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.engine import make_engine
from db.models import (
    Expiry,
    Facility,
    FacilityStatus,
    Finding,
    Inspection,
    InspectionKind,
    Rectification,
    RectificationStatus,
    ServiceEvent,
    Site,
    SiteKind,
    Term,
    VisitCount,
    Vocabulary,
)
from desktop.core.app import Shuyi
from desktop.core.clock import FixedTime

NOW = dt.datetime(2026, 7, 15, 10, 0, tzinfo=dt.UTC)
TODAY = dt.date(2026, 7, 15)


def _fill(path: Path) -> None:
    engine = make_engine(f"sqlite:///{path}")
    with Session(engine) as session, session.begin():
        site = Site(code="JH11", kind=SiteKind.SERVICE_STATION, name="环卫驿站")
        session.add(site)
        session.flush()
        kind = session.scalars(select(Term).where(Term.vocabulary == Vocabulary.FACILITY_KIND)).first()
        category = session.scalars(select(Term).where(Term.vocabulary == Vocabulary.SERVICE_CATEGORY)).first()
        occupation = session.scalars(select(Term).where(Term.vocabulary == Vocabulary.OCCUPATION)).first()
        assert kind and category and occupation
        statuses = [FacilityStatus.IN_USE, FacilityStatus.IN_USE, FacilityStatus.BROKEN, FacilityStatus.REPAIRING,
                    FacilityStatus.DISABLED, FacilityStatus.SCRAPPED]
        kit = None
        for n, status in enumerate(statuses, start=1):
            facility = Facility(code=f"AJH11-{n:06d}X", site_id=site.id, kind_id=kind.id, status=status)
            session.add(facility)
            session.flush()
            kit = kit or facility
            session.add(Expiry(facility_id=facility.id, item="碘伏", expires_on=TODAY - dt.timedelta(days=1)))
        assert kit is not None
        session.add(Expiry(facility_id=kit.id, item="创可贴", expires_on=TODAY - dt.timedelta(days=9),
                           replaced_on=TODAY - dt.timedelta(days=2)))
        session.add(Expiry(facility_id=kit.id, item="AED电极片", expires_on=TODAY))
        inspection = Inspection(site_id=site.id, kind=InspectionKind.UNANNOUNCED, inspected_on=dt.date(2026, 6, 20))
        session.add(inspection)
        session.add(Inspection(site_id=site.id, kind=InspectionKind.SELF_CHECK, inspected_on=dt.date(2026, 7, 1)))
        session.flush()
        for n, (deadline, closed) in enumerate([(TODAY - dt.timedelta(days=1), None), (TODAY, None),
                                                (TODAY - dt.timedelta(days=5), TODAY)]):
            finding = Finding(inspection_id=inspection.id, item=f"item{n}", passed=False)
            session.add(finding)
            session.flush()
            session.add(Rectification(finding_id=finding.id, site_id=site.id, deadline=deadline,
                                      status=RectificationStatus.CLOSED if closed else RectificationStatus.OPEN,
                                      closed_on=closed))
        for day, visits in ((dt.date(2026, 6, 30), 100), (dt.date(2026, 7, 1), 7), (TODAY, 5)):
            session.add(VisitCount(site_id=site.id, day=day, occupation_id=occupation.id, visits=visits))
        for day, people in ((dt.date(2026, 6, 30), 40), (dt.date(2026, 7, 2), 12), (dt.date(2026, 7, 9), 30)):
            session.add(ServiceEvent(site_id=site.id, category_id=category.id, held_on=day, hours=2, title="培训",
                                     attendance=people))
    engine.dispose()


def test_the_reports_page_counts_what_stations_have_now_and_did_this_month(db_path: Path) -> None:
    _fill(db_path)
    app = Shuyi.open(db_path, time=FixedTime(NOW))
    try:
        figures = app.overview().as_dict()
    finally:
        app.close()
    assert figures["facilities"] == 4  # retired and scrapped ones are history
    assert figures["facilities_out_of_order"] == 2
    assert figures["expiries_passed"] == 4  # one per counted facility; replaced and due-today ones are not passed
    assert (figures["rectifications_open"], figures["rectifications_overdue"]) == (2, 1)
    assert figures["visits_this_month"] == 12
    assert (figures["services_this_month"], figures["service_attendance_this_month"]) == (2, 42)
    assert figures["inspections_this_month"] == 1
