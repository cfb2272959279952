"""`shuyi site …` and `shuyi import sites` in a real subprocess: the contract's options, JSON, and every refusal
one line on stderr with the database unchanged."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.core.app import Shuyi
from desktop.core.coords import Coordinate, CoordSystem
from desktop.core.sites import NewSite, SiteKind

SHUYI = shutil.which("shuyi", path=str(Path(sys.executable).parent)) or "shuyi"
ADD = ("site", "add", "--code", "JH21", "--kind", "service_station", "--name", "城南骑手之家", "--lng", "119.8031",
       "--lat", "33.4668", "--crs", "gcj02")


def run(db: Path, *args: str, lang: str = "zh_CN") -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "SHUYI_LANG": lang}
    return subprocess.run([SHUYI, "--db", str(db), *args], capture_output=True, text=True, env=env, timeout=120)


@pytest.fixture
def station_db(db_path: Path) -> Path:
    """A database with JH21 in it, made through the core (the subprocess under test is what is timed)."""
    with Shuyi.open(db_path, create=False) as app:
        app.sites.add_site(NewSite(code="JH21", kind=SiteKind.SERVICE_STATION, name="城南骑手之家",
                                   position=Coordinate(lng=119.8031, lat=33.4668, system=CoordSystem.GCJ02)))
    return db_path


def _dump(path: Path) -> list[str]:
    with sqlite3.connect(path) as conn:
        return list(conn.iterdump())


def test_add_as_the_contract_says_and_list_keeps_its_fields(db_path: Path) -> None:
    added = run(db_path, *ADD, "--address", "冠华路58号", "--station-kind", "骑手之家", "--hours", "Mo-Su 00:00-24:00",
                "--phone", "13812345678", "--manager", "王芳", "--area", "35.5", "--seats", "12", "--stars", "4",
                "--stars-on", "2025-06-01", "--stars-by", "盐城市总工会", "--standard", "6+X", "--build-mode", "整合",
                "--host-unit", "建设银行", "--fact", "on_maps=yes", "--fact", "12351=是", "--json")
    assert added.returncode == 0, added.stderr
    site = json.loads(added.stdout)
    assert (site["code"], site["kind"], site["station_kind"], site["opening_hours"]) == (
        "JH21", "service_station", "rider_home", "24/7")
    assert site["manager_phone"] == "138****5678" and "13812345678" not in added.stdout
    assert site["facts"]["on_maps"]["present"] and site["facts"]["hotline_12351"]["present"]
    listed = run(db_path, "list", "sites", "--json")
    [row] = json.loads(listed.stdout)
    for field in ("code", "kind", "name", "coord_system", "lng", "lat", "lng_wgs84", "lat_wgs84", "active"):
        assert field in row
    assert (row["coord_system"], row["lng"], row["active"]) == ("gcj02", 119.8031, True)
    assert abs(row["lng_wgs84"] - 119.8031) > 0.003


def test_edit_retire_reopen_and_show(db_path: Path) -> None:
    assert run(db_path, *ADD).returncode == 0
    edited = run(db_path, "site", "edit", "JH21", "--coords", "119.8050，33.4771", "--crs", "bd09", "--seats", "9",
                 "--json")
    assert edited.returncode == 0, edited.stderr
    site = json.loads(edited.stdout)
    assert (site["coord_system"], site["lng"], site["lat"], site["seats"]) == ("bd09", 119.805, 33.4771, 9)
    swapped = run(db_path, "site", "edit", "JH21", "--coords", "33.4771,119.8050", "--json")
    assert json.loads(swapped.stdout)["lng"] == 119.805 and "纬度" in swapped.stderr
    retired = run(db_path, "site", "retire", "JH21", "--json")
    assert json.loads(retired.stdout)["active"] is False
    assert run(db_path, "site", "reopen", "JH21", "--json").returncode == 0
    shown = run(db_path, "site", "show", "JH21", "--json")
    detail = json.loads(shown.stdout)
    assert detail["active"] and detail["counts"]["facilities"] == 0
    text = run(db_path, "site", "show", "JH21")
    assert "城南骑手之家" in text.stdout and "WGS-84" in text.stdout


REFUSALS = [
    (("site", "show", "JH99"), "没有代码为 JH99 的站点"),
    (("site", "edit", "JH99", "--seats", "3"), "JH99"),
    (("site", "add", "--code", "JH22", "--kind", "service_station", "--name", "x", "--lng", "119.8", "--lat", "33.4",
      "--crs", "mars"), "坐标系"),
    (("site", "add", "--code", "JH22", "--kind", "service_station", "--name", "x", "--lng", "2.35", "--lat", "48.85",
      "--crs", "wgs84"), "不在中国境内"),
    (("site", "add", "--code", "JH22", "--kind", "service_station", "--name", "x", "--lng", "0", "--lat", "0",
      "--crs", "gcj02"), "占位"),
    (("site", "add", "--code", "JH22", "--kind", "service_station", "--name", "x", "--hours", "Mo-Fr 8-18"),
     "开放时间"),
    (("site", "add", "--code", "JH21", "--kind", "reading_room", "--name", "x"), "已被使用"),
    (("site", "add", "--code", "JH22", "--kind", "service_station", "--name", "x", "--station-kind", "加油站"),
     "加油站"),
    (("site", "add", "--code", "JH22", "--kind", "room-ish", "--name", "x"), "站点类型"),
    (("site", "add", "--code", "JH22", "--kind", "reading_room", "--name", "x", "--stars", "3"), "仅适用于服务站"),
    (("site", "edit", "JH21", "--fact", "coffee=yes"), "coffee"),
    (("site", "edit", "JH21", "--phone", "12345"), "手机号"),
    (("site", "reopen", "JH21"), "仍在使用"),
]


@pytest.mark.parametrize(("args", "says"), REFUSALS)
def test_refusals_are_one_line_and_change_nothing(station_db: Path, args: tuple[str, ...], says: str) -> None:
    before = _dump(station_db)
    result = run(station_db, *args)
    assert result.returncode != 0
    assert len(result.stderr.splitlines()) == 1 and says in result.stderr, result.stderr
    assert "意外错误" not in result.stderr
    assert _dump(station_db) == before


def test_retire_twice_is_refused_and_changes_nothing(db_path: Path) -> None:
    assert run(db_path, *ADD).returncode == 0
    assert run(db_path, "site", "retire", "JH21").returncode == 0
    before = _dump(db_path)
    result = run(db_path, "site", "retire", "JH21", lang="en")
    assert result.returncode != 0 and result.stderr.strip().endswith("was already retired on " +
                                                                      json.loads(run(db_path, "site", "show", "JH21",
                                                                                     "--json").stdout)["closed_on"])
    assert _dump(db_path) == before


def test_import_lists_bad_rows_and_takes_the_good(db_path: Path, tmp_path: Path) -> None:
    assert run(db_path, *ADD).returncode == 0
    sheet = tmp_path / "sites.csv"
    sheet.write_text(
        "代码,名称,类型,经度,纬度,开放时间,负责人,电话\n"
        "JH31,一号驿站,骑手之家,119.80,33.47,24/7,张三,13912345678\n"
        "JH32,零坐标驿站,,0,0,,,\n"
        "JH33,巴黎驿站,,2.35,48.85,,,\n"
        "JH34,怪类型,加油站,119.81,33.48,,,\n"
        "JH31,重复驿站,,119.82,33.49,,,\n"
        "JH21,已有代码,,119.83,33.46,,,\n"
        "JH35,坏时间,,119.84,33.45,Mo-Fr 8-18,,\n"
        "JH36,书屋,职工书屋,,,,,\n", encoding="utf-8")
    first = run(db_path, "import", "sites", str(sheet), "--crs", "gcj02")
    assert first.returncode == 0, first.stderr
    lines = first.stderr.splitlines()
    assert [line.split("：")[0] for line in lines] == ["第 3 行", "第 4 行", "第 5 行", "第 6 行", "第 7 行", "第 8 行"]
    assert "新增站点 2 个" in first.stdout
    codes = [s["code"] for s in json.loads(run(db_path, "list", "sites", "--json").stdout)]
    assert codes == ["JH21", "JH31", "JH36"]
    before = _dump(db_path)
    again = run(db_path, "import", "sites", str(sheet), "--crs", "gcj02", "--json")
    assert again.returncode == 0 and json.loads(again.stdout)["added"] == 0
    assert _dump(db_path) == before


def test_import_without_a_datum_or_codes_is_refused_whole(db_path: Path, tmp_path: Path) -> None:
    before = _dump(db_path)
    sheet = tmp_path / "a.csv"
    sheet.write_text("代码,名称,经度,纬度\nJH31,一号驿站,119.80,33.47\n", encoding="utf-8")
    result = run(db_path, "import", "sites", str(sheet))
    assert result.returncode != 0 and "--crs" in result.stderr and len(result.stderr.splitlines()) == 1
    sheet.write_text("名称,经度,纬度,坐标系\n一号驿站,119.80,33.47,gcj02\n", encoding="utf-8")
    result = run(db_path, "import", "sites", str(sheet))
    assert result.returncode != 0 and "代码" in result.stderr
    assert _dump(db_path) == before
