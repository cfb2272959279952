"""The demo's places: the county, its union, and the reading rooms and service stations of 建湖县.

Positions are approximate town locations read off a GCJ-02 map (as a caretaker would copy them from Gaode),
so they are stored with coord_system = gcj02 and converted to WGS-84 like any other input.
"""

from __future__ import annotations

import datetime as dt
import random

from desktop.core.coords import Coordinate, CoordSystem
from desktop.core.demo.register import with_attributes
from desktop.core.sites import NewSite, SiteKind

COUNTY_NAME = "建湖县"
COUNTY_REGION_CODE = "320925"
UNION_NAME = "建湖县总工会"

# (town, approximate GCJ-02 centre)
TOWNS: tuple[tuple[str, float, float], ...] = (
    ("近湖街道", 119.800, 33.470),
    ("钟庄街道", 119.775, 33.487),
    ("上冈镇", 119.980, 33.550),
    ("冈东镇", 120.030, 33.550),
    ("庆丰镇", 119.900, 33.560),
    ("建阳镇", 119.860, 33.600),
    ("九龙口镇", 119.720, 33.360),
    ("恒济镇", 119.930, 33.430),
    ("颜单镇", 119.735, 33.520),
    ("芦沟镇", 119.770, 33.560),
    ("宝塔镇", 119.840, 33.370),
    ("高作镇", 119.820, 33.520),
)

SMALL_SITES: tuple[tuple[str, SiteKind, str, str, float, float, str], ...] = (
    ("JH01", SiteKind.READING_ROOM, "建湖县总工会职工书屋", "建湖县近湖街道县府路8号工人文化宫二楼",
     119.7985, 33.4712, "2009-05-01"),
    ("JH02", SiteKind.READING_ROOM, "上冈镇总工会职工书屋", "建湖县上冈镇人民路15号镇总工会",
     119.9812, 33.5486, "2012-04-23"),
    ("JH03", SiteKind.READING_ROOM, "建湖经济开发区职工书屋", "建湖县钟庄街道开发区服务中心一楼",
     119.7734, 33.4851, "2016-09-10"),
    ("JH11", SiteKind.SERVICE_STATION, "近湖街道环卫工人爱心驿站", "建湖县近湖街道秀夫路与湖中路交叉口",
     119.8031, 33.4668, "2018-07-01"),
    ("JH12", SiteKind.SERVICE_STATION, "钟庄街道骑手之家", "建湖县钟庄街道冠华路58号",
     119.7762, 33.4893, "2021-06-15"),
    ("JH13", SiteKind.SERVICE_STATION, "建湖汽车站户外劳动者服务站", "建湖县近湖街道汽车站东侧",
     119.8102, 33.4597, "2019-11-20"),
    ("JH14", SiteKind.SERVICE_STATION, "上冈镇户外劳动者服务站", "建湖县上冈镇草堰口路1号",
     119.9788, 33.5531, "2020-05-01"),
    ("JH15", SiteKind.SERVICE_STATION, "冈东镇卡友之家", "建湖县冈东镇盐淮公路服务区",
     120.0296, 33.5478, "2022-08-08"),
    ("JH16", SiteKind.SERVICE_STATION, "宝塔镇工会驿站", "建湖县宝塔镇宝塔街12号",
     119.8397, 33.3712, "2021-03-08"),
    ("JH17", SiteKind.SERVICE_STATION, "恒济镇爱心驿站", "建湖县恒济镇镇南路6号",
     119.9305, 33.4296, "2023-01-16"),
)

STATION_KINDS = ("户外劳动者服务站", "工会驿站", "爱心驿站", "骑手之家")

READING_ROOMS = [code for code, kind, *_ in SMALL_SITES if kind is SiteKind.READING_ROOM]
"""Codes of the demo's reading rooms, where its books and readers are."""


def recipe(*, county: bool, seed: int) -> list[NewSite]:
    """The small demo's sites; with `county`, three service stations more in each town, placed by `seed`; each
    with its register attributes (desktop.core.demo.register)."""
    rows = [
        NewSite(
            code=code, kind=kind, name=name, address=address, region_code=COUNTY_REGION_CODE,
            position=Coordinate(lng=lng, lat=lat, system=CoordSystem.GCJ02),
            opened_on=dt.date.fromisoformat(opened),
        )
        for code, kind, name, address, lng, lat, opened in SMALL_SITES
    ]
    if county:
        rng = random.Random(seed)
        serial = 20
        for town, lng, lat in TOWNS:
            for n in range(3):
                label = STATION_KINDS[(serial + n) % len(STATION_KINDS)]
                rows.append(
                    NewSite(
                        code=f"JH{serial}", kind=SiteKind.SERVICE_STATION, name=f"{town}{label}（{n + 1}号）",
                        address=f"建湖县{town}", region_code=COUNTY_REGION_CODE,
                        position=Coordinate(
                            lng=round(lng + rng.uniform(-0.012, 0.012), 6),
                            lat=round(lat + rng.uniform(-0.012, 0.012), 6),
                            system=CoordSystem.GCJ02,
                        ),
                        opened_on=dt.date(2018, 1, 1) + dt.timedelta(days=rng.randrange(0, 2500)),
                    )
                )
                serial += 1
    attributes = random.Random(seed + 7)
    return [with_attributes(new, attributes) for new in rows]
