"""The demo stations' year: services held, daily visitors by occupation with the seasons, and a duty roster.

For the seven small-demo stations JH11–JH17, ending `now`: about 50 services a station (categories mixed,
realistic attendance), a year of daily 人次 by occupation (summer peak June–August, the Spring Festival trough,
weekdays and weekends apart; riders dominate at 骑手之家, sanitation workers at the 环卫 station, truck drivers at
卡友之家), and a roster covering the opening hours but for one deliberate gap. A station without opening hours
gets its typical ones first. Deterministic for a seed and a `now`; rows go in by bulk insert (about 20,000 visit
rows) so the small demo stays quick.
"""

from __future__ import annotations

import datetime as dt
import math
import random
from typing import Any

from sqlalchemy import insert, literal_column, select
from sqlalchemy.orm import Session

from db.models import DutyShift, ServiceEvent, Site, Term, VisitCount, Vocabulary
from desktop.core.stations.hours import parse_hours

__all__ = ["STATIONS", "SPRING_FESTIVALS", "load"]

_OCCUPATIONS = ("delivery_rider", "courier", "sanitation_worker", "taxi_driver", "truck_driver",
                "construction_worker", "traffic_police", "other")
# code: (typical opening hours, visitors a day, weights per occupation in _OCCUPATIONS order, favourite categories)
STATIONS: dict[str, tuple[str, int, tuple[float, ...], tuple[str, ...]]] = {
    "JH11": ("Mo-Su 05:00-20:00", 46, (0.08, 0.06, 0.62, 0.04, 0.02, 0.08, 0.04, 0.06), ("safety", "mental_health")),
    "JH12": ("Mo-Su 09:00-22:00", 64, (0.62, 0.16, 0.04, 0.06, 0.01, 0.03, 0.02, 0.06), ("rights", "skills")),
    "JH13": ("24/7", 58, (0.18, 0.12, 0.08, 0.34, 0.08, 0.06, 0.08, 0.06), ("safety", "ideology")),
    "JH14": ("Mo-Su 07:00-19:00", 38, (0.22, 0.18, 0.20, 0.08, 0.06, 0.14, 0.04, 0.08), ("employment", "skills")),
    "JH15": ("24/7", 52, (0.04, 0.06, 0.03, 0.07, 0.64, 0.06, 0.04, 0.06), ("safety", "rights")),
    "JH16": ("Mo-Fr 08:00-18:00; Sa,Su 09:00-17:00", 30, (0.16, 0.14, 0.18, 0.06, 0.04, 0.28, 0.06, 0.08),
             ("skills", "employment")),
    "JH17": ("Mo-Su 08:00-18:00", 26, (0.18, 0.16, 0.24, 0.08, 0.06, 0.12, 0.06, 0.10), ("mental_health", "ideology")),
}
SPRING_FESTIVALS = {2024: dt.date(2024, 2, 10), 2025: dt.date(2025, 1, 29), 2026: dt.date(2026, 2, 17),
                    2027: dt.date(2027, 2, 6), 2028: dt.date(2028, 1, 26), 2029: dt.date(2029, 2, 13)}
"""正月初一 of each year the demo may span."""
_WEEKEND = (1.25, 1.1, 1.0, 1.2, 0.7, 0.6, 1.0, 1.1)
"""Weekend against weekday, per occupation: more orders and fares at weekends, fewer lorries and building sites."""
_TITLES = {
    "ideology": ("学习贯彻全会精神宣讲", "“劳动者港湾”主题党日", "新业态劳动者座谈会", "工会政策面对面"),
    "skills": ("电动车安全驾驶与维修培训", "智能手机应用技能课", "急救知识与心肺复苏培训", "快递分拣技能比武"),
    "rights": ("劳动合同与工伤保险咨询", "律师进驿站法律援助", "欠薪维权政策解读", "新就业形态劳动者入会宣传"),
    "mental_health": ("心理健康讲座", "一对一心理疏导", "减压团体辅导", "家庭关系沟通沙龙"),
    "safety": ("夏季防暑降温安全培训", "道路交通安全教育", "冬季防滑防冻安全提示", "消防安全演练"),
    "employment": ("就业岗位推介会", "技能提升补贴政策宣讲", "职业介绍与转岗指导", "创业帮扶咨询"),
}
_ORGANISERS = ("县总工会", "街道工会", "县人社局", "县司法局", "县交警大队", "镇工会", "驿站所在单位工会")
_NAMES = ("王建国", "李秀英", "张志强", "刘桂兰", "陈海波", "杨玉梅", "赵立新", "黄春燕", "周德明", "吴晓红",
          "徐正华", "孙丽娟", "胡文斌", "朱雪芳")


def _season(day: dt.date) -> float:
    """How busy a day of the year is: summer peak (June–August), a little more in the cold, the Spring Festival
    trough (workers home from a week before to ten days after)."""
    summer = 1.0 + 0.45 * math.exp(-(((day.timetuple().tm_yday - 200) / 38.0) ** 2))
    winter = 1.08 if day.month in (12, 1) else 1.0
    trough = 1.0
    for festival in SPRING_FESTIVALS.values():
        offset = (day - festival).days
        if -8 <= offset <= 12:
            trough = min(trough, 0.3 + 0.7 * (abs(offset) / (8 if offset < 0 else 12)) ** 1.5)
    return summer * winter * trough


