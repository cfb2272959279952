"""Serial counters: processes racing to draw serials never get the same one, on SQLite and on PostgreSQL 15."""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy.orm import Session

from db.engine import make_engine
from db.models import Counter
from desktop.core import counters

PROJECT = Path(__file__).resolve().parents[2]
PROCESSES = 4
DRAWS = 40
BLOCK = 3

DRAWER = """
import sys, time
from pathlib import Path
from sqlalchemy.orm import Session
from db.engine import make_engine
from desktop.core import counters

url, go = sys.argv[1], Path(sys.argv[2])
engine = make_engine(url)  # transactions begin DEFERRED on SQLite: reads take no lock, as on PostgreSQL
while not go.exists():
    time.sleep(0.005)
for _ in range({draws}):
    with Session(engine) as session, session.begin():
        first = counters.take(session, "race", "JH01", count={block})
        session.flush()
    print(first, flush=True)
"""


def _race(url: str, tmp_path: Path) -> list[int]:
    go = tmp_path / "go"
    env = {**os.environ, "PYTHONPATH": str(PROJECT)}
    script = DRAWER.format(draws=DRAWS, block=BLOCK)
    procs = [subprocess.Popen([sys.executable, "-c", script, url, str(go)], stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, text=True, env=env) for _ in range(PROCESSES)]
    time.sleep(1.0)  # all of them imported and waiting
    go.touch()
    firsts = []
    for proc in procs:
        out, err = proc.communicate(timeout=180)
        assert proc.returncode == 0, err
        firsts += [int(line) for line in out.split()]
    return firsts


def _assert_no_serial_twice(firsts: list[int]) -> None:
    drawn = [first + i for first in firsts for i in range(BLOCK)]
    assert len(firsts) == PROCESSES * DRAWS
    assert sorted(drawn) == list(range(1, PROCESSES * DRAWS * BLOCK + 1))  # none twice, none skipped


def test_racing_processes_draw_every_serial_once_on_sqlite(db_path: Path, tmp_path: Path) -> None:
    _assert_no_serial_twice(_race(f"sqlite:///{db_path}", tmp_path))


def test_take_honours_at_least_and_put_at_least_never_lowers(db_path: Path) -> None:
    engine = make_engine(f"sqlite:///{db_path}")
    try:
        with Session(engine) as session, session.begin():
            assert counters.take(session, "x", "k") == 1
            assert counters.take(session, "x", "k", at_least=10) == 11
            assert counters.take(session, "x", "k", count=5) == 12
            counters.put_at_least(session, "x", "k", 3)
            assert counters.take(session, "x", "k") == 17
            counters.put_at_least(session, "x", "new", 40)
            assert counters.take(session, "x", "new") == 41
    finally:
        engine.dispose()


def _initdb() -> str | None:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))
    return found[-1] if found else None


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _as_postgres(*args: str) -> list[str]:
    return ["runuser", "-u", "postgres", "--", *args] if os.geteuid() == 0 else list(args)


@pytest.fixture
def postgres_url() -> Iterator[str]:
    """A throwaway PostgreSQL cluster on a free loopback port; skipped only where the server is not installed."""
    initdb = _initdb()
    if initdb is None:
        pytest.skip("PostgreSQL server binaries not installed (apt package postgresql)")
    bindir = Path(initdb).parent
    home = Path(tempfile.mkdtemp(prefix="shuyi-pg-"))
    data, port = home / "data", _free_port()
    if os.geteuid() == 0:
        shutil.chown(home, "postgres", "postgres")
    subprocess.run(_as_postgres(str(initdb), "-D", str(data), "-A", "trust", "-U", "postgres"), check=True,
                   capture_output=True)
    subprocess.run(_as_postgres(str(bindir / "pg_ctl"), "-D", str(data), "-w", "-l", str(home / "log"),
                                "-o", f"-p {port} -k {home} -c listen_addresses=127.0.0.1", "start"),
                   check=True, capture_output=True)
    try:
        yield f"postgresql+psycopg://postgres@127.0.0.1:{port}/postgres"
    finally:
        subprocess.run(_as_postgres(str(bindir / "pg_ctl"), "-D", str(data), "-m", "immediate", "stop"),
                       capture_output=True)
        shutil.rmtree(home, ignore_errors=True)


@pytest.mark.slow
def test_racing_processes_draw_every_serial_once_on_postgresql(postgres_url: str, tmp_path: Path) -> None:
    engine = make_engine(postgres_url)
    try:
        Counter.__table__.create(engine)
        firsts = _race(postgres_url, tmp_path)
    finally:
        engine.dispose()
    _assert_no_serial_twice(firsts)
