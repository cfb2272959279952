"""A deterministic demo: sites of 建湖县 (Jianhu County, Yancheng, Jiangsu) with GCJ-02 positions tagged as such.

Positions are approximate town locations read off a GCJ-02 map (as a caretaker would copy them from Gaode),
so they are stored with coord_system = gcj02 and converted to WGS-84 like any other input.
Each capability extends the demo with its own data (books, readers, loans, facilities …) in later steps.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass
from typing import Literal

from sqlalchemy.orm import Session

from db.base import utcnow
from desktop.core import catalogue, demo_library, errors, readers, settings, sites
from desktop.core.coords import Coordinate, CoordSystem
from desktop.core.sites import NewSite, SiteKind

DemoSize = Literal["small", "county"]
SIZES: tuple[DemoSize, ...] = ("small", "county")

COUNTY_NAME = "建湖县"
COUNTY_REGION_CODE = "320925"
UNION_NAME = "建湖县总工会"
SEED = 320925

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

_SMALL: tuple[tuple[str, SiteKind, str, str, float, float, str], ...] = (
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

_STATION_KINDS = ("户外劳动者服务站", "工会驿站", "爱心驿站", "骑手之家")


@dataclass(frozen=True)
class DemoSummary:
    size: DemoSize
    sites: int
    titles: int
    copies: int
    readers: int
    loans: int = 0
    """Loans made in the demo's history (some since returned)."""
    holds: int = 0


LIBRARY_SIZES = {"small": (40, 30), "county": (400, 150)}
"""(titles, readers) per demo size."""
LOAN_READERS = {"small": 22, "county": 110}
"""How many readers borrowed in the demo's two months of history."""


def _recipe(size: DemoSize) -> list[NewSite]:
    rows = [
        NewSite(
            code=code, kind=kind, name=name, address=address, region_code=COUNTY_REGION_CODE,
            position=Coordinate(lng=lng, lat=lat, system=CoordSystem.GCJ02),
            opened_on=dt.date.fromisoformat(opened),
        )
        for code, kind, name, address, lng, lat, opened in _SMALL
    ]
    if size == "county":
        rng = random.Random(SEED)
        serial = 20
        for town, lng, lat in TOWNS:
            for n in range(3):
                label = _STATION_KINDS[(serial + n) % len(_STATION_KINDS)]
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
    return rows


def load(session: Session, size: DemoSize = "small") -> DemoSummary:
    """Fill an empty database with the demo; refuse a database that already has sites."""
    existing = sum(sites.count_sites(session).values())
    if existing:
        raise errors.DemoNeedsEmptyDatabase(sites=existing)
    recipe = _recipe(size)
    for new in recipe:
        sites.add_site(session, new)
    settings.set_value(session, "org.name", UNION_NAME)
    settings.set_value(session, "org.region_code", COUNTY_REGION_CODE)
    copies, readers_made = _library(session, size)
    from desktop.core import demo_circulation  # the desk's modules load when a demo is made, not at start

    history = demo_circulation.load(session, seed=SEED + 2, now=utcnow(),
                                    readers_with_loans=LOAN_READERS[size])
    n_titles = LIBRARY_SIZES[size][0]
    return DemoSummary(size=size, sites=len(recipe), titles=n_titles, copies=copies, readers=readers_made,
                       loans=history.lent, holds=history.holds)


def _library(session: Session, size: DemoSize) -> tuple[int, int]:
    """Books in the reading rooms (each title in one or two rooms) and registered readers."""
    rng = random.Random(SEED + 1)
    n_titles, n_readers = LIBRARY_SIZES[size]
    rooms = [code for code, kind, *_ in _SMALL if kind is SiteKind.READING_ROOM]
    made = 0
    for n, (entry, copies) in enumerate(demo_library.titles(n_titles, rng)):
        title = catalogue.add_title(session, entry)
        for room in rooms[: 1 + n % 2] if n % 3 else [rooms[(n // 3) % len(rooms)]]:
            made += len(catalogue.add_copies(session, title.id, site_code=room, count=copies,
                                             acquired_on=dt.date(2024, 1, 1) + dt.timedelta(days=n * 5),
                                             source="采购" if n % 4 else "捐赠"))
    for entry in demo_library.reader_entries(n_readers, rng, rooms):
        readers.add_reader(session, entry)
    return made, n_readers
