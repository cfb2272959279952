"""Candidate places for new stations: the demand points themselves, a grid over the demand, or a file of hosts.

A host file (CSV or XLSX: petrol stations, bank branches, community centres…) has longitude and latitude columns
(lng/lat, 经度/纬度), optionally a name (name/名称) and a datum per row (datum/坐标系: wgs84, gcj02, bd09);
rows without a datum take the one given for the whole file. The grid keeps only the cells within reach of some
demand (others could never add coverage) and lies in the same local plane the engine measures in.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from scipy.spatial import cKDTree

from desktop.core import errors
from desktop.core.coords import Coordinate, CoordSystem, to_wgs84
from desktop.core.coverage.spatial import LocalProjection, Points

SPACING_M = (50.0, 20_000.0)
"""The grid spacings allowed, in metres."""
MAX_CANDIDATES = 200_000
_COLUMNS = {
    "lng": ("lng", "lon", "long", "longitude", "经度", "x"),
    "lat": ("lat", "latitude", "纬度", "y"),
    "name": ("name", "名称", "地点", "单位", "依托单位"),
    "datum": ("datum", "crs", "coordsystem", "coord_system", "坐标系"),
}
_DATUMS = {"wgs84": CoordSystem.WGS84, "wgs-84": CoordSystem.WGS84, "gcj02": CoordSystem.GCJ02,
           "gcj-02": CoordSystem.GCJ02, "bd09": CoordSystem.BD09, "bd-09": CoordSystem.BD09}


@dataclass(frozen=True)
class Candidates:
    points: Points
    names: tuple[str, ...]
    source: str
    """"demand", "grid" or the file's name."""


def from_demand(demand: Points) -> Candidates:
    """Each distinct demand place once."""
    _, first = np.unique(np.column_stack([demand.lng, demand.lat]), axis=0, return_index=True)
    first.sort()
    return Candidates(Points(demand.lng[first], demand.lat[first]), ("",) * len(first), "demand")


def grid(demand: Points, spacing_m: float, radius_m: float) -> Candidates:
    """Grid nodes `spacing_m` apart over the demand's extent, kept where some demand lies within `radius_m`."""
    if not (np.isfinite(spacing_m) and SPACING_M[0] <= spacing_m <= SPACING_M[1]):
        raise errors.InvalidSpacing(value=spacing_m, least=SPACING_M[0], most=SPACING_M[1])
    projection = LocalProjection.about(demand)
    xy = projection.forward(demand)
    low, high = xy.min(axis=0), xy.max(axis=0)
    steps = np.floor((high - low) / spacing_m).astype(np.int64) + 1
    if int(steps[0]) * int(steps[1]) > 50 * MAX_CANDIDATES:
        raise errors.InvalidSpacing(value=spacing_m, least=SPACING_M[0], most=SPACING_M[1])
    gx, gy = np.meshgrid(low[0] + spacing_m * np.arange(steps[0]), low[1] + spacing_m * np.arange(steps[1]))
    nodes = np.column_stack([gx.ravel(), gy.ravel()])
    near, _ = cKDTree(xy).query(nodes, k=1, distance_upper_bound=radius_m)
    nodes = nodes[np.isfinite(near)]
    if len(nodes) > MAX_CANDIDATES:
        raise errors.InvalidSpacing(value=spacing_m, least=SPACING_M[0], most=SPACING_M[1])
    return Candidates(projection.inverse(nodes), ("",) * len(nodes), "grid")


def from_file(path: Path, datum: CoordSystem | None) -> Candidates:
    """Host places read from a CSV or XLSX file; a row that cannot be read refuses the file, saying which."""
    from desktop.core.importers.tabular import read_table

    table = read_table(Path(path))
    column = _columns(table.headers, path)
    lng, lat, names = [], [], []
    for offset, row in enumerate(table.rows):
        if not any(row):
            continue
        number = table.first_row_number + offset
        system = _datum(row[column["datum"]] if "datum" in column else "", datum, path, number)
        try:
            where = to_wgs84(Coordinate(float(row[column["lng"]]), float(row[column["lat"]]), system))
        except (ValueError, errors.InvalidCoordinate):
            raise errors.CandidateFileUnreadable(
                path=str(path), reason=f"row {number}: {row[column['lng']]!r}, {row[column['lat']]!r}") from None
        lng.append(where.lng)
        lat.append(where.lat)
        names.append(row[column["name"]].strip() if "name" in column else "")
    if not lng:
        raise errors.NoCandidates(reason=str(path))
    return Candidates(Points.of(lng, lat), tuple(names), Path(path).name)


def _columns(headers: tuple[str, ...], path: Path) -> dict[str, int]:
    found: dict[str, int] = {}
    for index, header in enumerate(headers):
        key = unicodedata.normalize("NFKC", header).strip().casefold().replace(" ", "")
        for field, aliases in _COLUMNS.items():
            if key in aliases and field not in found:
                found[field] = index
    if "lng" not in found or "lat" not in found:
        raise errors.CandidateFileUnreadable(path=str(path), reason="no lng/lat (经度/纬度) columns")
    return found


def _datum(cell: str, default: CoordSystem | None, path: Path, number: int) -> CoordSystem:
    text = cell.strip().casefold()
    if not text:
        if default is None:
            raise errors.CandidateDatumNeeded(path=str(path))
        return default
    if text not in _DATUMS:
        raise errors.CandidateFileUnreadable(path=str(path), reason=f"row {number}: datum {cell!r}")
    return _DATUMS[text]
