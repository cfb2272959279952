"""Real data: the DataV boundaries of Yancheng and Xuzhou and the 519 Xuzhou places (GCJ-02, 8 at 0, 0).

What the grid check proves: every cell centre the program kept lies inside Xuzhou by a ray-casting test written
here on the stored WGS-84 rings (soundness, by another method than shapely's), and the number of cells matches
Xuzhou's area computed here on the sphere divided by the cell area within 1 % (completeness: a lost or doubled
band of cells would show); neighbouring centres are 1000 m apart by haversine (square cells on the ground).
"""

from __future__ import annotations

import csv
import json
import math
import sqlite3
import subprocess
from pathlib import Path

import numpy as np
import prcoords
import pytest

from desktop.core import coord_arrays
from tests.cli.test_cli import SHUYI
from tests.core.coverage_files import ray_inside

XUZHOU_DISTRICTS = 10
YANCHENG_DISTRICTS = 9


def _shuyi(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([SHUYI, *args], capture_output=True, text=True, timeout=300)


@pytest.fixture
def geo(shared_data: Path) -> Path:
    folder = shared_data / "geo"
    if not (folder / "datav_320300_full.json").is_file():
        pytest.skip(f"DataV boundaries not present in {folder}")
    return folder


def _boundaries(db: Path) -> dict[str, tuple[str, dict]]:
    """adcode → (the datum it came in, its stored WGS-84 geometry)."""
    with sqlite3.connect(db) as conn:
        rows = conn.execute("SELECT adcode, coord_system, geometry_json FROM boundaries").fetchall()
    return {adcode: (system, json.loads(geometry)) for adcode, system, geometry in rows}


def _rings(geometry: dict) -> list[list[list[float]]]:
    return [ring for part in geometry["coordinates"] for ring in part]


def _sphere_area_m2(geometry: dict) -> float:
    """Sum over polygons of outer ring minus holes, each by the spherical ring-area sum (as d3 and turf)."""
    r = 6_371_008.8
    total = 0.0
    for part in geometry["coordinates"]:
        for index, ring in enumerate(part):
            s = sum(math.radians(l2 - l1) * (2 + math.sin(math.radians(p1)) + math.sin(math.radians(p2)))
                    for (l1, p1), (l2, p2) in zip(ring, ring[1:], strict=False))
            total += abs(s) * r * r / 2 * (1 if index == 0 else -1)
    return total


def test_real_boundaries_places_and_a_grid_over_xuzhou(geo: Path, db_path: Path, tmp_path: Path) -> None:
    db = ["--db", str(db_path)]
    for name, count in (("datav_320900_full.json", YANCHENG_DISTRICTS), ("datav_320300_full.json", XUZHOU_DISTRICTS)):
        result = _shuyi("coverage", "boundary", "import", str(geo / name), "--json", *db)
        assert result.returncode == 0, result.stderr
        assert json.loads(result.stdout)["count"] == count and "GCJ-02" in result.stderr
    held = _boundaries(db_path)
    assert len(held) == YANCHENG_DISTRICTS + XUZHOU_DISTRICTS

    # a stored vertex is the file's GCJ-02 vertex converted by prcoords' own iterative inverse (to its ~4 mm)
    source = json.loads((geo / "datav_320900_full.json").read_text(encoding="utf-8"))
    jianhu = next(f for f in source["features"] if f["properties"]["adcode"] == 320925)
    lng, lat = jianhu["geometry"]["coordinates"][0][0][5]
    system, stored = held["320925"][0], held["320925"][1]
    expected = prcoords.gcj_wgs_bored(prcoords.Coords(lat, lng))
    got_lng, got_lat = stored["coordinates"][0][0][5]
    assert system == "gcj02" and coord_arrays.haversine_m(got_lng, got_lat, expected.lon, expected.lat) < 0.02
    # the county town of 建湖 (a GCJ-02 point read off Gaode), converted, lies inside the stored 建湖县
    town = prcoords.gcj_wgs_bored(prcoords.Coords(33.472621, 119.793105))
    assert ray_inside(town.lon, town.lat, _rings(stored))

    places = json.loads((geo / "bikelife_2014" / "xuzhou.json").read_text(encoding="utf-8"))
    path = tmp_path / "徐州公共自行车.csv"
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["名称", "经度", "纬度", "地址"])
        for place in places:
            writer.writerow([place["name"], place["lng"], place["lat"], place["address"]])
    zero_rows = [i + 2 for i, p in enumerate(places) if p["lat"] == 0 or p["lng"] == 0]
    result = _shuyi("--lang", "en", "coverage", "demand", "import", str(path), "--crs", "gcj02", "--json", *db)
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert (report["read"], report["added"], len(report["rejected"])) == (519, 511, 8)
    assert [r["number"] for r in report["rejected"]] == zero_rows
    assert [line.split(":")[0] for line in result.stderr.splitlines()] == [f"row {n}" for n in zero_rows]
    again = json.loads(_shuyi("coverage", "demand", "import", str(path), "--crs", "gcj02", "--json", *db).stdout)
    assert (again["added"], again["kept"], again["removed"]) == (0, 511, 0)

    xuzhou = [code for code in held if code.startswith("3203")]
    grid = _shuyi("coverage", "demand", "grid", "--cell", "1000", "--json",
                  *[arg for code in xuzhou for arg in ("--boundary", code)], *db)
    assert grid.returncode == 0, grid.stderr
    count = json.loads(grid.stdout)["count"]
    with sqlite3.connect(db_path) as conn:
        cells = conn.execute("SELECT p.lng_wgs84, p.lat_wgs84 FROM demand_points p JOIN demand_layers l "
                             "ON l.id = p.layer_id WHERE l.source = 'grid'").fetchall()
    assert len(cells) == count
    geometries = [held[code][1] for code in xuzhou]
    assert all(any(ray_inside(x, y, _rings(g)) for g in geometries) for x, y in cells)
    area = sum(_sphere_area_m2(g) for g in geometries)
    assert abs(count - area / 1000**2) < 0.01 * area / 1000**2, (count, area / 1e6)
    lngs, lats = np.array(cells).T
    sample = range(0, count, 97)
    nearest = [np.partition(coord_arrays.haversine_m(lngs[i], lats[i], lngs, lats), 1)[1] for i in sample]
    assert 999 < float(np.median(nearest)) < 1001

    # every real place lies inside the union of the Xuzhou districts but for a few on the very edge
    inside = sum(any(ray_inside(p["lng"], p["lat"], _rings(g)) for g in geometries) for p in places if p["lat"])
    assert inside >= 505
