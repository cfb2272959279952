"""Per-connection SQLite settings, transaction begin modes, and the constraints the database itself enforces."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from db.engine import make_engine, normalise_url, writer
from db.models import Site, SiteKind, User


def test_every_connection_gets_the_pragmas(db_path: Path) -> None:
    engine = make_engine(f"sqlite:///{db_path}", pool_size=2)
    try:
        first, second = engine.connect(), engine.connect()  # two distinct DBAPI connections
        for conn in (first, second):
            values = [conn.exec_driver_sql(f"PRAGMA {p}").scalar()
                      for p in ("foreign_keys", "journal_mode", "synchronous", "busy_timeout")]
            assert values == [1, "wal", 2, 5000]
        first.close()
        second.close()
    finally:
        engine.dispose()


def test_writes_begin_immediate_and_reads_do_not(db_path: Path) -> None:
    engine = make_engine(f"sqlite:///{db_path}")
    other = sqlite3.connect(db_path, timeout=0, isolation_level=None)
    try:
        with Session(engine) as reading, reading.begin():
            reading.execute(text("SELECT count(*) FROM sites"))
            other.execute("BEGIN IMMEDIATE")  # a reader does not hold the write lock
            other.execute("ROLLBACK")
        with Session(writer(engine)) as writing, writing.begin():
            writing.execute(text("SELECT count(*) FROM sites"))  # no write yet, but the lock is taken at BEGIN
            with pytest.raises(sqlite3.OperationalError, match="locked"):
                other.execute("BEGIN IMMEDIATE")
    finally:
        other.close()
        engine.dispose()


def test_half_a_coordinate_is_refused_by_the_database(db_path: Path) -> None:
    engine = make_engine(f"sqlite:///{db_path}")
    try:
        with Session(engine) as session, pytest.raises(IntegrityError, match="coordinate_complete"):
            session.add(Site(code="AB01", kind=SiteKind.READING_ROOM, name="x", coord_lng=119.0))
            session.commit()
    finally:
        engine.dispose()


def test_foreign_keys_are_enforced(db_path: Path) -> None:
    engine = make_engine(f"sqlite:///{db_path}")
    try:
        with Session(engine) as session, pytest.raises(IntegrityError, match="FOREIGN KEY"):
            session.add(User(username="li", display_name="李", home_site_id=999))
            session.commit()
    finally:
        engine.dispose()


def test_plain_postgresql_urls_mean_psycopg_3() -> None:
    assert normalise_url("postgresql://u:p@localhost/shuyi").drivername == "postgresql+psycopg"
    assert normalise_url("postgresql+psycopg://localhost/shuyi").drivername == "postgresql+psycopg"
