"""Changing a site after it was added: edit its attributes, retire it (closed, its history kept), re-open it.

Editing takes only the attributes given and checks the whole site again as adding does. A phone shown back
masked (138****5678) means "unchanged". The code never changes (it is printed on every label and card of the
site). The kind changes only while nothing of the other kind hangs on the site: a reading room with copies,
readers or loans stays a room; a station with facilities, services, visitor counts or inspections stays a station.

Retiring sets closed_on to the clock's day; the site keeps its code, rows and history and is only no longer
active (the desk no longer offers it, listings can filter it out). A reading room is not retired while books of
its are on loan or a transfer to or from it is under way: they would come back to a room that no longer
exists — receive them (or move them) first. Re-opening clears closed_on and keeps the retired period in the note.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Any

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from db.models import (
    Copy,
    Facility,
    Inspection,
    Loan,
    Reader,
    ServiceEvent,
    Site,
    SiteKind,
    Standard,
    Term,
    Transfer,
    TransferStatus,
    VisitCount,
)
from desktop.core import errors
from desktop.core.coords import Coordinate
from desktop.core.i18n import QT_TRANSLATE_NOOP
from desktop.core.i18n import Term as Words
from desktop.core.privacy import mask_phone
from desktop.core.sites import NewSite, SiteInfo, site_by_code, site_info
from desktop.core.stations import register

__all__ = ["EDITABLE", "current_input", "edit_site", "retire_site", "reopen_site"]

EDITABLE = frozenset(f.name for f in dataclasses.fields(NewSite)) - {"code"}
_IN_USE = {
    SiteKind.READING_ROOM: QT_TRANSLATE_NOOP("Fields", "copies, readers or loans"),
    SiteKind.SERVICE_STATION: QT_TRANSLATE_NOOP("Fields", "facilities, services, visitor counts or inspections"),
}


def current_input(session: Session, site: Site) -> NewSite:
    """The site as it would be typed: what an edit starts from (the phone in full: this never leaves the core)."""
    position = None
    if site.coord_system is not None and site.coord_lng is not None and site.coord_lat is not None:
        position = Coordinate(lng=site.coord_lng, lat=site.coord_lat, system=site.coord_system)
    kind = session.get(Term, site.station_kind_id) if site.station_kind_id else None
    standard = session.get(Standard, site.standard_id) if site.standard_id else None
    return NewSite(
        code=site.code, kind=site.kind, name=site.name, address=site.address, region_code=site.region_code,
        position=position, opened_on=site.opened_on, note=site.note, station_kind=kind.key if kind else "",
        build_mode=site.build_mode, host_unit=site.host_unit, hours=site.opening_hours, area_m2=site.area_m2,
        seats=site.seats, manager_name=site.manager_name, manager_phone=site.manager_phone,
        star_rating=site.star_rating, star_awarded_on=site.star_awarded_on, star_awarded_by=site.star_awarded_by,
        standard=standard.name if standard else "",
    )


def _count(session: Session, query: Any) -> int:
    return int(session.scalar(query) or 0)


def _in_use_as(session: Session, site: Site) -> bool:
    """Whether anything of its present kind hangs on the site."""
    if site.kind is SiteKind.READING_ROOM:
        checks = [select(Copy.id).where(Copy.home_site_id == site.id),
                  select(Reader.id).where(Reader.home_site_id == site.id),
                  select(Loan.id).where(Loan.site_id == site.id)]
    else:
        checks = [select(model.id).where(model.site_id == site.id)
                  for model in (Facility, ServiceEvent, VisitCount, Inspection)]
    return any(session.scalar(query.limit(1)) is not None for query in checks)


def edit_site(session: Session, code: str, changes: dict[str, Any], *, today: dt.date) -> SiteInfo:
    """Change the given attributes of an open site; the whole site is checked again, nothing changes on a refusal."""
    unknown = set(changes) - EDITABLE
    if unknown:
        raise ValueError(f"not editable: {sorted(unknown)}")
    site = site_by_code(session, code)
    if site.closed_on is not None:
        raise errors.SiteRetiredEdit(code=site.code)
    current = current_input(session, site)
    changes = dict(changes)
    phone = changes.get("manager_phone")
    if isinstance(phone, str) and "*" in phone and phone.strip() == mask_phone(site.manager_phone):
        del changes["manager_phone"]  # the masked number shown back: unchanged
    new = dataclasses.replace(current, **changes)
    if new.kind is not site.kind and _in_use_as(session, site):
        raise errors.SiteKindLocked(code=site.code, what=Words("Fields", _IN_USE[site.kind]))
    values = register.columns(session, new, code=site.code, today=today)
    site.kind = new.kind
    for column, value in values.items():
        setattr(site, column, value)
    session.flush()
    return site_info(session, site)


def _lending(session: Session, site: Site) -> tuple[int, int]:
    """Open loans of the room's copies or made there, and transfers to or from it not yet received."""
    loans = _count(session, select(func.count()).select_from(Loan).join(Copy, Copy.id == Loan.copy_id).where(
        Loan.returned_at.is_(None), or_(Copy.home_site_id == site.id, Loan.site_id == site.id)))
    transfers = _count(session, select(func.count()).select_from(Transfer).where(
        Transfer.status.in_((TransferStatus.OPEN, TransferStatus.SENT)),
        or_(Transfer.from_site_id == site.id, Transfer.to_site_id == site.id)))
    return loans, transfers


def retire_site(session: Session, code: str, *, today: dt.date) -> SiteInfo:
    site = site_by_code(session, code)
    if site.closed_on is not None:
        raise errors.SiteAlreadyRetired(code=site.code, closed_on=site.closed_on.isoformat())
    if site.opened_on is not None and site.opened_on > today:
        raise errors.DateInFuture(what=Words("Fields", register.FIELD_LABELS["opened_on"]),
                                  date=site.opened_on.isoformat(), today=today.isoformat())
    loans, transfers = _lending(session, site)
    if loans or transfers:
        raise errors.SiteStillLending(code=site.code, loans=loans, transfers=transfers)
    site.closed_on = today
    session.flush()
    return site_info(session, site)


def reopen_site(session: Session, code: str, *, today: dt.date) -> SiteInfo:
    site = site_by_code(session, code)
    if site.closed_on is None:
        raise errors.SiteNotRetired(code=site.code)
    line = f"停用 {site.closed_on.isoformat()} 至 {today.isoformat()}"
    site.note = f"{site.note.rstrip()}\n{line}".strip()[-2000:]
    site.closed_on = None
    session.flush()
    return site_info(session, site)
