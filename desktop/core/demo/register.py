"""The demo's register in full: what each of 建湖县's sites is (station kind, build mode, host unit, hours, area,
seats, the person in charge, stars, standard). Deterministic (the 六有 facts are noted by the inspections demo).

The numbers are made up but ordinary: a rider's home open round the clock, a truckers' home at a service area,
a sanitation workers' station opening at five for the early shift, a bank branch's corner closing on Sundays.
Phone numbers are fictional (and only ever shown masked).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import random

from db.models import SiteKind
from desktop.core.sites import NewSite

# code: (station kind, build mode, host unit, hours, area m², seats, person in charge, phone,
#        stars, stars awarded on, awarded by, standard)
ATTRIBUTES: dict[str, tuple[str, str, str, str, float, int, str, str, int | None, str, str, str]] = {
    "JH01": ("", "", "建湖县工人文化宫", "Tu-Su 09:00-17:00; Mo off", 120.0, 40, "顾晓梅", "13905150101",
             None, "", "", ""),
    "JH02": ("", "", "上冈镇总工会", "Mo-Fr 08:30-17:00; Sa 09:00-12:00", 80.0, 24, "朱永华", "13905150102",
             None, "", "", ""),
    "JH03": ("", "", "建湖经济开发区服务中心", "Mo-Fr 08:30-17:30", 60.0, 20, "韩晓东", "13905150103",
             None, "", "", ""),
    "JH11": ("sanitation_station", "integrate", "近湖街道环境卫生管理所", "Mo-Su 05:00-20:00", 30.0, 10, "陈桂兰",
             "13905151101", 4, "2024-06-18", "盐城市总工会", "6+X"),
    "JH12": ("rider_home", "needs", "钟庄街道社区党群服务中心", "24/7", 45.0, 16, "周建军", "13905151202",
             5, "2025-05-20", "盐城市总工会", "6+X"),
    "JH13": ("outdoor_worker_station", "integrate", "建湖汽车客运站", "Mo-Su 06:00-21:00", 60.0, 20, "刘海燕",
             "13905151303", 3, "2023-09-01", "建湖县总工会", "六有"),
    "JH14": ("outdoor_worker_station", "integrate", "中国邮政储蓄银行上冈支行", "Mo-Fr 08:30-17:30; Sa,Su 09:00-16:00",
             25.0, 8, "孙立新", "05158621404", None, "", "", "七个一"),
    "JH15": ("trucker_home", "park", "中国石化冈东加油站", "Mo-Su 06:00-24:00", 80.0, 24, "王国栋", "13905151505",
             4, "2024-11-08", "盐城市总工会", "8个1"),
    "JH16": ("outdoor_worker_station", "enterprise", "江苏建湖农村商业银行宝塔支行",
             "Mo-Fr 08:00-17:30; Sa 08:30-12:00; Su off", 20.0, 6, "徐春梅", "13905151606", None, "", "", "6+X"),
    "JH17": ("outdoor_worker_station", "needs", "恒济镇便民服务中心", "Mo-Su 07:00-19:00", 28.0, 10, "蒋文华",
             "13905151707", 2, "2023-12-01", "建湖县总工会", "七个一"),
}
COUNTY_KINDS = {"户外劳动者服务站": "outdoor_worker_station", "工会驿站": "outdoor_worker_station",
                "爱心驿站": "outdoor_worker_station", "骑手之家": "rider_home"}
COUNTY_HOURS = ("Mo-Su 07:00-19:00", "Mo-Fr 08:00-18:00; Sa,Su 09:00-17:00", "Mo-Su 06:00-21:00", "24/7")
COUNTY_HOSTS = ("镇便民服务中心", "农商银行网点", "加油站", "社区党群服务中心", "物流园区", "邮政网点")
"""The demo stations' gaps in 六有: what an inspector would note."""


def with_attributes(new: NewSite, rng: random.Random) -> NewSite:
    """`new` with its register attributes: the table's for the small demo's sites, drawn by `rng` for others."""
    if new.code in ATTRIBUTES:
        kind, mode, host, hours, area, seats, manager, phone, stars, on, by, standard = ATTRIBUTES[new.code]
        return dataclasses.replace(
            new, station_kind=kind, build_mode=mode or None, host_unit=host, hours=hours, area_m2=area, seats=seats,
            manager_name=manager, manager_phone=phone, star_rating=stars,
            star_awarded_on=dt.date.fromisoformat(on) if on else None, star_awarded_by=by, standard=standard)
    if new.kind is not SiteKind.SERVICE_STATION:
        return new
    label = next((name for name in COUNTY_KINDS if name in new.name), "户外劳动者服务站")
    stars = rng.choice((None, None, 2, 3, 3, 4))
    return dataclasses.replace(
        new, station_kind=COUNTY_KINDS[label], build_mode=rng.choice(("integrate", "needs", "enterprise", "park")),
        host_unit=new.address.removeprefix("建湖县") + rng.choice(COUNTY_HOSTS), hours=rng.choice(COUNTY_HOURS),
        area_m2=float(rng.randrange(15, 70)), seats=rng.randrange(4, 20),
        manager_name=rng.choice("王李张刘陈杨黄赵吴周") + rng.choice(("建国", "秀英", "海峰", "玉兰", "志强", "丽娟")),
        manager_phone=f"1390515{rng.randrange(2000, 9999):04d}", star_rating=stars,
        star_awarded_on=dt.date(2024, 6, 1) if stars else None, star_awarded_by="建湖县总工会" if stars else "",
        standard="6+X")
