"""Opening a database the user cannot write (read-only folder or file), on a full disk, and telling another
program's database with an alembic_version table from one made by a newer Shuyi."""

from __future__ import annotations

import os
import sqlite3
import subprocess
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path

import pytest

from db import migrate
from desktop.core import errors, sites
from desktop.core.app import Shuyi
from desktop.core.database import copy_sqlite
from tests.cli.test_cli import run

ENV = {**os.environ, "SHUYI_LANG": "en", "PYTHONIOENCODING": "utf-8"}
ROOT = os.geteuid() == 0 if hasattr(os, "geteuid") else False


def _mount(folder: Path, options: str) -> None:
    """A small filesystem of its own (root only): read-only or nearly full for real, not by permission bits,
    which root ignores."""
    folder.mkdir()
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", options, "tmpfs", str(folder)], capture_output=True)
    if done.returncode != 0:
        pytest.skip(f"running as root, and cannot mount a tmpfs here: {done.stderr.decode().strip()}")


def _umount(folder: Path) -> None:
    subprocess.run(["umount", str(folder)], check=True)


@pytest.fixture
def read_only_demo(tmp_path: Path, demo_template: Path) -> Iterator[Path]:
    """The demo in a folder nobody can write, after a clean close (no -wal or -shm beside it)."""
    folder = tmp_path / "ro"
    if ROOT:
        _mount(folder, "size=8m")
        path = copy_sqlite(demo_template, folder / "demo.db")
        subprocess.run(["mount", "-o", "remount,ro", str(folder)], check=True)
        yield path
        _umount(folder)
    else:
        folder.mkdir()
        path = copy_sqlite(demo_template, folder / "demo.db")
        path.chmod(0o444)
        folder.chmod(0o555)
        yield path
        folder.chmod(0o755)


@pytest.fixture
def full_folder(tmp_path: Path) -> Iterator[Path]:
    """A folder on a disk with room for 16 pages, too few for the schema."""
    if not ROOT:
        pytest.skip("a full disk is made with a tiny tmpfs, which needs root (max_page_count covers the rest)")
    folder = tmp_path / "full"
    _mount(folder, "size=64k")
    yield folder
    _umount(folder)


def _listing(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


def test_reading_works_in_a_read_only_folder_and_writing_is_refused_as_read_only(read_only_demo: Path) -> None:
    before = _listing(read_only_demo.parent)
    with Shuyi.open(read_only_demo) as app:
        assert app.opened.read_only
        assert app.stats().titles > 0
        with pytest.raises(errors.DatabaseReadOnly):
            app.sites.add_site(sites.NewSite(code="RO01", kind=sites.SiteKind.READING_ROOM, name="只读书屋"))
    assert _listing(read_only_demo.parent) == before


def test_the_cli_reads_a_read_only_database_and_refuses_a_scan(read_only_demo: Path) -> None:
    before = _listing(read_only_demo.parent)
    stats = run("stats", "--db", str(read_only_demo), "--json", env=ENV)
    assert stats.returncode == 0, stats.stderr
    with closing(sqlite3.connect(f"{read_only_demo.as_uri()}?mode=ro&immutable=1", uri=True)) as conn:
        loaned = conn.execute("SELECT c.code FROM copies c JOIN loans l ON l.copy_id = c.id "
                              "WHERE l.returned_at IS NULL ORDER BY l.id").fetchone()[0]
    scan = run("scan", loaned, "--room", "JH01", "--db", str(read_only_demo), "--json", env=ENV)
    assert scan.returncode != 0
    assert '"database.read_only"' in scan.stdout and '"action": "return"' in scan.stdout
    assert _listing(read_only_demo.parent) == before


def test_a_new_database_in_a_read_only_folder_is_refused_as_read_only(read_only_demo: Path) -> None:
    result = run("init", "--db", str(read_only_demo.parent / "new.db"), env=ENV)
    assert result.returncode == 2
    assert "cannot be written" in result.stderr
    assert sorted(p.name for p in read_only_demo.parent.iterdir()) == ["demo.db"]


def test_a_full_disk_is_said_to_be_full(full_folder: Path) -> None:
    result = run("init", "--db", str(full_folder / "new.db"), env=ENV)
    assert result.returncode == 2
    assert "The disk is full" in result.stderr and "Cannot read" not in result.stderr


def test_a_new_database_carries_shuyis_application_id(db_path: Path) -> None:
    with closing(sqlite3.connect(db_path)) as conn:
        assert conn.execute("PRAGMA application_id").fetchone()[0] == migrate.APPLICATION_ID


def test_an_older_shuyi_file_without_the_id_is_recognised_and_stamped_by_init(db_path: Path) -> None:
    with closing(sqlite3.connect(db_path)) as conn:
        conn.execute("PRAGMA application_id = 0")
    assert run("stats", "--db", str(db_path), env=ENV).returncode == 0
    with closing(sqlite3.connect(db_path)) as conn:
        assert conn.execute("PRAGMA application_id").fetchone()[0] == 0, "reading stamps nothing"
    assert run("init", "--db", str(db_path), env=ENV).returncode == 0
    with closing(sqlite3.connect(db_path)) as conn:
        assert conn.execute("PRAGMA application_id").fetchone()[0] == migrate.APPLICATION_ID


@pytest.mark.parametrize("application_id", [0, migrate.APPLICATION_ID])
def test_a_newer_shuyi_database_is_too_new_with_or_without_the_id(db_path: Path, application_id: int) -> None:
    with closing(sqlite3.connect(db_path)) as conn, conn:
        conn.execute(f"PRAGMA application_id = {application_id}")
        conn.execute("UPDATE alembic_version SET version_num = 'a1b2c3d4e5f6'")
    with pytest.raises(errors.DatabaseTooNew):
        Shuyi.open(db_path)


@pytest.mark.parametrize(("revision", "application_id", "sites_sql"), [
    ("3f2a9c1d7e88", 0, None),  # another program's migrations, no sites table
    ("3f2a9c1d7e88", 0, "CREATE TABLE sites (id INTEGER PRIMARY KEY, url TEXT)"),  # a sites table of its own
    (migrate.HEAD_REVISION, 0x47504B47, "CREATE TABLE sites (id INTEGER PRIMARY KEY, code, kind, name)"),
], ids=["no-sites", "other-sites", "other-application-id"])
def test_another_programs_alembic_database_is_foreign_not_newer(tmp_path: Path, revision: str, application_id: int,
                                                                 sites_sql: str | None) -> None:
    path = tmp_path / "other.db"
    with closing(sqlite3.connect(path)) as conn, conn:
        conn.execute(f"PRAGMA application_id = {application_id}")
        conn.execute("CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL PRIMARY KEY)")
        conn.execute("INSERT INTO alembic_version VALUES (?)", (revision,))
        conn.execute("CREATE TABLE orders (id INTEGER PRIMARY KEY, total REAL)")
        if sites_sql:
            conn.execute(sites_sql)
    before = path.read_bytes()
    with pytest.raises(errors.NotAShuyiDatabase):
        Shuyi.open(path)
    result = run("stats", "--db", str(path), env=ENV)
    assert result.returncode == 2 and "another program" in result.stderr and "newer" not in result.stderr
    assert path.read_bytes() == before
