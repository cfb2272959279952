"""Set covering: the fewest new stations that bring every coverable demand point within reach.

The greedy takes, each step, the candidate reaching the most demand points not yet reached (lazy, as in
desktop.core.coverage.siting); Chvátal's bound makes len(greedy) ÷ H(d) a proven lower bound on the fewest
(d the most points one candidate reaches, H the harmonic number). HiGHS then solves min Σx, Sx ≥ 1 exactly.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable
from dataclasses import replace

import numpy as np
from scipy.optimize import Bounds, LinearConstraint, milp

from desktop.core.coverage.matrix import Reduced
from desktop.core.coverage.siting import Answer, greedy


def cover_all(problem: Reduced, *, time_limit_s: float, run_exact: bool = True,
              on_greedy: Callable[[Answer], None] | None = None) -> tuple[Answer, Answer | None]:
    """(greedy, exact or None): each Answer's `gain` is its number of stations, `bound` a lower bound on it."""
    started = time.perf_counter()
    by_points = replace(problem, weight=problem.points.astype(np.float64))
    found = greedy(by_points, problem.rows.shape[1])
    widest = int(np.max(problem.rows.T @ problem.points, initial=0))
    harmonic = sum(1 / i for i in range(1, widest + 1)) if widest else 1.0
    count = len(found.chosen)
    lower = float(math.ceil(count / harmonic - 1e-9)) if count else 0.0
    first = Answer(found.chosen, float(count), count <= lower, lower, "greedy", time.perf_counter() - started,
                   found.curve)
    if on_greedy:
        on_greedy(first)
    if not run_exact or first.optimal:
        return first, None
    return first, _exact(problem, time_limit_s)


def _exact(problem: Reduced, time_limit_s: float) -> Answer | None:
    started = time.perf_counter()
    n_cand = problem.rows.shape[1]
    result = milp(np.ones(n_cand), constraints=[LinearConstraint(problem.rows.astype(np.float64), 1, np.inf)],
                  integrality=np.ones(n_cand), bounds=Bounds(0, 1),
                  options={"time_limit": time_limit_s, "mip_rel_gap": 0.0})
    if result.x is None:
        return None
    chosen = [int(j) for j in np.nonzero(result.x > 0.5)[0]]
    lower = float(math.ceil(result.mip_dual_bound - 1e-6)) if result.mip_dual_bound is not None else 0.0
    return Answer(chosen, float(len(chosen)), result.status == 0, lower, "milp", time.perf_counter() - started)
