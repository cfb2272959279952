"""Where the database is, opening it safely, and bringing an older one up to date after a backup copy."""

from __future__ import annotations

import datetime as dt
import os
import re
import sqlite3
from dataclasses import dataclass
from pathlib import Path

import platformdirs
from sqlalchemy import Engine, inspect
from sqlalchemy.engine import URL
from sqlalchemy.exc import ArgumentError, DBAPIError, SQLAlchemyError

from db import migrate
from db.engine import make_engine, normalise_url, sqlite_url
from desktop.core import errors

ENV_VAR = "SHUYI_DB"
APP_DIR_NAME = "Shuyi"
DB_FILE_NAME = "shuyi.db"
SQLITE_HEADER = b"SQLite format 3\x00"
SUPPORTED_DRIVERS = ("sqlite", "sqlite+pysqlite", "postgresql+psycopg")


def default_database_path() -> Path:
    """The SQLite file in the user's data folder (e.g. ~/.local/share/Shuyi/shuyi.db, %LOCALAPPDATA%\\Shuyi)."""
    return Path(platformdirs.user_data_dir(APP_DIR_NAME, appauthor=False)) / DB_FILE_NAME


@dataclass(frozen=True)
class Location:
    """A resolved database location: a SQLite file path, or a server URL."""

    url: URL
    path: Path | None

    @property
    def display(self) -> str:
        """What the status bar and messages show: the file path, or the URL without its password."""
        return str(self.path) if self.path is not None else self.url.render_as_string(hide_password=True)


def resolve(location: str | os.PathLike[str] | None = None) -> Location:
    """Turn `--db`, else $SHUYI_DB, else the default path, into a Location; refuse schemes Shuyi does not run on."""
    raw = os.fspath(location) if location is not None else os.environ.get(ENV_VAR) or None
    if raw is None:
        path = default_database_path()
        return Location(url=sqlite_url(str(path)), path=path)
    if "://" not in raw:
        path = Path(raw).expanduser().absolute()
        return Location(url=sqlite_url(str(path)), path=path)
    try:
        url = normalise_url(raw)
    except (ArgumentError, ValueError):
        raise errors.UnsupportedDatabaseUrl(url=_mask_password(raw)) from None
    shown = url.render_as_string(hide_password=True)
    if url.drivername not in SUPPORTED_DRIVERS:
        raise errors.UnsupportedDatabaseUrl(url=shown)
    if url.get_backend_name() == "sqlite":
        if not url.database or url.database == ":memory:" or url.query:
            raise errors.UnsupportedDatabaseUrl(url=shown)  # options such as ?mode=ro would be ignored
        path = Path(url.database).expanduser().absolute()
        return Location(url=sqlite_url(str(path)), path=path)
    return Location(url=url, path=None)


def _mask_password(raw: str) -> str:
    return re.sub(r"(://[^:/@]*:)[^@]*@", r"\1***@", raw)


def _check_sqlite_file(path: Path) -> bool:
    """True when a file is there and is a SQLite database (or empty); False when there is no file at all."""
    if not path.exists():
        return False
    if path.is_dir():
        raise errors.DatabaseIsFolder(path=str(path))
    try:
        with path.open("rb") as fh:
            header = fh.read(len(SQLITE_HEADER))
    except OSError as exc:
        raise errors.DatabaseUnreadable(path=str(path), reason=exc.strerror or str(exc)) from None
    if header and header != SQLITE_HEADER:
        raise errors.NotADatabase(path=str(path))
    return True


def copy_sqlite(source: Path, target: Path) -> Path:
    """Copy a SQLite database consistently (committed WAL content included) with SQLite's backup API."""
    src = sqlite3.connect(source)
    try:
        dst = sqlite3.connect(target)
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()
    return target


def backup_sqlite(path: Path, *, label: str) -> Path:
    """Copy a SQLite database to a new file beside it and return its path; a failed copy leaves nothing."""
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.name}.{stamp}.{label}.bak")
    n = 1
    while target.exists():
        n += 1
        target = path.with_name(f"{path.name}.{stamp}-{n}.{label}.bak")
    try:
        return copy_sqlite(path, target)
    except (sqlite3.Error, OSError) as exc:
        target.unlink(missing_ok=True)
        raise errors.BackupFailed(path=str(target), reason=str(exc)) from None


