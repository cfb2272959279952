"""The demo's facilities: every service station gets the standard kit (most kinds present, chairs, rain gear and
extinguishers counted), a few broken or being repaired, maintenance plans (air conditioners before summer, heaters
before winter, water-dispenser filters every three months) with a year of work logged, and expiry dates (first-aid
medicines, some running out next month and one already out; extinguisher checks; AED pads).

Deterministic for a seed, with every date relative to `now`; the asset tags come from the same counter and code
rules the app uses.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import (
    Expiry,
    Facility,
    FacilitySource,
    FacilityStatus,
    FacilityStatusChange,
    MaintenancePlan,
    MaintenanceRecord,
    Season,
    Site,
    SiteKind,
    Term,
    Vocabulary,
)
from desktop.core import codes, counters
from desktop.core.stations import due
from desktop.core.stations.facilities import ASSET_SCOPE

# (kind key, chance it is there, brands, quantity range for counted kinds)
KIT: tuple[tuple[str, float, tuple[str, ...], tuple[int, int]], ...] = (
    ("air_conditioner", 1.0, ("格力 KFR-35GW", "美的 KFR-26GW", "海尔 KFR-35GW"), (1, 1)),
    ("fridge", 1.0, ("海尔 BCD-218", "容声 BCD-202", "美菱 BCD-160"), (1, 1)),
    ("microwave", 1.0, ("格兰仕 P70D20", "美的 M1-L213B"), (1, 1)),
    ("water_dispenser", 1.0, ("安吉尔 Y1351", "沁园 JLD", "美的 MYR718"), (1, 1)),
    ("charging", 1.0, ("小绿人 充电柜", "公牛 插座"), (1, 1)),
    ("tables_chairs", 1.0, ("",), (6, 12)),
    ("wifi", 0.85, ("华为 AX3", "TP-LINK"), (1, 1)),
    ("first_aid_kit", 1.0, ("",), (1, 1)),
    ("bookshelf", 0.85, ("",), (1, 1)),
    ("rain_gear", 0.7, ("",), (10, 30)),
    ("pump", 0.7, ("",), (1, 1)),
    ("thermometer", 0.6, ("",), (1, 1)),
    ("fire_extinguisher", 1.0, ("淮海 MFZ/ABC4",), (2, 4)),
    ("heater", 0.8, ("美的 NDK22", "艾美特 HC22"), (1, 1)),
    ("toilet", 0.5, ("",), (1, 1)),
)
AED_AT = ("JH13", "JH15")
"""The bus station and the truck stop have a defibrillator."""
SOURCES = ("union", "union", "union", "host", "donated")
# (site, kind, status, days ago, note): the few that are not working
TROUBLE: tuple[tuple[str, str, str, int, str], ...] = (
    ("JH12", "microwave", "broken", 9, "不加热，已报修"),
    ("JH14", "water_dispenser", "broken", 24, "漏水"),
    ("JH14", "water_dispenser", "repairing", 6, "厂家上门维修中"),
    ("JH16", "air_conditioner", "broken", 40, "不制冷"),
    ("JH17", "wifi", "disabled", 60, "宽带到期未续"),
)
PLANS = (("air_conditioner", "清洗滤网、检查制冷（夏季送清凉）", None, Season.SUMMER),
         ("heater", "检修取暖设备（冬季送温暖）", None, Season.WINTER),
         ("water_dispenser", "更换滤芯、清洗消毒", 3, None),
         ("fridge", "除霜清洁", 6, None))
WORKERS = ("站长", "王师傅", "厂家售后", "志愿者")
COSTS = (None, None, 4500, 8000, 12050)
LAGGING = {("JH16", "air_conditioner"), ("JH14", "water_dispenser"), ("JH14", "heater")}
"""Work a station is behind with: it shows as overdue."""


@dataclass
class _Kit:
    site: Site
    tags: dict[str, Facility]
    """Facility by kind key."""
    registered: dt.date


def load(session: Session, *, seed: int, now: dt.datetime) -> int:
    """Fill every open service station; returns how many facilities were registered. Rows are made directly, all
    stations' facilities in one flush, their plans in a second and the rest in a third (the demo being valid by
    construction), so that the demo stays fast."""
    today = now.astimezone().date()
    stations = session.scalars(select(Site).where(Site.kind == SiteKind.SERVICE_STATION, Site.closed_on.is_(None))
                               .order_by(Site.code)).all()
    kinds = {t.key: t.id for t in session.scalars(select(Term).where(Term.vocabulary == Vocabulary.FACILITY_KIND))}
    rngs = [random.Random(seed * 1000 + n) for n in range(len(stations))]
    kits = [_register(session, site, kinds, rng, today) for site, rng in zip(stations, rngs, strict=True)]
    session.flush()
    plans = [_history_and_plans(session, kit, today) for kit in kits]
    session.flush()
    for n, (kit, rng) in enumerate(zip(kits, rngs, strict=True)):
        _log(session, kit, plans[n], rng, today)
        _expiries(session, kit, rng, today, n)
    session.flush()
    return sum(len(kit.tags) for kit in kits)


def _register(session: Session, site: Site, kinds: dict[str, int], rng: random.Random, today: dt.date) -> _Kit:
    registered = today - dt.timedelta(days=rng.randint(380, 420))
    chosen: list[tuple[str, str, int, dt.date, str]] = []
    for key, chance, brands, (low, high) in KIT:
        if rng.random() <= chance:
            chosen.append((key, rng.choice(brands), rng.randint(low, high),
                           registered - dt.timedelta(days=rng.randint(0, 200)), rng.choice(SOURCES)))
    if site.code in AED_AT:
        chosen.append(("aed", "迈瑞 BeneHeart C1A", 1, registered, "donated"))
    first = counters.take(session, ASSET_SCOPE, site.code, count=len(chosen))
    tags: dict[str, Facility] = {}
    for serial, (key, made, quantity, acquired, source) in enumerate(chosen, start=first):
        brand, _, model = made.partition(" ")
        tags[key] = Facility(code=codes.make(codes.CodeType.ASSET, site.code, serial), site_id=site.id,
                             kind_id=kinds[key], brand=brand, model=model, quantity=quantity, acquired_on=acquired,
                             source=FacilitySource(source), status=FacilityStatus.IN_USE, status_since=registered)
    session.add_all(tags.values())
    return _Kit(site, tags, registered)


def _history_and_plans(session: Session, kit: _Kit, today: dt.date) -> list[tuple[str, MaintenancePlan]]:
    """Each facility's first status, the few that went wrong since, and the plans of those that have them."""
    session.add_all(FacilityStatusChange(facility_id=f.id, from_status=None, to_status=FacilityStatus.IN_USE,
                                         changed_on=kit.registered) for f in kit.tags.values())
    for site, key, status, days_ago, note in TROUBLE:
        facility = kit.tags.get(key)
        if site == kit.site.code and facility is not None:
            on = today - dt.timedelta(days=days_ago)
            session.add(FacilityStatusChange(facility_id=facility.id, from_status=facility.status,
                                             to_status=FacilityStatus(status), changed_on=on, note=note))
            facility.status = FacilityStatus(status)
            facility.status_since = on
    plans = [(key, MaintenancePlan(facility_id=kit.tags[key].id, task=task, interval_months=months, season=season,
                                   starts_on=kit.registered))
             for key, task, months, season in PLANS if key in kit.tags]
    session.add_all(plan for _, plan in plans)
    return plans


