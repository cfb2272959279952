"""Demand grids: centres of square cells (in metres) inside the imported boundaries, optionally weighted by a layer.

The boundaries are projected to a local azimuthal-equidistant plane about the centre of their box (distances
from the centre exact, scale error < 0.05 % within 300 km of it), so cells are square in metres; a cell is kept
when its centre lies inside the union of the boundaries (shapely's contains_xy on the prepared union). Weighted
by a points layer, a cell weighs the sum of the weights of that layer's points inside it, and cells without any
point are dropped. A grid of more than MAX_CELLS cells is refused before anything is made.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
import shapely
from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import CoordSystem, DemandPoint, LayerSource
from desktop.core import errors
from desktop.core.coords import EARTH_RADIUS_M
from desktop.core.coverage import boundaries, demand

MAX_CELLS = 2_000_000
"""The most cells a grid may have: 2 million points are what the coverage engine measures in about a second."""
CELL_RANGE_M = (10.0, 50_000.0)
_CHUNK = 1_000_000
"""Candidate cell centres tested at once (bounds the memory of a large bounding box)."""


@dataclass(frozen=True)
class GridReport:
    layer: str
    count: int
    cell_m: float
    boundaries: tuple[str, ...]
    area_km2: float


class LocalProjection:
    """A spherical azimuthal-equidistant projection about (lng0, lat0): lng/lat degrees ↔ x/y metres."""

    def __init__(self, lng0: float, lat0: float) -> None:
        self.lng0, self.lat0 = lng0, lat0
        self._sin0, self._cos0 = math.sin(math.radians(lat0)), math.cos(math.radians(lat0))

    def forward(self, lng: np.ndarray, lat: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        phi, dlam = np.radians(lat), np.radians(np.asarray(lng) - self.lng0)
        cos_c = np.clip(self._sin0 * np.sin(phi) + self._cos0 * np.cos(phi) * np.cos(dlam), -1.0, 1.0)
        c = np.arccos(cos_c)
        k = np.where(c > 1e-12, c / np.sin(np.where(c > 1e-12, c, 1.0)), 1.0)
        x = EARTH_RADIUS_M * k * np.cos(phi) * np.sin(dlam)
        y = EARTH_RADIUS_M * k * (self._cos0 * np.sin(phi) - self._sin0 * np.cos(phi) * np.cos(dlam))
        return x, y

    def inverse(self, x: np.ndarray, y: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        x, y = np.asarray(x, dtype=np.float64), np.asarray(y, dtype=np.float64)
        rho = np.hypot(x, y)
        c = rho / EARTH_RADIUS_M
        safe = np.where(rho > 1e-9, rho, 1.0)
        phi = np.arcsin(np.clip(np.cos(c) * self._sin0 + y * np.sin(c) * self._cos0 / safe, -1.0, 1.0))
        lam = np.arctan2(x * np.sin(c), rho * self._cos0 * np.cos(c) - y * self._sin0 * np.sin(c))
        lng = np.where(rho > 1e-9, self.lng0 + np.degrees(lam), self.lng0)
        lat = np.where(rho > 1e-9, np.degrees(phi), self.lat0)
        return lng, lat


def projected_union(geometries: list[dict], projection: LocalProjection) -> shapely.Geometry:
    """The union of GeoJSON (Multi)Polygons in WGS-84, projected to metres, made valid."""
    polygons = []
    for geometry in geometries:
        parts = geometry["coordinates"] if geometry["type"] == "MultiPolygon" else [geometry["coordinates"]]
        for part in parts:
            rings = []
            for ring in part:
                coords = np.asarray(ring, dtype=np.float64)
                x, y = projection.forward(coords[:, 0], coords[:, 1])
                rings.append(np.column_stack([x, y]))
            polygons.append(shapely.make_valid(shapely.Polygon(rings[0], rings[1:])))
    union = shapely.union_all(polygons)
    shapely.prepare(union)
    return union


def make_grid(session: Session, cell_m: float, *, boundary_names: list[str] | None = None,
              weight_layer: str | None = None, layer_name: str | None = None) -> GridReport:
    low, high = CELL_RANGE_M
    if not (math.isfinite(cell_m) and low <= cell_m <= high):
        raise errors.BadCellSize(cell=cell_m, low=f"{low:g}", high=f"{high:g}")
    named = boundaries.geometries(session, boundary_names)
    if not named:
        _no_boundaries(session, boundary_names)
    names = tuple(name for name, _ in named)
    projection = _projection_for([geometry for _, geometry in named])
    union = projected_union([geometry for _, geometry in named], projection)
    area = float(union.area)
    if area / cell_m**2 > MAX_CELLS:
        raise errors.GridTooLarge(cell=f"{cell_m:g}", area=f"{area / 1e6:,.0f}", cells=f"{area / cell_m**2:,.0f}",
                                  limit=f"{MAX_CELLS:,}", smallest=math.ceil(math.sqrt(area / MAX_CELLS)))
    if weight_layer is None:
        x, y = _cells_inside(union, cell_m)
        weights = np.ones(x.size)
    else:
        x, y, weights = _weighted_cells(session, union, cell_m, projection, weight_layer)
        if x.size == 0:
            raise errors.NoPointsInGrid(layer=weight_layer, boundaries="、".join(names))
    if x.size == 0:
        raise errors.EmptyGrid(cell=f"{cell_m:g}", boundaries="、".join(names))
    lng, lat = projection.inverse(x, y)
    name = (layer_name or _default_name(cell_m, weight_layer))[: demand.LAYER_NAME_MAX]
    note = f"{cell_m:g} m × {'、'.join(names)}" + (f" ← {weight_layer}" if weight_layer else "")
    layer = demand.layer_for(session, name, LayerSource.GRID, note)
    demand.clear_layer(session, layer)
    points = [demand.PointRow(coord_system=CoordSystem.WGS84, coord_lng=float(a), coord_lat=float(b),
                              lng_wgs84=float(a), lat_wgs84=float(b), weight=float(w), kind="", label="")
              for a, b, w in zip(lng.tolist(), lat.tolist(), weights.tolist(), strict=True)]
    demand.add_points(session, layer, points)
    return GridReport(layer=name, count=len(points), cell_m=cell_m, boundaries=names, area_km2=area / 1e6)


def _default_name(cell_m: float, weight_layer: str | None) -> str:
    return f"grid {cell_m:g} m" + (f" × {weight_layer}" if weight_layer else "")


def _no_boundaries(session: Session, wanted: list[str] | None) -> None:
    held = boundaries.list_boundaries(session)
    if not held:
        raise errors.NoBoundaries()
    raise errors.UnknownBoundary(name="、".join(wanted or []), choices="、".join(b.name for b in held))


def _projection_for(geometries: list[dict]) -> LocalProjection:
    """About the centre of the boundaries' box."""
    lows, highs = [], []
    for geometry in geometries:
        coords = np.asarray([p for part in _parts(geometry) for ring in part for p in ring], dtype=np.float64)
        lows.append(coords.min(axis=0))
        highs.append(coords.max(axis=0))
    low, high = np.min(lows, axis=0), np.max(highs, axis=0)
    return LocalProjection(float(low[0] + high[0]) / 2, float(low[1] + high[1]) / 2)


