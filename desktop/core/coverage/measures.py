"""Coverage measures of a set of stations over weighted demand: who is within T, twice, how far, who serves whom.

Definitions (docs/coverage.md "Measures"): each demand point's time is the travel time to its NEAREST station,
whether or not within T. Shares are of the total demand weight. `mean_minutes` is the weighted mean of those
times; `p95_minutes` the weighted 95th percentile, the smallest time t such that demand of at least 95 % of the
weight lies within t of a station (the lower weighted quantile, no interpolation); `max_minutes` the worst time
of any point with weight. Each station "serves" the demand nearest to it (ties to the lower index); its
`served_within` counts only what lies within T of it, and per seat divides that by its seats.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from scipy.spatial import cKDTree

from desktop.core import errors
from desktop.core.coverage.spatial import LocalProjection, Points, haversine_m
from desktop.core.coverage.travel import Travel


@dataclass(frozen=True)
class PointTimes:
    """Per demand point: metres and minutes to the nearest station, that station's index, stations within T.

    The nearest station and the count are found in the local plane; the metres to the nearest are haversine."""

    nearest_m: np.ndarray
    minutes: np.ndarray
    nearest: np.ndarray
    within: np.ndarray
    """How many stations lie within T (0: uncovered, ≥ 2: cross-covered)."""


@dataclass(frozen=True)
class StationLoad:
    served: float
    """Demand weight nearest to this station (its catchment)."""
    served_within: float
    """The part of it within T."""
    per_seat: float | None


@dataclass(frozen=True)
class Measures:
    covered_share: float
    cross_covered_share: float
    mean_minutes: float | None
    p95_minutes: float | None
    max_minutes: float | None
    demand_weight: float
    stations: int
    radius_m: float
    loads: tuple[StationLoad, ...]
    points: PointTimes


def point_times(demand: Points, stations: Points, travel: Travel,
                projection: LocalProjection | None = None) -> PointTimes:
    """Nearest station and stations within T for every demand point (all infinite/0 without stations)."""
    n = len(demand)
    if not len(stations):
        return PointTimes(np.full(n, np.inf), np.full(n, np.inf), np.full(n, -1), np.zeros(n, dtype=np.int64))
    projection = projection or LocalProjection.about(demand, stations)
    demand_xy = projection.forward(demand)
    tree = cKDTree(projection.forward(stations))
    _, nearest = tree.query(demand_xy, k=1)
    nearest_m = haversine_m(demand.lng, demand.lat, stations.lng[nearest], stations.lat[nearest])
    within = tree.query_ball_point(demand_xy, travel.radius_m, return_length=True)
    return PointTimes(nearest_m, nearest_m / travel.metres_per_minute, nearest.astype(np.int64),
                      np.asarray(within, dtype=np.int64))


def weighted_quantile(values: np.ndarray, weights: np.ndarray, q: float) -> float:
    """The smallest value v with at least a share q of the weight at or below v."""
    order = np.argsort(values, kind="stable")
    cumulative = np.cumsum(weights[order])
    at = int(np.searchsorted(cumulative, q * cumulative[-1] * (1 - 1e-12), side="left"))
    return float(values[order][min(at, len(order) - 1)])


def measure(demand: Points, stations: Points, travel: Travel, *, seats: list[int | None] | None = None) -> Measures:
    """Every figure of the issue's "Measures" for these stations; `seats` per station (None: unknown)."""
    weights = demand.weights
    total = float(weights.sum())
    if not len(demand) or total <= 0:
        raise errors.NoDemandPoints()
    times = point_times(demand, stations, travel)
    covered = float(weights[times.within >= 1].sum())
    cross = float(weights[times.within >= 2].sum())
    has_weight = weights > 0
    reached = len(stations) > 0
    return Measures(
        covered_share=covered / total,
        cross_covered_share=cross / total,
        mean_minutes=float(np.average(times.minutes, weights=weights)) if reached else None,
        p95_minutes=weighted_quantile(times.minutes, weights, 0.95) if reached else None,
        max_minutes=float(times.minutes[has_weight].max()) if reached else None,
        demand_weight=total,
        stations=len(stations),
        radius_m=travel.radius_m,
        loads=_loads(times, weights, len(stations), seats),
        points=times,
    )


def _loads(times: PointTimes, weights: np.ndarray, count: int,
           seats: list[int | None] | None) -> tuple[StationLoad, ...]:
    if not count:
        return ()
    served = np.bincount(times.nearest, weights=weights, minlength=count)
    inside = times.within >= 1  # a point within T of any station is within T of its nearest
    served_within = np.bincount(times.nearest[inside], weights=weights[inside], minlength=count)
    seats = seats if seats is not None else [None] * count
    return tuple(
        StationLoad(served=float(served[j]), served_within=float(served_within[j]),
                    per_seat=float(served_within[j]) / s if s else None)
        for j, s in enumerate(seats)
    )
