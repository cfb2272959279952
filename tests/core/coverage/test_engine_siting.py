"""Siting against an exhaustive search over every k-subset and against a MILP written here (binary rows, dense)."""

from __future__ import annotations

import itertools

import numpy as np
import pytest
from scipy.optimize import Bounds, LinearConstraint, milp

from desktop.core import errors
from desktop.core.coverage.matrix import build
from desktop.core.coverage.siting import site
from desktop.core.coverage.spatial import Points
from desktop.core.coverage.travel import travel
from desktop.core.coverage.whatif import station_changes
from tests.core.coverage.brute import best_subset, county, distances, fewest_cover, objective, reach

WALK = travel("walk")


def _instance(seed: int, n_demand: int, n_fixed: int, n_cand: int, spread: float = 0.02):
    rng = np.random.default_rng(seed)
    demand = Points.of(*county(rng, n_demand, spread_deg=spread))
    fixed = Points.of(*county(rng, n_fixed, spread_deg=spread)[:2])
    candidates = Points.of(*county(rng, n_cand, spread_deg=spread)[:2])
    reach_fixed = reach(distances(demand.lng, demand.lat, fixed.lng, fixed.lat), WALK.radius_m)
    reach_cand = reach(distances(demand.lng, demand.lat, candidates.lng, candidates.lat), WALK.radius_m)
    return demand, fixed, candidates, reach_fixed, reach_cand


def _chosen_value(result, reach_fixed, reach_cand, w, lam):
    counts = reach_fixed.sum(axis=1) + reach_cand[:, result.chosen].sum(axis=1)
    return objective(counts, w, lam)


@pytest.mark.parametrize("seed", [11, 12, 13, 14])
@pytest.mark.parametrize("objective_name", ["cover", "cross"])
def test_the_answer_is_the_best_of_every_k_subset(seed: int, objective_name: str) -> None:
    demand, fixed, candidates, reach_fixed, reach_cand = _instance(seed, 150, 4, 12)
    lam = None if objective_name == "cover" else 1.0
    w = demand.weights
    for k in (1, 3):
        result = site(demand, fixed, candidates, WALK, k, objective=objective_name)
        best = best_subset(reach_fixed, reach_cand, w, k, lam)
        assert result.optimal
        assert len(result.chosen) <= k
        assert result.value_after == pytest.approx(best)
        assert _chosen_value(result, reach_fixed, reach_cand, w, lam) == pytest.approx(best)
        assert result.bound >= best - 1e-6
        assert result.greedy.gain <= result.value_after - result.value_before + 1e-9
        base = reach_fixed.sum(axis=1)
        assert result.covered_weight_before == pytest.approx(w[base >= 1].sum())
        assert result.cross_covered_weight_before == pytest.approx(w[base >= 2].sum())


def _test_milp(reach_fixed: np.ndarray, reach_cand: np.ndarray, w: np.ndarray, k: int, lam: float | None) -> float:
    """Maximal covering (or covering + λ·cross-covering) with binary row variables on the whole dense matrix."""
    n, m = reach_cand.shape
    base = reach_fixed.sum(axis=1)
    a = reach_cand.astype(float)
    if lam is None:  # x (m), y (n): y_i ≤ Σ a_ij x_j + [base ≥ 1]
        c = np.concatenate([np.zeros(m), -w])
        rows = [LinearConstraint(np.hstack([-a, np.eye(n)]), -np.inf, (base >= 1).astype(float))]
        size = m + n
    else:  # x, y1 (covered), y2 (twice): y1 + y2 ≤ base + Σ a x, y2 ≤ y1
        c = np.concatenate([np.zeros(m), -w, -lam * w])
        rows = [LinearConstraint(np.hstack([-a, np.eye(n), np.eye(n)]), -np.inf, base.astype(float)),
                LinearConstraint(np.hstack([np.zeros((n, m)), -np.eye(n), np.eye(n)]), -np.inf, 0)]
        size = m + 2 * n
    budget = np.zeros((1, size))
    budget[0, :m] = 1
    rows.append(LinearConstraint(budget, 0, k))
    result = milp(c, constraints=rows, integrality=np.ones(size), bounds=Bounds(0, 1))
    assert result.status == 0
    return -result.fun


