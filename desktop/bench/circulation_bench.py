"""`shuyi bench circulation`: desk scans on a 100,000-copy, 20,000-reader, 500,000-loan database.

The database gets its schema from the real migrations (`Shuyi.open`) and its rows from bare sqlite3
executemany (seconds, not the hours lending half a million books through the app would take). Then a desk at
JH01 scans through the real facade, `app.circulation.scan`, as the Desk does: a reader card, one to three
copies lent, the session over, and later the same copies returned with no reader active; once without the
reader panel, then once with it, each visit followed by one of a reader with 500 loans (20 of them open). Beside
it, in the same run, a bare sqlite3 connection with the app's settings (WAL, synchronous=FULL) does the same
writes per loan and per return in one BEGIN IMMEDIATE transaction each: the floor for committing a loan at all.
Each figure has wall-clock time and this process's processor time: on a shared machine the two differ.
The database is circulation_data.py's, the timed desk and its baseline circulation_desk.py's.
"""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
import sys
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from desktop.bench.circulation_data import build
from desktop.bench.circulation_desk import TimedDesk
from desktop.core.app import Shuyi
from desktop.core.clock import FixedTime

COPIES = 100_000
READERS = 20_000
PAST_LOANS = 500_000
HEAVY_LOANS = 500
TIMED = 500


def run(*, copies: int = COPIES, readers: int = READERS, past_loans: int = PAST_LOANS,
        open_loans: int | None = None, heavy_loans: int = HEAVY_LOANS, timed: int = TIMED,
        db_file: Path | None = None, workdir: Path | None = None,
        report: Callable[[str], None] = lambda _m: None) -> dict[str, Any]:
    """Build, then time the desk. db_file: build there and keep it (else a temporary folder, removed after)."""
    with _database_file(db_file, workdir) as path:
        now = dt.datetime.now(dt.UTC).replace(microsecond=0)
        report(f"building {copies} copies, {readers} readers, {past_loans} past loans")
        if open_loans is None:
            open_loans = min(copies // 10, readers // 2)
        built = build(path, copies=copies, readers=readers, past_loans=past_loans, open_loans=open_loans,
                      heavy_loans=heavy_loans, now=now)
        report(f"built in {built.seconds['total']} s; timing the desk")
        app = Shuyi.open(path, create=False, time=FixedTime(now))
        try:
            figures = TimedDesk(app, path, built, now=now, timed=timed, report=report).measure()
        finally:
            app.close()
        raw = sqlite3.connect(path)
        try:
            figures["heavy_reader"]["loans_after"] = raw.execute(
                "SELECT count(*) FROM loans WHERE reader_id = ?", (built.heavy_reader_id,)).fetchone()[0]
        finally:
            raw.close()
    return {"benchmark": "circulation", "date": dt.date.today().isoformat(), "cpus": os.cpu_count(),
            "python": sys.version.split()[0], "sqlite": sqlite3.sqlite_version, "sizes": built.sizes,
            "build_seconds": built.seconds, "timed_per_figure": timed, **figures}


@contextmanager
def _database_file(db_file: Path | None, workdir: Path | None) -> Iterator[Path]:
    if db_file is not None:
        yield db_file
        return
    with tempfile.TemporaryDirectory(dir=workdir) as tmp:
        yield Path(tmp) / "circulation.db"
