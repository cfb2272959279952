"""`shuyi bench startup --json`: the real `shuyi` and a bare PySide6 window launched and timed to their first paint
(and `shuyi` to its desk page's first paint)."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from tests.conftest import PROJECT


@pytest.mark.slow
def test_startup_bench_prints_its_figures_as_json() -> None:
    env = {**os.environ, "PYTHONPATH": str(PROJECT)}
    result = subprocess.run([sys.executable, "-m", "desktop", "bench", "startup", "--runs", "1", "--json"],
                            capture_output=True, text=True, env=env, timeout=300, check=False)
    assert result.returncode == 0, result.stderr
    figures = json.loads(result.stdout)
    for key in ("window_s", "bare_qt_s", "ratio", "page_s"):
        assert isinstance(figures[key], float) and figures[key] > 0, key
    assert figures["runs"] == 1 and len(figures["window_runs_s"]) == len(figures["bare_qt_runs_s"]) == 1
    assert len(figures["page_runs_s"]) == 1
    assert figures["page_s"] >= figures["window_s"]  # the frame first, then the desk page in it
    assert figures["platform"] in ("xcb", "offscreen")
