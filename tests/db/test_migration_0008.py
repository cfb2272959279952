"""Migration 0008 adds the reader-type rule renew_overdue: every existing type gets no, and it goes back down."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import inspect, text

from db import migrate
from db.engine import make_engine
from db.uuid7 import uuid7


def test_renew_overdue_is_added_as_no_and_removed_on_the_way_down(tmp_path: Path) -> None:
    engine = make_engine(f"sqlite:///{tmp_path / 'm.db'}", foreign_keys=False)
    try:
        migrate.upgrade(engine, "0007")
        with engine.begin() as conn:
            conn.execute(text("INSERT INTO reader_types (name, max_loans, loan_days, max_renewals, is_default, uuid) "
                              "VALUES ('退休职工', 3, 21, 2, 0, :uuid)"), {"uuid": uuid7().hex})
        migrate.upgrade(engine, "0008")
        with engine.connect() as conn:
            rows = conn.execute(text("SELECT name, renew_overdue FROM reader_types ORDER BY id")).all()
        assert [name for name, _ in rows] == ["职工", "临时读者", "退休职工"]
        assert {bool(flag) for _, flag in rows} == {False}
        migrate.downgrade(engine, "0007")
        with engine.connect() as conn:
            assert "renew_overdue" not in {c["name"] for c in inspect(conn).get_columns("reader_types")}
            assert conn.execute(text("SELECT count(*) FROM reader_types")).scalar() == 3
    finally:
        engine.dispose()
