"""Errors about coverage data: boundary and demand files, datums, demand rows, and demand grids."""

from __future__ import annotations

from desktop.core.errors.base import ShuyiError
from desktop.core.i18n import QT_TRANSLATE_NOOP


class NotGeoJson(ShuyiError):
    code = "geojson.unreadable"
    template = QT_TRANSLATE_NOOP("Errors", "{path} is not usable GeoJSON: {reason}")


class NotAPolygon(ShuyiError):
    code = "boundary.not_polygon"
    template = QT_TRANSLATE_NOOP(
        "Errors", "Feature {feature} of {path} is a {kind}, not a Polygon or MultiPolygon: a boundary is an area")


class BoundaryOutsideChina(ShuyiError):
    code = "boundary.outside_china"
    template = QT_TRANSLATE_NOOP(
        "Errors", "Feature {feature} of {path} has a point at {lng}, {lat}, outside China: a boundary must be in "
        "degrees of longitude and latitude, longitude first")


class DatumNeeded(ShuyiError):
    code = "coords.datum_needed"
    template = QT_TRANSLATE_NOOP(
        "Errors", "{path} does not say which datum its coordinates are in: give --crs gcj02 (Gaode, Tencent), "
        "bd09 (Baidu) or wgs84 (GPS), or a column 坐标系")
    window_template = QT_TRANSLATE_NOOP(
        "Errors", "{path} does not say which datum its coordinates are in: choose GCJ-02 (Gaode, Tencent), "
        "BD-09 (Baidu) or WGS-84 (GPS)")


class UnknownDatum(ShuyiError):
    code = "coords.unknown_datum"
    template = QT_TRANSLATE_NOOP("Errors", "{value!r} is not a datum Shuyi knows: gcj02, bd09 or wgs84")


class NoCoordinateColumns(ShuyiError):
    code = "demand.no_coordinates"
    template = QT_TRANSLATE_NOOP(
        "Errors", "{path} has no longitude and latitude columns (lng and lat, or 经度 and 纬度); its columns are: "
        "{headers}")


class UnknownColumn(ShuyiError):
    code = "demand.unknown_column"
    template = QT_TRANSLATE_NOOP("Errors", "{path} has no column {column!r}; its columns are: {headers}")


class NoDemandRows(ShuyiError):
    code = "demand.nothing_imported"
    template = QT_TRANSLATE_NOOP("Errors", "None of the {rows} rows of {path} could be imported; nothing changed")


class MissingValue(ShuyiError):
    code = "demand.missing_value"
    template = QT_TRANSLATE_NOOP("Errors", "{field} is empty")


class NotANumber(ShuyiError):
    code = "demand.not_a_number"
    template = QT_TRANSLATE_NOOP("Errors", "{field} {value!r} is not a number")


class PointOutsideChina(ShuyiError):
    code = "coords.outside_china"
    template = QT_TRANSLATE_NOOP(
        "Errors", "{lng}, {lat} is not a place in China (no position, swapped or foreign coordinates?)")


class BadWeight(ShuyiError):
    code = "demand.bad_weight"
    template = QT_TRANSLATE_NOOP("Errors", "weight {value} must be more than 0")


class NotAPoint(ShuyiError):
    code = "demand.not_a_point"
    template = QT_TRANSLATE_NOOP("Errors", "a {kind}, not a Point")


class NoBoundaries(ShuyiError):
    code = "grid.no_boundaries"
    template = QT_TRANSLATE_NOOP(
        "Errors", "No boundary has been imported yet: import one first (shuyi coverage boundary import FILE)")
    window_template = QT_TRANSLATE_NOOP("Errors", "No boundary has been imported yet: import one first")


class UnknownBoundary(ShuyiError):
    code = "boundary.unknown"
    template = QT_TRANSLATE_NOOP("Errors", "No boundary is called {name!r}; there are: {choices}")


class UnknownLayer(ShuyiError):
    code = "demand.unknown_layer"
    template = QT_TRANSLATE_NOOP("Errors", "No demand layer is called {name!r}; there are: {choices}")


class BadCellSize(ShuyiError):
    code = "grid.cell_size"
    template = QT_TRANSLATE_NOOP("Errors", "A grid cell of {cell} m is outside {low}–{high} m")


class GridTooLarge(ShuyiError):
    code = "grid.too_large"
    template = QT_TRANSLATE_NOOP(
        "Errors", "A {cell} m grid over {area} km² would have about {cells} cells, more than {limit}: the cell is "
        "too small for the area; use at least {smallest} m")


class EmptyGrid(ShuyiError):
    code = "grid.empty"
    template = QT_TRANSLATE_NOOP(
        "Errors", "No centre of a {cell} m cell lies inside {boundaries}: use a smaller cell; nothing changed")


class NoPointsInGrid(ShuyiError):
    code = "grid.no_weights"
    template = QT_TRANSLATE_NOOP(
        "Errors", "No point of layer {layer!r} lies inside {boundaries}, so every cell would weigh 0; nothing changed")
