"""GCJ-02 and BD-09 both ways: the iterative inverses are within 1 cm of the forward formulas on 10,000+ points."""

from __future__ import annotations

import numpy as np
import prcoords
import pytest

from desktop.core import coord_arrays, coords
from desktop.core.coords import CHINA_BOUNDS, Coordinate, CoordSystem

CENTIMETRE = 0.01
SHIFTED = (CoordSystem.GCJ02, CoordSystem.BD09)


def _sample() -> tuple[np.ndarray, np.ndarray]:
    """A 100 × 100 grid over China's box plus 10,000 seeded random points in it: 20,000 WGS-84 points."""
    west, south, east, north = CHINA_BOUNDS
    grid_lng, grid_lat = np.meshgrid(np.linspace(west, east, 100), np.linspace(south, north, 100))
    rng = np.random.default_rng(20261203)
    lng = np.concatenate([grid_lng.ravel(), rng.uniform(west, east, 10_000)])
    lat = np.concatenate([grid_lat.ravel(), rng.uniform(south, north, 10_000)])
    return lng, lat


LNG, LAT = _sample()


def test_the_sample_is_large_enough() -> None:
    assert LNG.size >= 10_000 and np.unique(np.stack([LNG, LAT]), axis=1).shape[1] == LNG.size


@pytest.mark.parametrize("system", SHIFTED)
def test_arrays_round_trip_from_wgs84_within_a_centimetre(system: CoordSystem) -> None:
    shown = coord_arrays.from_wgs84(LNG, LAT, system)
    back = coord_arrays.to_wgs84(*shown, system)
    errors_m = coord_arrays.haversine_m(LNG, LAT, *back)
    assert errors_m.max() < CENTIMETRE, errors_m.max()
    assert coord_arrays.haversine_m(LNG, LAT, *shown).max() > 100  # the datums do differ: a real test


@pytest.mark.parametrize("system", SHIFTED)
def test_arrays_inverse_then_forward_gives_the_input_within_a_centimetre(system: CoordSystem) -> None:
    """Read the sample as GCJ-02 / BD-09 input: the WGS-84 found must map forward onto it again."""
    wgs = coord_arrays.to_wgs84(LNG, LAT, system)
    again = coord_arrays.from_wgs84(*wgs, system)
    assert coord_arrays.haversine_m(LNG, LAT, *again).max() < CENTIMETRE


def test_the_vectorised_forward_formulas_are_prcoords_own() -> None:
    picks = slice(0, None, 7)
    gcj = coord_arrays.wgs_to_gcj(LNG[picks], LAT[picks])
    bd = coord_arrays.from_wgs84(LNG[picks], LAT[picks], CoordSystem.BD09)
    for i, (lng, lat) in enumerate(zip(LNG[picks], LAT[picks], strict=True)):
        expected = prcoords.wgs_gcj(prcoords.Coords(lat, lng), False)
        assert abs(gcj[0][i] - expected.lon) < 1e-9 and abs(gcj[1][i] - expected.lat) < 1e-9
        expected_bd = prcoords.gcj_bd(expected)
        assert abs(bd[0][i] - expected_bd.lon) < 1e-9 and abs(bd[1][i] - expected_bd.lat) < 1e-9


@pytest.mark.parametrize("system", SHIFTED)
def test_single_points_round_trip_both_ways_within_a_centimetre(system: CoordSystem) -> None:
    worst = 0.0
    for lng, lat in zip(LNG[:10_000].tolist(), LAT[:10_000].tolist(), strict=True):
        wgs = Coordinate(lng, lat, CoordSystem.WGS84)
        back = coords.to_wgs84(coords.from_wgs84(wgs, system))
        worst = max(worst, coords.haversine_m(lng, lat, back.lng, back.lat))
        again = coords.from_wgs84(coords.to_wgs84(Coordinate(lng, lat, system)), system)
        worst = max(worst, coords.haversine_m(lng, lat, again.lng, again.lat))
    assert worst < CENTIMETRE, worst


def test_single_points_and_arrays_agree() -> None:
    for system in SHIFTED:
        lng, lat = coord_arrays.to_wgs84(LNG[:500], LAT[:500], system)
        for i in range(500):
            one = coords.to_wgs84(Coordinate(float(LNG[i]), float(LAT[i]), system))
            assert coords.haversine_m(one.lng, one.lat, float(lng[i]), float(lat[i])) < 0.001


def test_outside_china_gcj02_is_left_alone_both_ways() -> None:
    paris = Coordinate(2.35, 48.85, CoordSystem.GCJ02)
    assert coords.to_wgs84(paris) == Coordinate(2.35, 48.85, CoordSystem.WGS84)
    assert coords.from_wgs84(Coordinate(2.35, 48.85, CoordSystem.WGS84), CoordSystem.GCJ02).lng == 2.35


@pytest.mark.parametrize(("text", "system"), [("GCJ-02", CoordSystem.GCJ02), ("bd09ll", CoordSystem.BD09),
                                              ("WGS 84", CoordSystem.WGS84), ("百度", CoordSystem.BD09),
                                              ("gcj02", CoordSystem.GCJ02), ("mercator", None)])
def test_datum_names_as_people_write_them(text: str, system: CoordSystem | None) -> None:
    assert coords.parse_system(text) is system
