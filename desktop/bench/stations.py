"""`shuyi bench stations`: a synthetic county (stations_data.py), then the three screens a union opens, timed.

(a) the register: `app.sites.list_sites()`;
(b) a station's detail: `app.activity.station_summary(code)` (this year's services by category, twelve months of
    visitors, the roster's gaps) and the register row, through the facade;
(c) the due calendar (maintenance due and expiries within 30 days, across all sites).

Each is timed through the facade and, in the same run on the same file, as the bare sqlite3 statements at its
core, so the ratio shows what Shuyi adds. Deterministic: one seed draws the data and the stations asked for.
"""

from __future__ import annotations

import datetime as dt
import os
import random
import sqlite3
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from desktop.bench.stations_data import build
from desktop.core.app import Shuyi
from desktop.core.clock import FixedTime
from desktop.core.sites import SiteKind

STATIONS = 100
FACILITIES = 30
YEARS = 3
SERVICES = 50
INSPECTIONS = 10
RUNS = 200
SEED = 23
DUE_WITHIN_DAYS = 30


def due_calendar(app: Shuyi) -> Any:
    """The due calendar through the facade: every site's plans and expiry dates due within the window."""
    return app.facilities.due(days=DUE_WITHIN_DAYS)


def _percentiles(samples: list[float]) -> dict[str, float]:
    ordered = sorted(samples)
    return {"p50_ms": round(statistics.median(ordered), 3),
            "p95_ms": round(ordered[max(int(len(ordered) * 0.95) - 1, 0)], 3),
            "max_ms": round(ordered[-1], 3)}


def _timed(calls: list[Callable[[], object]]) -> list[float]:
    samples = []
    for call in calls:
        start = time.perf_counter()
        call()
        samples.append((time.perf_counter() - start) * 1000)
    return samples


def _figure(ours: list[float], bare: list[float]) -> dict[str, Any]:
    base = _percentiles(bare)
    out: dict[str, Any] = {"baseline_p50_ms": base["p50_ms"], "baseline_p95_ms": base["p95_ms"]}
    mine = _percentiles(ours)
    return {**mine, **out, "ratio_p50": round(mine["p50_ms"] / max(base["p50_ms"], 1e-3), 1),
            "ratio_p95": round(mine["p95_ms"] / max(base["p95_ms"], 1e-3), 1), "count": len(ours)}


def run(*, stations: int = STATIONS, facilities: int = FACILITIES, years: int = YEARS, services: int = SERVICES,
        inspections: int = INSPECTIONS, runs: int = RUNS, workdir: Path | None = None,
        report: Callable[[str], None] = lambda _m: None) -> dict[str, Any]:
    now = dt.datetime.now(dt.UTC).replace(microsecond=0)
    today = now.astimezone().date()
    with tempfile.TemporaryDirectory(dir=workdir) as tmp:
        path = Path(tmp) / "county.db"
        report(f"building {stations} stations × {facilities} facilities, {years} years of visitors")
        county = build(path, stations=stations, facilities=facilities, years=years, services=services,
                       inspections=inspections, today=today, seed=SEED)
        report(f"built in {county.seconds} s; timing {runs} runs of each screen")
        rng = random.Random(SEED)
        asked = [rng.choice(county.stations) for _ in range(runs)]
        app = Shuyi.open(path, create=False, time=FixedTime(now))
        raw = sqlite3.connect(path)
        try:
            _detail(app, asked[0])  # the first call loads the modules: not what a screen costs
            register = _figure(_timed([app.sites.list_sites for _ in range(runs)]),
                               _timed([lambda: _bare_register(raw) for _ in range(runs)]))
            detail = _figure(_timed([lambda c=c: _detail(app, c) for c in asked]),  # type: ignore[misc]
                             _timed([lambda c=c: _bare_detail(raw, c, today) for c in asked]))  # type: ignore[misc]
            tabs = {name: _percentiles(_timed([lambda c=c, f=load: f(app, c) for c in asked]))  # type: ignore[misc]
                    for name, load in TABS.items()}
            due = _figure(_timed([lambda: due_calendar(app) for _ in range(runs)]),
                          _timed([lambda: _bare_due(raw, today) for _ in range(runs)]))
            sample = app.activity.station_summary(asked[0])
        finally:
            raw.close()
            app.close()
    return {"benchmark": "stations", "sizes": county.sizes, "build_seconds": county.seconds, "runs": runs,
            "seed": SEED, "load_average": [round(x, 2) for x in os.getloadavg()],
            "register": register, "station_detail": detail, "detail_tabs": tabs, "due_calendar": due,
            "sample_station": {"site": sample.site, "visits_12_months": sample.visits,
                               "services_this_year": sum(t.events for t in sample.services),
                               "roster_gaps": len(sample.roster.uncovered)}}


