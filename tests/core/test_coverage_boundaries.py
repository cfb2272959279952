"""Boundaries: DataV files taken as GCJ-02 and plain GeoJSON as WGS-84, stored in WGS-84; bad files change nothing."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from desktop.core import errors
from desktop.core.app import Shuyi
from desktop.core.coords import Coordinate, CoordSystem, to_wgs84
from tests.core.coverage_files import (
    HOLE,
    JIANHU_SQUARE,
    datav_file,
    dump,
    feature,
    polygon,
    write_geojson,
)


def _stored(db: Path) -> list[tuple]:
    with sqlite3.connect(db) as conn:
        return conn.execute("SELECT name, adcode, level, coord_system, geometry_json, min_lng, min_lat, max_lng, "
                            "max_lat, uuid FROM boundaries ORDER BY id").fetchall()


def test_a_datav_file_is_taken_as_gcj02_and_stored_in_wgs84(app: Shuyi, db_path: Path, tmp_path: Path) -> None:
    report = app.coverage_data.import_boundaries(datav_file(tmp_path / "320925.json"))
    assert report.coord_system is CoordSystem.GCJ02 and report.datum_from == "datav"
    assert report.added == ("建湖县",) and report.replaced == ()
    [(name, adcode, level, system, geometry, *bbox, _uuid)] = _stored(db_path)
    assert (name, adcode, level, system) == ("建湖县", "320925", "district", "gcj02")
    ring = json.loads(geometry)["coordinates"][0][0]
    for (lng, lat), (glng, glat) in zip(ring, JIANHU_SQUARE, strict=True):
        expected = to_wgs84(Coordinate(glng, glat, CoordSystem.GCJ02))
        assert abs(lng - expected.lng) < 2e-7 and abs(lat - expected.lat) < 2e-7
    assert bbox == [min(p[0] for p in ring), min(p[1] for p in ring), max(p[0] for p in ring),
                    max(p[1] for p in ring)]


def test_plain_geojson_is_wgs84_unless_told_and_keeps_its_holes(app: Shuyi, db_path: Path, tmp_path: Path) -> None:
    path = write_geojson(tmp_path / "town.geojson", feature(polygon(JIANHU_SQUARE, HOLE), name="城区"))
    report = app.coverage_data.import_boundaries(path)
    assert report.coord_system is CoordSystem.WGS84 and report.datum_from == "rfc7946"
    [(name, adcode, _level, _system, geometry, *_rest)] = _stored(db_path)
    assert name == "城区" and adcode is None
    assert json.loads(geometry)["coordinates"] == [[JIANHU_SQUARE, HOLE]]

    told = app.coverage_data.import_boundaries(path, CoordSystem.BD09)
    assert told.datum_from == "option" and told.replaced == ("城区",)
    [(*_, system, geometry, _a, _b, _c, _d, _u)] = _stored(db_path)
    assert system == "bd09" and json.loads(geometry)["coordinates"] != [[JIANHU_SQUARE, HOLE]]


def test_importing_the_same_boundary_again_replaces_it_and_keeps_its_identity(app: Shuyi, db_path: Path,
                                                                               tmp_path: Path) -> None:
    app.coverage_data.import_boundaries(datav_file(tmp_path / "a.json"))
    [first] = _stored(db_path)
    smaller = [[119.76, 33.45], [119.84, 33.45], [119.84, 33.51], [119.76, 33.51], [119.76, 33.45]]
    report = app.coverage_data.import_boundaries(datav_file(tmp_path / "b.json", smaller, name="建湖县（新）"))
    assert report.added == () and report.replaced == ("建湖县（新）",)
    [second] = _stored(db_path)
    assert second[-1] == first[-1] and second[4] != first[4] and second[0] == "建湖县（新）"
    assert [b.name for b in app.coverage_data.list_boundaries()] == ["建湖县（新）"]


def _bad_files(tmp_path: Path) -> dict[str, tuple[Path, type[errors.ShuyiError]]]:
    point = {"type": "Point", "coordinates": [119.8, 33.47]}
    outside = [[2.0, 48.0], [3.0, 48.0], [3.0, 49.0], [2.0, 48.0]]
    empty = tmp_path / "empty.json"
    empty.write_bytes(b"")
    text = tmp_path / "text.json"
    text.write_text("经度,纬度\n119.8,33.4\n", encoding="utf-8")
    return {
        "a point": (write_geojson(tmp_path / "p.json", feature(point, name="x")), errors.NotAPolygon),
        "second feature a line": (write_geojson(tmp_path / "l.json", feature(polygon(JIANHU_SQUARE), name="ok"),
                                                feature({"type": "LineString", "coordinates": JIANHU_SQUARE})),
                                  errors.NotAPolygon),
        "outside China": (write_geojson(tmp_path / "o.json", feature(polygon(outside), name="Paris")),
                          errors.BoundaryOutsideChina),
        "latitude first": (write_geojson(tmp_path / "swap.json", feature(polygon([[b, a] for a, b in JIANHU_SQUARE]))),
                           errors.BoundaryOutsideChina),
        "an empty file": (empty, errors.UnreadableImportFile),
        "not JSON": (text, errors.NotGeoJson),
        "no features": (write_geojson(tmp_path / "none.json"), errors.NotGeoJson),
        "a broken ring": (write_geojson(tmp_path / "r.json", feature(polygon(JIANHU_SQUARE[:2]))), errors.NotGeoJson),
    }


@pytest.mark.parametrize("case", ["a point", "second feature a line", "outside China", "latitude first",
                                  "an empty file", "not JSON", "no features", "a broken ring"])
def test_bad_boundary_files_are_refused_whole_and_change_nothing(app: Shuyi, db_path: Path, tmp_path: Path,
                                                                 case: str) -> None:
    app.coverage_data.import_boundaries(datav_file(tmp_path / "good.json"))
    before = dump(db_path)
    path, error = _bad_files(tmp_path)[case]
    with pytest.raises(error):
        app.coverage_data.import_boundaries(path)
    assert dump(db_path) == before


def test_json_that_is_not_geojson_is_refused(app: Shuyi, tmp_path: Path) -> None:
    path = tmp_path / "other.json"
    path.write_text('{"cityName": "徐州", "latitude": 34.2}', encoding="utf-8")
    with pytest.raises(errors.NotGeoJson):
        app.coverage_data.import_boundaries(path)
