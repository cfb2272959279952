"""The database's failures become typed errors by constraint name and by SQLite result code (or PostgreSQL SQLSTATE),
each produced for real: a constraint broken, a file opened read-only, a disk made full with max_page_count, a lock
held by another connection, a page overwritten."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import psycopg.errors
import pytest
from sqlalchemy import Engine, event, select, text, update
from sqlalchemy.exc import IntegrityError, OperationalError
from sqlalchemy.orm import Session

from db.engine import make_engine, sqlite_url, writer
from db.models import Copy, Loan, Site, SiteKind
from desktop.core import database, db_errors, errors
from desktop.core.db_errors import typed_errors
from tests.damage import overwrite_pages, pages_of


@pytest.fixture
def engine(demo_db_path: Path) -> Iterator[Engine]:
    eng = make_engine(sqlite_url(str(demo_db_path)), busy_timeout_ms=100)
    yield eng
    eng.dispose()


def _write(engine: Engine, path: Path, change: object) -> None:
    """Run `change(session)` in one write transaction under typed_errors, as the facade does."""
    with typed_errors(database.resolve(path)), Session(writer(engine)) as session, session.begin():
        change(session)  # type: ignore[operator]


def _open_loan(session: Session) -> Loan:
    return session.scalars(select(Loan).where(Loan.returned_at.is_(None)).order_by(Loan.id)).first()  # type: ignore[return-value]


def _lend_again(session: Session) -> None:
    loan = _open_loan(session)
    session.add(Loan(copy_id=loan.copy_id, reader_id=loan.reader_id, site_id=loan.site_id, due_on=loan.due_on))
    session.flush()


def _site_again(session: Session) -> None:
    session.add(Site(code="JH01", kind=SiteKind.READING_ROOM, name="又一个书屋"))
    session.flush()


def _copy_code_again(session: Session) -> None:
    first, second = session.scalars(select(Copy).order_by(Copy.id).limit(2))
    second.code = first.code
    session.flush()


def _negative_renewals(session: Session) -> None:
    session.execute(update(Loan).where(Loan.id == _open_loan(session).id).values(renewals=-1))


def _missing_copy(session: Session) -> None:
    loan = _open_loan(session)
    session.add(Loan(copy_id=99_999_999, reader_id=loan.reader_id, site_id=loan.site_id, due_on=loan.due_on))
    session.flush()


@pytest.mark.parametrize(("change", "expected", "params"), [
    (_lend_again, errors.CopyAlreadyOnLoan, {}),
    (_site_again, errors.DuplicateSiteCode, {"code": "JH01"}),
    (_copy_code_again, errors.DuplicateValue, {"constraint": "uq_copies_code"}),
    (_negative_renewals, errors.BrokenRule, {"constraint": "ck_loans_renewals_not_negative"}),
    (_missing_copy, errors.BrokenRule, {"constraint": "SQLITE_CONSTRAINT_FOREIGNKEY"}),
], ids=["open-loan-twice", "site-code", "copy-code", "check", "foreign-key"])
def test_a_broken_constraint_is_named_and_nothing_changes(engine: Engine, demo_db_path: Path, change: object,
                                                          expected: type[errors.ShuyiError], params: dict) -> None:
    before = _counts(demo_db_path)
    with pytest.raises(expected) as raised:
        _write(engine, demo_db_path, change)
    assert type(raised.value) is expected and raised.value.params == params
    assert isinstance(raised.value.__cause__, IntegrityError)
    assert _counts(demo_db_path) == before


def _counts(path: Path) -> tuple[int, ...]:
    with sqlite3.connect(path) as conn:
        return conn.execute("SELECT (SELECT count(*) FROM loans), (SELECT count(*) FROM sites), "
                            "(SELECT min(renewals) FROM loans), (SELECT count(DISTINCT code) FROM copies)").fetchone()


def test_a_database_held_by_another_connection_is_busy(engine: Engine, demo_db_path: Path) -> None:
    other = sqlite3.connect(demo_db_path, isolation_level=None)
    try:
        other.execute("BEGIN IMMEDIATE")
        with pytest.raises(errors.DatabaseBusy):
            _write(engine, demo_db_path, _site_again)
    finally:
        other.close()


def test_a_file_opened_read_only_refuses_writes_as_read_only(demo_db_path: Path) -> None:
    eng = make_engine(sqlite_url(str(demo_db_path), read_only=True))
    try:
        with typed_errors(database.resolve(demo_db_path)), eng.connect() as conn:  # reading works
            assert conn.execute(text("SELECT count(*) FROM sites")).scalar() == _counts(demo_db_path)[1]
        with pytest.raises(errors.DatabaseReadOnly):
            _write(eng, demo_db_path, lambda s: s.execute(text("DELETE FROM settings")))
    finally:
        eng.dispose()


def test_a_full_disk_is_said_to_be_full(engine: Engine, demo_db_path: Path) -> None:
    @event.listens_for(engine, "connect")
    def _cap(dbapi_connection: sqlite3.Connection, _record: object) -> None:  # the disk holds two pages more
        pages = dbapi_connection.execute("PRAGMA page_count").fetchone()[0]
        dbapi_connection.execute(f"PRAGMA max_page_count = {pages + 2}")

    def fill(session: Session) -> None:
        for n in range(200):
            session.execute(text("INSERT INTO settings (key, value_json) VALUES (:k, :v)"),
                            {"k": f"x{n}", "v": f'"{"x" * 900}"'})

    with pytest.raises(errors.DatabaseFull) as raised:
        _write(engine, demo_db_path, fill)
    assert isinstance(raised.value.__cause__, OperationalError)


def test_a_damaged_page_met_while_reading_is_a_damaged_database(engine: Engine, demo_db_path: Path) -> None:
    engine.dispose()
    overwrite_pages(demo_db_path, pages=pages_of(demo_db_path, "titles")[:2])
    with pytest.raises(errors.DatabaseDamaged), typed_errors(database.resolve(demo_db_path)), \
            Session(engine) as session:
        session.execute(text("SELECT * FROM titles NOT INDEXED")).all()


@pytest.mark.parametrize(("sqlstate", "expected"), [
    ("40P01", errors.DatabaseBusy), ("55P03", errors.DatabaseBusy), ("40001", errors.DatabaseBusy),
    ("25006", errors.DatabaseReadOnly), ("53100", errors.DatabaseFull), ("XX001", errors.DatabaseDamaged),
    ("XX002", errors.DatabaseDamaged), ("58030", errors.DatabaseIOError),
])
def test_postgresql_sqlstates_map_to_the_same_errors(sqlstate: str, expected: type[errors.ShuyiError]) -> None:
    orig = psycopg.errors.lookup(sqlstate)("from the server")
    location = database.resolve("postgresql://shuyi@127.0.0.1/shuyi")
    assert type(db_errors.from_dbapi(OperationalError("SELECT 1", {}, orig), location)) is expected


def test_a_postgresql_unique_violation_without_a_name_is_still_typed() -> None:
    orig = psycopg.errors.lookup("23505")("duplicate key")
    typed = db_errors.from_dbapi(IntegrityError("INSERT", {}, orig), database.resolve("postgresql://h/db"))
    assert isinstance(typed, errors.BrokenRule)


def test_every_mapped_constraint_exists_in_the_models() -> None:
    names = set(db_errors._unique_names().values())  # noqa: SLF001 (the map the errors are chosen by)
    assert set(db_errors.BY_CONSTRAINT) <= names
