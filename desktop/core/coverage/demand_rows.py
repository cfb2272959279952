"""Demand points read from CSV, XLSX or GeoJSON: columns found by their names, every row checked on its own.

Columns: lng/lat (经度/纬度, longitude/latitude, x/y), optional weight (权重, or the column --weight-column
names), kind (类型), label (名称, name) and datum (坐标系, crs). A row's datum is its 坐标系 cell when filled,
else the file's (--crs); a spreadsheet that says neither is refused (DatumNeeded), a GeoJSON file is WGS-84 by
RFC 7946. A bad row (an empty, non-numeric, zero or foreign coordinate, a weight ≤ 0, an unknown datum, a text
too long) is a Rejected naming its row; the good rows are converted to WGS-84 all at once.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from db.models import CoordSystem, DemandPoint
from desktop.core import coord_arrays, errors, lengths
from desktop.core.coords import in_china, parse_system
from desktop.core.coverage import geojson
from desktop.core.coverage.demand import PointRow
from desktop.core.importers import tabular
from desktop.core.records import Position, Rejected, RejectReason

FIELDS = ("lng", "lat", "weight", "kind", "label", "crs")
_ALIASES = {
    "lng": ("经度", "lng", "lon", "long", "longitude", "x", "东经"),
    "lat": ("纬度", "lat", "latitude", "y", "北纬"),
    "weight": ("权重", "weight", "人数", "数量", "count"),
    "kind": ("类型", "kind", "type", "类别", "种类"),
    "label": ("名称", "name", "label", "地点", "标签"),
    "crs": ("坐标系", "crs", "datum", "坐标类型", "坐标系统"),
}
_NOISE = re.compile(r"[\s_\-.*:#]")
_BRACKETED = re.compile(r"\(.*?\)|\[.*?\]|【.*?】|〔.*?〕")
"""A unit or note in brackets after a header ("经度（GCJ-02）", "权重 (人)")."""


def _normalise(header: str) -> str:
    return _NOISE.sub("", _BRACKETED.sub("", unicodedata.normalize("NFKC", header).casefold()))


_LOOKUP = {_normalise(alias): field for field, aliases in _ALIASES.items() for alias in aliases}


@dataclass(frozen=True)
class ReadPoints:
    rows_read: int
    points: tuple[PointRow, ...]
    rejected: tuple[Rejected, ...]
    datum_from: str
    """"option" (--crs), "column" (a 坐标系 column), "rfc7946" (GeoJSON without --crs)."""


@dataclass(frozen=True)
class _Raw:
    position: Position
    values: Mapping[str, object]
    headers: Mapping[str, str]
    """The field's column header as the file writes it, for the messages."""


def read_points(path: Path, system: CoordSystem | None, weight_column: str | None = None) -> ReadPoints:
    path = Path(path)
    if geojson.looks_like_geojson(path):
        raws, datum_from = _geojson_rows(path, system, weight_column)
    else:
        raws, datum_from, has_crs = _table_rows(path, weight_column)
        if system is None and not has_crs:
            raise errors.DatumNeeded(path=str(path))
        datum_from = "option" if system is not None else datum_from
    if system is None and datum_from == "rfc7946":
        system = CoordSystem.WGS84
    checked = [_check(raw, system) for raw in raws]
    good = [c for c in checked if not isinstance(c, Rejected)]
    rejected = tuple(c for c in checked if isinstance(c, Rejected))
    return ReadPoints(rows_read=len(raws), points=_converted(good), rejected=rejected, datum_from=datum_from)


def _table_rows(path: Path, weight_column: str | None) -> tuple[list[_Raw], str, bool]:
    table = tabular.read_table(path)
    columns = _columns(path, table.headers, weight_column)
    if "lng" not in columns or "lat" not in columns:
        shown = ", ".join(h for h in table.headers if h) or "-"
        raise errors.NoCoordinateColumns(path=str(path), headers=shown)
    headers = {field: table.headers[index] for field, index in columns.items()}
    raws = []
    for offset, row in enumerate(table.rows):
        if any(row):
            values = {field: row[index] for field, index in columns.items()}
            raws.append(_Raw(Position("row", table.first_row_number + offset), values, headers))
    return raws, "column", "crs" in columns


