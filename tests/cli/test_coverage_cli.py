"""`shuyi coverage`: the figures, gaps, siting and station what-ifs as JSON, checked by brute force; refusals."""

from __future__ import annotations

import hashlib
import itertools
import json
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from db.models import SiteKind
from tests.core.coverage.brute import county, distances, objective, reach
from tests.core.coverage.database import close_site, put_demand, put_stations

WALK_M = 4.5 * 1000 / 60 * 15 / 1.3


def shuyi(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "desktop", *args], capture_output=True, text=True, timeout=300)


@pytest.fixture(scope="module")
def county_db(tmp_path_factory: pytest.TempPathFactory, empty_template: Path) -> dict:
    """140 weighted demand points, 6 open stations (2 with seats), one closed one and one reading room."""
    from desktop.core.database import copy_sqlite

    path = copy_sqlite(empty_template, tmp_path_factory.mktemp("coverage") / "county.db")
    rng = np.random.default_rng(8)
    d_lng, d_lat, w = county(rng, 140, spread_deg=0.02)
    s_lng, s_lat, _ = county(rng, 8, spread_deg=0.02)
    put_demand(path, d_lng, d_lat, w)
    codes = put_stations(path, s_lng[:7], s_lat[:7], seats=[20, None, 10, None, None, None, 5])
    close_site(path, codes[6])
    put_stations(path, s_lng[7:], s_lat[7:], prefix="SW", kind=SiteKind.READING_ROOM)
    return {"path": path, "d": (d_lng, d_lat, w), "s": (s_lng[:6], s_lat[:6]), "room": (s_lng[7:], s_lat[7:]),
            "codes": codes[:6]}


def _json(*args: str) -> object:
    result = shuyi(*args, "--json")
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_the_figures_match_a_brute_force_over_the_active_stations(county_db: dict) -> None:
    d_lng, d_lat, w = county_db["d"]
    dist = distances(d_lng, d_lat, *county_db["s"])
    within = reach(dist, WALK_M).sum(axis=1)
    got = _json("--db", str(county_db["path"]), "coverage")
    assert set(got) >= {"covered_share", "cross_covered_share", "mean_minutes", "p95_minutes", "max_minutes",
                        "demand_weight", "stations"}
    assert got["stations"] == 6 and got["demand_weight"] == w.sum()
    assert got["covered_share"] == pytest.approx(w[within >= 1].sum() / w.sum(), abs=1e-6)
    assert got["cross_covered_share"] == pytest.approx(w[within >= 2].sum() / w.sum(), abs=1e-6)
    minutes = dist.min(axis=1) / (4.5 * 1000 / 60 / 1.3)
    assert got["mean_minutes"] == pytest.approx((minutes * w).sum() / w.sum(), abs=0.01)
    assert got["max_minutes"] == pytest.approx(minutes.max(), abs=0.01)
    assert 0 < got["cross_covered_share"] < got["covered_share"] < 1
    loads = {row["code"]: row for row in got["station_loads"]}
    assert loads["ZD00"]["seats"] == 20 and loads["ZD01"]["per_seat"] is None
    assert loads["ZD00"]["per_seat"] == pytest.approx(loads["ZD00"]["served_within_weight"] / 20, abs=1e-3)
    with_rooms = _json("--db", str(county_db["path"]), "coverage", "--include-rooms")
    assert with_rooms["stations"] == 7 and with_rooms["covered_share"] >= got["covered_share"]
    by_bike = _json("--db", str(county_db["path"]), "coverage", "--mode", "ebike", "--minutes", "5")
    assert by_bike["radius_m"] == pytest.approx(20_000 / 60 * 5 / 1.3, abs=0.1)


def test_gaps_hold_the_uncovered_weight_and_go_to_a_spreadsheet(county_db: dict, tmp_path: Path) -> None:
    d_lng, d_lat, w = county_db["d"]
    dist = distances(d_lng, d_lat, *county_db["s"])
    open_ = ~reach(dist, WALK_M).any(axis=1)
    places = _json("--db", str(county_db["path"]), "coverage", "gaps")
    assert sum(p["weight"] for p in places) == pytest.approx(w[open_].sum())
    assert all({"lng_wgs84", "lat_wgs84", "weight", "nearest_m"} <= set(p) for p in places)
    first = places[0]
    assert first["nearest_m"] == pytest.approx(
        distances([first["lng_wgs84"]], [first["lat_wgs84"]], *county_db["s"]).min(), abs=0.2)
    assert 300 < distances([first["lng_wgs84"]], [first["lat_wgs84"]], [first["lng_gcj02"]], [first["lat_gcj02"]])[
        0, 0] < 800  # GCJ-02 for the maps people use, hundreds of metres off
    sheet = tmp_path / "gaps.xlsx"
    result = shuyi("--db", str(county_db["path"]), "coverage", "gaps", "--xlsx", str(sheet))
    assert result.returncode == 0, result.stderr
    import openpyxl

    rows = openpyxl.load_workbook(sheet).active
    assert rows.freeze_panes == "A2"
    assert rows.max_row == len(places) + 1
    assert rows["B2"].value == places[0]["weight"] and isinstance(rows["H2"].value, int | float)


