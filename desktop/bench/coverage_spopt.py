"""The anchor of `shuyi bench coverage`: PySAL spopt's MCLP (PuLP + CBC) on an instance it can hold.

spopt takes a dense demand × facility cost matrix; it is given the distances in the same local plane our engine
uses (so both see the same coverage), the fixed stations as predefined facilities, and p = fixed + k. Its time
runs from the dense matrix to the solved model. Only this module imports spopt (the optional extra "bench").
"""

from __future__ import annotations

import time
from typing import Any

import numpy as np

from desktop.bench.coverage_instance import CountyInstance
from desktop.core.coverage.spatial import LocalProjection


def available() -> str | None:
    """None when spopt and CBC can run here, else why not."""
    try:
        import pulp
        from spopt.locate import MCLP  # noqa: F401
    except ImportError as exc:
        return f"spopt is not installed ({exc}); pip install -e '.[bench]'"
    if "PULP_CBC_CMD" not in pulp.listSolvers(onlyAvailable=True):
        return "PuLP has no CBC solver here"
    return None


def solve(instance: CountyInstance, radius_m: float, k: int) -> dict[str, Any]:
    import pulp
    from spopt.locate import MCLP

    started = time.perf_counter()
    cpu = time.process_time()
    projection = LocalProjection.about(instance.demand, instance.fixed, instance.candidates)
    demand = projection.forward(instance.demand)
    sites = np.vstack([projection.forward(instance.fixed), projection.forward(instance.candidates)])
    cost = np.hypot(demand[:, None, 0] - sites[None, :, 0], demand[:, None, 1] - sites[None, :, 1])
    matrix_s = time.perf_counter() - started
    predefined = np.zeros(len(sites), dtype=int)
    predefined[: len(instance.fixed)] = 1
    model = MCLP.from_cost_matrix(cost, instance.demand.weights, service_radius=radius_m,
                                  p_facilities=len(instance.fixed) + k, predefined_facilities_arr=predefined)
    model = model.solve(pulp.PULP_CBC_CMD(msg=False))
    seconds = time.perf_counter() - started
    chosen = [j - len(instance.fixed) for j in range(len(sites))
              if model.fac_vars[j].value() is not None and model.fac_vars[j].value() > 0.5
              and j >= len(instance.fixed)]
    return {"spopt_s": round(seconds, 3), "spopt_cpu_s": round(time.process_time() - cpu, 3),
            "spopt_matrix_s": round(matrix_s, 3), "spopt_status": pulp.LpStatus[model.problem.status],
            "spopt_objective": float(pulp.value(model.problem.objective)), "spopt_chosen": sorted(chosen),
            "spopt_dense_matrix_mb": round(cost.nbytes / 2**20, 1)}