def _columns(path: Path, headers: Sequence[str], weight_column: str | None) -> dict[str, int]:
    """Field → column index; two columns for one field refuse the file (which one is meant cannot be guessed)."""
    found: dict[str, int] = {}
    wanted_weight = _normalise(weight_column) if weight_column else None
    for index, header in enumerate(headers):
        key = _normalise(header)
        field = "weight" if wanted_weight is not None and key == wanted_weight else _LOOKUP.get(key)
        if field == "weight" and wanted_weight is not None and key != wanted_weight:
            continue  # --weight-column names the weight: a column merely called 权重 is then something else
        if field is None:
            continue
        if field in found:
            raise errors.DuplicateColumn(path=str(path), field=field, first=f"“{headers[found[field]]}”",
                                         second=f"“{header}”")
        found[field] = index
    if wanted_weight is not None and "weight" not in found:
        raise errors.UnknownColumn(path=str(path), column=weight_column, headers=", ".join(h for h in headers if h))
    return found


def _geojson_rows(path: Path, system: CoordSystem | None, weight_column: str | None) -> tuple[list[_Raw], str]:
    raws = []
    weight_key = _normalise(weight_column) if weight_column else None
    for feature in geojson.read_features(path):
        position = Position("record", feature.number)
        values: dict[str, object] = {}
        headers: dict[str, str] = {"lng": "lng", "lat": "lat"}
        for key, value in feature.properties.items():
            norm = _normalise(str(key))
            field = "weight" if weight_key is not None and norm == weight_key else _LOOKUP.get(norm)
            if field in ("weight", "kind", "label", "crs") and field not in values:
                values[field], headers[field] = value, str(key)
        kind = geojson.geometry_kind(feature)
        coordinates = feature.geometry.get("coordinates") if feature.geometry else None
        if kind != "Point" or not isinstance(coordinates, list) or len(coordinates) < 2:
            values["not_point"] = kind
        else:
            values["lng"], values["lat"] = coordinates[0], coordinates[1]
        raws.append(_Raw(position, values, headers))
    return raws, "option" if system is not None else "rfc7946"


def _refuse(raw: _Raw, error: errors.ShuyiError) -> Rejected:
    return Rejected(position=raw.position, reason=RejectReason.BAD_VALUE, detail=str(error), error=error)


def _number(value: object) -> float | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        number = float(value)
    else:
        try:
            number = float(unicodedata.normalize("NFKC", str(value)).strip())
        except ValueError:
            return None
    return number if math.isfinite(number) else None


def _text(value: object) -> str:
    return "" if value is None else unicodedata.normalize("NFKC", str(value)).strip()


def _check(raw: _Raw, system: CoordSystem | None) -> tuple[CoordSystem, float, float, float, str, str] | Rejected:
    values = raw.values
    if "not_point" in values:
        return _refuse(raw, errors.NotAPoint(kind=values["not_point"]))
    found = {}
    for field in ("lng", "lat"):
        text = _text(values.get(field))
        if not text:
            return _refuse(raw, errors.MissingValue(field=raw.headers[field]))
        found[field] = _number(values.get(field))
        if found[field] is None:
            return _refuse(raw, errors.NotANumber(field=raw.headers[field], value=text))
    lng, lat = found["lng"], found["lat"]
    datum_text = _text(values.get("crs"))
    row_system = parse_system(datum_text) if datum_text else system
    if datum_text and row_system is None:
        return _refuse(raw, errors.UnknownDatum(value=datum_text))
    if row_system is None:
        return _refuse(raw, errors.MissingValue(field=raw.headers.get("crs", "crs")))
    if not in_china(lng, lat):
        return _refuse(raw, errors.PointOutsideChina(lng=lng, lat=lat))
    weight_text = _text(values.get("weight"))
    weight = _number(values.get("weight")) if weight_text else 1.0
    if weight is None:
        return _refuse(raw, errors.NotANumber(field=raw.headers["weight"], value=weight_text))
    if weight <= 0:
        return _refuse(raw, errors.BadWeight(value=weight_text))
    kind, label = _text(values.get("kind")), _text(values.get("label"))
    try:
        lengths.check(DemandPoint, {"kind": kind, "label": label})
    except errors.TextTooLong as exc:
        return _refuse(raw, exc)
    return row_system, lng, lat, weight, kind, label


def _converted(good: list[tuple[CoordSystem, float, float, float, str, str]]) -> tuple[PointRow, ...]:
    """The good rows with their WGS-84 position, each datum converted as one array."""
    wgs = np.zeros((len(good), 2))
    for system in CoordSystem:
        picks = [i for i, row in enumerate(good) if row[0] is system]
        if picks:
            lng, lat = coord_arrays.to_wgs84(np.array([good[i][1] for i in picks]),
                                             np.array([good[i][2] for i in picks]), system)
            wgs[picks, 0], wgs[picks, 1] = lng, lat
    return tuple(PointRow(coord_system=s, coord_lng=lng, coord_lat=lat, lng_wgs84=float(wgs[i, 0]),
                          lat_wgs84=float(wgs[i, 1]), weight=w, kind=k, label=label)
                 for i, (s, lng, lat, w, k, label) in enumerate(good))