@pytest.mark.parametrize("seed", [21, 22])
@pytest.mark.parametrize("objective_name", ["cover", "cross"])
def test_the_answer_matches_an_exact_milp_solved_in_the_test(seed: int, objective_name: str) -> None:
    demand, fixed, candidates, reach_fixed, reach_cand = _instance(seed, 500, 8, 60, spread=0.03)
    lam = None if objective_name == "cover" else 1.0
    for k in (4, 9):
        result = site(demand, fixed, candidates, WALK, k, objective=objective_name)
        expected = _test_milp(reach_fixed, reach_cand, demand.weights, k, lam)
        assert result.optimal and result.bound_method in ("milp", "greedy")
        assert result.value_after == pytest.approx(expected)
        assert _chosen_value(result, reach_fixed, reach_cand, demand.weights, lam) == pytest.approx(expected)


@pytest.mark.parametrize("seed", [31, 32, 33])
def test_the_fewest_stations_covering_all_is_the_exhaustive_minimum(seed: int) -> None:
    demand, fixed, candidates, reach_fixed, reach_cand = _instance(seed, 120, 3, 10)
    result = site(demand, fixed, candidates, WALK, None, objective="all")
    assert result.optimal
    assert len(result.chosen) == fewest_cover(reach_fixed, reach_cand)
    counts = reach_fixed.sum(axis=1) + reach_cand[:, result.chosen].sum(axis=1)
    coverable = reach_fixed.any(axis=1) | reach_cand.any(axis=1)
    assert (counts[coverable] >= 1).all()
    assert result.bound <= len(result.chosen)


def test_greedy_alone_reports_a_true_bound_and_the_marginal_curve() -> None:
    demand, fixed, candidates, reach_fixed, reach_cand = _instance(41, 300, 5, 14)
    k = 4
    result = site(demand, fixed, candidates, WALK, k, run_exact=False)
    best = best_subset(reach_fixed, reach_cand, demand.weights, k, None)
    greedy_value = result.greedy.gain + result.value_before
    assert greedy_value <= best + 1e-9 <= result.bound + 1e-6
    assert greedy_value >= (1 - 1 / np.e) * (best - result.value_before) + result.value_before
    assert result.bound_method == "greedy"
    curve = result.curve
    assert curve == sorted(curve, reverse=True) and sum(curve) == pytest.approx(result.greedy.gain)
    for n in range(1, len(curve) + 1):  # the curve's n-th point is what greedy's first n stations add
        prefix = result.greedy.chosen[:n]
        counts = reach_fixed.sum(axis=1) + reach_cand[:, prefix].sum(axis=1)
        assert objective(counts, demand.weights, None) - result.value_before == pytest.approx(sum(curve[:n]))


def test_closing_or_moving_each_station_costs_what_a_brute_force_recount_says() -> None:
    demand, fixed, candidates, reach_fixed, reach_cand = _instance(51, 400, 7, 15)
    w = demand.weights
    for lam in (None, 1.0):
        levels = 1 if lam is None else 2
        changes = station_changes(build(demand, fixed, candidates, WALK), levels=levels, cross_weight=lam or 1.0)
        now = objective(reach_fixed.sum(axis=1), w, lam)
        assert [c.close_loss for c in changes] == sorted(c.close_loss for c in changes)
        for change in changes:
            others = np.delete(reach_fixed, change.station, axis=1).sum(axis=1)
            assert change.close_loss == pytest.approx(now - objective(others, w, lam))
            moved = [objective(others + reach_cand[:, c], w, lam) for c in range(reach_cand.shape[1])]
            assert change.move_loss == pytest.approx(now - max(moved))
            assert moved[change.move_to] == pytest.approx(max(moved))


def test_more_stations_than_candidates_is_refused() -> None:
    demand, fixed, candidates, *_ = _instance(61, 50, 2, 5)
    with pytest.raises(errors.TooManySites):
        site(demand, fixed, candidates, WALK, 6)
    with pytest.raises(errors.TooManySites):
        site(demand, fixed, candidates, WALK, 0)
    with pytest.raises(errors.NoCandidates):
        site(demand, fixed, Points.of([], []), WALK, 1)


def test_nothing_left_to_cover_is_optimal_at_once() -> None:
    demand = Points.of([117.2, 117.2001], [34.2, 34.2001], [1, 2])
    result = site(demand, Points.of([117.2], [34.2]), Points.of([117.25, 117.2], [34.2, 34.2]), WALK, 1)
    assert result.optimal and result.chosen == [] and result.covered_weight_after == result.covered_weight_before == 3
    assert list(itertools.chain(result.curve)) == []
