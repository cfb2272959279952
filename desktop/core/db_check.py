"""Whether a SQLite file's pages still make a sound database: the check at every open, and the full ones.

Figures (docs/database.md): PRAGMA quick_check reads every page, about 7 ms for the 0.4 MB demo and 2.2–2.7 s for
the 158 MB bench database (200,000 copies, 510,000 loans); PRAGMA integrity_check also compares every index with its
table and takes 14–20 s there. So each open runs quick_check on the whole file up to OPEN_CHECK_MAX_BYTES, and on a
larger file only on the schema and the small tables every command reads; `shuyi init` runs quick_check on every
page, and `shuyi check` runs integrity_check and the foreign-key check.
"""

from __future__ import annotations

import sqlite3
import time
from dataclasses import dataclass
from pathlib import Path

OPEN_CHECK_MAX_BYTES = 8 * 1024 * 1024
"""Up to this size every open checks every page (about 0.1 s at 8 MiB on a busy 2-core machine)."""
CORE_TABLES = ("sqlite_schema", "alembic_version", "sites", "settings", "reader_types", "counters")
"""Checked at every open of a larger file: what each command reads first, a few pages each."""
MAX_PROBLEMS = 100
_RAISED = "SQLite stopped: "


@dataclass(frozen=True)
class CheckReport:
    """What a check found: nothing (ok) or SQLite's own descriptions of what is wrong."""

    path: str
    thorough: bool
    """True for integrity_check plus foreign_key_check; False for quick_check."""
    pages: int
    seconds: float
    problems: tuple[str, ...]

    @property
    def ok(self) -> bool:
        return not self.problems


def problems_at_open(conn: sqlite3.Connection, size: int) -> list[str]:
    """The check every open makes: every page of a small file; the schema and the core tables of a large one."""
    if size <= OPEN_CHECK_MAX_BYTES:
        return _pragma(conn, "quick_check")
    present = {row[0] for row in _rows(conn, "SELECT name FROM sqlite_schema WHERE type = 'table'")}
    problems: list[str] = []
    for table in CORE_TABLES:
        if table == "sqlite_schema" or table in present:
            problems += _pragma(conn, f"quick_check('{table}')")
    return problems


def check_file(conn: sqlite3.Connection, path: Path, *, thorough: bool) -> CheckReport:
    """quick_check (thorough=False) or integrity_check and foreign_key_check of every page of an open file."""
    start = time.perf_counter()
    problems = _pragma(conn, "integrity_check" if thorough else "quick_check")
    if thorough and problems and _unreadable(problems):  # say which tables SQLite could not even read
        problems = [f"{table}: {problem}" for table in _tables(conn)
                    for problem in _pragma(conn, f"integrity_check('{table}')")] or problems
    if thorough and not problems:
        for table, rowid, parent, _fk in _rows(conn, "PRAGMA foreign_key_check")[:MAX_PROBLEMS]:
            problems.append(f"{table} row {rowid}: refers to a missing row of {parent}")
    pages = _rows(conn, "PRAGMA page_count")[0][0] if not problems else 0
    return CheckReport(path=str(path), thorough=thorough, pages=pages, problems=tuple(problems),
                       seconds=round(time.perf_counter() - start, 3))


def _pragma(conn: sqlite3.Connection, pragma: str) -> list[str]:
    """SQLite's answer to a check pragma, as problems ([] for "ok"); a page too broken to read is a problem too."""
    try:
        rows = _rows(conn, f"PRAGMA {pragma}" if "(" in pragma else f"PRAGMA {pragma}({MAX_PROBLEMS})")
    except sqlite3.DatabaseError as exc:
        if isinstance(exc, sqlite3.OperationalError) and exc.sqlite_errorcode & 0xFF not in (11, 26):
            raise  # busy, locked, unreadable: not a verdict on the pages, the caller types it
        return [f"{_RAISED}{exc}"]
    found = [str(row[0]) for row in rows]
    return [] if found == ["ok"] else found


def _unreadable(problems: list[str]) -> bool:
    return len(problems) == 1 and problems[0].startswith(_RAISED)


def _tables(conn: sqlite3.Connection) -> list[str]:
    try:
        return [str(row[0]) for row in _rows(conn, "SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name")]
    except sqlite3.DatabaseError:
        return []


def _rows(conn: sqlite3.Connection, sql: str) -> list[tuple[object, ...]]:
    return conn.execute(sql).fetchall()