def _detail(app: Shuyi, code: str) -> object:
    """What a click on a station in the 驿站 page loads: the register's rows and the detail's overview."""
    return app.sites.list_sites(kind=SiteKind.SERVICE_STATION), app.sites.site_detail(code)


TABS: dict[str, Callable[[Shuyi, str], object]] = {
    "facilities": lambda app, code: (app.facilities.list(site_code=code), app.facilities.due(site_code=code)),
    "services_and_visitors": lambda app, code: app.activity.station_summary(code),
    "standard": lambda app, code: app.standards.compliance(code),
    "inspections": lambda app, code: app.inspections.list(site_code=code),
}
"""Each tab of a station's detail, loaded when the tab is first shown."""


def _bare_register(raw: sqlite3.Connection) -> list[Any]:
    return raw.execute("SELECT * FROM sites ORDER BY code").fetchall()


def _bare_detail(raw: sqlite3.Connection, code: str, today: dt.date) -> list[Any]:
    """The register's rows and one site's overview: its row, facts and the counts the overview shows."""
    site_id = raw.execute("SELECT id FROM sites WHERE code = ?", (code,)).fetchone()[0]
    year_ago, month_ago = (today - dt.timedelta(days=365)).isoformat(), (today - dt.timedelta(days=30)).isoformat()
    return [
        raw.execute("SELECT * FROM sites ORDER BY code").fetchall(),
        raw.execute("SELECT * FROM sites WHERE id = ?", (site_id,)).fetchall(),
        raw.execute("SELECT fact, present, noted_on FROM site_facts WHERE site_id = ?", (site_id,)).fetchall(),
        raw.execute("SELECT count(*), sum(status = 'in_use') FROM facilities WHERE site_id = ?", (site_id,)).fetchall(),
        raw.execute("SELECT count(*), sum(attendance) FROM service_events WHERE site_id = ? AND held_on >= ?",
                    (site_id, year_ago)).fetchall(),
        raw.execute("SELECT sum(visits), sum(CASE WHEN day >= ? THEN visits END), max(day) FROM visit_counts "
                    "WHERE site_id = ? AND day >= ?", (month_ago, site_id, year_ago)).fetchall(),
        raw.execute("SELECT count(*), max(inspected_on) FROM inspections WHERE site_id = ?", (site_id,)).fetchall(),
        raw.execute("SELECT count(*), sum(deadline < ?) FROM rectifications WHERE site_id = ? AND status = 'open'",
                    (today.isoformat(), site_id)).fetchall(),
    ]


def _bare_due(raw: sqlite3.Connection, today: dt.date) -> list[Any]:
    """Plans whose next date (last done, else start, plus the interval) falls within 30 days or is past, and
    expiries not yet replaced within 30 days: the statements a due calendar stands on."""
    until = (today + dt.timedelta(days=DUE_WITHIN_DAYS)).isoformat()
    plans = raw.execute(
        "SELECT p.id, f.code, s.code, p.task, date(coalesce(max(r.done_on), p.starts_on), "
        "'+' || p.interval_months || ' months') AS due FROM maintenance_plans p "
        "JOIN facilities f ON f.id = p.facility_id JOIN sites s ON s.id = f.site_id "
        "LEFT JOIN maintenance_records r ON r.plan_id = p.id WHERE p.active AND p.interval_months IS NOT NULL "
        "GROUP BY p.id HAVING due <= ? ORDER BY due", (until,)).fetchall()
    expiring = raw.execute(
        "SELECT e.id, f.code, s.code, e.item, e.expires_on FROM expiries e JOIN facilities f ON f.id = e.facility_id "
        "JOIN sites s ON s.id = f.site_id WHERE e.replaced_on IS NULL AND e.expires_on <= ? ORDER BY e.expires_on",
        (until,)).fetchall()
    return plans + expiring
