"""The gap list: uncovered demand grouped into places, ranked by weight, each with its centre and nearest station.

Grouping (docs/coverage.md "Gaps"): the uncovered points with weight are snapped to a square grid whose cell side
is the travel radius; cells that touch (8 neighbours) belong to one place. So two places are always at least one
radius apart (a whole empty cell lies between them), and within a place every point is linked to the next by a
step of under 2√2 radii. It is linear in the points (a single-linkage clustering at distance r would list up to
n² pairs in a dense town). A place's centre is the weight-weighted mean of its points in the local plane.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from scipy.sparse import coo_matrix
from scipy.sparse.csgraph import connected_components
from scipy.spatial import cKDTree

from desktop.core.coverage.measures import PointTimes, point_times
from desktop.core.coverage.spatial import LocalProjection, Points, haversine_m
from desktop.core.coverage.travel import Travel

_NEIGHBOURS = [(dx, dy) for dx in (-1, 0, 1) for dy in (-1, 0, 1) if (dx, dy) != (0, 0)]


@dataclass(frozen=True)
class GapPlace:
    lng_wgs84: float
    lat_wgs84: float
    weight: float
    points: int
    nearest_m: float | None
    """Metres (haversine) from the centre to the nearest station (None: there are no stations)."""
    nearest_minutes: float | None


def gap_places(demand: Points, stations: Points, travel: Travel, times: PointTimes | None = None) -> list[GapPlace]:
    """The uncovered places, heaviest first (ties: west to east, then south to north); `times` when measured."""
    projection = LocalProjection.about(demand, stations)
    times = times or point_times(demand, stations, travel, projection)
    weights = demand.weights
    open_ = (times.within == 0) & (weights > 0)
    if not open_.any():
        return []
    xy = projection.forward(demand)[open_]
    w = weights[open_]
    labels = group_cells(xy, travel.radius_m)
    count = int(labels.max()) + 1
    weight = np.bincount(labels, weights=w, minlength=count)
    centre = np.column_stack([np.bincount(labels, weights=w * xy[:, i], minlength=count) for i in (0, 1)])
    centre /= weight[:, None]
    points = np.bincount(labels, minlength=count)
    where = projection.inverse(centre)
    if len(stations):
        _, index = cKDTree(projection.forward(stations)).query(centre, k=1)
        nearest = haversine_m(where.lng, where.lat, stations.lng[index], stations.lat[index])
    else:
        nearest = np.full(count, np.nan)
    places = [
        GapPlace(lng_wgs84=float(where.lng[i]), lat_wgs84=float(where.lat[i]), weight=float(weight[i]),
                 points=int(points[i]), nearest_m=None if np.isnan(nearest[i]) else float(nearest[i]),
                 nearest_minutes=None if np.isnan(nearest[i]) else travel.minutes_for(float(nearest[i])))
        for i in range(count)
    ]
    places.sort(key=lambda p: (-p.weight, p.lng_wgs84, p.lat_wgs84))
    return places


def group_cells(xy: np.ndarray, cell_m: float) -> np.ndarray:
    """A group number per point: points in touching grid cells (side `cell_m`) share one."""
    cells = np.floor(xy / cell_m).astype(np.int64)
    cells -= cells.min(axis=0)
    span = int(cells[:, 1].max()) + 3
    keys = (cells[:, 0] + 1) * span + cells[:, 1] + 1
    unique, point_cell = np.unique(keys, return_inverse=True)
    rows, cols = [], []
    for dx, dy in _NEIGHBOURS:
        target = unique + dx * span + dy
        at = np.searchsorted(unique, target)
        hit = (at < len(unique)) & (unique[np.minimum(at, len(unique) - 1)] == target)
        rows.append(np.nonzero(hit)[0])
        cols.append(at[hit])
    row = np.concatenate(rows)
    graph = coo_matrix((np.ones(len(row)), (row, np.concatenate(cols))), shape=(len(unique), len(unique)))
    _, cell_group = connected_components(graph, directed=False)
    return cell_group[point_cell.reshape(-1)]
