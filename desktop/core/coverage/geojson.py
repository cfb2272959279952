"""GeoJSON files read strictly: features with their properties, (Multi)Polygon rings checked, converted to WGS-84.

DataV GeoAtlas files (AMap's boundaries, in GCJ-02) are plain FeatureCollections whose features carry `adcode`
and `level`; `is_datav` recognises them so that their datum can be defaulted to GCJ-02. Plain GeoJSON is
WGS-84 by RFC 7946. Every vertex is checked to lie in China before anything is converted.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from db.models import CoordSystem
from desktop.core import coord_arrays, errors
from desktop.core.coords import in_china
from desktop.core.importers import files

POLYGONS = ("Polygon", "MultiPolygon")
GEOMETRY_TYPES = ("Point", "MultiPoint", "LineString", "MultiLineString", *POLYGONS, "GeometryCollection")
GEOJSON_SUFFIXES = (".geojson", ".json")


@dataclass(frozen=True)
class Feature:
    number: int
    """1-based position in the file, as the messages name it."""
    geometry: dict[str, Any] | None
    properties: dict[str, Any]


def looks_like_geojson(path: Path) -> bool:
    """By its name (.geojson, .json) or, failing that, by its first character being `{`."""
    if path.suffix.lower() in GEOJSON_SUFFIXES:
        return True
    head = files.read_bytes(path, 64).removeprefix(b"\xef\xbb\xbf").lstrip()
    return head.startswith(b"{")


def read_features(path: Path) -> list[Feature]:
    """The features of a GeoJSON file (a FeatureCollection, one Feature or a bare geometry); refused with
    NotGeoJson when it is empty, not JSON, or JSON of another kind."""
    data = files.read_bytes(Path(path))
    try:
        doc = json.loads(data.decode("utf-8-sig"))
    except UnicodeDecodeError:
        raise errors.NotGeoJson(path=str(path), reason="not UTF-8 text") from None
    except ValueError as exc:
        raise errors.NotGeoJson(path=str(path), reason=f"not JSON ({exc})") from None
    kind = doc.get("type") if isinstance(doc, dict) else None
    if kind == "FeatureCollection":
        raw = doc.get("features")
        if not isinstance(raw, list):
            raise errors.NotGeoJson(path=str(path), reason="its FeatureCollection has no list of features")
    elif kind == "Feature":
        raw = [doc]
    elif kind in GEOMETRY_TYPES:
        raw = [{"type": "Feature", "geometry": doc, "properties": {}}]
    else:
        raise errors.NotGeoJson(path=str(path), reason="no GeoJSON type (FeatureCollection, Feature or a geometry)")
    if not raw:
        raise errors.NotGeoJson(path=str(path), reason="it has no features")
    found = []
    for number, item in enumerate(raw, start=1):
        if not isinstance(item, dict) or item.get("type") != "Feature":
            raise errors.NotGeoJson(path=str(path), reason=f"item {number} is not a Feature")
        geometry = item.get("geometry")
        properties = item.get("properties")
        found.append(Feature(number, geometry if isinstance(geometry, dict) else None,
                             properties if isinstance(properties, dict) else {}))
    return found


def is_datav(features: list[Feature]) -> bool:
    """Whether every feature carries DataV GeoAtlas's `adcode` and `level` (the file is then GCJ-02)."""
    return all("adcode" in f.properties and "level" in f.properties for f in features)


def geometry_kind(feature: Feature) -> str:
    geometry = feature.geometry
    kind = geometry.get("type") if geometry is not None else None
    return kind if isinstance(kind, str) and kind in GEOMETRY_TYPES else "feature without a geometry"


def polygons(feature: Feature, path: Path) -> list[list[np.ndarray]]:
    """The polygons of a (Multi)Polygon feature, each a list of rings (n × 2 arrays of lng, lat), checked:
    refused when it is no polygon, when a ring is malformed, or when a vertex lies outside China."""
    kind = geometry_kind(feature)
    if kind not in POLYGONS:
        raise errors.NotAPolygon(path=str(path), feature=feature.number, kind=kind)
    coordinates = feature.geometry.get("coordinates") if feature.geometry else None
    parts = [coordinates] if kind == "Polygon" else coordinates
    if not isinstance(parts, list) or not parts:
        raise _malformed(path, feature, "no coordinates")
    result = []
    for part in parts:
        if not isinstance(part, list) or not part:
            raise _malformed(path, feature, "a polygon without rings")
        result.append([_ring(path, feature, ring) for ring in part])
    return result


def _malformed(path: Path, feature: Feature, what: str) -> errors.NotGeoJson:
    return errors.NotGeoJson(path=str(path), reason=f"feature {feature.number}: {what}")


def _ring(path: Path, feature: Feature, ring: object) -> np.ndarray:
    if not isinstance(ring, list) or len(ring) < 4:
        raise _malformed(path, feature, "a ring needs at least 4 positions")
    points = []
    for position in ring:
        if not (isinstance(position, list) and len(position) >= 2 and all(_is_number(v) for v in position[:2])):
            raise _malformed(path, feature, f"{str(position)[:40]} is not a position [lng, lat]")
        lng, lat = float(position[0]), float(position[1])
        if not in_china(lng, lat):
            raise errors.BoundaryOutsideChina(path=str(path), feature=feature.number, lng=lng, lat=lat)
        points.append((lng, lat))
    return np.array(points, dtype=np.float64)


def _is_number(value: object) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value)


def to_wgs84(parts: list[list[np.ndarray]], system: CoordSystem) -> list[list[np.ndarray]]:
    """The same polygons in WGS-84 (all vertices converted at once), rounded to 7 decimals (1 cm) as stored."""
    flat = np.concatenate([ring for part in parts for ring in part])
    lng, lat = coord_arrays.to_wgs84(flat[:, 0], flat[:, 1], system)
    converted = np.round(np.column_stack([lng, lat]), 7)
    result, start = [], 0
    for part in parts:
        rings = []
        for ring in part:
            rings.append(converted[start : start + len(ring)])
            start += len(ring)
        result.append(rings)
    return result


def multipolygon_json(parts: list[list[np.ndarray]]) -> str:
    """A compact GeoJSON MultiPolygon of the polygons."""
    coordinates = [[ring.tolist() for ring in part] for part in parts]
    return json.dumps({"type": "MultiPolygon", "coordinates": coordinates}, separators=(",", ":"))


def bbox(parts: list[list[np.ndarray]]) -> tuple[float, float, float, float]:
    """(min_lng, min_lat, max_lng, max_lat) of the polygons."""
    flat = np.concatenate([ring for part in parts for ring in part])
    return (float(flat[:, 0].min()), float(flat[:, 1].min()), float(flat[:, 0].max()), float(flat[:, 1].max()))
