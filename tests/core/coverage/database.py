"""Test databases for the coverage service and CLI: stations through the app, demand points by plain SQL.

Demand goes in with SQL over the columns schema 0010 defines (/work/wt/COVERAGE.md): once that migration is in,
the tables exist and only the INSERTs run; on a branch before it, the same columns are created here first.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
import uuid
from pathlib import Path

import numpy as np

from db.models import CoordSystem, SiteKind
from desktop.core.app import Shuyi
from desktop.core.coords import Coordinate
from desktop.core.sites import NewSite

_TABLES = """
CREATE TABLE IF NOT EXISTS demand_layers (id INTEGER PRIMARY KEY, name VARCHAR(100) NOT NULL UNIQUE,
    source VARCHAR(8) NOT NULL, created_at DATETIME DEFAULT CURRENT_TIMESTAMP NOT NULL, note TEXT DEFAULT '' NOT NULL,
    uuid CHAR(32) NOT NULL UNIQUE);
CREATE TABLE IF NOT EXISTS demand_points (id INTEGER PRIMARY KEY, layer_id INTEGER NOT NULL REFERENCES
    demand_layers (id), lng_wgs84 FLOAT NOT NULL, lat_wgs84 FLOAT NOT NULL, coord_system VARCHAR(8) NOT NULL,
    coord_lng FLOAT NOT NULL, coord_lat FLOAT NOT NULL, weight FLOAT DEFAULT 1 NOT NULL CHECK (weight > 0),
    kind VARCHAR(40) DEFAULT '' NOT NULL, label VARCHAR(100) DEFAULT '' NOT NULL, uuid CHAR(32) NOT NULL UNIQUE);
"""


def put_demand(db: Path, lng: np.ndarray, lat: np.ndarray, weight: np.ndarray, *, layer: str = "测试") -> None:
    """A demand layer of WGS-84 points with their weights."""
    with sqlite3.connect(db) as con:
        con.executescript(_TABLES)
        cur = con.execute("INSERT INTO demand_layers (name, source, uuid) VALUES (?, 'import', ?)",
                          (layer, uuid.uuid4().hex))
        con.executemany(
            "INSERT INTO demand_points (layer_id, lng_wgs84, lat_wgs84, coord_system, coord_lng, coord_lat, weight, "
            "uuid) VALUES (?, ?, ?, 'wgs84', ?, ?, ?, ?)",
            [(cur.lastrowid, float(x), float(y), float(x), float(y), float(w), uuid.uuid4().hex)
             for x, y, w in zip(lng, lat, weight, strict=True)])


def put_stations(db: Path, lng: np.ndarray, lat: np.ndarray, *, prefix: str = "ZD",
                 kind: SiteKind = SiteKind.SERVICE_STATION, seats: list[int | None] | None = None) -> list[str]:
    """Open sites at these WGS-84 places; their codes."""
    codes = [f"{prefix}{n:02d}" for n in range(len(lng))]
    with Shuyi.open(db, create=False) as app:
        for code, x, y in zip(codes, lng, lat, strict=True):
            app.sites.add_site(NewSite(code=code, kind=kind, name=f"驿站{code}",
                                       position=Coordinate(float(x), float(y), CoordSystem.WGS84)))
    if seats is not None:
        with sqlite3.connect(db) as con:
            con.executemany("UPDATE sites SET seats = ? WHERE code = ?", list(zip(seats, codes, strict=True)))
    return codes


def close_site(db: Path, code: str) -> None:
    with sqlite3.connect(db) as con:
        con.execute("UPDATE sites SET closed_on = ? WHERE code = ?", (dt.date(2026, 1, 1).isoformat(), code))