def _visits(rng: random.Random, site_id: int, base: int, weights: tuple[float, ...], occupation_ids: list[int],
            days: list[tuple[dt.date, float, bool]]) -> list[dict[str, object]]:
    """`days`: each day with how busy its season makes it and whether it is a weekend."""
    rows: list[dict[str, object]] = []
    weekday_means = [base * w for w in weights]
    weekend_means = [base * w * lift for w, lift in zip(weights, _WEEKEND, strict=True)]
    for day, season, weekend in days:
        for oid, mean in zip(occupation_ids, weekend_means if weekend else weekday_means, strict=True):
            n = round(mean * season * (0.6 + 0.8 * rng.random()) + rng.random() - 0.5)
            if n > 0:
                rows.append({"site_id": site_id, "day": day, "occupation_id": oid, "visits": n})
    return rows


def _services(rng: random.Random, site_id: int, favourites: tuple[str, ...], categories: dict[str, int],
              days: list[dt.date]) -> list[dict[str, object]]:
    keys = [k for k in _TITLES if k in categories]
    rows: list[dict[str, object]] = []
    for day in sorted(rng.sample(days, min(len(days), rng.randint(44, 56)))):
        key = rng.choice(favourites) if rng.random() < 0.45 and favourites else rng.choice(keys)
        title = _TITLES[key][rng.randrange(len(_TITLES[key]))]
        if key == "safety" and 6 <= day.month <= 8:
            title = "夏季送清凉·防暑降温安全培训"
        rows.append({"site_id": site_id, "category_id": categories[key], "held_on": day,
                     "hours": rng.choice((1.0, 1.5, 2.0, 2.0, 2.5, 3.0)), "title": title,
                     "organiser": rng.choice(_ORGANISERS), "attendance": max(5, round(rng.gauss(24, 9))),
                     "note": ""})
    return rows


def _roster(rng: random.Random, site_id: int, hours_text: str, gap_day: int) -> list[DutyShift]:
    """Shifts covering the opening hours (two or three a day), but one: on `gap_day` the last shift ends two hours
    before closing, the deliberate gap `roster check` flags."""
    hours = parse_hours(hours_text)
    assert hours is not None
    people = rng.sample(_NAMES, 4)
    shifts: list[DutyShift] = []
    gapped = False
    for day, spans in enumerate(hours.days):
        for start, end in spans:
            parts = 3 if end - start > 14 * 60 else 2
            step = (end - start) // parts
            for i in range(parts):
                s = start + i * step
                e = end if i == parts - 1 else s + step
                if day == gap_day and i == parts - 1 and not gapped and e - 120 > s:
                    e -= 120
                    gapped = True
                shifts.append(DutyShift(site_id=site_id, weekday=day, start_minute=s, end_minute=e,
                                        person=people[(day + i) % len(people)]))
    return shifts


def load(session: Session, *, now: dt.datetime, seed: int) -> None:
    today = now.astimezone().date()
    days = [today - dt.timedelta(days=n) for n in range(364, -1, -1)]
    seasons = [(day, _season(day), day.weekday() >= 5) for day in days]
    terms = {(t.vocabulary, t.key): t.id for t in session.scalars(select(Term))}
    occupation_ids = [terms[(Vocabulary.OCCUPATION, key)] for key in _OCCUPATIONS]
    categories = {key: tid for (vocabulary, key), tid in terms.items() if vocabulary == Vocabulary.SERVICE_CATEGORY}
    sites = {s.code: s for s in session.scalars(select(Site).where(Site.code.in_(STATIONS)))}
    visits: list[dict[str, object]] = []
    services: list[dict[str, object]] = []
    for index, (code, (hours, base, weights, favourites)) in enumerate(STATIONS.items()):
        site = sites.get(code)
        if site is None:
            continue
        rng = random.Random(seed * 31 + index)
        opened = site.opened_on or days[0]
        visits.extend(_visits(rng, site.id, base, weights, occupation_ids, [d for d in seasons if d[0] >= opened]))
        services.extend(_services(rng, site.id, favourites, categories, [d for d in days if d >= opened]))
        if not site.opening_hours:
            site.opening_hours = hours
        session.add_all(_roster(rng, site.id, site.opening_hours, gap_day=(index * 3 + 2) % 7))
    stamp = _stamped(now)
    if visits:
        session.execute(insert(VisitCount.__table__).values(**stamp), visits)
    if services:
        session.execute(insert(ServiceEvent.__table__).values(**stamp), services)
    session.flush()


def _stamped(now: dt.datetime) -> dict[str, Any]:
    """created_at and updated_at written once into the statement, not converted again for each of 20,000 rows."""
    text = now.astimezone(dt.UTC).replace(tzinfo=None).isoformat(sep=" ", timespec="microseconds")
    return {"created_at": literal_column(f"'{text}'"), "updated_at": literal_column(f"'{text}'")}
