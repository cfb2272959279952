"""Real places in: Xuzhou's 519 public-bicycle stations of 2014 (GCJ-02, 8 of them with lat = lng = 0) imported as
service stations through `shuyi import sites`, from a CSV written the way a union would keep it."""

from __future__ import annotations

import csv
import json
import os
import re
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

SHUYI = shutil.which("shuyi", path=str(Path(sys.executable).parent)) or "shuyi"


def _run(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "SHUYI_LANG": "zh_CN"}
    return subprocess.run([SHUYI, *args], capture_output=True, text=True, cwd=cwd, env=env, timeout=300)


def _write_csv(places: list[dict[str, object]], path: Path) -> dict[int, int]:
    """The CSV (UTF-8 with BOM, Chinese headers); returns each place's id -> its spreadsheet row number."""
    rows = {}
    with path.open("w", encoding="utf-8-sig", newline="") as f:
        writer = csv.writer(f)
        writer.writerow(["编号", "名称", "地址", "经度", "纬度", "驿站类型"])
        for n, place in enumerate(places, start=2):
            writer.writerow([f"XZ{place['id']:04d}", place["name"], place["address"], place["lng"], place["lat"],
                             "户外劳动者服务站"])
            rows[int(place["id"])] = n  # type: ignore[call-overload]
    return rows


def _sites(db: Path) -> list[tuple[str, str, float, float]]:
    with sqlite3.connect(db) as conn:
        return conn.execute("SELECT code, kind, coord_lng, lat_wgs84 FROM sites ORDER BY code").fetchall()


def test_xuzhou_bicycle_stations_import_as_stations(shared_data: Path, tmp_path: Path) -> None:
    places = json.loads((shared_data / "geo" / "bikelife_2014" / "xuzhou.json").read_text(encoding="utf-8-sig"))
    assert len(places) == 519
    zero = {int(p["id"]) for p in places if not p["lat"] or not p["lng"]}
    assert len(zero) == 8
    rows = _write_csv(places, tmp_path / "xuzhou.csv")
    assert _run("init", "--db", "x.db", cwd=tmp_path).returncode == 0

    first = _run("import", "sites", "xuzhou.csv", "--crs", "gcj02", "--db", "x.db", "--json", cwd=tmp_path)
    assert first.returncode == 0, first.stderr
    report = json.loads(first.stdout)
    assert (report["read"], report["added"], report["already"], len(report["rejected"])) == (519, 511, 0, 8)
    refused = re.findall(r"^第 (\d+) 行：(.*)$", first.stderr, re.MULTILINE)
    assert sorted(int(n) for n, _ in refused) == sorted(rows[i] for i in zero)
    assert all("0.0" in why for _, why in refused)
    assert {r["error"] for r in report["rejected"]} == {"site.zero_coordinate"}
    stored = _sites(tmp_path / "x.db")
    assert len(stored) == 511 and {kind for _, kind, _, _ in stored} == {"service_station"}
    assert all(117.1 < lng < 117.31 and 34.1 < lat < 34.33 for _, _, lng, lat in stored)

    again = _run("import", "sites", "xuzhou.csv", "--crs", "gcj02", "--db", "x.db", "--json", cwd=tmp_path)
    assert again.returncode == 0, again.stderr
    second = json.loads(again.stdout)
    assert (second["added"], second["already"], len(second["rejected"])) == (0, 511, 8)
    assert _sites(tmp_path / "x.db") == stored

    english = _run("import", "sites", "xuzhou.csv", "--crs", "gcj02", "--db", "x.db", "--lang", "en", cwd=tmp_path)
    assert len(re.findall(r"^row \d+: ", english.stderr, re.MULTILINE)) == 8
