"""Where the next k stations help most, the existing ones fixed: a lazy greedy at once, then HiGHS exactly.

Objectives (docs/coverage.md "Siting"): "cover" maximises the demand weight within reach of ≥ 1 station
(maximal covering); "cross" maximises covered + λ·cross-covered weight, λ in (0, 1] (1 by default: each point
counts its weight once per station up to two), Hogan & ReVelle's backup-coverage model, whose continuous row
variables are exact because λ ≤ 1; "all" finds the fewest new stations covering every coverable point (set
covering). Both answers come with a proven bound on the best possible: the MILP's dual bound when HiGHS ran, else
the greedy's own online bound (value so far + the k largest marginal gains still possible, which submodularity
makes an upper bound), never worse than value ÷ (1 − 1/e).
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable
from dataclasses import dataclass, field

import numpy as np
from scipy.optimize import Bounds, LinearConstraint, milp
from scipy.sparse import csr_matrix as sparse_rows
from scipy.sparse import eye, hstack

from desktop.core import errors
from desktop.core.coverage.matrix import Instance, Reduced, build, reduce, values
from desktop.core.coverage.spatial import Points
from desktop.core.coverage.travel import Travel

OBJECTIVES = ("cover", "cross", "all")
LEVELS = {"cover": 1, "cross": 2, "all": 1}
DEFAULT_TIME_LIMIT_S = 30.0


@dataclass(frozen=True)
class Answer:
    """Chosen candidates (indices) with the objective value they reach on the reduced rows (fixed part left out)."""

    chosen: list[int]
    gain: float
    optimal: bool
    bound: float
    """Proven: no choice of k does better than this gain (for "all": no fewer stations than this suffice)."""
    method: str
    """"milp" (HiGHS' dual bound) or "greedy" (the greedy's online bound)."""
    seconds: float
    curve: list[float] = field(default_factory=list)
    """Greedy only: the gain of each station in the order chosen (the marginal-gain curve)."""


@dataclass(frozen=True)
class Siting:
    objective: str
    chosen: list[int]
    covered_weight_before: float
    covered_weight_after: float
    cross_covered_weight_before: float
    cross_covered_weight_after: float
    value_before: float
    value_after: float
    optimal: bool
    bound: float
    bound_method: str
    greedy: Answer
    exact: Answer | None
    curve: list[float]
    rows: int
    """Rows of the reduced problem (demand points left after dropping and merging)."""


def greedy(problem: Reduced, k: int) -> Answer:
    """Lazy greedy: each step takes the candidate adding the most; stale gains are upper bounds (submodular)."""
    started = time.perf_counter()
    level = problem.level.copy()
    cols = problem.cols
    upper = _gains(problem, level)
    live = np.ones(len(upper), dtype=bool)
    chosen: list[int] = []
    curve: list[float] = []
    value = 0.0
    bound = math.inf
    while len(chosen) < k and live.any():
        # no k candidates add more than the k largest (stale, hence too high) gains: an upper bound on the optimum
        bound = min(bound, value + _top_sum(upper, live, k))
        j, gain = _pop_best(problem, level, upper, live, cols)
        if gain <= 0:
            break
        level[cols.indices[cols.indptr[j]:cols.indptr[j + 1]]] += 1
        chosen.append(j)
        curve.append(gain)
        value += gain
    bound = min(bound, value + _top_sum(_gains(problem, level), live, k))
    if value > 0:
        bound = min(bound, value / (1 - 1 / math.e))
    bound = max(bound, value)
    return Answer(chosen, value, bound <= value * (1 + 1e-9) + 1e-9, bound, "greedy", time.perf_counter() - started,
                  curve)


def _gains(problem: Reduced, level: np.ndarray) -> np.ndarray:
    return np.asarray(problem.cols.T @ (problem.weight * problem.step(level))).reshape(-1)


def _top_sum(gains: np.ndarray, live: np.ndarray, n: int) -> float:
    options = gains[live]
    if n <= 0 or not len(options):
        return 0.0
    if n >= len(options):
        return float(options.sum())
    return float(np.partition(options, len(options) - n)[len(options) - n:].sum())


def _pop_best(problem: Reduced, level: np.ndarray, upper: np.ndarray, live: np.ndarray, cols) -> tuple[int, float]:
    """The candidate with the largest true gain, refreshing stale upper bounds until the best is fresh."""
    fresh = np.zeros(len(upper), dtype=bool)
    while True:
        j = int(np.argmax(np.where(live, upper, -np.inf)))
        if fresh[j]:
            live[j] = False
            return j, float(upper[j])
        rows = cols.indices[cols.indptr[j]:cols.indptr[j + 1]]
        upper[j] = float((problem.weight[rows] * problem.step(level[rows])).sum())
        fresh[j] = True


def exact(problem: Reduced, k: int, *, time_limit_s: float = DEFAULT_TIME_LIMIT_S) -> Answer:
    """Maximal covering / backup coverage with k new stations, solved by HiGHS (scipy.optimize.milp).

    Only candidates reaching some row enter the model (the others can add nothing); k of them are built, or all
    when there are fewer."""
    started = time.perf_counter()
    used = np.nonzero(np.diff(problem.cols.indptr) > 0)[0]
    n_rows, n_cand = problem.rows.shape[0], len(used)
    if not n_rows or k <= 0:
        return Answer([], 0.0, True, 0.0, "milp", time.perf_counter() - started)
    s = problem.cols[:, used].astype(np.float64).tocsr()
    w = problem.weight
    level = problem.level.astype(np.float64)
    one = eye(n_rows, format="csr")
    none = sparse_rows((n_rows, n_cand))
    if problem.levels == 1:
        cost = np.concatenate([np.zeros(n_cand), -w])
        blocks = [LinearConstraint(hstack([-s, one]), -np.inf, 0)]
    else:
        # y (covered) and u (covered twice) per row: y + u ≤ level + Σx, u ≤ y; a row at level 1 has y = 1
        cost = np.concatenate([np.zeros(n_cand), -w * (level == 0), -problem.cross_weight * w])
        blocks = [LinearConstraint(hstack([-s, one, one]), -np.inf, level),
                  LinearConstraint(hstack([none, -one, one]), -np.inf, level),
                  LinearConstraint(hstack([none, one, sparse_rows((n_rows, n_rows))]), level, np.inf)]
    budget = np.zeros((1, len(cost)))
    budget[0, :n_cand] = 1
    built = min(k, n_cand)
    blocks.append(LinearConstraint(sparse_rows(budget), built, built))
    integrality = np.zeros(len(cost))
    integrality[:n_cand] = 1
    result = milp(cost, constraints=blocks, integrality=integrality, bounds=Bounds(0, 1),
                  options={"time_limit": time_limit_s, "mip_rel_gap": 0.0})
    seconds = time.perf_counter() - started
    if result.x is None:
        return Answer([], 0.0, False, math.inf, "milp", seconds)
    chosen = [int(used[j]) for j in np.nonzero(result.x[:n_cand] > 0.5)[0]]
    gain = _reduced_value(problem, chosen)
    bound = -float(result.mip_dual_bound) if result.mip_dual_bound is not None else math.inf
    return Answer(chosen, gain, result.status == 0, max(bound, gain), "milp", seconds)


def _reduced_value(problem: Reduced, chosen: list[int]) -> float:
    level = problem.level.copy()
    if chosen:
        level += np.asarray(problem.rows[:, chosen].sum(axis=1)).reshape(-1)
    top = np.minimum(level, problem.levels)
    start = np.minimum(problem.level, problem.levels)
    value = np.minimum(top, 1) - np.minimum(start, 1)
    if problem.levels == 2:
        value = value + problem.cross_weight * ((top >= 2).astype(float) - (start >= 2).astype(float))
    return float((problem.weight * value).sum())


def site(demand: Points, fixed: Points, candidates: Points, travel: Travel, k: int | None, *,
         objective: str = "cover", cross_weight: float = 1.0, time_limit_s: float = DEFAULT_TIME_LIMIT_S,
         run_exact: bool = True, on_greedy: Callable[[Answer], None] | None = None) -> Siting:
    """The next k stations among `candidates`; for "all" the fewest covering every coverable point (k unused)."""
    if objective not in OBJECTIVES:
        raise ValueError(f"unknown objective {objective!r}")
    if not len(demand) or float(demand.weights.sum()) <= 0:
        raise errors.NoDemandPoints()
    if not len(candidates):
        raise errors.NoCandidates(reason="0")
    if objective != "all" and (k is None or not 1 <= k <= len(candidates)):
        raise errors.TooManySites(k=k, candidates=len(candidates))
    instance = build(demand, fixed, candidates, travel)
    problem = reduce(instance, levels=LEVELS[objective], cross_weight=cross_weight)
    if objective == "all":
        from desktop.core.coverage.set_cover import cover_all

        first, best = cover_all(problem, time_limit_s=time_limit_s, run_exact=run_exact, on_greedy=on_greedy)
        return _result(instance, problem, objective, *_fewest(first, best))
    first = greedy(problem, k or 0)
    if on_greedy:
        on_greedy(first)
    best = exact(problem, k or 0, time_limit_s=time_limit_s) if run_exact and not first.optimal else None
    pick = best if best is not None and best.gain >= first.gain else first
    bound = min(first.bound, best.bound) if best is not None else first.bound
    method = "milp" if best is not None and best.bound <= first.bound else "greedy"
    optimal = pick.optimal or pick.gain >= bound * (1 - 1e-9) - 1e-9
    return _result(instance, problem, objective, first, best, pick, optimal, bound, method)


def _fewest(first: Answer, best: Answer | None) -> tuple[Answer, Answer | None, Answer, bool, float, str]:
    """For "all": the smaller cover, and the larger of the two proven lower bounds on the count."""
    better = best is not None and (best.optimal or len(best.chosen) < len(first.chosen))
    pick = best if better and best is not None else first
    bound = max(first.bound, best.bound if best is not None and best.bound < math.inf else 0.0)
    method = "milp" if best is not None and best.bound >= first.bound else "greedy"
    return first, best, pick, len(pick.chosen) <= math.ceil(bound - 1e-9), bound, method


def _result(instance: Instance, problem: Reduced, objective: str, first: Answer, best: Answer | None, pick: Answer,
            optimal: bool, bound: float, method: str) -> Siting:
    levels, lam = problem.levels, problem.cross_weight
    before = values(instance, [], levels=levels, cross_weight=lam)
    after = values(instance, pick.chosen, levels=levels, cross_weight=lam)
    return Siting(
        objective=objective, chosen=pick.chosen,
        covered_weight_before=before[0], covered_weight_after=after[0],
        cross_covered_weight_before=before[1], cross_covered_weight_after=after[1],
        value_before=before[2], value_after=after[2], optimal=bool(optimal),
        bound=bound if objective == "all" else before[2] + bound,
        bound_method=method, greedy=first, exact=best, curve=first.curve, rows=problem.rows.shape[0],
    )
