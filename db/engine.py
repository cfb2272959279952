"""Engines for SQLite files and PostgreSQL servers, with the per-connection settings every connection needs."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL, make_url

SQLITE_BUSY_TIMEOUT_MS = 5000
SQLITE_CACHE_KIB = 65536
"""Page cache per connection (64 MiB, not SQLite's 2 MiB): imports insert into indexes with random keys."""
BEGIN_OPTION = "shuyi_begin"
"""Execution option naming how a SQLite transaction begins: DEFERRED (reads) or IMMEDIATE (writes)."""


def normalise_url(url: str | URL) -> URL:
    """Parse a database URL; a plain `postgresql://` is taken to mean psycopg 3, the driver Shuyi ships with."""
    parsed = make_url(url)
    if parsed.drivername in ("postgresql", "postgres"):
        parsed = parsed.set(drivername="postgresql+psycopg")
    return parsed


def sqlite_url(path: str, *, read_only: bool = False, immutable: bool = False) -> URL:
    """A SQLite file's URL; read_only opens it with mode=ro, immutable also tells SQLite nobody else writes it.

    Read-only is for a file or folder this user cannot write: every write is refused with SQLITE_READONLY. A WAL
    database in a read-only folder can only be read without its -shm file as immutable (https://sqlite.org/wal.html).
    """
    if not read_only:
        return URL.create("sqlite+pysqlite", database=path)
    query = {"uri": "true", "mode": "ro", **({"immutable": "1"} if immutable else {})}
    return URL.create("sqlite+pysqlite", database=Path(path).absolute().as_uri(), query=query)


def is_read_only(url: URL) -> bool:
    return url.query.get("mode") == "ro"


def make_engine(
    url: str | URL, *, foreign_keys: bool = True, busy_timeout_ms: int = SQLITE_BUSY_TIMEOUT_MS, **kwargs: Any
) -> Engine:
    """Create an engine; SQLite connections get WAL, synchronous=FULL, a busy timeout and foreign keys.

    `foreign_keys=False` is for migrations only: Alembic's batch mode recreates tables, and dropping a
    parent table with foreign keys on would cascade deletes into its children.
    """
    url = normalise_url(url)
    engine = create_engine(url, **kwargs)
    if url.get_backend_name() == "sqlite":
        _configure_sqlite(engine, foreign_keys=foreign_keys, busy_timeout_ms=busy_timeout_ms)
    return engine


def _configure_sqlite(engine: Engine, *, foreign_keys: bool, busy_timeout_ms: int) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        # Take transaction control from pysqlite so that BEGIN is ours (DEFERRED or IMMEDIATE, below).
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        try:
            cursor.execute(f"PRAGMA busy_timeout = {int(busy_timeout_ms)}")
            cursor.execute(f"PRAGMA foreign_keys = {'ON' if foreign_keys else 'OFF'}")
            if engine.url.database not in (None, "", ":memory:") and not is_read_only(engine.url):
                cursor.execute("PRAGMA journal_mode = WAL")
            cursor.execute("PRAGMA synchronous = FULL")
            cursor.execute(f"PRAGMA cache_size = -{SQLITE_CACHE_KIB}")
        finally:
            cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        mode = conn.get_execution_options().get(BEGIN_OPTION, "DEFERRED")
        conn.exec_driver_sql(f"BEGIN {mode}")


def writer(engine: Engine) -> Engine:
    """The same engine (same pool) whose SQLite transactions begin IMMEDIATE: one writer, no upgrade deadlocks."""
    return engine.execution_options(**{BEGIN_OPTION: "IMMEDIATE"})
