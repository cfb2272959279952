"""Demand grids: square metre cells inside the boundaries, weighted by a layer on request, bounded in size."""

from __future__ import annotations

import math
import sqlite3
from pathlib import Path

import numpy as np
import pytest

from desktop.core import coord_arrays, errors
from desktop.core.app import Shuyi
from desktop.core.coords import CoordSystem, haversine_m
from desktop.core.coverage.grid import MAX_CELLS, LocalProjection
from tests.core.coverage_files import HOLE, JIANHU_SQUARE, dump, feature, polygon, ray_inside, write_csv, write_geojson


def _grid_points(db: Path, layer: str) -> list[tuple[float, float, float]]:
    with sqlite3.connect(db) as conn:
        return conn.execute("SELECT p.lng_wgs84, p.lat_wgs84, p.weight FROM demand_points p JOIN demand_layers l "
                            "ON l.id = p.layer_id WHERE l.name = ? ORDER BY p.id", (layer,)).fetchall()


@pytest.fixture
def town(app: Shuyi, tmp_path: Path) -> Shuyi:
    """A WGS-84 square of about 9.3 × 8.9 km with a hole of about 1.9 × 2.2 km."""
    app.coverage_data.import_boundaries(write_geojson(tmp_path / "town.geojson",
                                                      feature(polygon(JIANHU_SQUARE, HOLE), name="城区")))
    return app


def _spherical_area_m2(ring: list[list[float]]) -> float:
    """Area of a small lng/lat ring on the sphere (the ring-area sum d3 and turf use), independent of the code."""
    r = 6_371_008.8
    total = 0.0
    for i in range(len(ring) - 1):
        (l1, p1), (l2, p2) = ring[i], ring[i + 1]
        total += math.radians(l2 - l1) * (2 + math.sin(math.radians(p1)) + math.sin(math.radians(p2)))
    return abs(total * r * r / 2)


def test_cell_centres_lie_inside_a_metre_apart_and_match_the_area(town: Shuyi, db_path: Path) -> None:
    report = town.coverage_data.make_grid(500)
    points = _grid_points(db_path, report.layer)
    assert report.count == len(points) and report.layer == "grid 500 m" and report.boundaries == ("城区",)
    assert all(ray_inside(lng, lat, [JIANHU_SQUARE, HOLE]) for lng, lat, _ in points)
    assert {w for *_, w in points} == {1.0}
    area = _spherical_area_m2(JIANHU_SQUARE) - _spherical_area_m2(HOLE)
    assert abs(report.count - area / 500**2) < 0.03 * area / 500**2
    lng = np.array([p[0] for p in points])
    lat = np.array([p[1] for p in points])
    nearest = []
    for i in range(0, len(points), 17):
        d = coord_arrays.haversine_m(lng[i], lat[i], lng, lat)
        nearest.append(np.min(d[d > 1]))
    assert min(nearest) > 499 and max(nearest) < 501  # square cells of 500 m on the ground


def test_a_grid_made_again_replaces_itself(town: Shuyi, db_path: Path) -> None:
    first = town.coverage_data.make_grid(1000)
    again = town.coverage_data.make_grid(1000)
    assert first.count == again.count == len(_grid_points(db_path, "grid 1000 m"))
    assert [layer.name for layer in town.coverage_data.list_layers()] == ["grid 1000 m"]


def test_a_weighted_grid_sums_the_layer_s_points_per_cell_and_drops_empty_cells(town: Shuyi, db_path: Path,
                                                                              tmp_path: Path) -> None:
    text = "经度,纬度,权重\n119.760,33.450,3\n119.7601,33.4501,4\n119.840,33.510,2\n119.80,33.48,50\n119.95,33.47,9\n"
    town.coverage_data.import_demand(write_csv(tmp_path / "riders.csv", text), CoordSystem.WGS84)
    report = town.coverage_data.make_grid(1000, weight_layer="riders", layer="骑手网格")
    points = _grid_points(db_path, "骑手网格")
    # two points share a cell (7), one has its own (2); the one in the hole and the one outside count for nothing
    assert sorted(w for *_, w in points) == [2.0, 7.0] and report.count == 2
    for lng, lat, weight in points:
        near = 119.76 if weight == 7.0 else 119.84
        assert haversine_m(lng, lat, near, 33.45 if weight == 7.0 else 33.51) < 1000


