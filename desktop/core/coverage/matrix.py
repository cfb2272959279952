"""The sparse coverage matrix of a siting problem and its reduction to the rows that can still change.

`cover[i, j]` is true when candidate j lies within the travel radius of demand point i (cKDTree, in the local
plane). A demand point's value is its weight times v(c), c the stations within reach: v(c) = min(c, 1) for
maximal covering, v(c) = min(c, 1) + λ·[c ≥ 2] for cross-coverage. Rows whose value no new station can raise
(already at the top level through the fixed stations, or no candidate within reach) are dropped; rows left
with the same fixed level and the same candidate set are merged, their weights summed. The optimum of the
reduced problem is the optimum of the whole one (the dropped rows add a constant).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from scipy.sparse import csc_matrix, csr_matrix
from scipy.spatial import cKDTree

from desktop.core.coverage.spatial import LocalProjection, Points
from desktop.core.coverage.travel import Travel


@dataclass(frozen=True)
class Instance:
    """Demand, fixed stations and candidates in one plane, with who covers whom."""

    weights: np.ndarray
    fixed_count: np.ndarray
    """Per demand point: fixed stations within reach."""
    cover: csr_matrix
    """demand × candidates, 1 where the candidate reaches the point."""
    fixed_cover: csr_matrix
    """demand × fixed stations, 1 where the station reaches the point."""
    candidate_xy: np.ndarray
    projection: LocalProjection


@dataclass(frozen=True)
class Reduced:
    """The rows that matter: merged weight, fixed level (0 or 1) and candidate set of each."""

    weight: np.ndarray
    level: np.ndarray
    points: np.ndarray
    """How many demand points each row stands for."""
    rows: csr_matrix
    cols: csc_matrix
    levels: int
    cross_weight: float

    def step(self, level: np.ndarray) -> np.ndarray:
        """Value one more station adds to rows at `level` (per unit of weight)."""
        if self.levels == 1:
            return (level < 1).astype(np.float64)
        return np.where(level < 1, 1.0, np.where(level < 2, self.cross_weight, 0.0))


def reach(from_xy: np.ndarray, to_xy: np.ndarray, radius_m: float) -> csr_matrix:
    """A len(from) × len(to) 0/1 matrix: 1 where the two lie within radius_m."""
    shape = (len(from_xy), len(to_xy))
    if not len(from_xy) or not len(to_xy):
        return csr_matrix(shape, dtype=np.int8)
    pairs = cKDTree(from_xy).sparse_distance_matrix(cKDTree(to_xy), radius_m, output_type="ndarray")
    matrix = csr_matrix((np.ones(len(pairs), dtype=np.int8), (pairs["i"], pairs["j"])), shape=shape)
    matrix.sort_indices()
    return matrix


def build(demand: Points, fixed: Points, candidates: Points, travel: Travel) -> Instance:
    projection = LocalProjection.about(demand, fixed, candidates)
    demand_xy = projection.forward(demand)
    candidate_xy = projection.forward(candidates)
    fixed_cover = reach(demand_xy, projection.forward(fixed), travel.radius_m)
    return Instance(
        weights=demand.weights,
        fixed_count=np.diff(fixed_cover.indptr).astype(np.int64),
        cover=reach(demand_xy, candidate_xy, travel.radius_m),
        fixed_cover=fixed_cover,
        candidate_xy=candidate_xy,
        projection=projection,
    )


def reduce(instance: Instance, *, levels: int, cross_weight: float = 1.0) -> Reduced:
    """Drop the rows no candidate can improve, merge rows alike (same level, same candidates)."""
    cover = instance.cover
    counts = np.diff(cover.indptr)
    keep = np.nonzero((instance.fixed_count < levels) & (counts > 0) & (instance.weights > 0))[0]
    level = np.minimum(instance.fixed_count[keep], levels)
    groups: dict[bytes, int] = {}
    group_of = np.empty(len(keep), dtype=np.int64)
    indptr, indices = cover.indptr, cover.indices
    for n, (i, lv) in enumerate(zip(keep.tolist(), level.tolist(), strict=True)):
        key = lv.to_bytes(1, "little") + indices[indptr[i]:indptr[i + 1]].tobytes()
        group_of[n] = groups.setdefault(key, len(groups))
    size = len(groups)
    first = np.full(size, -1, dtype=np.int64)
    first[group_of[::-1]] = keep[::-1]
    rows = cover[first] if size else csr_matrix((0, cover.shape[1]), dtype=np.int8)
    group_level = np.zeros(size, dtype=np.int64)
    group_level[group_of] = level
    return Reduced(
        weight=np.bincount(group_of, weights=instance.weights[keep], minlength=size),
        level=group_level,
        points=np.bincount(group_of, minlength=size),
        rows=rows,
        cols=rows.tocsc(),
        levels=levels,
        cross_weight=cross_weight,
    )


def values(instance: Instance, chosen: list[int], *, levels: int, cross_weight: float = 1.0) -> tuple[float, ...]:
    """(covered weight, cross-covered weight, objective value) with the fixed stations and `chosen` built."""
    count = instance.fixed_count.copy()
    if chosen:
        count += np.asarray(instance.cover[:, chosen].sum(axis=1)).reshape(-1)
    w = instance.weights
    covered = float(w[count >= 1].sum())
    cross = float(w[count >= 2].sum())
    return covered, cross, covered if levels == 1 else covered + cross_weight * cross
