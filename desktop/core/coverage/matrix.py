"""The sparse coverage matrix of a siting problem and its reduction to the rows that can still change.

`cover[i, j]` is true when candidate j lies within the travel radius of demand point i (cKDTree, in the local
plane). A demand point's value is its weight times v(c), c the stations within reach: v(c) = min(c, 1) for
maximal covering, v(c) = min(c, 1) + λ·[c ≥ 2] for cross-coverage. Rows whose value no new station can raise
(already at the top level through the fixed stations, or no candidate within reach) are dropped; rows left
with the same fixed level and the same candidate set are merged, their weights summed. The optimum of the
reduced problem is the optimum of the whole one (the dropped rows add a constant).
"""

from __future__ import annotations

import itertools
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


def reach(demand: cKDTree, sites_xy: np.ndarray, radius_m: float) -> csr_matrix:
    """A demand × sites 0/1 matrix: 1 where the two lie within radius_m (one ball query per site)."""
    shape = (demand.n, len(sites_xy))
    if not demand.n or not len(sites_xy):
        return csr_matrix(shape, dtype=np.int8)
    found = demand.query_ball_point(sites_xy, radius_m)
    lengths = np.fromiter((len(f) for f in found), dtype=np.int64, count=len(found))
    rows = np.fromiter(itertools.chain.from_iterable(found), dtype=np.int64, count=int(lengths.sum()))
    by_site = csc_matrix((np.ones(len(rows), dtype=np.int8), rows, np.concatenate([[0], np.cumsum(lengths)])),
                         shape=shape)
    matrix = by_site.tocsr()
    matrix.sort_indices()
    return matrix


def build(demand: Points, fixed: Points, candidates: Points, travel: Travel) -> Instance:
    projection = LocalProjection.about(demand, fixed, candidates)
    tree = cKDTree(projection.forward(demand))
    candidate_xy = projection.forward(candidates)
    fixed_cover = reach(tree, projection.forward(fixed), travel.radius_m)
    return Instance(
        weights=demand.weights,
        fixed_count=np.diff(fixed_cover.indptr).astype(np.int64),
        cover=reach(tree, candidate_xy, travel.radius_m),
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
    group_of, first = _alike(cover[keep], level)
    size = len(first)
    rows = cover[keep[first]]
    return Reduced(
        weight=np.bincount(group_of, weights=instance.weights[keep], minlength=size),
        level=level[first],
        points=np.bincount(group_of, minlength=size),
        rows=rows,
        cols=rows.tocsc(),
        levels=levels,
        cross_weight=cross_weight,
    )


def _alike(rows: csr_matrix, level: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Group rows with the same level and the same candidate set: (group of each row, first row of each group).

    Rows are keyed by two random 64-bit sums of their candidates; every row is then compared with its group's
    first row entry by entry, and in the (never yet seen) case of a collision the rows are grouped by their bytes."""
    if not rows.shape[0]:
        return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64)
    rng = np.random.default_rng(0)
    counts = np.diff(rows.indptr)
    keys = np.empty((rows.shape[0], 4), dtype=np.uint64)
    keys[:, 0] = level.astype(np.uint64)
    keys[:, 1] = counts.astype(np.uint64)
    for column in (2, 3):
        salt = rng.integers(0, 2**63, rows.shape[1], dtype=np.uint64) * np.uint64(2) + np.uint64(1)
        keys[:, column] = np.add.reduceat(salt[rows.indices], rows.indptr[:-1]) if rows.nnz else 0
    _, first, group_of = np.unique(keys, axis=0, return_index=True, return_inverse=True)
    group_of = group_of.reshape(-1)
    representative = first[group_of]
    row_of = np.repeat(np.arange(rows.shape[0]), counts)
    mirror = rows.indptr[representative[row_of]] + (np.arange(rows.nnz) - rows.indptr[row_of])
    if (rows.indices[mirror] == rows.indices).all():
        return group_of, first
    return _alike_by_bytes(rows, level)


def _alike_by_bytes(rows: csr_matrix, level: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    groups: dict[bytes, int] = {}
    group_of = np.empty(rows.shape[0], dtype=np.int64)
    first: list[int] = []
    for i in range(rows.shape[0]):
        key = int(level[i]).to_bytes(1, "little") + rows.indices[rows.indptr[i]:rows.indptr[i + 1]].tobytes()
        group_of[i] = groups.setdefault(key, len(groups))
        if group_of[i] == len(first):
            first.append(i)
    return group_of, np.asarray(first, dtype=np.int64)


def values(instance: Instance, chosen: list[int], *, levels: int, cross_weight: float = 1.0) -> tuple[float, ...]:
    """(covered weight, cross-covered weight, objective value) with the fixed stations and `chosen` built."""
    count = instance.fixed_count.copy()
    if chosen:
        count += np.asarray(instance.cover[:, chosen].sum(axis=1)).reshape(-1)
    w = instance.weights
    covered = float(w[count >= 1].sum())
    cross = float(w[count >= 2].sum())
    return covered, cross, covered if levels == 1 else covered + cross_weight * cross
