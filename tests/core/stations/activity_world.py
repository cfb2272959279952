"""A small world for the activity tests: a reading room and two stations on a fixed day, and table snapshots."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

from desktop.core.app import Shuyi
from desktop.core.clock import FixedTime
from desktop.core.sites import NewSite, SiteKind

TODAY = dt.date(2026, 6, 15)
NOW = dt.datetime(2026, 6, 15, 10, 0, tzinfo=dt.timezone(dt.timedelta(hours=8)))
TABLES = ("service_events", "visit_counts", "duty_shifts", "sites", "terms")


def open_world(path: Path) -> Shuyi:
    """The database at `path` with JH01 (a room), JH12 and JH15 (stations), JH12 open 09:00–22:00 every day."""
    app = Shuyi.open(path, time=FixedTime(NOW))
    app.sites.add_site(NewSite(code="JH01", kind=SiteKind.READING_ROOM, name="职工书屋"))
    app.sites.add_site(NewSite(code="JH12", kind=SiteKind.SERVICE_STATION, name="骑手之家"))
    app.sites.add_site(NewSite(code="JH15", kind=SiteKind.SERVICE_STATION, name="卡友之家"))
    set_hours(path, "JH12", "Mo-Su 09:00-22:00")
    return app


def set_hours(path: Path, code: str, hours: str) -> None:
    """Opening hours as the register would keep them (its editor is another module's)."""
    with sqlite3.connect(path) as raw:
        raw.execute("UPDATE sites SET opening_hours = ? WHERE code = ?", (hours, code))
    raw.close()


def snapshot(path: Path, tables: tuple[str, ...] = TABLES) -> dict[str, list[tuple[object, ...]]]:
    """Every row of the activity tables (and what they point at), to compare before and after a refusal."""
    raw = sqlite3.connect(path)
    try:
        return {t: raw.execute(f"SELECT * FROM {t} ORDER BY id").fetchall() for t in tables}
    finally:
        raw.close()
