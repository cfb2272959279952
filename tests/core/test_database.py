"""Opening databases: where they are, what is refused (and left untouched), and upgrades with a backup."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from db import migrate
from db.engine import make_engine
from db.uuid7 import uuid7
from desktop.core import database, errors
from desktop.core.app import Shuyi


def test_default_location_is_in_the_user_data_folder(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    location = database.resolve(None)
    assert location.path == tmp_path / "xdg" / "Shuyi" / "shuyi.db"


def test_shuyi_db_variable_and_explicit_option(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("SHUYI_DB", str(tmp_path / "env.db"))
    assert database.resolve(None).path == tmp_path / "env.db"
    assert database.resolve(str(tmp_path / "arg.db")).path == tmp_path / "arg.db"
    assert database.resolve(f"sqlite:///{tmp_path}/url.db").path == tmp_path / "url.db"


def test_postgresql_url_is_accepted_and_its_password_hidden() -> None:
    location = database.resolve("postgresql://shuyi:secret@127.0.0.1:5432/shuyi")
    assert location.path is None
    assert location.url.drivername == "postgresql+psycopg"
    assert "secret" not in location.display


@pytest.mark.parametrize("url", ["mysql://u@h/db", "oracle://h/x", "sqlite://", "sqlite:///:memory:", "::://"])
def test_unsupported_urls_are_refused(url: str) -> None:
    with pytest.raises(errors.UnsupportedDatabaseUrl):
        database.resolve(url)


def test_missing_file_is_not_created_when_only_reading(tmp_path: Path) -> None:
    with pytest.raises(errors.DatabaseMissing):
        Shuyi.open(tmp_path / "nope.db", create=False)
    assert list(tmp_path.iterdir()) == []


def test_a_text_file_is_refused_and_left_as_it_was(tmp_path: Path) -> None:
    path = tmp_path / "notes.db"
    path.write_bytes(b"not a database at all\n" * 100)
    before = path.read_bytes()
    with pytest.raises(errors.NotADatabase):
        Shuyi.open(path)
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.db"]


def test_a_damaged_sqlite_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "broken.db"
    path.write_bytes(b"SQLite format 3\x00" + bytes(range(256)) * 20)
    before = path.read_bytes()
    with pytest.raises(errors.NotADatabase):
        Shuyi.open(path)
    assert path.read_bytes() == before


def test_a_folder_is_refused(tmp_path: Path) -> None:
    with pytest.raises(errors.DatabaseIsFolder):
        Shuyi.open(tmp_path)


def test_another_programs_database_is_refused_and_untouched(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE books (id INTEGER PRIMARY KEY, title TEXT)")
        conn.execute("INSERT INTO books (title) VALUES ('红楼梦')")
    before = path.read_bytes()
    with pytest.raises(errors.NotAShuyiDatabase):
        Shuyi.open(path)
    assert path.read_bytes() == before


def test_a_database_from_a_newer_shuyi_is_refused(db_path: Path) -> None:
    with sqlite3.connect(db_path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999'")
    with pytest.raises(errors.DatabaseTooNew, match="9999"):
        Shuyi.open(db_path)


def test_an_empty_file_becomes_a_new_database(tmp_path: Path) -> None:
    path = tmp_path / "empty.db"
    path.touch()
    with Shuyi.open(path) as app:
        assert app.opened.created
        assert app.schema_revision() == migrate.head_revision()


def test_an_older_database_is_upgraded_after_a_backup_beside_it(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    engine = make_engine(f"sqlite:///{path}", foreign_keys=False)
    old_revision = migrate.script_directory().get_revision(migrate.HEAD_REVISION).down_revision
    assert isinstance(old_revision, str)
    migrate.upgrade(engine, old_revision)
    with engine.begin() as conn:
        conn.exec_driver_sql("INSERT INTO sites (code, kind, name, uuid) "  # a uuid on every site since 0006
                             f"VALUES ('OL01', 'reading_room', '老书屋', '{uuid7().hex}')")
    engine.dispose()

    with Shuyi.open(path) as app:
        assert app.opened.upgraded_from == old_revision
        backup = app.opened.backup
        assert backup is not None and backup.parent == tmp_path and backup.exists()
        assert app.schema_revision() == migrate.head_revision()
        assert [s.code for s in app.sites.list_sites()] == ["OL01"]

    with sqlite3.connect(backup) as conn:  # the backup is the old database as it was
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone() == (old_revision,)
        assert conn.execute("SELECT name FROM sites").fetchall() == [("老书屋",)]

    with Shuyi.open(path) as again:  # opening an up-to-date database takes no further backup
        assert again.opened.backup is None
    assert len(list(tmp_path.glob("old.db.*.bak"))) == 1


def test_reading_never_turns_an_empty_file_into_a_database(tmp_path: Path) -> None:
    empty = tmp_path / "zero.db"
    empty.touch()
    with pytest.raises(errors.DatabaseMissing):
        Shuyi.open(empty, create=False)
    assert empty.stat().st_size == 0


@pytest.mark.parametrize(
    "url",
    ["sqlite:///x.db?mode=ro", "sqlite+pysqlcipher://:key@/x.db", "postgresql://u:secret@h:notaport/db"],
)
def test_addresses_whose_options_would_be_ignored_are_refused(url: str) -> None:
    with pytest.raises(errors.UnsupportedDatabaseUrl) as raised:
        database.resolve(url)
    assert "secret" not in str(raised.value)


def test_a_locked_database_is_a_typed_error_and_nothing_changes(db_path: Path) -> None:
    other = sqlite3.connect(db_path, isolation_level=None)
    try:
        with Shuyi.open(db_path, busy_timeout_ms=100) as app:
            other.execute("BEGIN IMMEDIATE")  # another program holds the write lock
            with pytest.raises(errors.DatabaseBusy):
                app.demo.load()
            other.execute("ROLLBACK")
            assert app.stats().sites == 0
    finally:
        other.close()
