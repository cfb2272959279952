"""`shuyi bench stations` at a small size: it builds its county, times the three screens and says how."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from desktop.bench import stations, stations_data
from tests.cli.test_cli import run


def test_the_benchmark_runs_small_and_reports_every_screen() -> None:
    result = run("bench", "stations", "--stations", "2", "--json")
    assert result.returncode == 0, result.stderr
    figures = json.loads(result.stdout)
    assert figures["benchmark"] == "stations" and figures["sizes"]["stations"] == 2
    assert figures["sizes"]["facilities"] == 60 and figures["sizes"]["services"] == 300
    assert figures["sizes"]["visit_counts"] > 2 * 3 * 300 * 4
    for screen in ("register", "station_detail", "due_calendar"):
        f = figures[screen]
        assert 0 < f["p50_ms"] <= f["p95_ms"] and f["baseline_p95_ms"] > 0 and f["ratio_p95"] > 0
    assert set(figures["detail_tabs"]) == {"facilities", "services_and_visitors", "standard", "inspections"}
    assert all(0 < tab["p50_ms"] <= tab["p95_ms"] for tab in figures["detail_tabs"].values())
    assert figures["sample_station"]["visits_12_months"] > 0 and len(figures["load_average"]) == 3


def test_the_county_is_real_rows_with_asset_codes_and_open_rectifications(tmp_path: Path) -> None:
    import datetime as dt

    from desktop.core import codes

    county = stations_data.build(tmp_path / "c.db", stations=3, facilities=30, years=1, services=50,
                                 inspections=10, today=dt.date(2026, 6, 15))
    raw = sqlite3.connect(tmp_path / "c.db")
    try:
        tags = [r[0] for r in raw.execute("SELECT code FROM facilities")]
        assert len(tags) == len(set(tags)) == 90 and tags[0] == codes.make(codes.CodeType.ASSET, "ST001", 1)
        assert raw.execute("SELECT count(*) FROM rectifications WHERE status = 'open'").fetchone()[0] > 0
        assert raw.execute("PRAGMA foreign_key_check").fetchall() == []
    finally:
        raw.close()
    assert county.sizes["inspections"] == 30 and stations.due_calendar.__doc__ is not None
