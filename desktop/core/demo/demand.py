"""The demo's demand: where 建湖's outdoor workers gather, made up deterministically around the demo towns.

No boundary: the package ships no county outline (an honest one would have to be real data, and the DataV files
are test data only). The points are invented, not surveyed: riders' gathering points, courier depots, sanitation
work points and shopping streets scattered about each town's centre (GCJ-02, like the towns), with weights that
stand for how many workers are there. The small demo has the county town and two market towns, the county demo
every town.
"""

from __future__ import annotations

import math
import random

from sqlalchemy.orm import Session

from db.models import CoordSystem, LayerSource
from desktop.core.coords import Coordinate, to_wgs84
from desktop.core.coverage import demand
from desktop.core.coverage.demand import PointRow
from desktop.core.demo.places import TOWNS

LAYER = "演示需求点"
KINDS: tuple[tuple[str, int, int], ...] = (
    ("外卖骑手聚集点", 5, 30),
    ("快递网点", 3, 12),
    ("环卫作业点", 4, 20),
    ("商圈", 10, 40),
)
"""(kind, least and most workers a point of it stands for)."""
SMALL_TOWNS = ("近湖街道", "钟庄街道", "上冈镇")
COUNTY_TOWN = ("近湖街道", "钟庄街道")
_METRES_PER_DEGREE = 111_320.0


def points(*, county: bool, seed: int) -> list[PointRow]:
    rng = random.Random(seed)
    made = []
    for town, lng, lat in TOWNS:
        if not county and town not in SMALL_TOWNS:
            continue
        urban = town in COUNTY_TOWN
        spread_m = 900.0 if urban else 450.0
        for kind, low, high in KINDS:
            for number in range(1, (4 if urban else 2) + (2 if county and urban else 0) + 1):
                east, north = rng.gauss(0.0, spread_m), rng.gauss(0.0, spread_m)
                gcj = Coordinate(round(lng + east / (_METRES_PER_DEGREE * math.cos(math.radians(lat))), 6),
                                 round(lat + north / _METRES_PER_DEGREE, 6), CoordSystem.GCJ02)
                wgs = to_wgs84(gcj)
                made.append(PointRow(coord_system=CoordSystem.GCJ02, coord_lng=gcj.lng, coord_lat=gcj.lat,
                                     lng_wgs84=wgs.lng, lat_wgs84=wgs.lat, weight=float(rng.randint(low, high)),
                                     kind=kind, label=f"{town}{kind}{number}"))
    return made


def fill(session: Session, *, county: bool, seed: int) -> int:
    """Add the demo's demand layer; the number of points."""
    made = points(county=county, seed=seed)
    layer = demand.layer_for(session, LAYER, LayerSource.IMPORT, "demo")
    demand.add_points(session, layer, made)
    return len(made)
