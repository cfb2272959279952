"""`shuyi coverage boundary import`, `demand import`, `demand grid` as real processes: output, JSON, refusals."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.cli.test_cli import run
from tests.core.coverage_files import JIANHU_SQUARE, datav_file, dump, feature, polygon, write_csv, write_geojson

CSV = "名称,经度,纬度,权重\n甲,119.80,33.47,3\n乙,0,0,1\n丙,119.81,33.48,-1\n丁,119.79,33.46,\n"


def test_boundary_import_says_which_datum_it_took(db_path: Path, tmp_path: Path) -> None:
    result = run("coverage", "boundary", "import", str(datav_file(tmp_path / "jh.json")), "--db", str(db_path))
    assert result.returncode == 0, result.stderr
    assert "GCJ-02" in result.stderr and "DataV" in result.stderr
    assert "建湖县" in result.stdout
    again = run("coverage", "boundary", "import", str(datav_file(tmp_path / "jh.json")), "--crs", "wgs84", "--json",
                "--db", str(db_path))
    assert again.returncode == 0 and again.stderr == ""
    assert json.loads(again.stdout) == {"file": str(tmp_path / "jh.json"), "coord_system": "wgs84",
                                        "datum_from": "option", "added": [], "replaced": ["建湖县"], "count": 1}


def test_demand_import_lists_bad_rows_by_row_on_stderr(db_path: Path, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "骑手.csv", CSV)
    result = run("coverage", "demand", "import", str(path), "--crs", "gcj02", "--db", str(db_path))
    assert result.returncode == 0, result.stderr
    lines = result.stderr.splitlines()
    assert [line.split("：")[0] for line in lines] == ["第 3 行", "第 4 行"]
    assert "中国" in lines[0] and "权重" in lines[1]
    assert "4" in result.stdout and "骑手" in result.stdout
    english = run("--lang", "en", "coverage", "demand", "import", str(path), "--crs", "gcj02", "--json",
                  "--db", str(db_path))
    assert english.returncode == 0
    assert [line.split(":")[0] for line in english.stderr.splitlines()] == ["row 3", "row 4"]
    report = json.loads(english.stdout)
    assert (report["read"], report["added"], report["kept"], report["removed"]) == (4, 0, 2, 0)
    assert [(r["number"], r["error"]) for r in report["rejected"]] == [(3, "coords.outside_china"),
                                                                      (4, "demand.bad_weight")]


def test_demand_grid_prints_the_count(db_path: Path, tmp_path: Path) -> None:
    run("coverage", "boundary", "import", str(datav_file(tmp_path / "jh.json")), "--db", str(db_path))
    result = run("coverage", "demand", "grid", "--cell", "1000", "--json", "--db", str(db_path))
    assert result.returncode == 0, result.stderr
    answer = json.loads(result.stdout)
    assert 60 < answer["count"] < 100 and answer["layer"] == "grid 1000 m"
    text = run("coverage", "demand", "grid", "--cell", "1000", "--layer", "一公里", "--db", str(db_path))
    assert text.returncode == 0 and str(answer["count"]) in text.stdout and "一公里" in text.stdout


def _write_bad(tmp_path: Path, case: str) -> list[str]:
    """The arguments of one bad command, its files written."""
    point = feature({"type": "Point", "coordinates": [119.8, 33.47]})
    paris = feature(polygon([[2.0, 48.0], [3.0, 48.0], [3.0, 49.0], [2.0, 48.0]]))
    empty = tmp_path / "empty.geojson"
    empty.write_bytes(b"")
    cases = {
        "boundary not GeoJSON": ["boundary", "import", str(write_csv(tmp_path / "b.json", "经度,纬度\n1,2\n"))],
        "boundary a point": ["boundary", "import", str(write_geojson(tmp_path / "p.json", point))],
        "boundary outside China": ["boundary", "import", str(write_geojson(tmp_path / "o.json", paris))],
        "boundary empty file": ["boundary", "import", str(empty)],
        "boundary missing file": ["boundary", "import", str(tmp_path / "nowhere.json")],
        "demand no coordinates": ["demand", "import", str(write_csv(tmp_path / "n.csv", "名称,地址\n甲,乙\n")),
                                  "--crs", "gcj02"],
        "demand no datum": ["demand", "import", str(write_csv(tmp_path / "d.csv", "经度,纬度\n119.8,33.4\n"))],
        "grid no boundary": ["demand", "grid", "--cell", "1000"],
        "grid zero cell": ["demand", "grid", "--cell", "0"],
        "demand without a sub-action": ["demand"],
        "boundary without a file": ["boundary", "import"],
    }
    return cases[case]


@pytest.mark.parametrize("case", ["boundary not GeoJSON", "boundary a point", "boundary outside China",
                                  "boundary empty file", "boundary missing file", "demand no coordinates",
                                  "demand no datum", "grid no boundary", "grid zero cell",
                                  "demand without a sub-action", "boundary without a file"])
def test_bad_input_is_one_line_a_failure_and_changes_nothing(db_path: Path, tmp_path: Path, case: str) -> None:
    before = dump(db_path)
    result = run("coverage", *_write_bad(tmp_path, case), "--db", str(db_path))
    assert result.returncode != 0 and result.stdout == ""
    assert len(result.stderr.splitlines()) == 1 and result.stderr.startswith("shuyi: "), result.stderr
    assert "意外错误" not in result.stderr and "Traceback" not in result.stderr
    assert dump(db_path) == before


def test_a_grid_too_fine_for_the_area_is_refused_in_one_line(db_path: Path, tmp_path: Path) -> None:
    wide = [[117.0, 33.0], [121.0, 33.0], [121.0, 35.0], [117.0, 35.0], [117.0, 33.0]]
    run("coverage", "boundary", "import", str(write_geojson(tmp_path / "w.geojson", feature(polygon(wide)))),
        "--db", str(db_path))
    before = dump(db_path)
    result = run("--lang", "en", "coverage", "demand", "grid", "--cell", "100", "--db", str(db_path))
    assert result.returncode == 2 and len(result.stderr.splitlines()) == 1
    assert "too small for the area" in result.stderr and dump(db_path) == before


def test_a_file_of_only_bad_rows_lists_them_then_fails(db_path: Path, tmp_path: Path) -> None:
    before = dump(db_path)
    path = write_csv(tmp_path / "zero.csv", "lng,lat\n0,0\n" + ",".join(map(str, JIANHU_SQUARE[0][::-1])) + "\n")
    result = run("coverage", "demand", "import", str(path), "--crs", "wgs84", "--db", str(db_path))
    assert result.returncode == 2
    assert [line.split("：")[0] for line in result.stderr.splitlines()[:2]] == ["第 2 行", "第 3 行"]
    assert result.stderr.splitlines()[2].startswith("shuyi: ") and dump(db_path) == before
