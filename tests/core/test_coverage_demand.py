"""Demand points: columns found by name, datums per file or row, bad rows refused by row, re-imports add nothing."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import openpyxl
import pytest

from desktop.core import errors
from desktop.core.app import Shuyi
from desktop.core.coords import Coordinate, CoordSystem, to_wgs84
from tests.core.coverage_files import dump, feature, polygon, write_csv, write_geojson

GOOD = "名称,经度,纬度,权重,类型\n骑手甲,119.80,33.47,12,外卖骑手聚集点\n快递乙,119.81,33.48,,快递网点\n"


def _points(db: Path) -> list[tuple]:
    with sqlite3.connect(db) as conn:
        return conn.execute("SELECT l.name, p.coord_system, p.coord_lng, p.coord_lat, p.lng_wgs84, p.lat_wgs84, "
                            "p.weight, p.kind, p.label, p.uuid FROM demand_points p JOIN demand_layers l "
                            "ON l.id = p.layer_id ORDER BY p.id").fetchall()


def test_a_chinese_spreadsheet_goes_into_a_layer_named_after_it(app: Shuyi, db_path: Path, tmp_path: Path) -> None:
    report = app.coverage_data.import_demand(write_csv(tmp_path / "骑手.csv", GOOD), CoordSystem.GCJ02)
    assert (report.layer, report.rows_read, report.added, report.kept, report.removed) == ("骑手", 2, 2, 0, 0)
    rows = _points(db_path)
    assert [r[:4] for r in rows] == [("骑手", "gcj02", 119.80, 33.47), ("骑手", "gcj02", 119.81, 33.48)]
    wgs = to_wgs84(Coordinate(119.80, 33.47, CoordSystem.GCJ02))
    assert abs(rows[0][4] - wgs.lng) < 1e-9 and abs(rows[0][5] - wgs.lat) < 1e-9
    assert [r[6:9] for r in rows] == [(12.0, "外卖骑手聚集点", "骑手甲"), (1.0, "快递网点", "快递乙")]
    [layer] = app.coverage_data.list_layers()
    assert (layer.name, layer.source.value, layer.points, layer.weight) == ("骑手", "import", 2, 13.0)


@pytest.mark.parametrize("header", ["lng,lat", "longitude,latitude", "x,y", "Lon,Lat", "经度（GCJ-02）,纬度（GCJ-02）"])
def test_coordinate_columns_by_their_usual_names(app: Shuyi, tmp_path: Path, header: str) -> None:
    report = app.coverage_data.import_demand(write_csv(tmp_path / "p.csv", f"{header}\n119.8,33.47\n"),
                                             CoordSystem.WGS84)
    assert report.added == 1


def test_a_datum_column_says_each_row_s_datum_and_the_option_fills_the_blanks(app: Shuyi, db_path: Path,
                                                                               tmp_path: Path) -> None:
    text = "经度,纬度,坐标系\n119.80,33.47,BD-09\n119.81,33.47,wgs84\n119.82,33.47,\n119.83,33.47,mercator\n"
    path = write_csv(tmp_path / "mixed.csv", text)
    report = app.coverage_data.import_demand(path, CoordSystem.GCJ02)
    assert [r[1] for r in _points(db_path)] == ["bd09", "wgs84", "gcj02"]
    assert [(r.position.number, r.error.code) for r in report.rejected] == [(5, "coords.unknown_datum")]
    again = app.coverage_data.import_demand(path, layer="no option")
    assert [(r.position.number, r.error.code) for r in again.rejected] == [(4, "demand.missing_value"),
                                                                          (5, "coords.unknown_datum")]


def test_a_spreadsheet_that_does_not_say_its_datum_is_refused(app: Shuyi, db_path: Path, tmp_path: Path) -> None:
    before = dump(db_path)
    with pytest.raises(errors.DatumNeeded):
        app.coverage_data.import_demand(write_csv(tmp_path / "p.csv", GOOD))
    assert dump(db_path) == before


def test_bad_rows_are_listed_by_row_and_the_good_ones_go_in(app: Shuyi, db_path: Path, tmp_path: Path) -> None:
    text = ("经度,纬度,权重\n119.80,33.47,2\n0,0,1\n2.35,48.85,1\n东经119,33.4,1\n119.8,33.47,0\n119.8,33.47,-3\n"
            "119.8,33.47,很多\n,33.47,1\n33.47,119.80,1\n119.79,33.46,\n")
    report = app.coverage_data.import_demand(write_csv(tmp_path / "bad.csv", text), CoordSystem.GCJ02)
    assert report.added == 2 and report.rows_read == 10
    assert [(r.position.kind, r.position.number, r.error.code) for r in report.rejected] == [
        ("row", 3, "coords.outside_china"), ("row", 4, "coords.outside_china"), ("row", 5, "demand.not_a_number"),
        ("row", 6, "demand.bad_weight"), ("row", 7, "demand.bad_weight"), ("row", 8, "demand.not_a_number"),
        ("row", 9, "demand.missing_value"), ("row", 10, "coords.outside_china")]
    assert "东经119" in report.rejected[2].explanation("en") and "经度" in report.rejected[2].explanation("en")
    assert len(_points(db_path)) == 2


def test_a_file_with_no_good_row_changes_nothing(app: Shuyi, db_path: Path, tmp_path: Path) -> None:
    before = dump(db_path)
    with pytest.raises(errors.NoDemandRows) as refused:
        app.coverage_data.import_demand(write_csv(tmp_path / "z.csv", "lng,lat\n0,0\n0,0\n"), CoordSystem.GCJ02)
    assert len(refused.value.params["rejected"]) == 2 and dump(db_path) == before


def test_a_file_without_coordinate_columns_is_refused(app: Shuyi, tmp_path: Path) -> None:
    with pytest.raises(errors.NoCoordinateColumns, match="名称, 地址"):
        app.coverage_data.import_demand(write_csv(tmp_path / "n.csv", "名称,地址\n甲,某路\n"), CoordSystem.GCJ02)


def test_importing_the_same_file_again_adds_nothing_and_a_changed_one_keeps_what_stayed(
        app: Shuyi, db_path: Path, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "layer.csv", GOOD)
    app.coverage_data.import_demand(path, CoordSystem.GCJ02)
    first = _points(db_path)
    again = app.coverage_data.import_demand(path, CoordSystem.GCJ02)
    assert (again.added, again.kept, again.removed) == (0, 2, 0) and _points(db_path) == first
    path.write_text(GOOD.replace("快递乙,119.81", "快递丙,119.82"), encoding="utf-8")
    changed = app.coverage_data.import_demand(path, CoordSystem.GCJ02)
    assert (changed.added, changed.kept, changed.removed) == (1, 1, 1)
    now = _points(db_path)
    assert now[0] == first[0] and [r[8] for r in now] == ["骑手甲", "快递丙"]


def test_a_named_weight_column_and_an_xlsx_file(app: Shuyi, db_path: Path, tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["经度", "纬度", "骑手数", "权重"])
    sheet.append([119.80, 33.47, 30, 1])
    sheet.append([119.81, 33.48, 5, 1])
    book.save(tmp_path / "riders.xlsx")
    report = app.coverage_data.import_demand(tmp_path / "riders.xlsx", CoordSystem.WGS84, layer="骑手",
                                             weight_column="骑手数")
    assert report.added == 2 and [r[6] for r in _points(db_path)] == [30.0, 5.0]
    with pytest.raises(errors.UnknownColumn):
        app.coverage_data.import_demand(tmp_path / "riders.xlsx", CoordSystem.WGS84, weight_column="人口")


def test_geojson_points_are_wgs84_by_default_and_other_geometries_are_refused(app: Shuyi, db_path: Path,
                                                                              tmp_path: Path) -> None:
    path = write_geojson(tmp_path / "stops.geojson",
                         feature({"type": "Point", "coordinates": [119.8, 33.47]}, 名称="商圈甲", 权重=3, 类型="商圈"),
                         feature(polygon([[119.8, 33.4], [119.9, 33.4], [119.9, 33.5], [119.8, 33.4]])),
                         feature({"type": "Point", "coordinates": [0, 0]}))
    report = app.coverage_data.import_demand(path)
    assert report.datum_from == "rfc7946" and report.added == 1
    assert [(r.position.kind, r.position.number, r.error.code) for r in report.rejected] == [
        ("record", 2, "demand.not_a_point"), ("record", 3, "coords.outside_china")]
    [row] = _points(db_path)
    assert row[1:4] == ("wgs84", 119.8, 33.47) and row[4:9] == (119.8, 33.47, 3.0, "商圈", "商圈甲")
    assert json.loads(json.dumps(row[9])) == row[9]


def test_a_layer_can_be_deleted(app: Shuyi, db_path: Path, tmp_path: Path) -> None:
    app.coverage_data.import_demand(write_csv(tmp_path / "a.csv", GOOD), CoordSystem.GCJ02)
    assert app.coverage_data.delete_layer("a") == 2
    assert app.coverage_data.list_layers() == [] and _points(db_path) == []
    with pytest.raises(errors.UnknownLayer):
        app.coverage_data.delete_layer("a")
