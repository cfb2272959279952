"""The synthetic county of `shuyi bench stations`: stations with facilities, years of visitors, services and
inspections, built in seconds.

The schema (and its built-in terms) comes from the real migrations (`Shuyi.open`); the rows from bare sqlite3
executemany straight into the tables of migration 0009, drawn from one seeded generator, so the same arguments
build the same database (dates follow `today`). Facilities get real asset codes (`codes.make(CodeType.ASSET …)`).
"""

from __future__ import annotations

import datetime as dt
import random
import sqlite3
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from desktop.bench.circulation_data import uuid7_hex
from desktop.core import codes
from desktop.core.app import Shuyi

HOURS = ("24/7", "Mo-Su 07:00-21:00", "Mo-Fr 08:00-18:00; Sa,Su 09:00-17:00", "Mo-Su 06:00-20:00")
STATUSES = ("in_use",) * 17 + ("broken", "repairing", "disabled")
INSPECTION_KINDS = ("unannounced", "self_check", "superior")
CHECKS = ("hours_kept", "fire_safety", "medicine_expiry", "facilities_working", "rules_posted", "records_book",
          "visitor_flow", "sign_12351")


@dataclass(frozen=True)
class County:
    stations: list[str]
    sizes: dict[str, int]
    seconds: float


def _days(today: dt.date, years: int) -> list[str]:
    return [(today - dt.timedelta(days=n)).isoformat() for n in range(years * 365 - 1, -1, -1)]


def _terms(raw: sqlite3.Connection, vocabulary: str) -> list[int]:
    return [r[0] for r in raw.execute("SELECT id FROM terms WHERE vocabulary = ? ORDER BY position, id",
                                      (vocabulary,))]


def build(path: Path, *, stations: int, facilities: int, years: int, services: int, inspections: int,
          today: dt.date, seed: int = 17) -> County:
    """A county at `path` (which must not exist): `stations` stations × `facilities` facilities, `years` years of
    daily visitor counts (every occupation), `services` services and `inspections` inspections a station a year."""
    start = time.perf_counter()
    Shuyi.open(path).close()
    rng = random.Random(seed)
    raw = sqlite3.connect(path)
    raw.create_function("uuid7", 0, uuid7_hex)
    sizes: dict[str, int] = {}
    try:
        with raw:
            codes_made = _sites(raw, stations, rng)
            sizes["facilities"] = _facilities(raw, codes_made, facilities, rng, today)
            sizes["visit_counts"] = _visits(raw, len(codes_made), _days(today, years), rng)
            sizes["services"] = _services(raw, len(codes_made), _days(today, years), services * years, rng)
            sizes.update(_inspections(raw, len(codes_made), _days(today, years), inspections * years, rng, today))
            sizes["duty_shifts"] = _roster(raw, len(codes_made))
    finally:
        raw.close()
    sizes["stations"] = stations
    return County(stations=codes_made, sizes=sizes, seconds=round(time.perf_counter() - start, 2))


def _sites(raw: sqlite3.Connection, stations: int, rng: random.Random) -> list[str]:
    made = [f"ST{n:03d}" for n in range(1, stations + 1)]
    rows = []
    for n, code in enumerate(made, start=1):
        lng, lat = round(119.6 + rng.random() * 0.5, 6), round(33.3 + rng.random() * 0.3, 6)
        rows.append((n, code, f"第{n}号户外劳动者服务站", f"建湖县某镇某路{n}号", lng, lat, lng - 0.0052, lat + 0.0021,
                     HOURS[n % len(HOURS)], "2020-01-01"))
    raw.executemany("INSERT INTO sites (id, code, kind, name, address, coord_system, coord_lng, coord_lat, lng_wgs84, "
                    "lat_wgs84, opening_hours, opened_on, uuid) VALUES (?, ?, 'service_station', ?, ?, 'gcj02', ?, ?, "
                    "?, ?, ?, ?, uuid7())", rows)
    return made


