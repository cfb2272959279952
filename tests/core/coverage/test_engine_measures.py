"""Measures and the gap list against a brute force over all pairs (haversine) written here independently."""

from __future__ import annotations

import numpy as np
import pytest

from desktop.core import errors
from desktop.core.coverage.gaps import gap_places, group_cells
from desktop.core.coverage.measures import measure
from desktop.core.coverage.spatial import LocalProjection, Points
from desktop.core.coverage.travel import travel
from tests.core.coverage.brute import county, distances, reach


def _instance(seed: int, n_demand: int = 400, n_stations: int = 25):
    rng = np.random.default_rng(seed)
    d_lng, d_lat, w = county(rng, n_demand, spread_deg=0.025)
    s_lng, s_lat, _ = county(rng, n_stations, spread_deg=0.025)
    return Points.of(d_lng, d_lat, w), Points.of(s_lng, s_lat)


def _weighted_p95(times: np.ndarray, w: np.ndarray) -> float:
    """Walk up the sorted times until 95 % of the weight is reached."""
    total, running = w.sum(), 0.0
    for t, wt in sorted(zip(times.tolist(), w.tolist(), strict=True)):
        running += wt
        if running >= 0.95 * total - 1e-9:
            return t
    raise AssertionError


@pytest.mark.parametrize("seed", [1, 2, 3])
@pytest.mark.parametrize("mode", ["walk", "bike"])
def test_every_figure_matches_a_brute_force_over_all_pairs(seed: int, mode: str) -> None:
    demand, stations = _instance(seed)
    t = travel(mode)
    d = distances(demand.lng, demand.lat, stations.lng, stations.lat)
    within = reach(d, t.radius_m).sum(axis=1)
    w = demand.weights
    minutes = d.min(axis=1) * t.detour / (t.speed_kmh * 1000 / 60)
    seats = [None if j % 3 == 0 else 10 + j for j in range(len(stations))]
    m = measure(demand, stations, t, seats=seats)
    assert m.demand_weight == w.sum() and m.stations == len(stations)
    assert m.covered_share == pytest.approx(w[within >= 1].sum() / w.sum())
    assert m.cross_covered_share == pytest.approx(w[within >= 2].sum() / w.sum())
    assert 0 < m.cross_covered_share < m.covered_share < 1
    assert m.mean_minutes == pytest.approx((minutes * w).sum() / w.sum(), rel=1e-4)
    assert m.p95_minutes == pytest.approx(_weighted_p95(minutes, w), rel=1e-4)
    assert m.max_minutes == pytest.approx(minutes.max(), rel=1e-4)
    nearest = d.argmin(axis=1)
    assert (m.points.within == within).all() and (m.points.nearest == nearest).all()
    for j, load in enumerate(m.loads):
        mine = nearest == j
        assert load.served == pytest.approx(w[mine].sum())
        assert load.served_within == pytest.approx(w[mine & (within >= 1)].sum())
        assert load.per_seat == (None if seats[j] is None else pytest.approx(load.served_within / seats[j]))
    assert sum(x.served for x in m.loads) == pytest.approx(w.sum())


def test_without_stations_nothing_is_covered_and_no_time_is_made_up() -> None:
    demand, _ = _instance(4)
    m = measure(demand, Points.of([], []), travel("walk"))
    assert (m.covered_share, m.cross_covered_share, m.mean_minutes, m.p95_minutes, m.max_minutes) == (
        0.0, 0.0, None, None, None)
    assert m.loads == ()


def test_no_demand_is_a_typed_error() -> None:
    with pytest.raises(errors.NoDemandPoints):
        measure(Points.of([], [], []), Points.of([117.1], [34.2]), travel("walk"))


@pytest.mark.parametrize("seed", [5, 6])
def test_gap_places_hold_exactly_the_uncovered_demand_and_lie_a_radius_apart(seed: int) -> None:
    demand, stations = _instance(seed, n_demand=600, n_stations=15)
    t = travel("walk")
    d = distances(demand.lng, demand.lat, stations.lng, stations.lat)
    open_ = ~reach(d, t.radius_m).any(axis=1)
    w = demand.weights
    places = gap_places(demand, stations, t)
    assert len(places) > 3
    assert sum(p.weight for p in places) == pytest.approx(w[open_].sum())
    assert sum(p.points for p in places) == open_.sum()
    assert [p.weight for p in places] == sorted((p.weight for p in places), reverse=True)
    for p in places:
        to_stations = distances([p.lng_wgs84], [p.lat_wgs84], stations.lng, stations.lat)
        assert p.nearest_m == pytest.approx(to_stations.min(), rel=1e-4)
        assert p.nearest_minutes == pytest.approx(t.minutes_for(p.nearest_m))
    # the grouping itself: points closer than a radius share a place, points of different places are a radius apart
    lng, lat = demand.lng[open_], demand.lat[open_]
    between = distances(lng, lat, lng, lat)
    projection = LocalProjection.about(demand, stations)
    labels = group_cells(projection.forward(Points.of(lng, lat)), t.radius_m)
    assert len(set(labels.tolist())) == len(places)
    for group in _components(between < t.radius_m):
        assert len({labels[i] for i in group}) == 1
    apart = labels[:, None] != labels[None, :]
    assert between[apart].min() >= t.radius_m * (1 - 1e-4)


def _components(linked: np.ndarray) -> list[set[int]]:
    seen: set[int] = set()
    found = []
    for start in range(len(linked)):
        if start in seen:
            continue
        stack, group = [start], set()
        while stack:
            i = stack.pop()
            if i in group:
                continue
            group.add(i)
            stack.extend(np.nonzero(linked[i])[0].tolist())
        seen |= group
        found.append(group)
    return found


def test_everyone_covered_means_no_gaps() -> None:
    demand = Points.of([117.2, 117.201], [34.2, 34.2005], [3, 4])
    assert gap_places(demand, Points.of([117.2005], [34.2002]), travel("walk")) == []
