"""The site register: reading rooms and service stations, each with a unique short code and a tagged position."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import NewType

from sqlalchemy import bindparam, func, select
from sqlalchemy.orm import Session

from db.models import CoordSystem, Site, SiteKind
from desktop.core import errors
from desktop.core.coords import Coordinate, to_wgs84

SiteId = NewType("SiteId", int)

SITE_CODE_RE = re.compile(r"^[A-Z][A-Z0-9]{1,5}$")
"""2–6 characters from QR's alphanumeric set, so a site code can stand inside every printed code."""

__all__ = ["SiteId", "SiteKind", "SiteInfo", "NewSite", "normalise_code", "add_site", "list_sites", "count_sites",
           "room", "site_by_code"]


def normalise_code(code: str) -> str:
    """Upper-case and trim a typed site code and check its form."""
    cleaned = code.strip().upper()
    if not SITE_CODE_RE.fullmatch(cleaned):
        raise errors.InvalidSiteCode(code=code)
    return cleaned


@dataclass(frozen=True)
class SiteInfo:
    id: SiteId
    code: str
    kind: SiteKind
    name: str
    address: str
    region_code: str | None
    position: Coordinate | None
    """As it came in, in its own datum."""
    position_wgs84: Coordinate | None
    opened_on: dt.date | None
    closed_on: dt.date | None

    @property
    def active(self) -> bool:
        return self.closed_on is None


@dataclass(frozen=True)
class NewSite:
    code: str
    kind: SiteKind
    name: str
    address: str = ""
    region_code: str | None = None
    position: Coordinate | None = None
    opened_on: dt.date | None = None
    note: str = ""


def _info(site: Site) -> SiteInfo:
    position = wgs = None
    if site.coord_system is not None:
        assert site.coord_lng is not None and site.coord_lat is not None
        assert site.lng_wgs84 is not None and site.lat_wgs84 is not None
        position = Coordinate(lng=site.coord_lng, lat=site.coord_lat, system=site.coord_system)
        wgs = Coordinate(lng=site.lng_wgs84, lat=site.lat_wgs84, system=CoordSystem.WGS84)
    return SiteInfo(
        id=SiteId(site.id),
        code=site.code,
        kind=site.kind,
        name=site.name,
        address=site.address,
        region_code=site.region_code,
        position=position,
        position_wgs84=wgs,
        opened_on=site.opened_on,
        closed_on=site.closed_on,
    )


def add_site(session: Session, new: NewSite) -> SiteInfo:
    code = normalise_code(new.code)
    name = new.name.strip()
    if not name:
        raise errors.MissingField(field="name")
    if session.scalar(select(Site.id).where(Site.code == code)) is not None:
        raise errors.DuplicateSiteCode(code=code)
    site = Site(
        code=code,
        kind=new.kind,
        name=name,
        address=new.address.strip(),
        region_code=new.region_code,
        opened_on=new.opened_on,
        note=new.note,
    )
    if new.position is not None:
        wgs = to_wgs84(new.position)
        site.coord_system = new.position.system
        site.coord_lng, site.coord_lat = new.position.lng, new.position.lat
        site.lng_wgs84, site.lat_wgs84 = wgs.lng, wgs.lat
    session.add(site)
    session.flush()
    return _info(site)


def list_sites(session: Session, *, kind: SiteKind | None = None, limit: int | None = None) -> list[SiteInfo]:
    query = select(Site).order_by(Site.code)
    if kind is not None:
        query = query.where(Site.kind == kind)
    if limit is not None:
        query = query.limit(limit)
    return [_info(site) for site in session.scalars(query)]


def count_sites(session: Session) -> dict[SiteKind, int]:
    rows = session.execute(select(Site.kind, func.count()).group_by(Site.kind)).all()
    counts = {kind: 0 for kind in SiteKind}
    counts.update({kind: n for kind, n in rows})
    return counts


_SITE_BY_CODE = select(Site).where(Site.code == bindparam("code"))
"""Built once: the circulation desk looks its room up on every scan."""


def site_by_code(session: Session, code: str) -> Site:
    site = session.scalars(_SITE_BY_CODE, {"code": code.strip().upper()}).one_or_none()
    if site is None:
        raise errors.UnknownSite(code=code)
    return site


def room(session: Session, site_code: str) -> Site:
    """The reading room a code names, or — when none is named — the only open reading room there is."""
    if site_code.strip():
        site = site_by_code(session, site_code)
        if site.kind is not SiteKind.READING_ROOM:
            raise errors.NotAReadingRoom(code=site.code)
        return site
    rooms = list(session.scalars(
        select(Site).where(Site.kind == SiteKind.READING_ROOM, Site.closed_on.is_(None)).order_by(Site.code)))
    if len(rooms) != 1:
        raise errors.RoomNeeded(rooms=", ".join(r.code for r in rooms) or "-")
    return rooms[0]
