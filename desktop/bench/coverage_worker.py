"""One part of `shuyi bench coverage`, run in its own process so that its peak memory is its own.

`python -m desktop.bench.coverage_worker ours|spopt N_DEMAND N_CANDIDATES N_FIXED K` prints one JSON object.
"ours" times the measures (figures and gap list) and siting (coverage matrix, reduction, greedy, exact) on the
county instance; "spopt" runs the anchor and our engine on the same instance, and compares their optima.
"""

from __future__ import annotations

import json
import sys
import time
from typing import Any

from desktop.bench.coverage_instance import CountyInstance, county
from desktop.core.coverage import matrix, siting
from desktop.core.coverage.gaps import gap_places
from desktop.core.coverage.measures import measure
from desktop.core.coverage.travel import travel

WALK = travel("walk")


def _timed(call: Any) -> tuple[Any, float, float]:
    wall, cpu = time.perf_counter(), time.process_time()
    result = call()
    return result, time.perf_counter() - wall, time.process_time() - cpu


def ours(instance: CountyInstance, k: int, *, time_limit_s: float = 60.0) -> dict[str, Any]:
    figures, m_wall, m_cpu = _timed(lambda: measure(instance.demand, instance.fixed, WALK))
    places, g_wall, g_cpu = _timed(lambda: gap_places(instance.demand, instance.fixed, WALK, figures.points))
    built, b_wall, b_cpu = _timed(lambda: matrix.build(instance.demand, instance.fixed, instance.candidates, WALK))
    reduced, r_wall, r_cpu = _timed(lambda: matrix.reduce(built, levels=1))
    first, gr_wall, gr_cpu = _timed(lambda: siting.greedy(reduced, k))
    best, ex_wall, ex_cpu = _timed(lambda: siting.exact(reduced, k, time_limit_s=time_limit_s))
    before = matrix.values(built, [], levels=1)[0]
    return {
        "measures_s": round(m_wall + g_wall, 3), "measures_cpu_s": round(m_cpu + g_cpu, 3),
        "figures_s": round(m_wall, 3), "gaps_s": round(g_wall, 3), "gap_places": len(places),
        "covered_share": round(figures.covered_share, 4), "cross_covered_share": round(figures.cross_covered_share, 4),
        "matrix_s": round(b_wall + r_wall, 3), "matrix_cpu_s": round(b_cpu + r_cpu, 3),
        "matrix_nonzeros": int(built.cover.nnz), "reduced_rows": int(reduced.rows.shape[0]),
        "greedy_s": round(gr_wall, 3), "greedy_cpu_s": round(gr_cpu, 3),
        "exact_s": round(ex_wall, 3), "exact_cpu_s": round(ex_cpu, 3), "optimal": best.optimal,
        "siting_total_s": round(b_wall + r_wall + gr_wall + ex_wall, 3),
        "covered_weight_before": before, "covered_weight_greedy": before + first.gain,
        "covered_weight_exact": before + best.gain, "bound": before + best.bound,
        "greedy_share_of_optimum": round(first.gain / best.gain, 4) if best.gain else 1.0,
        "demand_weight": float(instance.demand.weights.sum()),
    }


def versus_spopt(instance: CountyInstance, k: int) -> dict[str, Any]:
    from desktop.bench import coverage_spopt

    why_not = coverage_spopt.available()
    answer, wall, cpu = _timed(lambda: siting.site(instance.demand, instance.fixed, instance.candidates, WALK, k))
    built = matrix.build(instance.demand, instance.fixed, instance.candidates, WALK)
    figures: dict[str, Any] = {"ours_on_spopt_instance_s": round(wall, 3),
                               "ours_on_spopt_instance_cpu_s": round(cpu, 3),
                               "ours_objective": answer.covered_weight_after, "ours_optimal": answer.optimal}
    if why_not:
        return {**figures, "spopt_s": None, "spopt_reason": why_not}
    theirs = coverage_spopt.solve(instance, WALK.radius_m, k)
    chosen = theirs.pop("spopt_chosen")
    figures.update(theirs)
    figures["spopt_objective_by_our_matrix"] = matrix.values(built, chosen, levels=1)[0]
    both_optimal = answer.optimal and theirs["spopt_status"] == "Optimal"
    figures["objectives_agree"] = abs(theirs["spopt_objective"] - answer.covered_weight_after) < 1e-6 * max(
        1.0, answer.covered_weight_after) if both_optimal else None
    figures["speedup"] = round(theirs["spopt_s"] / wall, 1) if wall > 0 else None
    return figures


def main(argv: list[str]) -> int:
    part = argv[0]
    n_demand, n_candidates, n_fixed, k = (int(a) for a in argv[1:5])
    instance = county(n_demand, n_candidates, n_fixed)
    figures = ours(instance, k) if part == "ours" else versus_spopt(instance, k)
    print(json.dumps(figures), flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
