"""The site register: reading rooms and service stations, each with a unique short code and a tagged position.

This module holds what every caller needs (the records, add, list, look up, the desk's room); the station
attributes are checked in desktop.core.stations.register, editing, retiring and re-opening live there too.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import NewType

from sqlalchemy import bindparam, func, select
from sqlalchemy.orm import Session

from db.models import BuildMode, CoordSystem, Site, SiteKind, Standard, Term, Vocabulary
from desktop.core import errors
from desktop.core.coords import Coordinate
from desktop.core.privacy import mask_phone
from desktop.core.stations.facts import FactInfo, facts_of
from desktop.core.stations.terms import TermInfo

SiteId = NewType("SiteId", int)

SITE_CODE_RE = re.compile(r"^[A-Z][A-Z0-9]{1,5}$")
"""2–6 characters from QR's alphanumeric set, so a site code can stand inside every printed code."""

__all__ = ["SiteId", "SiteKind", "BuildMode", "SiteInfo", "NewSite", "normalise_code", "add_site", "list_sites",
           "count_sites", "room", "site_by_code", "site_info"]


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
    note: str = ""
    station_kind: TermInfo | None = None
    build_mode: BuildMode | None = None
    host_unit: str = ""
    opening_hours: str = ""
    """The canonical text of the weekly schedule ("Mo-Fr 08:00-18:00; Sa,Su off", "24/7"); "" when not known."""
    area_m2: float | None = None
    seats: int | None = None
    manager_name: str = ""
    manager_phone_masked: str = ""
    """Only ever masked (138****5678): the full number stays in the database (docs/readers.md's rule)."""
    star_rating: int | None = None
    star_awarded_on: dt.date | None = None
    star_awarded_by: str = ""
    standard: str | None = None
    """The name of the standard the site is held to (6+X, 七个一…)."""
    facts: tuple[FactInfo, ...] = ()

    @property
    def active(self) -> bool:
        return self.closed_on is None


@dataclass(frozen=True)
class NewSite:
    """A site as typed: texts as the user gave them (a station kind by key or name, hours as written)."""

    code: str
    kind: SiteKind
    name: str
    address: str = ""
    region_code: str | None = None
    position: Coordinate | None = None
    opened_on: dt.date | None = None
    note: str = ""
    station_kind: str = ""
    """A station_kind term by its key, Chinese or English name; "" for none."""
    build_mode: BuildMode | str | None = None
    host_unit: str = ""
    hours: str = ""
    area_m2: float | None = None
    seats: int | None = None
    manager_name: str = ""
    manager_phone: str = ""
    star_rating: int | None = None
    star_awarded_on: dt.date | None = None
    star_awarded_by: str = ""
    standard: str = ""


def _term_info(term: Term) -> TermInfo:
    return TermInfo(id=term.id, vocabulary=term.vocabulary, key=term.key, name_zh=term.name_zh,
                    name_en=term.name_en, counted=term.counted, builtin=term.builtin, retired=term.retired)


@dataclass(frozen=True)
class _Names:
    """The few names a site's row points to, read once for a whole listing."""

    station_kinds: dict[int, TermInfo]
    standards: dict[int, str]

    @classmethod
    def load(cls, session: Session) -> _Names:
        kinds = session.scalars(select(Term).where(Term.vocabulary == Vocabulary.STATION_KIND))
        standards = session.execute(select(Standard.id, Standard.name)).all()
        return cls({t.id: _term_info(t) for t in kinds}, {sid: name for sid, name in standards})

    @classmethod
    def of(cls, session: Session, site: Site) -> _Names:
        """Just one site's names, from the session's identity map when they were read before."""
        kind = session.get(Term, site.station_kind_id) if site.station_kind_id else None
        standard = session.get(Standard, site.standard_id) if site.standard_id else None
        return cls({kind.id: _term_info(kind)} if kind else {}, {standard.id: standard.name} if standard else {})


def _info(site: Site, names: _Names, facts: tuple[FactInfo, ...]) -> SiteInfo:
    position = wgs = None
    if site.coord_system is not None:
        assert site.coord_lng is not None and site.coord_lat is not None
        assert site.lng_wgs84 is not None and site.lat_wgs84 is not None
        position = Coordinate(lng=site.coord_lng, lat=site.coord_lat, system=site.coord_system)
        wgs = Coordinate(lng=site.lng_wgs84, lat=site.lat_wgs84, system=CoordSystem.WGS84)
    return SiteInfo(
        id=SiteId(site.id), code=site.code, kind=site.kind, name=site.name, address=site.address,
        region_code=site.region_code, position=position, position_wgs84=wgs, opened_on=site.opened_on,
        closed_on=site.closed_on, note=site.note,
        station_kind=names.station_kinds.get(site.station_kind_id) if site.station_kind_id else None,
        build_mode=site.build_mode, host_unit=site.host_unit, opening_hours=site.opening_hours,
        area_m2=site.area_m2, seats=site.seats, manager_name=site.manager_name,
        manager_phone_masked=mask_phone(site.manager_phone), star_rating=site.star_rating,
        star_awarded_on=site.star_awarded_on, star_awarded_by=site.star_awarded_by,
        standard=names.standards.get(site.standard_id) if site.standard_id else None, facts=facts,
    )


def site_info(session: Session, site: Site, *, new: bool = False) -> SiteInfo:
    """One site's record with its names and facts (a `new` site has none yet)."""
    facts = () if new else facts_of(session, [site.id]).get(site.id, ())
    return _info(site, _Names.of(session, site), facts)


def add_site(session: Session, new: NewSite, *, today: dt.date | None = None) -> SiteInfo:
    """A new site; its attributes checked as desktop.core.stations.register says (dates after `today` refused)."""
    from desktop.core.stations import register

    code = normalise_code(new.code)
    values = register.columns(session, new, code=code, today=today)
    if session.scalar(select(Site.id).where(Site.code == code)) is not None:
        raise errors.DuplicateSiteCode(code=code)
    site = Site(code=code, kind=new.kind, **values)
    session.add(site)
    session.flush()
    return site_info(session, site, new=True)


def list_sites(session: Session, *, kind: SiteKind | None = None, limit: int | None = None,
               active: bool | None = None) -> list[SiteInfo]:
    """Sites by code; `active` True for open ones only, False for retired ones only."""
    query = select(Site).order_by(Site.code)
    if kind is not None:
        query = query.where(Site.kind == kind)
    if active is not None:
        query = query.where(Site.closed_on.is_(None) if active else Site.closed_on.is_not(None))
    if limit is not None:
        query = query.limit(limit)
    found = list(session.scalars(query))
    names = _Names.load(session)
    facts = facts_of(session, [site.id for site in found])
    return [_info(site, names, facts.get(site.id, ())) for site in found]


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
