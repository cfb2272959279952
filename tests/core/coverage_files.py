"""Small GeoJSON and spreadsheet files the coverage-data tests write, and a dump of the database to compare."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

JIANHU_SQUARE = [[119.75, 33.44], [119.85, 33.44], [119.85, 33.52], [119.75, 33.52], [119.75, 33.44]]
"""About 9.3 × 8.9 km around 建湖's county town."""
HOLE = [[119.79, 33.47], [119.81, 33.47], [119.81, 33.49], [119.79, 33.49], [119.79, 33.47]]


def feature(geometry: dict, **properties: object) -> dict:
    return {"type": "Feature", "properties": properties, "geometry": geometry}


def polygon(*rings: list[list[float]]) -> dict:
    return {"type": "Polygon", "coordinates": [list(r) for r in rings]}


def write_geojson(path: Path, *features: dict) -> Path:
    path.write_text(json.dumps({"type": "FeatureCollection", "features": list(features)}, ensure_ascii=False),
                    encoding="utf-8")
    return path


def datav_file(path: Path, ring: list[list[float]] = JIANHU_SQUARE, name: str = "建湖县") -> Path:
    """A file shaped like DataV GeoAtlas's: adcode, level, center… in the properties."""
    return write_geojson(path, feature({"type": "MultiPolygon", "coordinates": [[ring]]}, adcode=320925, name=name,
                                       center=[119.79, 33.47], level="district", parent={"adcode": 320900}))


def write_csv(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def dump(path: Path) -> list[str]:
    with sqlite3.connect(path) as conn:
        return list(conn.iterdump())


def ray_inside(lng: float, lat: float, rings: list[list[list[float]]]) -> bool:
    """Even-odd ray casting over every ring (holes included): a point-in-polygon test independent of shapely."""
    inside = False
    for ring in rings:
        for (x1, y1), (x2, y2) in zip(ring, ring[1:], strict=False):
            if (y1 > lat) != (y2 > lat) and lng < x1 + (lat - y1) * (x2 - x1) / (y2 - y1):
                inside = not inside
    return inside
