"""What closing or moving each existing station costs: the objective lost, and the best single relocation.

Closing station j loses, at every demand point it reaches, the value of one station fewer there: w·(v(c) − v(c−1))
with c the stations reaching the point (so only points it alone covers lose coverage, and points it makes
cross-covered lose that). Moving j = closing it and building one station at the candidate that then adds the
most (every other station kept): its gain after the closing is the usual gain, corrected at the points j
reached. All of it is one sparse product, candidates × stations; docs/coverage.md "Siting".
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from scipy.sparse import diags

from desktop.core.coverage.matrix import Instance


@dataclass(frozen=True)
class StationChange:
    station: int
    close_loss: float
    """Objective value lost when the station closes."""
    move_loss: float
    """Objective value lost when it moves to `move_to` instead (negative: the move gains)."""
    move_to: int | None
    """The candidate index of the best relocation (None: no candidate)."""


def value_of(count: np.ndarray, levels: int, cross_weight: float) -> np.ndarray:
    """v(c) per point: 1 once covered, and for cross-coverage λ more once covered twice."""
    value = (count >= 1).astype(np.float64)
    if levels == 2:
        value += cross_weight * (count >= 2)
    return value


def station_changes(instance: Instance, *, levels: int = 1, cross_weight: float = 1.0) -> list[StationChange]:
    """Per existing station, cheapest to close first (ties: the lower index)."""
    count = instance.fixed_count
    w = instance.weights
    now = value_of(count, levels, cross_weight)
    loss = w * (now - value_of(count - 1, levels, cross_weight))
    gain = w * (value_of(count + 1, levels, cross_weight) - now)
    fixed = instance.fixed_cover.astype(np.float64)
    cover = instance.cover.astype(np.float64)
    close = np.asarray(fixed.T @ loss).reshape(-1)
    base = np.asarray(cover.T @ gain).reshape(-1)
    correction = (cover.T @ diags(loss - gain) @ fixed).tocsc()
    changes = []
    for j in range(fixed.shape[1]):
        best, where = 0.0, None
        if cover.shape[1]:
            after = base.copy()
            part = slice(correction.indptr[j], correction.indptr[j + 1])
            after[correction.indices[part]] += correction.data[part]
            where = int(np.argmax(after))
            best = float(after[where])
        changes.append(StationChange(j, float(close[j]), float(close[j]) - best, where))
    changes.sort(key=lambda c: (c.close_loss, c.station))
    return changes
