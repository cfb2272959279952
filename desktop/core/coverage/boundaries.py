"""Boundaries imported from DataV GeoAtlas or plain GeoJSON: checked whole, converted to WGS-84, re-imports replace.

A re-import of a boundary already held (the same adcode, or with no adcode the same name) replaces its outline
in place and keeps its identity (uuid): a corrected file is imported again, never twice.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import Boundary, CoordSystem
from desktop.core import lengths
from desktop.core.coverage import geojson

_NAME_KEYS = ("name", "名称", "NAME", "Name")
_NAME_MAX = lengths.limit(Boundary, "name") or 100
_SOURCE_MAX = lengths.limit(Boundary, "source") or 200


@dataclass(frozen=True)
class BoundaryInfo:
    id: int
    name: str
    adcode: str | None
    level: str
    coord_system: CoordSystem
    """The datum the file was in; the geometry is held in WGS-84."""
    bbox: tuple[float, float, float, float]
    """(min_lng, min_lat, max_lng, max_lat) in WGS-84."""


@dataclass(frozen=True)
class BoundaryReport:
    path: str
    coord_system: CoordSystem
    datum_from: str
    """Where the datum came from: "option" (--crs), "datav" (DataV's properties) or "rfc7946" (plain GeoJSON)."""
    added: tuple[str, ...]
    replaced: tuple[str, ...]


@dataclass(frozen=True)
class _Parsed:
    name: str
    adcode: str | None
    level: str
    geometry_json: str
    bbox: tuple[float, float, float, float]


def read_boundaries(path: Path, system: CoordSystem | None) -> tuple[list[_Parsed], CoordSystem, str]:
    """Every feature of the file as a boundary in WGS-84, with the datum used and why; the whole file is refused
    (NotGeoJson, NotAPolygon, BoundaryOutsideChina) when one feature is bad."""
    features = geojson.read_features(path)
    datav = geojson.is_datav(features)
    if system is not None:
        datum_from = "option"
    elif datav:
        system, datum_from = CoordSystem.GCJ02, "datav"
    else:
        system, datum_from = CoordSystem.WGS84, "rfc7946"
    shapes = [geojson.polygons(feature, path) for feature in features]  # all checked before any is converted
    parsed = []
    for feature, parts in zip(features, shapes, strict=True):
        wgs = geojson.to_wgs84(parts, system)
        parsed.append(_Parsed(name=_name(feature, path), adcode=_adcode(feature), level=_level(feature),
                              geometry_json=geojson.multipolygon_json(wgs), bbox=geojson.bbox(wgs)))
    return parsed, system, datum_from


def _name(feature: geojson.Feature, path: Path) -> str:
    for key in _NAME_KEYS:
        value = feature.properties.get(key)
        if isinstance(value, str) and value.strip():
            return value.strip()[: _NAME_MAX]
    return f"{path.stem} {feature.number}"[: _NAME_MAX]


def _adcode(feature: geojson.Feature) -> str | None:
    value = feature.properties.get("adcode")
    if isinstance(value, int) and not isinstance(value, bool):
        value = str(value)
    return value.strip()[:12] if isinstance(value, str) and value.strip() else None


def _level(feature: geojson.Feature) -> str:
    value = feature.properties.get("level")
    return value.strip()[:16] if isinstance(value, str) else ""


def save_boundaries(session: Session, path: Path, parsed: list[_Parsed], system: CoordSystem,
                    datum_from: str) -> BoundaryReport:
    added, replaced = [], []
    source = path.name[: _SOURCE_MAX]
    for item in parsed:
        existing = _existing(session, item)
        row = existing or Boundary(name=item.name, adcode=item.adcode)
        row.name, row.level, row.coord_system, row.geometry_json, row.source = (
            item.name, item.level, system, item.geometry_json, source)
        row.min_lng, row.min_lat, row.max_lng, row.max_lat = item.bbox
        if existing is None:
            session.add(row)
            added.append(item.name)
        else:
            replaced.append(item.name)
        session.flush()
    return BoundaryReport(path=str(path), coord_system=system, datum_from=datum_from, added=tuple(added),
                          replaced=tuple(replaced))


def _existing(session: Session, item: _Parsed) -> Boundary | None:
    if item.adcode is not None:
        return session.scalar(select(Boundary).where(Boundary.adcode == item.adcode))
    return session.scalar(select(Boundary).where(Boundary.adcode.is_(None), Boundary.name == item.name))


def list_boundaries(session: Session) -> list[BoundaryInfo]:
    rows = session.execute(select(Boundary.id, Boundary.name, Boundary.adcode, Boundary.level, Boundary.coord_system,
                                  Boundary.min_lng, Boundary.min_lat, Boundary.max_lng, Boundary.max_lat)
                           .order_by(Boundary.adcode, Boundary.name))
    return [BoundaryInfo(id=r.id, name=r.name, adcode=r.adcode, level=r.level, coord_system=r.coord_system,
                         bbox=(r.min_lng, r.min_lat, r.max_lng, r.max_lat)) for r in rows]


def geometries(session: Session, names: list[str] | None = None) -> list[tuple[str, dict]]:
    """(name, GeoJSON geometry in WGS-84) of the boundaries named (by name or adcode), or of all of them."""
    query = select(Boundary.name, Boundary.adcode, Boundary.geometry_json).order_by(Boundary.id)
    rows = session.execute(query).all()
    if names:
        wanted = set(names)
        rows = [r for r in rows if r.name in wanted or r.adcode in wanted]
    return [(r.name, json.loads(r.geometry_json)) for r in rows]
