"""Where the database is, opening it safely, and bringing an older one up to date after a backup copy."""

from __future__ import annotations

import datetime as dt
import enum
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
from desktop.core import db_check, db_errors, errors

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
    read_only: bool = False
    """The file or its folder cannot be written: reading works, every write is refused with DatabaseReadOnly."""


class Access(enum.Enum):
    WRITE = "write"
    READ_ONLY = "read_only"
    IMMUTABLE = "immutable"
    """Read-only, in a folder nobody can write: SQLite cannot make its -shm file, and nothing can change the file."""


@dataclass(frozen=True)
class _Found:
    """What a look at the database found before opening it for good."""

    revision: str | None
    has_tables: bool
    made_by_shuyi: bool
    application_id: int | None


def open_engine(location: Location, *, create: bool, busy_timeout_ms: int | None = None) -> tuple[Engine, OpenResult]:
    """Open the database at `location`, creating it (when allowed) or upgrading it to the newest schema.

    With create=False nothing new is made: a missing, empty or table-less file is refused. An older schema is
    still upgraded (after a backup copy beside it), as every way of opening Shuyi's database does. A SQLite file is
    checked first (db_check: every page of a small file) and a damaged one refused with DatabaseDamaged; a file
    this user cannot write is opened read-only.
    """
    options = {} if busy_timeout_ms is None else {"busy_timeout_ms": busy_timeout_ms}
    try:
        access = Access.WRITE
        if location.path is not None:
            _prepare_file(location.path, create=create)
            access = _access(location.path)
        found = _inspect(location, access)
        if found.revision is None and not found.has_tables and not create:
            raise errors.DatabaseMissing(path=location.display)
        result = _bring_to_head(location, found, access=access, stamp=create)
        url = location.url
        if location.path is not None and access is not Access.WRITE:
            url = sqlite_url(str(location.path), read_only=True, immutable=access is Access.IMMUTABLE)
        return make_engine(url, **options), result
    except errors.ShuyiError:
        raise
    except ImportError as exc:  # a database driver that is not installed
        raise errors.DatabaseUnavailable(url=location.display, reason=str(exc)) from None
    except (DBAPIError, SQLAlchemyError, sqlite3.Error, OSError) as exc:
        typed = db_errors.from_driver(getattr(exc, "orig", exc), location)
        if typed is not None:
            raise typed from None
        if location.path is not None:
            raise errors.DatabaseUnreadable(path=location.display, reason=db_errors.first_line(exc)) from None
        raise errors.DatabaseUnavailable(url=location.display, reason=db_errors.first_line(exc)) from None


def check(location: Location, *, thorough: bool = True) -> db_check.CheckReport:
    """Check every page of a SQLite database without changing it (integrity_check when thorough, else quick_check)."""
    if location.path is None:
        raise errors.CheckNeedsFile(url=location.display)
    if not _check_sqlite_file(location.path) or location.path.stat().st_size == 0:
        raise errors.DatabaseMissing(path=location.display)
    try:
        conn = _connect_raw(location.path, _access(location.path))
        try:
            return db_check.check_file(conn, location.path, thorough=thorough)
        finally:
            conn.close()
    except sqlite3.Error as exc:
        typed = db_errors.from_driver(exc, location)
        raise typed or errors.DatabaseUnreadable(path=location.display, reason=db_errors.first_line(exc)) from None


def ensure_sound(location: Location) -> None:
    """Read every page of a SQLite file with quick_check, whatever its size (`shuyi init` does); raise if damaged."""
    if location.path is not None and not check(location, thorough=False).ok:
        raise errors.DatabaseDamaged(path=location.display)


def _prepare_file(path: Path, *, create: bool) -> None:
    if _check_sqlite_file(path):
        return
    if not create:
        raise errors.DatabaseMissing(path=str(path))
    ancestor = next(p for p in path.parents if p.exists())
    if not ancestor.is_dir():
        raise errors.NotAFolder(path=str(path), folder=str(ancestor))
    if not os.access(ancestor, os.W_OK):
        raise errors.DatabaseReadOnly()
    path.parent.mkdir(parents=True, exist_ok=True)


