"""A deterministic county for `shuyi bench coverage`: demand in Gaussian blobs around towns, stations and hosts.

About 100 km across, centred near Xuzhou: 40 towns whose sizes fall off as 1/rank, each a Gaussian blob of 0.5 to
3 km; 85 % of the demand lies in towns, the rest scattered over the countryside; weights 1 to 10 (riders, couriers,
sanitation workers at a point). Fixed stations and candidate hosts are drawn from the demand's places (heavier
places likelier), moved by ~100 m and ~200 m: stations stand where the workers are, not at their exact spots.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from desktop.core.coverage.spatial import Points

CENTRE = (117.2, 34.3)
SIDE_KM = 100.0
TOWNS = 40
_KM_LAT = 1 / 111.195
_KM_LNG = _KM_LAT / np.cos(np.radians(CENTRE[1]))


@dataclass(frozen=True)
class CountyInstance:
    demand: Points
    fixed: Points
    candidates: Points


def county(n_demand: int, n_candidates: int, n_fixed: int, *, seed: int = 2026) -> CountyInstance:
    rng = np.random.default_rng(seed)
    towns = rng.uniform(-SIDE_KM / 2, SIDE_KM / 2, (TOWNS, 2))
    size = 1 / np.arange(1, TOWNS + 1)
    sigma_km = rng.uniform(0.5, 3.0, TOWNS)
    in_towns = int(round(n_demand * 0.85))
    town = rng.choice(TOWNS, size=in_towns, p=size / size.sum())
    km = np.concatenate([towns[town] + rng.normal(0, 1, (in_towns, 2)) * sigma_km[town, None],
                         rng.uniform(-SIDE_KM / 2, SIDE_KM / 2, (n_demand - in_towns, 2))])
    weight = rng.integers(1, 11, n_demand).astype(np.float64)
    demand = _points(km, weight)
    pick = weight / weight.sum()
    fixed = _points(km[rng.choice(n_demand, n_fixed, p=pick)] + rng.normal(0, 0.1, (n_fixed, 2)))
    candidates = _points(km[rng.choice(n_demand, n_candidates, p=pick)] + rng.normal(0, 0.2, (n_candidates, 2)))
    return CountyInstance(demand, fixed, candidates)


def _points(km: np.ndarray, weight: np.ndarray | None = None) -> Points:
    return Points.of(CENTRE[0] + km[:, 0] * _KM_LNG, CENTRE[1] + km[:, 1] * _KM_LAT, weight)