@pytest.mark.parametrize("cell", [0.0, -5.0, 5.0, math.nan, 1e9])
def test_a_cell_outside_the_allowed_sizes_is_refused(town: Shuyi, cell: float) -> None:
    with pytest.raises(errors.BadCellSize):
        town.coverage_data.make_grid(cell)


def test_too_many_cells_are_refused_with_the_smallest_cell_that_fits(app: Shuyi, db_path: Path,
                                                                     tmp_path: Path) -> None:
    wide = [[117.0, 33.0], [121.0, 33.0], [121.0, 35.0], [117.0, 35.0], [117.0, 33.0]]
    app.coverage_data.import_boundaries(write_geojson(tmp_path / "wide.geojson", feature(polygon(wide), name="大")))
    before = dump(db_path)
    with pytest.raises(errors.GridTooLarge) as refused:
        app.coverage_data.make_grid(100)
    smallest = refused.value.params["smallest"]
    assert dump(db_path) == before
    area = _spherical_area_m2(wide)
    assert area / 100**2 > MAX_CELLS and area / smallest**2 <= MAX_CELLS * 1.01


def test_a_grid_needs_boundaries_and_known_names(app: Shuyi, tmp_path: Path) -> None:
    with pytest.raises(errors.NoBoundaries):
        app.coverage_data.make_grid(1000)
    app.coverage_data.import_boundaries(write_geojson(tmp_path / "t.geojson", feature(polygon(JIANHU_SQUARE),
                                                                                          name="城区")))
    with pytest.raises(errors.UnknownBoundary, match="城区"):
        app.coverage_data.make_grid(1000, boundary=["郊区"])
    with pytest.raises(errors.EmptyGrid):
        app.coverage_data.make_grid(40_000)
    with pytest.raises(errors.UnknownLayer):
        app.coverage_data.make_grid(1000, weight_layer="nobody")
    assert app.coverage_data.make_grid(1000, boundary=["城区"]).count > 50


def test_the_local_projection_keeps_distances_within_a_twentieth_of_a_percent() -> None:
    projection = LocalProjection(119.8, 33.47)
    rng = np.random.default_rng(7)
    lng = 119.8 + rng.uniform(-3, 3, 2000)
    lat = 33.47 + rng.uniform(-2.5, 2.5, 2000)
    x, y = projection.forward(lng, lat)
    back = projection.inverse(x, y)
    assert coord_arrays.haversine_m(lng, lat, *back).max() < 0.001
    from_centre = coord_arrays.haversine_m(119.8, 33.47, lng, lat)
    assert np.abs(np.hypot(x, y) - from_centre).max() < 0.01  # equidistant from the centre: exact
    pairs = coord_arrays.haversine_m(lng[:-1], lat[:-1], lng[1:], lat[1:])
    planar = np.hypot(np.diff(x), np.diff(y))
    within = (from_centre[:-1] < 300_000) & (from_centre[1:] < 300_000)
    assert (np.abs(planar - pairs) / pairs)[within].max() < 0.0005


def test_a_bd09_boundary_grid_lies_where_the_converted_outline_is(app: Shuyi, db_path: Path, tmp_path: Path) -> None:
    path = write_geojson(tmp_path / "bd.geojson", feature(polygon(JIANHU_SQUARE), name="百度"))
    app.coverage_data.import_boundaries(path, CoordSystem.BD09)
    report = app.coverage_data.make_grid(1000)
    ring_lng, ring_lat = coord_arrays.to_wgs84(np.array([p[0] for p in JIANHU_SQUARE]),
                                               np.array([p[1] for p in JIANHU_SQUARE]), CoordSystem.BD09)
    ring = [[a, b] for a, b in zip(ring_lng.tolist(), ring_lat.tolist(), strict=True)]
    assert all(ray_inside(lng, lat, [ring]) for lng, lat, _ in _grid_points(db_path, report.layer))
