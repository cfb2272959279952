"""A site's position as people type or paste it, checked to lie in China, with the datum it came in.

Map pickers give "lng,lat": Gaode's 坐标拾取器 "119.7985,33.4712" (GCJ-02), Baidu's "119.8050,33.4771" (BD-09).
`parse_position` reads that with a Chinese comma, spaces, brackets or full-width digits too. China's longitudes
(73.4–135.1) and latitudes (3.8–53.6) do not overlap, so a pair pasted the other way round ("33.4712,119.7985",
as Google Maps and some spreadsheets give it) is recognised without doubt and read swapped; the caller is told.

The box (desktop.core.coords.CHINA_BOUNDS, shared with the coverage imports) is China's land and sea area,
from the Pamirs (73.5° E) to the Heilong–Wusuli confluence (135.1° E) and
from 曾母暗沙 (3.9° N) to 漠河 (53.6° N), with a small margin: a position outside it is a typing slip (a swapped
or mistyped number), refused. A zero in either number is the placeholder exported data uses for "not located"
(8 of Xuzhou's 519 bicycle stations carry lat = lng = 0): refused too, never stored as a place in the sea.
"""

from __future__ import annotations

import math
import re
import unicodedata

from db.models import CoordSystem
from desktop.core import errors
from desktop.core.coords import Coordinate, in_china, parse_system

__all__ = ["parse_datum", "position", "parse_position", "in_china"]

_NUMBER = re.compile(r"[-+]?(?:\d+\.?\d*|\.\d+)")
_SEPARATORS = re.compile(r"[\s,;、()\[\]（）【】]*")


def parse_datum(text: str | CoordSystem) -> CoordSystem:
    """The datum a typed name means: gcj02/GCJ-02/高德, bd09/bd09ll/百度, wgs84/GPS; refused otherwise."""
    if isinstance(text, CoordSystem):
        return text
    system = parse_system(text)
    if system is None:
        raise errors.UnknownDatum(value=text.strip())
    return system


def position(lng: float | None, lat: float | None, system: CoordSystem | str) -> Coordinate | None:
    """A checked position from its two numbers; None when neither is given, refused when only one is."""
    if lng is None and lat is None:
        return None
    if lng is None or lat is None:
        raise errors.CoordinateHalf()
    datum = parse_datum(system)
    if not (math.isfinite(lng) and math.isfinite(lat)):
        raise errors.InvalidCoordinate(lng=lng, lat=lat)
    if lng == 0 or lat == 0:
        raise errors.ZeroCoordinate(lng=lng, lat=lat)
    if not in_china(lng, lat):
        raise errors.CoordinateOutsideChina(lng=lng, lat=lat)
    return Coordinate(lng=lng, lat=lat, system=datum)


def parse_position(text: str, system: CoordSystem | str) -> tuple[Coordinate | None, bool]:
    """The position a pasted "lng,lat" names and whether it had to be read swapped; (None, False) for blank text."""
    folded = unicodedata.normalize("NFKC", text).strip()
    if not folded:
        return None, False
    numbers = _NUMBER.findall(folded)
    if len(numbers) != 2 or _SEPARATORS.fullmatch(_NUMBER.sub(" ", folded)) is None:
        raise errors.UnreadableCoordinates(text=text.strip()[:40])
    first, second = (float(n) for n in numbers)
    if first and second and not in_china(first, second) and in_china(second, first):
        return position(second, first, system), True
    return position(first, second, system), False
