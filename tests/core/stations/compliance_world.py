"""Test helpers for compliance and inspections: facilities and site facts written through the ORM (the facilities
and register services live on other branches), and a whole-database dump for before/after snapshots."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

from sqlalchemy import select

from db.models import Facility, FacilityStatus, Site, SiteFact, SiteFactRecord, Term, Vocabulary
from desktop.core.app import Shuyi


def add_facility(app: Shuyi, site: str, kind: str, status: str = "in_use", *, serial: int | None = None) -> str:
    """A facility of `kind` (a term key) at `site`; its code."""
    with app.uow.writing("tests.add_facility") as session:
        site_row = session.scalars(select(Site).where(Site.code == site)).one()
        term = session.scalars(select(Term).where(Term.vocabulary == Vocabulary.FACILITY_KIND, Term.key == kind)).one()
        number = serial if serial is not None else len(list(session.scalars(select(Facility.id)))) + 1
        code = f"A{site}-{number:04d}"
        session.add(Facility(code=code, site_id=site_row.id, kind_id=term.id, status=FacilityStatus(status)))
    return code


def set_status(app: Shuyi, code: str, status: str) -> None:
    with app.uow.writing("tests.set_status") as session:
        session.scalars(select(Facility).where(Facility.code == code)).one().status = FacilityStatus(status)


def record_fact(app: Shuyi, site: str, fact: str, present: bool, on: dt.date | None = None) -> None:
    with app.uow.writing("tests.record_fact") as session:
        site_row = session.scalars(select(Site).where(Site.code == site)).one()
        found = session.scalars(select(SiteFactRecord).where(SiteFactRecord.site_id == site_row.id,
                                                              SiteFactRecord.fact == SiteFact(fact))).one_or_none()
        record = found or SiteFactRecord(site_id=site_row.id, fact=SiteFact(fact))
        record.present, record.noted_on = present, on
        session.add(record)


def dump(path: Path) -> list[str]:
    with sqlite3.connect(path) as conn:
        return list(conn.iterdump())
