"""Identity that survives a merge: every travelling row has a unique, time-ordered v7 uuid, new and backfilled."""

from __future__ import annotations

import datetime as dt
import importlib
import shutil
import subprocess
import sys
import uuid
from pathlib import Path

import pytest
from sqlalchemy import Engine, inspect, text

from db import migrate
from db.base import Base, MergeIdentityMixin
from db.engine import make_engine
from db.uuid7 import Uuid7Sequence, unix_ms_of, uuid7

SHUYI = shutil.which("shuyi", path=str(Path(sys.executable).parent)) or "shuyi"
MIGRATION = importlib.import_module("db.migrations.versions.20261122_0006_merge_identity")
STATIONS = importlib.import_module("db.migrations.versions.20261203_0009_stations")
COVERAGE = importlib.import_module("db.migrations.versions.20261203_0010_coverage")


@pytest.fixture
def engine(tmp_path: Path) -> Engine:
    eng = make_engine(f"sqlite:///{tmp_path / 'm.db'}", foreign_keys=False)
    yield eng
    eng.dispose()


def _uuids(engine: Engine, table: str) -> list[uuid.UUID]:
    with engine.connect() as conn:
        return [uuid.UUID(hex=v) for v in conn.execute(text(f"SELECT uuid FROM {table} ORDER BY id")).scalars()]


def test_uuid7_has_the_rfc_layout_and_the_time_it_was_made() -> None:
    before = int(dt.datetime.now(dt.UTC).timestamp() * 1000)
    made = uuid7()
    after = int(dt.datetime.now(dt.UTC).timestamp() * 1000)
    assert made.version == 7 and made.variant == uuid.RFC_4122
    assert before <= unix_ms_of(made) <= after


def test_a_sequence_never_goes_backwards_within_a_millisecond_or_when_the_clock_does() -> None:
    sequence = Uuid7Sequence()
    stamps = [1_700_000_000_000] * 5000 + [1_600_000_000_000, 1_800_000_000_000, 1_700_000_000_000]
    made = [sequence.next(ms) for ms in stamps]
    assert made == sorted(made) and len(set(made)) == len(made)
    assert unix_ms_of(made[-2]) == 1_800_000_000_000


def test_the_models_that_travel_are_the_migration_s_list() -> None:
    travelling = {m.local_table.name for m in Base.registry.mappers if issubclass(m.class_, MergeIdentityMixin)}
    assert travelling == set(MIGRATION.TRAVELLING) | set(STATIONS.TRAVELLING) | set(COVERAGE.TRAVELLING)


def test_new_rows_get_a_unique_v7_uuid_through_the_orm_and_bulk_imports(demo_db_path: Path, tmp_path: Path) -> None:
    books = tmp_path / "books.csv"
    books.write_text("书名,作者,册数\n新书甲,某甲,2\n新书乙,某乙,3\n", encoding="utf-8")
    imported = subprocess.run([SHUYI, "import", "books", str(books), "--room", "JH01", "--db", str(demo_db_path)],
                              capture_output=True, text=True, timeout=120)
    assert imported.returncode == 0, imported.stderr
    engine = make_engine(f"sqlite:///{demo_db_path}")
    try:
        for table in MIGRATION.TRAVELLING:
            values = _uuids(engine, table)
            assert all(v.version == 7 for v in values), table
            assert len(set(values)) == len(values), table
        assert len(_uuids(engine, "loans")) > 20 and len(_uuids(engine, "copies")) > 20  # the demo made them
        with engine.connect() as conn:
            bulk = conn.execute(text("SELECT count(*) FROM copies WHERE source = 'books.csv'")).scalar()
        assert bulk == 5  # the import's executemany went through the column default too
        with engine.connect() as conn:
            indexes = {i["name"]: i for i in inspect(conn).get_indexes("loans")}
        assert indexes["ix_loans_uuid"]["unique"]
    finally:
        engine.dispose()


def _rows_at_0005(engine: Engine) -> None:
    """Rows written by the schema before uuids: ids in creation order, times not (a clock set back once)."""
    with engine.begin() as conn:
        conn.execute(text(
            "INSERT INTO sites (id, code, kind, name, floats, created_at, updated_at) VALUES "
            "(1, 'JH01', 'reading_room', 'A', 0, '2026-09-01 08:00:00', '2026-09-01 08:00:00'),"
            "(2, 'JH02', 'reading_room', 'B', 0, '2026-09-01 07:00:00', '2026-09-01 07:00:00'),"
            "(3, 'JH03', 'reading_room', 'C', 0, '2026-09-02 08:00:00.250000', '2026-09-02 08:00:00')"))
        conn.execute(text("INSERT INTO titles (id, kind, match_key, title, created_at, updated_at) VALUES "
                          "(1, 'book', 'text:a', '活着', '2026-09-01 08:00:00', '2026-09-01 08:00:00')"))
        conn.execute(text("INSERT INTO copies (id, code, title_id, home_site_id, status) VALUES "
                          "(1, 'CJH01-000001J', 1, 1, 'on_loan'), (2, 'CJH01-000002K', 1, 1, 'on_shelf')"))
        conn.execute(text("INSERT INTO readers (id, card_code, name, type_id, status, registered_on) VALUES "
                          "(1, 'RJH01-0000011', '张三', 1, 'active', '2026-09-01')"))
        conn.execute(text(
            "INSERT INTO loans (id, copy_id, reader_id, site_id, lent_at, due_on, renewals) VALUES "
            "(1, 2, 1, 1, '2026-09-03 09:00:00', '2026-10-03', 0), (2, 1, 1, 1, '2026-09-04 09:00:00', '2026-10-04', 0)"
        ))


def test_the_migration_backfills_in_creation_order_and_round_trips(engine: Engine) -> None:
    migrate.upgrade(engine, "0005")
    _rows_at_0005(engine)
    migrate.upgrade(engine, "0006")
    sites = _uuids(engine, "sites")
    assert sites == sorted(sites) and len(set(sites)) == 3 and all(v.version == 7 for v in sites)
    first = int(dt.datetime(2026, 9, 1, 8, tzinfo=dt.UTC).timestamp() * 1000)
    assert unix_ms_of(sites[0]) == first
    assert unix_ms_of(sites[1]) == first  # made earlier by the clock, later by the id: kept after site 1
    assert unix_ms_of(sites[2]) == first + 86_400_000 + 250
    loans = _uuids(engine, "loans")
    assert unix_ms_of(loans[0]) == int(dt.datetime(2026, 9, 3, 9, tzinfo=dt.UTC).timestamp() * 1000)
    assert len(_uuids(engine, "copies")) == 2 and len(_uuids(engine, "reader_types")) == 2
    with engine.connect() as conn:
        columns = {c["name"]: c for c in inspect(conn).get_columns("copies")}
    assert not columns["uuid"]["nullable"]

    migrate.downgrade(engine, "0005")
    with engine.connect() as conn:
        assert "uuid" not in {c["name"] for c in inspect(conn).get_columns("loans")}
        assert conn.execute(text("SELECT count(*) FROM loans")).scalar() == 2
    migrate.upgrade(engine)
    assert len(set(_uuids(engine, "loans"))) == 2
