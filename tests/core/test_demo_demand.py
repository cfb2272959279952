"""The demo's demand layer: deterministic points of the four kinds about the demo towns, in GCJ-02 and WGS-84."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from desktop.core.app import Shuyi
from desktop.core.coords import Coordinate, CoordSystem, haversine_m, to_wgs84
from desktop.core.demo import demand
from desktop.core.demo.places import TOWNS


def _rows(db: Path) -> list[tuple]:
    with sqlite3.connect(db) as conn:
        return conn.execute("SELECT p.coord_system, p.coord_lng, p.coord_lat, p.lng_wgs84, p.lat_wgs84, p.weight, "
                            "p.kind, p.label FROM demand_points p JOIN demand_layers l ON l.id = p.layer_id "
                            "WHERE l.name = ? ORDER BY p.id", (demand.LAYER,)).fetchall()


def test_the_small_demo_has_demand_about_its_towns(demo_db_path: Path) -> None:
    rows = _rows(demo_db_path)
    assert len(rows) == len(demand.points(county=False, seed=1)) == 40
    assert {r[6] for r in rows} == {kind for kind, *_ in demand.KINDS}
    towns = {name: (lng, lat) for name, lng, lat in TOWNS}
    for system, lng, lat, wlng, wlat, weight, kind, label in rows:
        town = next(t for t in demand.SMALL_TOWNS if label.startswith(t))
        assert system == "gcj02" and haversine_m(lng, lat, *towns[town]) < 5000
        wgs = to_wgs84(Coordinate(lng, lat, CoordSystem.GCJ02))
        assert haversine_m(wlng, wlat, wgs.lng, wgs.lat) < 0.001
        low, high = next((lo, hi) for k, lo, hi in demand.KINDS if k == kind)
        assert low <= weight <= high


def test_the_demand_is_the_same_every_time_and_the_county_demo_has_every_town(tmp_path: Path) -> None:
    assert demand.points(county=False, seed=5) == demand.points(county=False, seed=5)
    county = demand.points(county=True, seed=5)
    assert {p.label.split(p.kind)[0] for p in county} == {name for name, *_ in TOWNS}
    with Shuyi.open(tmp_path / "county.db") as app:
        app.demo.load("county")
        [layer] = app.coverage_data.list_layers()
    assert layer.name == demand.LAYER and layer.points == len(county)
