"""Coordinates tagged with their datum (WGS-84, GCJ-02, BD-09), converted with prcoords; stored in WGS-84.

The forward formulas (WGS-84 → GCJ-02 → BD-09) are prcoords'. The inverses are fixed-point iterations on them
(x ← x − (f(x) − target)) run to 1e-10° (about 0.01 mm): prcoords' own `*_bored` inverses stop at 1e-5°,
which leaves up to 2 cm for BD-09. tests/core/test_coords_accuracy.py proves < 1 cm on 10,000+ points both ways.
Whole arrays are converted by desktop.core.coord_arrays with the same formulas.
"""

from __future__ import annotations

import math
import unicodedata
import warnings
from collections.abc import Callable
from dataclasses import dataclass

import prcoords

from db.models import CoordSystem
from desktop.core import errors

__all__ = [
    "CHINA_BOUNDS", "CoordSystem", "Coordinate", "distance_m", "from_wgs84", "in_china", "parse_system", "to_wgs84",
]

CHINA_BOUNDS = (73.4, 3.8, 135.1, 53.6)
"""(west, south, east, north) of China with its islands: what a coordinate of a county here must lie in."""
INVERSE_TOLERANCE_DEG = 1e-10
"""When the fixed-point iteration stops: the last step moved the point less than this (≈ 0.01 mm)."""
INVERSE_MAX_STEPS = 30
"""A cap the iteration never reaches inside China (it converges in 4–8 steps); it keeps a loop finite anywhere."""
EARTH_RADIUS_M = 6_371_008.8
"""The mean Earth radius (IUGG) every haversine here uses."""

_ALIASES = {
    CoordSystem.WGS84: ("wgs84", "wgs", "gps", "osm", "epsg4326", "4326"),
    CoordSystem.GCJ02: ("gcj02", "gcj", "火星", "火星坐标", "高德", "腾讯", "amap", "gaode", "tencent"),
    CoordSystem.BD09: ("bd09", "bd09ll", "bd", "百度", "baidu"),
}
_SYSTEM_NAMES = {alias: system for system, aliases in _ALIASES.items() for alias in aliases}


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


def parse_system(text: str) -> CoordSystem | None:
    """The datum a user or a file names ("GCJ-02", "bd09ll", "WGS 84", "百度"…), or None when it is not one."""
    key = "".join(ch for ch in unicodedata.normalize("NFKC", text).casefold() if ch.isalnum())
    return _SYSTEM_NAMES.get(key)


def in_china(lng: float, lat: float) -> bool:
    """Whether a point lies in CHINA_BOUNDS (a box: enough to catch swapped, zero or foreign coordinates)."""
    west, south, east, north = CHINA_BOUNDS
    return west <= lng <= east and south <= lat <= north


def _shifted(lng: float, lat: float) -> bool:
    """Whether GCJ-02 shifts this point at all: prcoords leaves points outside its box of China as they are."""
    return prcoords.sanity_in_china_p(prcoords.Coords(lat, lng))


def _wgs_gcj(lng: float, lat: float) -> tuple[float, float]:
    point = prcoords.wgs_gcj(prcoords.Coords(lat, lng), False)
    return point.lon, point.lat


def _gcj_bd(lng: float, lat: float) -> tuple[float, float]:
    point = prcoords.gcj_bd(prcoords.Coords(lat, lng))
    return point.lon, point.lat


def invert(forward: Callable[[float, float], tuple[float, float]], lng: float, lat: float) -> tuple[float, float]:
    """The point x with forward(x) = (lng, lat), by fixed-point iteration from x = target."""
    x, y = lng, lat
    for _ in range(INVERSE_MAX_STEPS):
        fx, fy = forward(x, y)
        dx, dy = fx - lng, fy - lat
        x, y = x - dx, y - dy
        if abs(dx) < INVERSE_TOLERANCE_DEG and abs(dy) < INVERSE_TOLERANCE_DEG:
            break
    return x, y


def to_wgs84(coord: Coordinate) -> Coordinate:
    """The same place in WGS-84 (iterative inverse of GCJ-02/BD-09 to < 0.1 mm; GCJ-02 is a no-op outside China)."""
    lng, lat = coord.lng, coord.lat
    if coord.system is CoordSystem.BD09:
        lng, lat = invert(_gcj_bd, lng, lat)
    if coord.system is not CoordSystem.WGS84 and _shifted(lng, lat):
        lng, lat = invert(_wgs_gcj, lng, lat)
    return Coordinate(lng=lng, lat=lat, system=CoordSystem.WGS84)


def from_wgs84(coord: Coordinate, system: CoordSystem) -> Coordinate:
    """A WGS-84 coordinate shown in another datum, e.g. over a GCJ-02 base map."""
    if coord.system is not CoordSystem.WGS84:
        coord = to_wgs84(coord)
    lng, lat = coord.lng, coord.lat
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # prcoords warns about points outside China and leaves them as they are
        if system is CoordSystem.GCJ02:
            point = prcoords.wgs_gcj(prcoords.Coords(lat, lng))
            lng, lat = point.lon, point.lat
        elif system is CoordSystem.BD09:
            point = prcoords.wgs_bd(prcoords.Coords(lat, lng))
            lng, lat = point.lon, point.lat
    return Coordinate(lng=lng, lat=lat, system=system)


def haversine_m(lng1: float, lat1: float, lng2: float, lat2: float) -> float:
    """Great-circle distance in metres between two WGS-84 points given as numbers."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    h = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lng2 - lng1) / 2) ** 2
    return 2 * EARTH_RADIUS_M * math.asin(min(1.0, math.sqrt(h)))


def distance_m(a: Coordinate, b: Coordinate) -> float:
    """Great-circle distance in metres between two coordinates (converted to WGS-84 first)."""
    a, b = to_wgs84(a), to_wgs84(b)
    return haversine_m(a.lng, a.lat, b.lng, b.lat)