def _parts(geometry: dict) -> list:
    return geometry["coordinates"] if geometry["type"] == "MultiPolygon" else [geometry["coordinates"]]


def cell_origin(bounds: tuple[float, float, float, float], cell_m: float) -> tuple[float, float, int, int]:
    """(x0, y0, columns, rows) of the cells covering `bounds`, aligned to multiples of the cell from the centre."""
    minx, miny, maxx, maxy = bounds
    x0, y0 = math.floor(minx / cell_m) * cell_m, math.floor(miny / cell_m) * cell_m
    return x0, y0, math.ceil((maxx - x0) / cell_m), math.ceil((maxy - y0) / cell_m)


def _cells_inside(union: shapely.Geometry, cell_m: float) -> tuple[np.ndarray, np.ndarray]:
    x0, y0, columns, rows = cell_origin(union.bounds, cell_m)
    xs = x0 + (np.arange(columns) + 0.5) * cell_m
    rows_per_chunk = max(1, _CHUNK // max(columns, 1))
    found_x, found_y = [], []
    for first in range(0, rows, rows_per_chunk):
        ys = y0 + (np.arange(first, min(rows, first + rows_per_chunk)) + 0.5) * cell_m
        gx, gy = np.meshgrid(xs, ys)
        inside = shapely.contains_xy(union, gx.ravel(), gy.ravel())
        found_x.append(gx.ravel()[inside])
        found_y.append(gy.ravel()[inside])
    return np.concatenate(found_x), np.concatenate(found_y)


def _weighted_cells(session: Session, union: shapely.Geometry, cell_m: float, projection: LocalProjection,
                    layer_name: str) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    layer = demand.find_layer(session, layer_name)
    rows = session.execute(select(DemandPoint.lng_wgs84, DemandPoint.lat_wgs84, DemandPoint.weight)
                           .where(DemandPoint.layer_id == layer.id)).all()
    if not rows:
        return np.empty(0), np.empty(0), np.empty(0)
    data = np.asarray(rows, dtype=np.float64)
    px, py = projection.forward(data[:, 0], data[:, 1])
    x0, y0, _columns, _rows = cell_origin(union.bounds, cell_m)
    ix, iy = np.floor((px - x0) / cell_m).astype(np.int64), np.floor((py - y0) / cell_m).astype(np.int64)
    cells, inverse = np.unique(np.column_stack([ix, iy]), axis=0, return_inverse=True)
    weights = np.bincount(inverse.ravel(), weights=data[:, 2])
    cx, cy = x0 + (cells[:, 0] + 0.5) * cell_m, y0 + (cells[:, 1] + 0.5) * cell_m
    inside = shapely.contains_xy(union, cx, cy)
    return cx[inside], cy[inside], weights[inside]
