"""Plain helpers shared by the circulation tests: the fixed clock, the small demo's titles, and World, the demo
database seen two ways (scans through the app, facts straight from the file with sqlite3).

A refusal is checked to have changed nothing with `unchanged(world)`: the tables in `world.TABLES` are read with
sqlite3 before and after and compared. The fixture `w` (conftest.py) gives a World on a demo copy with its
circulation history cleared; a test module may subclass World for its own helpers and override `world_type`.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path

from desktop.core.app import Shuyi
from desktop.core.circulation.dispatch import DeskState, Mode
from desktop.core.circulation.results import ScanResult
from desktop.core.clock import Clock

T0 = dt.datetime(2026, 3, 2, 12, 0, tzinfo=dt.UTC)
"""Noon UTC: the same calendar day in any time zone the tests may run in."""
TODAY = Clock(T0).today

# Titles of the small demo (deterministic): ISBN → where its copies are.
SHUIHU = "9787020010141"  # 水浒传: one copy, JH01
HONGLOU = "9787020010004"  # 红楼梦: two copies, JH01
XIYOU = "9787020010219"  # 西游记: two copies, JH02
BIANCHENG = "9787020010776"  # 边城: one copy in JH01, one in JH02
HUOZHE = "9787506310352"  # 活着: two copies in JH01, two in JH02
CHAOHUA = "9787020010707"  # 朝花夕拾: one copy, JH01
SHIJIAN = "9787535712387"  # 时间简史: one copy, JH01

CLEAR_CIRCULATION = (
    "DELETE FROM stocktake_scans", "DELETE FROM stocktakes", "DELETE FROM transfer_items", "DELETE FROM transfers",
    "DELETE FROM holds", "DELETE FROM loans",
    "UPDATE copies SET status = 'on_shelf', shelved_at_id = NULL, legacy_barcode = NULL", "UPDATE sites SET floats = 0",
)
"""The demo comes with a circulation history made relative to the wall clock; these scenarios start from none."""


def day(n: float) -> dt.datetime:
    return T0 + dt.timedelta(days=n)


def rows(path: Path, sql: str, *params: object) -> list[tuple]:
    """The rows a query finds in the database file, read with a connection of its own."""
    conn = sqlite3.connect(path)
    try:
        return conn.execute(sql, params).fetchall()
    finally:
        conn.close()


def _write(path: Path, statements: Iterable[tuple[str, tuple[object, ...]]]) -> None:
    """Run (SQL, parameters) statements on the database file in one transaction."""
    conn = sqlite3.connect(path)
    try:
        with conn:
            for sql, params in statements:
                conn.execute(sql, params)
    finally:
        conn.close()


def clear_circulation(path: Path) -> None:
    _write(path, ((sql, ()) for sql in CLEAR_CIRCULATION))


class World:
    """The demo database seen two ways: scans through the app, facts straight from the file with sqlite3."""

    TABLES: tuple[str, ...] = ("loans", "holds", "copies", "transfers", "transfer_items")
    """What `unchanged` compares."""

    def __init__(self, app: Shuyi, path: Path) -> None:
        self.app, self.path = app, path

    # -- the file -------------------------------------------------------------------------------------------
    def rows(self, sql: str, *params: object) -> list[tuple]:
        return rows(self.path, sql, *params)

    def one(self, sql: str, *params: object) -> tuple:
        found = self.rows(sql, *params)
        assert len(found) == 1, (sql, params, found)
        return found[0]

    def execute(self, sql: str, *params: object) -> None:
        _write(self.path, [(sql, params)])

    def snapshot(self) -> dict[str, list[tuple]]:
        return {table: self.rows(f"SELECT * FROM {table} ORDER BY id") for table in self.TABLES}

    def reader(self, site: str, n: int = 0) -> tuple[int, str]:
        """(id, card) of an active 职工 reader whose card was issued at a room."""
        return self.rows("SELECT r.id, r.card_code FROM readers r JOIN reader_types y ON y.id = r.type_id "
                         "JOIN sites s ON s.id = r.home_site_id WHERE y.name = '职工' AND r.status = 'active' "
                         "AND s.code = ? ORDER BY r.id", site)[n]

    # -- the desk -------------------------------------------------------------------------------------------
    def scan(self, site: str, code: str, *, mode: Mode = Mode.DESK, mode_id: int | None = None,
             reader: int | None = None, now: dt.datetime = T0) -> ScanResult:
        state = DeskState(site_code=site, reader_id=reader, mode=mode, mode_id=mode_id)
        self.app.time.set(now)
        return self.app.circulation.scan(state, code)[0]


@contextmanager
def unchanged(world: World) -> Iterator[None]:
    before = world.snapshot()
    yield
    after = world.snapshot()
    for table in world.TABLES:
        assert after[table] == before[table], f"a refusal changed {table}"
