"""The demo county is real: every demo site lies inside 建湖县's boundary from public GeoJSON (both GCJ-02)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop.core import demo
from desktop.core.app import Shuyi
from desktop.core.coords import CoordSystem

Ring = list[tuple[float, float]]


def _county_rings(shared_data: Path) -> list[Ring]:
    collection = json.loads((shared_data / "geo" / "datav_320900_full.json").read_text(encoding="utf-8"))
    [county] = [f for f in collection["features"] if str(f["properties"]["adcode"]) == demo.COUNTY_REGION_CODE]
    assert county["properties"]["name"] == demo.COUNTY_NAME
    return [[(x, y) for x, y in polygon[0]] for polygon in county["geometry"]["coordinates"]]


def _inside(rings: list[Ring], x: float, y: float) -> bool:
    hit = False
    for ring in rings:
        for (x1, y1), (x2, y2) in zip(ring, ring[1:] + ring[:1], strict=True):
            if (y1 > y) != (y2 > y) and x < (x2 - x1) * (y - y1) / (y2 - y1) + x1:
                hit = not hit
    return hit


@pytest.mark.parametrize("size", demo.SIZES)
def test_every_demo_site_is_inside_the_county(shared_data: Path, tmp_path: Path, size: demo.DemoSize) -> None:
    rings = _county_rings(shared_data)
    assert not _inside(rings, 120.5, 33.0)  # a point in 东台/大丰, outside 建湖: the test can fail
    with Shuyi.open(tmp_path / "demo.db") as app:
        app.demo.load(size)
        sites = app.sites.list_sites()
    outside = [s.code for s in sites if s.position is None or not _inside(rings, s.position.lng, s.position.lat)]
    assert outside == []
    assert all(s.position and s.position.system is CoordSystem.GCJ02 for s in sites)
