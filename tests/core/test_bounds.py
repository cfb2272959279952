"""Numbers bounded by the domain: refused in the core with a typed error before anything changes, and by CHECKs."""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import Engine, inspect, text
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from db import bounds, migrate, textnumbers
from db.base import Base
from db.engine import make_engine
from desktop.core import bounded, catalogue, errors, readers
from desktop.core.catalogue import TitleInput
from desktop.core.errors import ranges as range_errors

TODAY = dt.date(2026, 12, 3)
"""The day the core checks titles on (the facade gives the clock's)."""


def _dump(path: Path) -> list[str]:
    with sqlite3.connect(path) as conn:
        return list(conn.iterdump())


@pytest.fixture
def engine(db_path: Path) -> Iterator[Engine]:
    eng = make_engine(f"sqlite:///{db_path}")
    yield eng
    eng.dispose()


@pytest.mark.parametrize(("field", "value"), [
    ("year", "9999"), ("year", "-500"), ("year", "−500"), ("year", "0999"), ("year", str(TODAY.year + 2)),
    ("pages", "-100"), ("pages", "0"), ("pages", "100001页"),
    ("price", "-1"), ("price", "1e309"), ("price", "NaN"), ("price", "inf"), ("price", "CNY1000000.01"),
])
def test_out_of_range_title_numbers_are_refused_and_nothing_is_stored(engine: Engine, db_path: Path, field: str,
                                                                     value: str) -> None:
    before = _dump(db_path)
    with pytest.raises(range_errors.OutOfRange) as refused, Session(engine) as session, session.begin():
        catalogue.add_title(session, TitleInput(title="边城", **{field: value}), today=TODAY)
    assert refused.value.params["low"] <= refused.value.params["high"]
    assert "意外" not in refused.value.message("zh_CN") and "应在" in refused.value.message("zh_CN")
    assert _dump(db_path) == before


def test_catalogue_text_keeps_its_form_and_its_number_is_stored_beside_it(engine: Engine) -> None:
    entries = {
        ("2024-05-01", "xii, 320 p.", "CNY39.80"): (2024, 320, 3980),
        ("c1994", "320页", "¥45.5"): (1994, 320, 4550),
        ("[199-?]", "1册", "0"): (None, 1, 0),
        ("民国23年", "", "不详"): (None, None, None),
        ("２００５", "２５６", "２８.００元"): (2005, 256, 2800),
    }
    with Session(engine) as session, session.begin():
        for n, ((year, pages, price), expected) in enumerate(entries.items()):
            made = catalogue.add_title(session, TitleInput(title=f"书{n}", year=year, pages=pages, price=price),
                                          today=TODAY)
            assert (made.year, made.pages, made.price) == (year, pages, price)
            row = session.execute(text("SELECT year_number, page_count, price_fen FROM titles WHERE id = :id"),
                                  {"id": made.id}).one()
            assert tuple(row) == expected, (year, pages, price)


def test_editing_a_title_to_a_bad_year_changes_nothing(engine: Engine, db_path: Path) -> None:
    with Session(engine) as session, session.begin():
        made = catalogue.add_title(session, TitleInput(title="围城", year="1947"), today=TODAY)
    before = _dump(db_path)
    with pytest.raises(range_errors.OutOfRange), Session(engine) as session, session.begin():
        catalogue.update_title(session, made.id, TitleInput(title="围城", year="19470"), today=TODAY)
    assert _dump(db_path) == before


def test_the_database_refuses_what_the_core_would(engine: Engine) -> None:
    statements = [
        "INSERT INTO titles (kind, match_key, title, uuid, year_number) VALUES ('book', 'text:y', 'x', 'a1', 9999)",
        "INSERT INTO titles (kind, match_key, title, uuid, page_count) VALUES ('book', 'text:p', 'x', 'a2', -100)",
        "INSERT INTO titles (kind, match_key, title, uuid, price_fen) VALUES ('book', 'text:f', 'x', 'a3', -1)",
        "UPDATE reader_types SET loan_days = 366",
        "UPDATE reader_types SET max_loans = 1001",
    ]
    for statement in statements:
        with pytest.raises(IntegrityError, match="CHECK constraint failed"), engine.begin() as conn:
            conn.execute(text(statement))