def _access(path: Path) -> Access:
    """How a SQLite file can be opened by this user: for writing, read-only, or (in a read-only folder) immutable."""
    if not path.exists():
        return Access.WRITE  # about to be created, in a folder _prepare_file found writable
    folder_writable = os.access(path.parent, os.W_OK)
    if folder_writable and os.access(path, os.W_OK):
        return Access.WRITE
    companions = (path.with_name(path.name + suffix).exists() for suffix in ("-wal", "-shm"))
    return Access.READ_ONLY if folder_writable or any(companions) else Access.IMMUTABLE


def _connect_raw(path: Path, access: Access) -> sqlite3.Connection:
    """A plain sqlite3 connection that only reads: a foreign database keeps its journal mode."""
    if access is Access.WRITE:
        return sqlite3.connect(path)
    uri = path.as_uri() + "?mode=ro" + ("&immutable=1" if access is Access.IMMUTABLE else "")
    return sqlite3.connect(uri, uri=True)


def _inspect(location: Location, access: Access) -> _Found:
    """The schema revision, whether there are tables and whose they are, read without changing anything."""
    if location.path is not None:
        conn = _connect_raw(location.path, access)
        try:
            tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
            problems = db_check.problems_at_open(conn, location.path.stat().st_size)
            if problems:
                raise errors.DatabaseDamaged(path=location.display)
            revision = None
            if "alembic_version" in tables:
                row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
                revision = row[0] if row else None
            app_id = conn.execute("PRAGMA application_id").fetchone()[0]
            marker = {r[1] for r in conn.execute(f"PRAGMA table_info({migrate.MARKER_TABLE})")}
        finally:
            conn.close()
    else:
        engine = make_engine(location.url)
        try:
            with engine.connect() as conn:
                inspector = inspect(conn)
                tables = set(inspector.get_table_names())
                marker = ({c["name"] for c in inspector.get_columns(migrate.MARKER_TABLE)}
                          if migrate.MARKER_TABLE in tables else set())
            revision = migrate.current_revision(engine) if "alembic_version" in tables else None
        finally:
            engine.dispose()
        app_id = None
    return _Found(revision=revision, has_tables=bool(tables - {"alembic_version"}), application_id=app_id,
                  made_by_shuyi=migrate.made_by_shuyi(app_id, marker))


def _bring_to_head(location: Location, found: _Found, *, access: Access, stamp: bool) -> OpenResult:
    """Create or upgrade the schema (after a backup); stamp=True also marks an older Shuyi file as Shuyi's."""
    revision = found.revision
    if (revision is None and found.has_tables) or (revision is not None and not found.made_by_shuyi):
        raise errors.NotAShuyiDatabase(path=location.display)
    read_only = access is not Access.WRITE
    if revision == migrate.head_revision():
        if stamp and not read_only and found.application_id == 0:
            _stamp(location)
        return OpenResult(read_only=read_only)
    if revision is not None and revision not in migrate.known_revisions():
        raise errors.DatabaseTooNew(revision=revision)
    if read_only:  # creating or upgrading needs writing
        raise errors.DatabaseReadOnly()
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
    _stamp(location)
    return OpenResult(created=revision is None, upgraded_from=revision, backup=backup)


def _stamp(location: Location) -> None:
    """Set SQLite's application id, so that a later version can tell this file from another program's."""
    if location.path is None:
        return
    conn = sqlite3.connect(location.path, isolation_level=None, timeout=0.5)
    try:
        conn.execute(f"PRAGMA application_id = {migrate.APPLICATION_ID}")
    except sqlite3.OperationalError:  # busy with another writer: the tables still say whose it is; stamped next time
        pass
    finally:
        conn.close()
