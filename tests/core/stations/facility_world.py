"""A demo database at a fixed time, and a snapshot of every table facilities write, for the refusal tests."""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from desktop.core.app import Shuyi
from desktop.core.clock import FixedTime

NOW = dt.datetime(2026, 12, 10, 9, 0, tzinfo=dt.timezone(dt.timedelta(hours=8)))
TODAY = NOW.date()
TABLES = ("facilities", "facility_status_changes", "maintenance_plans", "maintenance_records", "expiries",
          "counters", "terms")


def open_at(path: Path, at: dt.datetime = NOW) -> Shuyi:
    return Shuyi.open(path, create=False, time=FixedTime(at))


def snapshot(path: Path) -> dict[str, list[tuple]]:
    with sqlite3.connect(path) as db:
        return {t: db.execute(f"SELECT * FROM {t} ORDER BY 1, 2").fetchall() for t in TABLES}


def two_stations(db_path: Path) -> Iterator[Shuyi]:
    """An empty database at NOW with two service stations, JH11 and JH12 (for a module's fixture)."""
    from desktop.core.sites import NewSite, SiteKind

    with open_at(db_path) as app:
        for code in ("JH11", "JH12"):
            app.sites.add_site(NewSite(code=code, kind=SiteKind.SERVICE_STATION, name=f"{code} 驿站"))
        yield app


@contextmanager
def unchanged(path: Path) -> Iterator[None]:
    before = snapshot(path)
    yield
    after = snapshot(path)
    for table in TABLES:
        assert after[table] == before[table], f"a refusal changed {table}"