def test_site_adds_the_best_pair_of_demand_places(county_db: dict) -> None:
    d_lng, d_lat, w = county_db["d"]
    fixed = reach(distances(d_lng, d_lat, *county_db["s"]), WALK_M)
    cand = reach(distances(d_lng, d_lat, d_lng, d_lat), WALK_M)
    best = max(objective(fixed.sum(axis=1) + cand[:, list(pair)].sum(axis=1), w, None)
               for pair in itertools.combinations(range(len(d_lng)), 2))
    got = _json("--db", str(county_db["path"]), "coverage", "site", "--add", "2")
    assert set(got) >= {"chosen", "covered_weight_before", "covered_weight_after", "optimal", "bound"}
    assert got["optimal"] is True and got["covered_weight_after"] == pytest.approx(best)
    assert got["covered_weight_before"] == pytest.approx(w[fixed.any(axis=1)].sum())
    assert len(got["chosen"]) == 2 and {"lng_wgs84", "lat_wgs84"} <= set(got["chosen"][0])
    assert got["bound"] >= best - 1e-6
    cross = _json("--db", str(county_db["path"]), "coverage", "site", "--add", "2", "--objective", "cross")
    assert cross["cross_covered_weight_after"] >= cross["cross_covered_weight_before"]


def test_site_from_a_file_of_host_places_in_gcj02(county_db: dict, tmp_path: Path) -> None:
    from desktop.core.coords import Coordinate, CoordSystem, from_wgs84

    d_lng, d_lat, _ = county_db["d"]
    hosts = tmp_path / "hosts.csv"
    lines = ["名称,经度,纬度"]
    for n in range(0, 40, 4):
        shown = from_wgs84(Coordinate(float(d_lng[n]), float(d_lat[n]), CoordSystem.WGS84), CoordSystem.GCJ02)
        lines.append(f"加油站{n},{shown.lng:.7f},{shown.lat:.7f}")
    hosts.write_text("\n".join(lines) + "\n", encoding="utf-8")
    got = _json("--db", str(county_db["path"]), "coverage", "site", "--add", "1", "--candidates", str(hosts),
                "--crs", "gcj02")
    pick = got["chosen"][0]
    n = int(pick["name"].removeprefix("加油站"))
    assert distances([pick["lng_wgs84"]], [pick["lat_wgs84"]], [d_lng[n]], [d_lat[n]])[0, 0] < 0.05
    result = shuyi("--db", str(county_db["path"]), "coverage", "site", "--add", "1", "--candidates", str(hosts))
    assert result.returncode == 2 and "datum" in result.stderr and len(result.stderr.strip().splitlines()) == 1


def test_what_closing_each_station_costs(county_db: dict) -> None:
    d_lng, d_lat, w = county_db["d"]
    fixed = reach(distances(d_lng, d_lat, *county_db["s"]), WALK_M)
    rows = _json("--db", str(county_db["path"]), "coverage", "stations")
    now = objective(fixed.sum(axis=1), w, None)
    for row in rows:
        j = county_db["codes"].index(row["code"])
        assert row["close_loss"] == pytest.approx(now - objective(np.delete(fixed, j, axis=1).sum(axis=1), w, None))
        assert row["move_loss"] <= row["close_loss"]


@pytest.mark.parametrize("args", [
    ("coverage", "site", "--add", "500"),
    ("coverage", "--speed-kmh", "0"),
    ("coverage", "--minutes", "-5"),
    ("coverage", "--detour", "0.8"),
    ("coverage", "site"),
    ("coverage", "site", "--add", "2", "--objective", "all"),
    ("coverage", "site", "--add", "1", "--candidates", "grid", "--spacing", "1"),
    ("coverage", "map"),
    ("coverage", "site", "--add", "1", "--time-limit", "-1"),
    ("coverage", "site", "--add", "1", "--candidates", "/nonexistent/hosts.csv", "--crs", "gcj02"),
    ("coverage", "--layer", "没有这层"),
])
def test_refusals_are_one_line_and_change_nothing(county_db: dict, args: tuple[str, ...]) -> None:
    before = hashlib.sha256(county_db["path"].read_bytes()).hexdigest()
    result = shuyi("--db", str(county_db["path"]), *args)
    assert result.returncode != 0 and result.stdout == ""
    lines = result.stderr.strip().splitlines()
    if args[1] == "map" or "--time-limit" in args:  # refused by argparse: its usage, then one line of error
        assert lines[-1].startswith("shuyi coverage: error:") and result.returncode == 2
    else:
        assert len(lines) == 1, result.stderr
    assert "unexpected" not in result.stderr and "意外" not in result.stderr
    assert hashlib.sha256(county_db["path"].read_bytes()).hexdigest() == before


def test_a_database_without_demand_says_what_to_do(db_path: Path) -> None:
    result = shuyi("--db", str(db_path), "--lang", "en", "coverage")
    assert result.returncode == 2
    assert "import demand points or make a grid first" in result.stderr
    assert "--" not in result.stderr


def test_the_parser_modes_are_the_engines() -> None:
    from desktop.cli.parsers import coverage as parser
    from desktop.core.coverage import siting, travel

    assert parser.MODES == travel.MODES
    assert parser.OBJECTIVES == siting.OBJECTIVES
