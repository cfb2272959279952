"""The station attributes of a site, checked: kind of station, build mode, hours, area, seats, person in charge,
stars and standard. `columns` turns a NewSite as typed into the values of its row, or refuses the first bad one.

Station-only attributes (station kind, build mode, stars, the standard held to) are refused on a reading room;
hours, area, seats, host unit and the person in charge belong to both. The phone of the person in charge is a
mobile (normalised to 11 digits) or a landline (0515-86212345); it is stored once and shown only masked.
"""

from __future__ import annotations

import datetime as dt
import math
import re
import unicodedata
from typing import TYPE_CHECKING, Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.bounds import AREA_M2_MAX, SEATS, STARS
from db.models import BuildMode, Site, SiteKind, Standard, Vocabulary
from desktop.core import bounded, errors, lengths
from desktop.core.coords import Coordinate, to_wgs84
from desktop.core.i18n import QT_TRANSLATE_NOOP, Term
from desktop.core.privacy import mask_phone
from desktop.core.readers import normalise_phone
from desktop.core.stations import hours as weekly
from desktop.core.stations import terms
from desktop.core.stations.register_position import position as checked_position

if TYPE_CHECKING:
    from desktop.core.sites import NewSite

__all__ = ["BUILD_MODE_NAMES", "FIELD_LABELS", "parse_build_mode", "parse_kind", "normalise_site_phone", "columns",
           "standard_names"]

BUILD_MODE_NAMES = {
    BuildMode.INTEGRATE: "整合现有资源建",
    BuildMode.ENTERPRISE: "按照企业规模建",
    BuildMode.NEEDS: "针对职工需求建",
    BuildMode.PARK: "结合园区特点建",
}
BUILD_MODE_LABELS = {
    BuildMode.INTEGRATE: QT_TRANSLATE_NOOP("Fields", "Built from existing resources"),
    BuildMode.ENTERPRISE: QT_TRANSLATE_NOOP("Fields", "Built to the company's size"),
    BuildMode.NEEDS: QT_TRANSLATE_NOOP("Fields", "Built for workers' needs"),
    BuildMode.PARK: QT_TRANSLATE_NOOP("Fields", "Built to suit an industrial park"),
}
FIELD_LABELS = {
    "station_kind": QT_TRANSLATE_NOOP("Fields", "Station kind"),
    "build_mode": QT_TRANSLATE_NOOP("Fields", "Build mode"),
    "star_rating": QT_TRANSLATE_NOOP("Fields", "Star rating"),
    "standard": QT_TRANSLATE_NOOP("Fields", "Standard"),
    "star_awarded_on": QT_TRANSLATE_NOOP("Fields", "Stars awarded on"),
    "opened_on": QT_TRANSLATE_NOOP("Fields", "Opened on"),
    "seats": QT_TRANSLATE_NOOP("Fields", "Seats"),
}
STATION_ONLY = ("station_kind", "build_mode", "star_rating", "star_awarded_on", "star_awarded_by", "standard")
_KINDS = {
    SiteKind.READING_ROOM: ("reading_room", "reading room", "room", "职工书屋", "书屋", "阅览室"),
    SiteKind.SERVICE_STATION: ("service_station", "service station", "station", "服务站", "驿站", "工会驿站",
                               "户外劳动者服务站", "服务站点"),
}
_LANDLINE = re.compile(r"0\d{2,3}-?\d{7,8}")


def _fold(text: str) -> str:
    return unicodedata.normalize("NFKC", text).strip().casefold()


def parse_kind(text: str | SiteKind) -> SiteKind:
    """reading_room / 职工书屋 or service_station / 服务站 / 驿站."""
    if isinstance(text, SiteKind):
        return text
    folded = _fold(text).replace("-", "_")
    for kind, names in _KINDS.items():
        if folded in names:
            return kind
    raise errors.UnknownSiteKind(text=text.strip())


def parse_build_mode(text: BuildMode | str | None) -> BuildMode | None:
    """A build mode by its key (integrate), Chinese name (整合现有资源建) or the first characters of it (整合)."""
    if text is None or isinstance(text, BuildMode):
        return text
    folded = _fold(text)
    if not folded:
        return None
    for mode, name_zh in BUILD_MODE_NAMES.items():
        if folded in (mode.value, name_zh) or (len(folded) >= 2 and name_zh.startswith(folded)):
            return mode
    raise errors.UnknownBuildMode(text=text.strip(), choices=", ".join(
        f"{m.value} ({n})" for m, n in BUILD_MODE_NAMES.items()))