@dataclass(frozen=True)
class OpenResult:
    """What opening did: created a new database, upgraded an old one (and where its backup is), or neither."""

    created: bool = False
    upgraded_from: str | None = None
    backup: Path | None = None


def open_engine(location: Location, *, create: bool, busy_timeout_ms: int | None = None) -> tuple[Engine, OpenResult]:
    """Open the database at `location`, creating it (when allowed) or upgrading it to the newest schema.

    With create=False nothing new is made: a missing, empty or table-less file is refused. An older schema is
    still upgraded (after a backup copy beside it), as every way of opening Shuyi's database does.
    """
    options = {} if busy_timeout_ms is None else {"busy_timeout_ms": busy_timeout_ms}
    try:
        if location.path is not None:
            _prepare_file(location.path, create=create)
        revision, has_tables = _inspect(location)
        if revision is None and not has_tables and not create:
            raise errors.DatabaseMissing(path=location.display)
        result = _bring_to_head(location, revision=revision, has_tables=has_tables)
        return make_engine(location.url, **options), result
    except errors.ShuyiError:
        raise
    except ImportError as exc:  # a database driver that is not installed
        raise errors.DatabaseUnavailable(url=location.display, reason=str(exc)) from None
    except (DBAPIError, SQLAlchemyError, sqlite3.Error, OSError) as exc:
        if location.path is not None:
            if "not a database" in str(exc) or "malformed" in str(exc):
                raise errors.NotADatabase(path=location.display) from None
            raise errors.DatabaseUnreadable(path=location.display, reason=_first_line(exc)) from None
        raise errors.DatabaseUnavailable(url=location.display, reason=_first_line(exc)) from None


def _prepare_file(path: Path, *, create: bool) -> None:
    if _check_sqlite_file(path):
        return
    if not create:
        raise errors.DatabaseMissing(path=str(path))
    ancestor = next(p for p in path.parents if p.exists())
    if not ancestor.is_dir():
        raise errors.NotAFolder(path=str(path), folder=str(ancestor))
    path.parent.mkdir(parents=True, exist_ok=True)


def _first_line(exc: BaseException) -> str:
    text = str(getattr(exc, "orig", None) or exc)
    return text.strip().splitlines()[0] if text.strip() else type(exc).__name__


def _inspect(location: Location) -> tuple[str | None, bool]:
    """The schema revision and whether there are any tables, read without changing anything (no WAL switch)."""
    if location.path is not None:
        conn = sqlite3.connect(location.path)  # only reads: a foreign database keeps its journal mode
        try:
            tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
            revision = None
            if "alembic_version" in tables:
                row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
                revision = row[0] if row else None
        finally:
            conn.close()
        return revision, bool(tables - {"alembic_version"})
    engine = make_engine(location.url)
    try:
        with engine.connect() as conn:
            tables = set(inspect(conn).get_table_names())
        return (migrate.current_revision(engine) if "alembic_version" in tables else None), bool(
            tables - {"alembic_version"}
        )
    finally:
        engine.dispose()


def _bring_to_head(location: Location, *, revision: str | None, has_tables: bool) -> OpenResult:
    head = migrate.head_revision()
    if revision == head:
        return OpenResult()
    if revision is None and has_tables:
        raise errors.NotAShuyiDatabase(path=location.display)
    if revision is not None and revision not in migrate.known_revisions():
        raise errors.DatabaseTooNew(revision=revision)
    backup = None
    if revision is not None and location.path is not None:
        backup = backup_sqlite(location.path, label=f"rev{revision}")
    engine = make_engine(location.url, foreign_keys=False)
    try:
        migrate.upgrade(engine)
        if location.url.get_backend_name() == "sqlite":
            with engine.connect() as conn:
                problems = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
            if problems:  # a migration broke references: keep the backup, say so loudly
                raise errors.DatabaseUnavailable(url=location.display, reason=f"foreign key check: {problems[:3]}")
    finally:
        engine.dispose()
    return OpenResult(created=revision is None, upgraded_from=revision, backup=backup)
