"""Coordinates tagged with their datum (WGS-84, GCJ-02, BD-09), converted with prcoords; stored in WGS-84."""

from __future__ import annotations

import math
from dataclasses import dataclass

import prcoords

from db.models import CoordSystem
from desktop.core import errors

__all__ = ["CoordSystem", "Coordinate", "to_wgs84", "from_wgs84", "distance_m"]


@dataclass(frozen=True)
class Coordinate:
    """A longitude/latitude pair in a named datum."""

    lng: float
    lat: float
    system: CoordSystem

    def __post_init__(self) -> None:
        if not (math.isfinite(self.lng) and math.isfinite(self.lat)) or not (
            -180 <= self.lng <= 180 and -90 <= self.lat <= 90
        ):
            raise errors.InvalidCoordinate(lng=self.lng, lat=self.lat)
        if self.lng == 0 and self.lat == 0:  # the usual "no position" placeholder in exported data
            raise errors.InvalidCoordinate(lng=self.lng, lat=self.lat)


def to_wgs84(coord: Coordinate) -> Coordinate:
    """The same place in WGS-84 (precise inverse of GCJ-02/BD-09 to well under a metre; no-op outside China)."""
    point = prcoords.Coords(coord.lat, coord.lng)
    if coord.system is CoordSystem.GCJ02:
        point = prcoords.gcj_wgs_bored(point)
    elif coord.system is CoordSystem.BD09:
        point = prcoords.bd_wgs_bored(point)
    return Coordinate(lng=point.lon, lat=point.lat, system=CoordSystem.WGS84)


def from_wgs84(coord: Coordinate, system: CoordSystem) -> Coordinate:
    """A WGS-84 coordinate shown in another datum, e.g. over a GCJ-02 base map."""
    if coord.system is not CoordSystem.WGS84:
        coord = to_wgs84(coord)
    point = prcoords.Coords(coord.lat, coord.lng)
    if system is CoordSystem.GCJ02:
        point = prcoords.wgs_gcj(point)
    elif system is CoordSystem.BD09:
        point = prcoords.wgs_bd(point)
    return Coordinate(lng=point.lon, lat=point.lat, system=system)


def distance_m(a: Coordinate, b: Coordinate) -> float:
    """Great-circle distance in metres between two coordinates (converted to WGS-84 first)."""
    a, b = to_wgs84(a), to_wgs84(b)
    return float(prcoords.Coords(a.lat, a.lng).distance(prcoords.Coords(b.lat, b.lng)))
