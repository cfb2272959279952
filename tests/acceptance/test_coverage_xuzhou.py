"""Acceptance: the 519 real Xuzhou public-bicycle stations (GCJ-02) as demand, a tenth of them as stations.

The 8 rows at 0, 0 are dropped; the rest go to WGS-84 through desktop.core.coords. Every figure is checked
against a brute force over all pairs (haversine) and siting against a MILP written in the test.
"""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from desktop.core.coords import Coordinate, CoordSystem, to_wgs84
from desktop.core.coverage.gaps import gap_places
from desktop.core.coverage.measures import measure
from desktop.core.coverage.siting import site
from desktop.core.coverage.spatial import Points
from desktop.core.coverage.travel import travel
from tests.core.coverage.brute import distances, objective, reach
from tests.core.coverage.test_engine_siting import _test_milp


@pytest.fixture
def xuzhou(shared_data: Path) -> tuple[Points, np.ndarray]:
    rows = json.loads((shared_data / "geo" / "bikelife_2014" / "xuzhou.json").read_text(encoding="utf-8"))
    assert len(rows) == 519
    kept = [r for r in rows if float(r["lng"]) != 0 and float(r["lat"]) != 0]
    assert len(kept) == 511
    wgs = [to_wgs84(Coordinate(float(r["lng"]), float(r["lat"]), CoordSystem.GCJ02)) for r in kept]
    places = Points.of([c.lng for c in wgs], [c.lat for c in wgs])
    return places, np.arange(0, len(kept), 10)  # every tenth place is a station: 52 of them


@pytest.mark.parametrize("mode", ["walk", "bike"])
def test_the_figures_on_real_xuzhou_places_match_a_brute_force(xuzhou, mode: str) -> None:
    places, station_rows = xuzhou
    stations = places.take(station_rows)
    t = travel(mode)
    d = distances(places.lng, places.lat, stations.lng, stations.lat)
    within = reach(d, t.radius_m).sum(axis=1)
    minutes = d.min(axis=1) / t.metres_per_minute
    m = measure(places, stations, t)
    n = len(places)
    assert m.covered_share == pytest.approx((within >= 1).sum() / n)
    assert m.cross_covered_share == pytest.approx((within >= 2).sum() / n)
    assert m.mean_minutes == pytest.approx(minutes.mean(), rel=1e-6)
    assert m.p95_minutes == pytest.approx(np.sort(minutes)[int(np.ceil(0.95 * n)) - 1], rel=1e-6)
    assert m.max_minutes == pytest.approx(minutes.max(), rel=1e-6)
    assert 0.05 < m.cross_covered_share < m.covered_share < 1
    gaps = gap_places(places, stations, t)
    assert sum(g.weight for g in gaps) == (within == 0).sum()
    for g in gaps[:10]:
        assert g.nearest_m == pytest.approx(distances([g.lng_wgs84], [g.lat_wgs84], stations.lng, stations.lat).min(),
                                            rel=1e-6)


@pytest.mark.parametrize("objective_name", ["cover", "cross"])
def test_siting_on_real_xuzhou_places_is_the_milps_optimum(xuzhou, objective_name: str) -> None:
    places, station_rows = xuzhou
    stations = places.take(station_rows)
    others = np.setdiff1d(np.arange(len(places)), station_rows)
    candidates = places.take(others)
    t = travel("walk")
    reach_fixed = reach(distances(places.lng, places.lat, stations.lng, stations.lat), t.radius_m)
    reach_cand = reach(distances(places.lng, places.lat, candidates.lng, candidates.lat), t.radius_m)
    lam = None if objective_name == "cover" else 1.0
    result = site(places, stations, candidates, t, 5, objective=objective_name)
    expected = _test_milp(reach_fixed, reach_cand, places.weights, 5, lam)
    assert result.optimal
    assert result.value_after == pytest.approx(expected)
    counts = reach_fixed.sum(axis=1) + reach_cand[:, result.chosen].sum(axis=1)
    assert objective(counts, places.weights, lam) == pytest.approx(expected)
