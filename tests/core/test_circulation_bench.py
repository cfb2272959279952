"""`shuyi bench circulation` at a tiny scale: the figures have their shape and the synthetic data is what it says."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest

from desktop.bench import circulation_bench, circulation_data
from desktop.core import codes

TINY = {"copies": 2000, "readers": 300, "past_loans": 5000, "heavy_loans": 50}
FIGURES = ("reader_scan", "lend", "reader_scan_panel", "lend_panel", "reader_scan_heavy", "lend_panel_heavy",
           "return", "return_heavy")


def _one(raw: sqlite3.Connection, sql: str, *params: object) -> int:
    return raw.execute(sql, params).fetchone()[0]


def test_the_synthetic_database_is_what_it_claims(tmp_path: Path) -> None:
    now = dt.datetime(2026, 11, 21, 4, 0, tzinfo=dt.UTC)
    built = circulation_data.build(tmp_path / "c.db", **TINY, open_loans=150, now=now)
    assert built.sizes["loans_open"] == 150
    raw = sqlite3.connect(tmp_path / "c.db")
    try:
        assert _one(raw, "SELECT count(*) FROM copies") == built.sizes["copies"] == 2000
        assert _one(raw, "SELECT count(*) FROM readers") == built.sizes["readers"] == 300
        assert _one(raw, "SELECT count(*) FROM titles") == built.sizes["titles"]
        assert _one(raw, "SELECT count(*) FROM loans WHERE returned_at IS NOT NULL") == 5000
        assert _one(raw, "SELECT count(*) FROM loans WHERE returned_at IS NULL") == 150
        assert _one(raw, "SELECT count(*) FROM loans WHERE reader_id = ?", built.heavy_reader_id) == 50
        assert _one(raw, "SELECT count(*) FROM loans WHERE reader_id = ? AND returned_at IS NULL",
                    built.heavy_reader_id) == built.sizes["heavy_reader_open"] == 20
        # The heavy reader's type lets him borrow more; none of his open loans is overdue.
        assert _one(raw, "SELECT max_loans FROM reader_types JOIN readers r ON r.type_id = reader_types.id "
                         "WHERE r.id = ?", built.heavy_reader_id) >= 500
        assert _one(raw, "SELECT count(*) FROM loans WHERE reader_id = ? AND returned_at IS NULL AND due_on < ?",
                    built.heavy_reader_id, now.date().isoformat()) == 0
        # One open loan per copy at most; on-loan copies are exactly those; a copy's loans never overlap.
        assert _one(raw, "SELECT count(*) FROM (SELECT copy_id FROM loans WHERE returned_at IS NULL "
                         "GROUP BY copy_id HAVING count(*) > 1)") == 0
        assert _one(raw, "SELECT count(*) FROM copies WHERE status = 'on_loan'") == 150
        assert _one(raw, "SELECT count(*) FROM loans a JOIN loans b ON a.copy_id = b.copy_id AND a.id < b.id "
                         "WHERE b.lent_at < coalesce(a.returned_at, '9999') "
                         "AND a.lent_at < coalesce(b.returned_at, '9999')") == 0
        assert _one(raw, "SELECT count(*) FROM loans WHERE returned_at < lent_at OR due_on < date(lent_at)") == 0
        assert raw.execute("PRAGMA foreign_key_check").fetchall() == []
        # Printed codes are valid, and the counters continue after the highest serial of each room.
        for kind, table, column in (("copy", "copies", "code"), ("reader", "readers", "card_code")):
            serials: dict[str, int] = {}
            for (code,) in raw.execute(f"SELECT {column} FROM {table}"):
                parsed = codes.parse(code)
                serials[parsed.site_code] = max(serials.get(parsed.site_code, 0), parsed.serial)
            assert dict(raw.execute("SELECT key, value FROM counters WHERE scope = ?", (kind,))) == serials
        assert _one(raw, "SELECT count(*) FROM sqlite_stat1") > 0  # ANALYZE ran
    finally:
        raw.close()
    assert len(built.desk_copies) > 100 and len(built.free_readers) > 50


@pytest.mark.slow
def test_the_benchmark_reports_every_figure_against_its_baseline(tmp_path: Path) -> None:
    lines: list[str] = []
    figures = circulation_bench.run(**TINY, timed=30, db_file=tmp_path / "c.db", report=lines.append)
    assert lines and figures["benchmark"] == "circulation"
    assert figures["sizes"]["copies"] == 2000 and figures["sizes"]["loans_past"] == 5000
    assert set(figures["build_seconds"]) == {"schema", "fill", "analyze", "total"}
    assert figures["unexpected"] == {}, figures["unexpected_examples"]
    assert set(figures["figures"]) == set(FIGURES)
    for name in FIGURES:
        f = figures["figures"][name]
        assert f["count"] >= 30
        assert 0 < f["p50_ms"] <= f["p95_ms"] <= f["max_ms"]
        assert {"cpu_p50_ms", "cpu_p95_ms"} <= set(f)
    assert figures["figures"]["return"]["count"] == figures["figures"]["lend"]["count"] \
        + figures["figures"]["lend_panel"]["count"]
    for kind in ("lend", "return"):
        assert figures["baseline"][kind]["count"] >= 30
    assert set(figures["ratios"]) == {"lend", "lend_panel", "lend_panel_heavy", "return", "return_heavy"}
    assert all(r["p50"] > 0 and r["p95"] > 0 for r in figures["ratios"].values())
    assert set(figures["first_scan_ms"]) == {"reader_scan", "lend_panel", "return"}

    heavy = figures["heavy_reader"]
    lent_to_heavy = figures["figures"]["lend_panel_heavy"]["count"]
    assert heavy["loans_before"] == 50 and heavy["loans_after"] == 50 + lent_to_heavy
    assert 20 < heavy["open_on_panel_max"] <= 23
    raw = sqlite3.connect(tmp_path / "c.db")
    try:  # everything lent during the run came back: the open loans are the ones built
        assert _one(raw, "SELECT count(*) FROM loans WHERE returned_at IS NULL") == figures["sizes"]["loans_open"]
        assert _one(raw, "SELECT count(*) FROM (SELECT copy_id FROM loans WHERE returned_at IS NULL "
                         "GROUP BY copy_id HAVING count(*) > 1)") == 0
        assert _one(raw, "SELECT count(*) FROM copies WHERE status = 'on_loan'") == figures["sizes"]["loans_open"]
    finally:
        raw.close()


def test_the_same_arguments_build_the_same_database(tmp_path: Path) -> None:
    """Every random choice comes from a seeded generator: two builds for the same moment are identical row for row
    (but for the rows' own created/updated stamps, which are the machine's clock, and their merge identities,
    which are unique by design)."""
    now = dt.datetime(2026, 11, 21, 4, 0, tzinfo=dt.UTC)
    small = {"copies": 300, "readers": 60, "past_loans": 500, "heavy_loans": 10, "open_loans": 20}
    built = [circulation_data.build(tmp_path / f"{n}.db", **small, now=now) for n in range(2)]
    assert built[0].desk_copies == built[1].desk_copies and built[0].free_readers == built[1].free_readers
    dumps = []
    for n in range(2):
        raw = sqlite3.connect(tmp_path / f"{n}.db")
        try:
            for table in ("titles", "copies", "readers", "loans"):
                columns = [row[1] for row in raw.execute(f"PRAGMA table_info({table})")
                           if row[1] not in ("created_at", "updated_at", "uuid")]
                dumps.append(raw.execute(f"SELECT {', '.join(columns)} FROM {table} ORDER BY id").fetchall())
        finally:
            raw.close()
    assert dumps[:4] == dumps[4:] and all(dumps)