@pytest.mark.parametrize("rules", [
    {"max_loans": 1001, "loan_days": 30, "max_renewals": 1}, {"max_loans": 5, "loan_days": 366, "max_renewals": 1},
    {"max_loans": 5, "loan_days": 30, "max_renewals": 21}, {"max_loans": 5, "loan_days": 10**30, "max_renewals": 1},
])
def test_loan_rules_beyond_the_domain_are_refused(engine: Engine, db_path: Path, rules: dict[str, int]) -> None:
    before = _dump(db_path)
    with pytest.raises(errors.InvalidLoanRules) as refused, Session(engine) as session, session.begin():
        readers.save_type(session, None, name="骑手", **rules)
    assert "365" in refused.value.message("en") and "365" in refused.value.message("zh_CN")
    assert _dump(db_path) == before


def test_more_copies_at_once_than_the_domain_allows_are_refused(demo_db_path: Path) -> None:
    engine = make_engine(f"sqlite:///{demo_db_path}")
    before = _dump(demo_db_path)
    try:
        with pytest.raises(range_errors.OutOfRange), Session(engine) as session, session.begin():
            catalogue.add_copies(session, 1, site_code="JH01", count=bounds.COPIES_AT_ONCE.high + 1,
                                  acquired_on=TODAY)
    finally:
        engine.dispose()
    assert _dump(demo_db_path) == before


def test_whole_numbers_typed_are_parsed_or_refused_with_a_short_echo() -> None:
    assert bounded.whole_number(" 42 ", bounds.ROW_ID, "--limit") == 42
    with pytest.raises(range_errors.OutOfRange):
        bounded.whole_number("99999999999999999999999", bounds.ROW_ID, "--limit")
    with pytest.raises(range_errors.NotAWholeNumber) as refused:
        bounded.whole_number("9" * 10_000, bounds.ROW_ID, "--limit")  # too long for int() to read at all
    assert len(refused.value.message("en")) < 80


def test_price_reading_never_lets_a_non_finite_number_through() -> None:
    assert textnumbers.price_of("1e309") == Decimal("1e309")
    for text_value in ("NaN", "sNaN", "Infinity", "-inf"):
        with pytest.raises(range_errors.OutOfRange):
            bounded.title_numbers("", "", text_value)


def _checks(engine: Engine, table: str) -> dict[str, str]:
    with engine.connect() as conn:
        return {c["name"]: " ".join(c["sqltext"].split()) for c in inspect(conn).get_check_constraints(table)}


def test_the_migrations_make_the_same_checks_as_the_models(tmp_path: Path) -> None:
    migrated = make_engine(f"sqlite:///{tmp_path / 'migrated.db'}", foreign_keys=False)
    created = make_engine(f"sqlite:///{tmp_path / 'created.db'}")
    try:
        migrate.upgrade(migrated)
        Base.metadata.create_all(created)
        for table in ("titles", "reader_types", "ebook_licences"):
            assert _checks(migrated, table) == _checks(created, table), table
    finally:
        migrated.dispose()
        created.dispose()


def test_migration_0007_reads_existing_titles_and_lowers_rules_to_the_bounds(tmp_path: Path) -> None:
    engine = make_engine(f"sqlite:///{tmp_path / 'm.db'}", foreign_keys=False)
    try:
        migrate.upgrade(engine, "0006")
        with engine.begin() as conn:
            conn.execute(text(
                "INSERT INTO titles (id, kind, match_key, title, uuid, year, pages, price) VALUES "
                "(1, 'book', 'text:a', 'a', 'u1', '2005', '320页', 'CNY39.80'),"
                "(2, 'book', 'text:b', 'b', 'u2', '9999', '-100', '1e309')"))
            conn.execute(text("UPDATE reader_types SET loan_days = 1000, max_loans = 5000"))
        migrate.upgrade(engine, "0007")
        with engine.connect() as conn:
            rows = conn.execute(text("SELECT year_number, page_count, price_fen, year FROM titles ORDER BY id")).all()
            rules = set(conn.execute(text("SELECT max_loans, loan_days FROM reader_types")).all())
        assert [tuple(r) for r in rows] == [(2005, 320, 3980, "2005"), (None, None, None, "9999")]
        assert rules == {(1000, 365)}
        migrate.downgrade(engine, "0006")
        migrate.upgrade(engine)
    finally:
        engine.dispose()
