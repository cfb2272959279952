"""The gap list as an xlsx sheet for the county: one row per place, header frozen, numbers stored as numbers."""

from __future__ import annotations

from pathlib import Path

from desktop.core import errors
from desktop.core.coords import Coordinate, CoordSystem, from_wgs84
from desktop.core.coverage.gaps import GapPlace
from desktop.core.i18n import QT_TRANSLATE_NOOP, translate

CONTEXT = "Coverage"
SHEET_NAME = QT_TRANSLATE_NOOP("Coverage", "Gaps")
HEADERS = (
    QT_TRANSLATE_NOOP("Coverage", "Rank"),
    QT_TRANSLATE_NOOP("Coverage", "Uncovered weight"),
    QT_TRANSLATE_NOOP("Coverage", "Demand points"),
    QT_TRANSLATE_NOOP("Coverage", "Longitude (WGS-84)"),
    QT_TRANSLATE_NOOP("Coverage", "Latitude (WGS-84)"),
    QT_TRANSLATE_NOOP("Coverage", "Longitude (GCJ-02)"),
    QT_TRANSLATE_NOOP("Coverage", "Latitude (GCJ-02)"),
    QT_TRANSLATE_NOOP("Coverage", "Nearest station (m)"),
    QT_TRANSLATE_NOOP("Coverage", "Minutes to it"),
)


def gcj02(place: GapPlace) -> tuple[float, float]:
    """The place's centre as a GCJ-02 map (Gaode, Tencent) shows it."""
    shown = from_wgs84(Coordinate(place.lng_wgs84, place.lat_wgs84, CoordSystem.WGS84), CoordSystem.GCJ02)
    return shown.lng, shown.lat


def write(places: list[GapPlace], path: Path, lang: str) -> None:
    import openpyxl  # only the export pays for it

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = translate(CONTEXT, SHEET_NAME, lang)
    sheet.append([translate(CONTEXT, h, lang) for h in HEADERS])
    for rank, place in enumerate(places, start=1):
        lng, lat = gcj02(place)
        sheet.append([rank, place.weight, place.points, round(place.lng_wgs84, 7), round(place.lat_wgs84, 7),
                      round(lng, 7), round(lat, 7),
                      None if place.nearest_m is None else round(place.nearest_m, 1),
                      None if place.nearest_minutes is None else round(place.nearest_minutes, 1)])
    sheet.freeze_panes = "A2"
    for column, width in zip("ABCDEFGHI", (6, 14, 10, 16, 16, 16, 16, 16, 10), strict=True):
        sheet.column_dimensions[column].width = width
    try:
        book.save(path)
    except OSError:
        raise errors.FileNotWritable(path=str(path)) from None

