"""`shuyi bench coverage`: the coverage engine on a 100,000-demand county beside PySAL spopt's MCLP.

Two child processes, each measured for its own peak resident memory (ru_maxrss from os.wait4, so the memory
of numpy/scipy and of the instance is counted, not only Python objects as tracemalloc would): one times our
measures and siting on the county instance (100,000 demand × 1,000 candidates, 200 fixed, k = 50); the other
solves the smaller instance spopt can hold with both spopt and our engine and checks that the optima agree.
Wall seconds and CPU seconds are both given: on a shared machine the wall clock also counts waiting for a core.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Sizes:
    demand: int = 100_000
    candidates: int = 1_000
    fixed: int = 200
    k: int = 50
    spopt_demand: int = 5_000
    spopt_candidates: int = 500
    spopt_fixed: int = 100
    spopt_k: int = 25


def _child(part: str, n: tuple[int, int, int, int]) -> tuple[dict[str, Any], float]:
    """A worker's figures and its peak resident memory in MB."""
    process = subprocess.Popen([sys.executable, "-m", "desktop.bench.coverage_worker", part, *map(str, n)],
                               stdout=subprocess.PIPE, text=True)
    assert process.stdout is not None
    output = process.stdout.read()
    _, status, usage = os.wait4(process.pid, 0)
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode != 0:
        raise RuntimeError(f"the {part} benchmark failed (exit status {process.returncode})")
    return json.loads(output), usage.ru_maxrss / 1024


def run(sizes: Sizes | None = None, report: Callable[[str], None] = lambda m: None) -> dict[str, Any]:
    sizes = sizes or Sizes()
    report(f"ours: {sizes.demand} demand × {sizes.candidates} candidates, {sizes.fixed} fixed, k = {sizes.k}")
    figures, peak = _child("ours", (sizes.demand, sizes.candidates, sizes.fixed, sizes.k))
    report(f"spopt and ours: {sizes.spopt_demand} × {sizes.spopt_candidates}, {sizes.spopt_fixed} fixed, "
           f"k = {sizes.spopt_k}")
    versus, versus_peak = _child("spopt", (sizes.spopt_demand, sizes.spopt_candidates, sizes.spopt_fixed,
                                           sizes.spopt_k))
    load = os.getloadavg()
    return {
        **figures, "peak_mb": round(peak, 1),
        **versus, "spopt_run_peak_mb": round(versus_peak, 1),
        "sizes": vars(sizes), "cpus": os.cpu_count(), "load_average": [round(x, 2) for x in load],
        "peak_method": "ru_maxrss of the worker process (os.wait4)",
    }