def normalise_site_phone(raw: str) -> str:
    """A mobile as 11 digits or a landline as typed (spaces dropped); "" for none; refused otherwise."""
    compact = re.sub(r"[\s()（）]", "", unicodedata.normalize("NFKC", raw))
    if not compact:
        return ""
    if _LANDLINE.fullmatch(compact):
        return compact
    try:
        return normalise_phone(compact) or ""
    except errors.InvalidPhone:
        raise errors.InvalidSitePhone(phone=mask_phone(compact)) from None


def _label(field: str) -> Term:
    return Term("Fields", FIELD_LABELS[field])


def _not_after(day: dt.date | None, today: dt.date | None, field: str) -> dt.date | None:
    if day is not None and today is not None and day > today:
        raise errors.DateInFuture(what=_label(field), date=day.isoformat(), today=today.isoformat())
    return day


def _area(value: float | None) -> float | None:
    if value is None:
        return None
    if not math.isfinite(value) or not 0 < value <= AREA_M2_MAX:
        raise errors.InvalidArea(high=AREA_M2_MAX, text=str(value)[:24])
    return round(value, 2)


def _position_columns(position: Coordinate | None) -> dict[str, Any]:
    if position is None:
        return dict.fromkeys(("coord_system", "coord_lng", "coord_lat", "lng_wgs84", "lat_wgs84"))
    checked = checked_position(position.lng, position.lat, position.system)
    assert checked is not None
    wgs = to_wgs84(checked)
    return {"coord_system": checked.system, "coord_lng": checked.lng, "coord_lat": checked.lat,
            "lng_wgs84": wgs.lng, "lat_wgs84": wgs.lat}


def _station_only(new: NewSite, code: str) -> None:
    if new.kind is SiteKind.SERVICE_STATION:
        return
    for field in STATION_ONLY:
        if getattr(new, field) not in (None, ""):
            raise errors.StationFieldOnRoom(code=code, field=_label(field if field in FIELD_LABELS else "star_rating"))


def _standard_id(session: Session, name: str) -> int | None:
    if not name.strip():
        return None
    found = session.scalar(select(Standard.id).where(Standard.name == name.strip()))
    if found is None:
        choices = "、".join(session.scalars(select(Standard.name).order_by(Standard.id)))
        raise errors.UnknownSiteStandard(text=name.strip(), choices=choices or "-")
    return found


def columns(session: Session, new: NewSite, *, code: str, today: dt.date | None) -> dict[str, Any]:
    """The values of a site's row (all but code and kind) for `new`, or the typed error of its first bad value."""
    name = new.name.strip()
    if not name:
        raise errors.MissingField(field=lengths.label("name"))
    _station_only(new, code)
    hours = weekly.parse_hours(new.hours)
    stars = new.star_rating
    if stars is not None:
        bounded.within(stars, STARS, _label("star_rating"))
    elif new.star_awarded_on is not None or new.star_awarded_by.strip():
        raise errors.StarDateWithoutStars()
    if new.seats is not None:
        bounded.within(new.seats, SEATS, _label("seats"))
    station_kind = (terms.resolve(session, Vocabulary.STATION_KIND, new.station_kind).id
                    if new.station_kind.strip() else None)
    values: dict[str, Any] = {
        "name": name, "address": new.address.strip(), "region_code": (new.region_code or "").strip() or None,
        "note": new.note.strip(), "opened_on": _not_after(new.opened_on, today, "opened_on"),
        **_position_columns(new.position),
        "station_kind_id": station_kind, "build_mode": parse_build_mode(new.build_mode),
        "host_unit": new.host_unit.strip(), "opening_hours": hours.format() if hours else "",
        "area_m2": _area(new.area_m2), "seats": new.seats, "manager_name": new.manager_name.strip(),
        "manager_phone": normalise_site_phone(new.manager_phone), "star_rating": stars,
        "star_awarded_on": _not_after(new.star_awarded_on, today, "star_awarded_on"),
        "star_awarded_by": new.star_awarded_by.strip(), "standard_id": _standard_id(session, new.standard),
    }
    lengths.check(Site, values)
    return values


def standard_names(session: Session) -> list[str]:
    """The standards a site may be held to, as the form offers them."""
    return list(session.scalars(select(Standard.name).order_by(Standard.id)))
