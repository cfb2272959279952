"""`shuyi bench coverage` at a small size: every contract field, a proven optimum, and spopt's optimum the same."""

from __future__ import annotations

import json
import subprocess
import sys

import numpy as np
import pytest

from desktop.bench.coverage_instance import county
from desktop.bench.coverage_spopt import available


def test_the_instance_is_the_same_every_run_and_clustered() -> None:
    first, second = county(3000, 100, 20), county(3000, 100, 20)
    assert np.array_equal(first.demand.lng, second.demand.lng) and np.array_equal(first.fixed.lat, second.fixed.lat)
    assert not np.array_equal(first.demand.lng, county(3000, 100, 20, seed=1).demand.lng)
    assert len(first.demand) == 3000 and len(first.candidates) == 100 and len(first.fixed) == 20
    # clustered like a county: the densest tenth of 1 km cells holds far more than a tenth of the demand
    cells = np.floor(np.column_stack([first.demand.lng / 0.0108, first.demand.lat / 0.009])).astype(int)
    _, counts = np.unique(cells, axis=0, return_counts=True)
    top = np.sort(counts)[::-1][: max(len(counts) // 10, 1)]
    assert top.sum() > 0.4 * counts.sum()


@pytest.mark.slow
def test_a_small_run_gives_every_field_and_agrees_with_spopt() -> None:
    result = subprocess.run([sys.executable, "-m", "desktop", "bench", "coverage", "--demand", "2000", "--candidates",
                             "100", "--fixed", "20", "--add", "6", "--json"], capture_output=True, text=True,
                            timeout=600)
    assert result.returncode == 0, result.stderr
    figures = json.loads(result.stdout)
    assert {"measures_s", "greedy_s", "exact_s", "optimal", "spopt_s", "ours_on_spopt_instance_s",
            "peak_mb"} <= set(figures)
    assert figures["optimal"] is True and figures["ours_optimal"] is True
    assert figures["covered_weight_greedy"] <= figures["covered_weight_exact"] <= figures["bound"] + 1e-6
    assert 30 < figures["peak_mb"] < 1024
    assert figures["sizes"]["spopt_demand"] == 100 and figures["sizes"]["spopt_k"] == 3
    if available() is not None:  # spopt is the optional extra "bench"; without it the figures say why
        assert figures["spopt_s"] is None and figures["spopt_reason"]
        return
    assert figures["spopt_status"] == "Optimal" and figures["objectives_agree"] is True
    assert figures["spopt_objective"] == figures["ours_objective"] == figures["spopt_objective_by_our_matrix"]
