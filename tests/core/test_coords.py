"""Coordinates: GCJ-02 and BD-09 in, WGS-84 stored; bad positions refused."""

from __future__ import annotations

import math

import pytest

from desktop.core import errors
from desktop.core.coords import Coordinate, CoordSystem, distance_m, from_wgs84, to_wgs84

JIANHU_GCJ = Coordinate(lng=119.793105, lat=33.472621, system=CoordSystem.GCJ02)


def _metres(a: Coordinate, b: Coordinate) -> float:
    """Plain haversine on raw numbers, whatever their datum."""
    r = 6_371_000.0
    p1, p2 = math.radians(a.lat), math.radians(b.lat)
    dp, dl = p2 - p1, math.radians(b.lng - a.lng)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * r * math.asin(math.sqrt(h))


def test_gcj02_differs_from_wgs84_by_hundreds_of_metres_in_jiangsu() -> None:
    wgs = to_wgs84(JIANHU_GCJ)
    assert wgs.system is CoordSystem.WGS84
    assert 300 < _metres(JIANHU_GCJ, wgs) < 800


@pytest.mark.parametrize("system", [CoordSystem.GCJ02, CoordSystem.BD09])
def test_round_trip_through_wgs84_is_within_a_metre(system: CoordSystem) -> None:
    wgs = to_wgs84(JIANHU_GCJ)
    shown = from_wgs84(wgs, system)
    assert _metres(to_wgs84(shown), wgs) < 1.0


def test_distance_compares_places_not_numbers() -> None:
    assert distance_m(JIANHU_GCJ, to_wgs84(JIANHU_GCJ)) < 1.0
    east = Coordinate(lng=JIANHU_GCJ.lng + 0.01, lat=JIANHU_GCJ.lat, system=CoordSystem.GCJ02)
    assert 900 < distance_m(JIANHU_GCJ, east) < 950  # 0.01° of longitude at 33.5° N ≈ 927 m


@pytest.mark.parametrize(("lng", "lat"), [(0.0, 0.0), (181.0, 30.0), (120.0, -91.0), (math.nan, 30.0)])
def test_impossible_positions_are_refused(lng: float, lat: float) -> None:
    with pytest.raises(errors.InvalidCoordinate):
        Coordinate(lng=lng, lat=lat, system=CoordSystem.GCJ02)