def _facilities(raw: sqlite3.Connection, stations: list[str], per_station: int, rng: random.Random,
                today: dt.date) -> int:
    kinds = _terms(raw, "facility_kind")
    rows, plans, expiries, records = [], [], [], []
    fid = 0
    for site_id, code in enumerate(stations, start=1):
        for serial in range(1, per_station + 1):
            fid += 1
            kind = kinds[(serial - 1) % len(kinds)]
            acquired = today - dt.timedelta(days=rng.randrange(100, 2000))
            rows.append((fid, codes.make(codes.CodeType.ASSET, code, serial), site_id, kind, acquired.isoformat(),
                         rng.choice(STATUSES)))
            if serial % 3 == 0:
                plans.append((fid, fid, "定期保养", rng.choice((3, 6, 12)), acquired.isoformat()))
                last = today - dt.timedelta(days=rng.randrange(10, 400))
                records.append((fid, fid, last.isoformat(), "保养完成", "维修员"))
            if serial % 5 == 0:
                expiries.append((fid, "药品/有效期", (today + dt.timedelta(days=rng.randrange(-60, 400))).isoformat()))
    raw.executemany("INSERT INTO facilities (id, code, site_id, kind_id, acquired_on, status, quantity, uuid) "
                    "VALUES (?, ?, ?, ?, ?, ?, 1, uuid7())", rows)
    raw.executemany("INSERT INTO maintenance_plans (id, facility_id, task, interval_months, starts_on, active, uuid) "
                    "VALUES (?, ?, ?, ?, ?, 1, uuid7())", plans)
    raw.executemany("INSERT INTO maintenance_records (facility_id, plan_id, done_on, work, done_by, uuid) "
                    "VALUES (?, ?, ?, ?, ?, uuid7())", records)
    raw.executemany("INSERT INTO expiries (facility_id, item, expires_on, uuid) VALUES (?, ?, ?, uuid7())", expiries)
    return len(rows)


def _visits(raw: sqlite3.Connection, stations: int, days: list[str], rng: random.Random) -> int:
    occupations = _terms(raw, "occupation")

    def rows() -> Iterator[tuple[int, str, int, int]]:
        for site_id in range(1, stations + 1):
            weights = [rng.random() * 12 for _ in occupations]
            for day in days:
                for oid, weight in zip(occupations, weights, strict=True):
                    n = int(weight * (0.5 + rng.random()))
                    if n:
                        yield site_id, day, oid, n

    before = raw.total_changes
    raw.executemany("INSERT INTO visit_counts (site_id, day, occupation_id, visits, uuid) VALUES (?, ?, ?, ?, uuid7())",
                    rows())
    return raw.total_changes - before


def _services(raw: sqlite3.Connection, stations: int, days: list[str], per_station: int, rng: random.Random) -> int:
    categories = _terms(raw, "service_category")
    rows = [(site_id, rng.choice(categories), day, rng.choice((1.0, 1.5, 2.0, 3.0)), "服务活动", "县总工会",
             rng.randrange(5, 60))
            for site_id in range(1, stations + 1) for day in sorted(rng.sample(days, min(per_station, len(days))))]
    raw.executemany("INSERT INTO service_events (site_id, category_id, held_on, hours, title, organiser, attendance, "
                    "uuid) VALUES (?, ?, ?, ?, ?, ?, ?, uuid7())", rows)
    return len(rows)


def _inspections(raw: sqlite3.Connection, stations: int, days: list[str], per_station: int, rng: random.Random,
                 today: dt.date) -> dict[str, int]:
    inspections, findings, fixes = [], [], []
    iid = fid = 0
    for site_id in range(1, stations + 1):
        for day in sorted(rng.sample(days, min(per_station, len(days)))):
            iid += 1
            inspections.append((iid, site_id, rng.choice(INSPECTION_KINDS), day, "督查员"))
            for item in CHECKS:
                fid += 1
                passed = rng.random() > 0.12
                findings.append((fid, iid, item, passed, not passed and rng.random() < 0.2))
                if not passed:
                    deadline = dt.date.fromisoformat(day) + dt.timedelta(days=30)
                    still_open = deadline > today - dt.timedelta(days=60) and rng.random() < 0.6
                    fixes.append((fid, site_id, deadline.isoformat(), "站长", "open" if still_open else "closed",
                                  None if still_open else (deadline - dt.timedelta(days=5)).isoformat()))
    raw.executemany("INSERT INTO inspections (id, site_id, kind, inspected_on, inspector, uuid) "
                    "VALUES (?, ?, ?, ?, ?, uuid7())", inspections)
    raw.executemany("INSERT INTO inspection_findings (id, inspection_id, item, passed, serious, uuid) "
                    "VALUES (?, ?, ?, ?, ?, uuid7())", findings)
    raw.executemany("INSERT INTO rectifications (finding_id, site_id, deadline, responsible, status, closed_on, uuid) "
                    "VALUES (?, ?, ?, ?, ?, ?, uuid7())", fixes)
    return {"inspections": len(inspections), "findings": len(findings), "rectifications": len(fixes),
            "rectifications_open": sum(1 for f in fixes if f[4] == "open")}


def _roster(raw: sqlite3.Connection, stations: int) -> int:
    rows = [(site_id, day, start, end, person) for site_id in range(1, stations + 1) for day in range(7)
            for start, end, person in ((420, 840, "早班"), (840, 1260 - (60 if day == site_id % 7 else 0), "晚班"))]
    raw.executemany("INSERT INTO duty_shifts (site_id, weekday, start_minute, end_minute, person, uuid) "
                    "VALUES (?, ?, ?, ?, ?, uuid7())", rows)
    return len(rows)
