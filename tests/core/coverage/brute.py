"""Independent brute force for the coverage engine's tests: haversine over all pairs in plain Python/numpy."""

from __future__ import annotations

import itertools
import math

import numpy as np

R = 6_371_008.8


def haversine(lng1: float, lat1: float, lng2: float, lat2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    h = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lng2 - lng1) / 2) ** 2
    return 2 * R * math.asin(math.sqrt(min(1.0, h)))


def distances(a_lng, a_lat, b_lng, b_lat) -> np.ndarray:
    """len(a) × len(b) metres, one haversine per pair."""
    return np.array([[haversine(x, y, u, v) for u, v in zip(b_lng, b_lat, strict=True)]
                     for x, y in zip(a_lng, a_lat, strict=True)]).reshape(len(a_lng), len(b_lng))


def county(rng: np.random.Generator, n: int, *, spread_deg: float = 0.08, weights: bool = True):
    """n places around Xuzhou (a few km apart), with whole-number weights 1..5."""
    lng = 117.18 + rng.normal(0, spread_deg, n)
    lat = 34.26 + rng.normal(0, spread_deg * 0.8, n)
    return lng, lat, (rng.integers(1, 6, n).astype(float) if weights else np.ones(n))


def objective(within: np.ndarray, w: np.ndarray, cross_weight: float | None) -> float:
    """Σ w·v(c): v = [c ≥ 1] (+ λ [c ≥ 2] for cross-coverage)."""
    value = float(w[within >= 1].sum())
    return value if cross_weight is None else value + cross_weight * float(w[within >= 2].sum())


def best_subset(reach_fixed: np.ndarray, reach_cand: np.ndarray, w: np.ndarray, k: int,
                cross_weight: float | None) -> float:
    """The best objective over every k-subset of candidates (reach_*: demand × sites booleans)."""
    base = reach_fixed.sum(axis=1)
    return max(objective(base + reach_cand[:, list(s)].sum(axis=1), w, cross_weight)
               for s in itertools.combinations(range(reach_cand.shape[1]), k))


def fewest_cover(reach_fixed: np.ndarray, reach_cand: np.ndarray) -> int:
    """The fewest candidates that reach every point some candidate or fixed station can reach."""
    need = (reach_fixed.sum(axis=1) == 0) & reach_cand.any(axis=1)
    for size in range(reach_cand.shape[1] + 1):
        for s in itertools.combinations(range(reach_cand.shape[1]), size):
            if reach_cand[need][:, list(s)].any(axis=1).all() if need.any() else True:
                return size
    raise AssertionError("unreachable")


def reach(d: np.ndarray, radius: float) -> np.ndarray:
    """d ≤ radius, checking no pair sits within 2 ppm of the radius (the projection errs less within 15 km)."""
    assert not (np.abs(d - radius) < radius * 2e-6).any(), "an ambiguous pair: pick another seed"
    return d <= radius