def _log(session: Session, kit: _Kit, plans: list[tuple[str, MaintenancePlan]], rng: random.Random,
         today: dt.date) -> None:
    for key, plan in plans:
        lagging = (kit.site.code, key) in LAGGING
        for done_on in _work_dates(plan.interval_months, plan.season, kit.registered, today, rng, lagging=lagging):
            session.add(MaintenanceRecord(facility_id=plan.facility_id, plan_id=plan.id, done_on=done_on,
                                          work=plan.task, done_by=rng.choice(WORKERS), cost_fen=rng.choice(COSTS)))
    if "microwave" in kit.tags and kit.site.code == "JH12":
        session.add(MaintenanceRecord(facility_id=kit.tags["microwave"].id, done_on=today - dt.timedelta(days=8),
                                      work="报修：磁控管老化", done_by="站长"))
    if "charging" in kit.tags:
        session.add(MaintenanceRecord(facility_id=kit.tags["charging"].id, work="更换两个损坏插座", done_by="王师傅",
                                      done_on=today - dt.timedelta(days=rng.randint(30, 300)), cost_fen=3600))


def _work_dates(months: int | None, season: Season | None, start: dt.date, today: dt.date, rng: random.Random, *,
                lagging: bool) -> list[dt.date]:
    """When the plan's work was done over the past year: a little early mostly, a lagging station missing the last
    one (so that it shows as overdue)."""
    dates: list[dt.date] = []
    if months is not None:
        at = due.add_months(start, months) - dt.timedelta(days=rng.randint(0, 10))
        while at <= today:
            dates.append(at)
            at = due.add_months(at, months) - dt.timedelta(days=rng.randint(0, 10))
        return dates[:-1] if lagging and dates else dates
    assert season is not None
    for year in range(start.year, today.year + 1):
        at = due.season_deadline(season, year) - dt.timedelta(days=rng.randint(5, 40))
        if start <= at <= today:
            dates.append(at)
    return dates[:-1] if lagging and dates else dates


def _expiries(session: Session, kit: _Kit, rng: random.Random, today: dt.date, n: int) -> None:
    def add(key: str, item: str, ahead: int) -> None:
        session.add(Expiry(facility_id=kit.tags[key].id, item=item, expires_on=today + dt.timedelta(days=ahead)))

    code = kit.site.code
    if "first_aid_kit" in kit.tags:
        add("first_aid_kit", "碘伏", rng.randint(20, 45) if n % 2 == 0 else rng.randint(120, 400))
        add("first_aid_kit", "创可贴", rng.randint(200, 600))
        add("first_aid_kit", "藿香正气水", rng.randint(25, 50) if n % 3 == 0 else rng.randint(90, 300))
        add("first_aid_kit", "风油精", -12 if code == "JH13" else rng.randint(60, 500))
    if "fire_extinguisher" in kit.tags:
        add("fire_extinguisher", "灭火器年检", 5 if code == "JH11" else rng.randint(15, 330))
    if "aed" in kit.tags:
        add("aed", "AED电极片", rng.randint(150, 500))
        add("aed", "AED电池", 33 if code == "JH15" else 700)
