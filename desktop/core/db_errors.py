"""The database's own failures turned into typed errors: by constraint name and by result code, never by wording.

SQLite's exceptions carry their result code (`sqlite_errorcode`, Python 3.11+) and PostgreSQL's (psycopg 3) their
SQLSTATE and `diag.constraint_name`; an IntegrityError is mapped by the name of the constraint it broke, which the
MetaData naming convention in db/base.py keeps stable (on SQLite, the UNIQUE message names the table's columns, which
lead back to that name through the models).
"""

from __future__ import annotations

import functools
import re
import sqlite3
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

from sqlalchemy import CheckConstraint, Index, UniqueConstraint
from sqlalchemy.exc import DBAPIError, IntegrityError, OperationalError

from desktop.core import errors

if TYPE_CHECKING:
    from desktop.core.database import Location

# SQLite's primary result codes (https://sqlite.org/rescode.html); an extended code keeps its primary in the low byte.
SQLITE_BUSY, SQLITE_LOCKED, SQLITE_READONLY, SQLITE_IOERR, SQLITE_CORRUPT = 5, 6, 8, 10, 11
SQLITE_FULL, SQLITE_CANTOPEN, SQLITE_CONSTRAINT, SQLITE_NOTADB = 13, 14, 19, 26
SQLITE_CONSTRAINT_CHECK, SQLITE_CONSTRAINT_PRIMARYKEY, SQLITE_CONSTRAINT_UNIQUE = 275, 1555, 2067

ErrorFactory = Callable[["Location"], errors.ShuyiError]
_BY_SQLITE_CODE: dict[int, ErrorFactory] = {
    SQLITE_BUSY: lambda _where: errors.DatabaseBusy(),
    SQLITE_LOCKED: lambda _where: errors.DatabaseBusy(),
    SQLITE_READONLY: lambda _where: errors.DatabaseReadOnly(),
    SQLITE_FULL: lambda _where: errors.DatabaseFull(),
    SQLITE_CORRUPT: lambda where: errors.DatabaseDamaged(path=where.display),
    SQLITE_NOTADB: lambda where: errors.DatabaseDamaged(path=where.display),
    SQLITE_IOERR: lambda where: errors.DatabaseIOError(path=where.display),
}
_BY_SQLSTATE: dict[str, ErrorFactory] = {
    "40001": lambda _where: errors.DatabaseBusy(),  # serialization_failure
    "40P01": lambda _where: errors.DatabaseBusy(),  # deadlock_detected
    "55P03": lambda _where: errors.DatabaseBusy(),  # lock_not_available
    "25006": lambda _where: errors.DatabaseReadOnly(),  # read_only_sql_transaction
    "53100": lambda _where: errors.DatabaseFull(),  # disk_full
    "XX001": lambda where: errors.DatabaseDamaged(path=where.display),  # data_corrupted
    "XX002": lambda where: errors.DatabaseDamaged(path=where.display),  # index_corrupted
    "58030": lambda where: errors.DatabaseIOError(path=where.display),  # io_error
}
_SQLSTATE_CLASS: dict[str, ErrorFactory] = {
    "53": lambda _where: errors.DatabaseFull(),  # insufficient resources (out of memory, too many connections …)
}

ValueFactory = Callable[[Mapping[str, Any]], errors.ShuyiError]
BY_CONSTRAINT: dict[str, ValueFactory] = {
    "uq_loans_open_copy": lambda _values: errors.CopyAlreadyOnLoan(),
    "uq_holds_active_reader_title": lambda _values: errors.HoldAlreadyActive(),
    "uq_sites_code": lambda values: errors.DuplicateSiteCode(code=values.get("code", "?")),
    "uq_readers_card_code": lambda values: errors.DuplicateReaderCard(code=values.get("card_code", "?")),
    "uq_reader_types_name": lambda values: errors.DuplicateReaderType(name=values.get("name", "?")),
}
"""Constraints whose breach has its own message; any other is a DuplicateValue or a BrokenRule naming it."""


@contextmanager
def typed_errors(location: Location) -> Iterator[None]:
    """Turn the database's own failures inside the block into errors a user can be told about."""
    try:
        yield
    except DBAPIError as exc:
        typed = from_dbapi(exc, location)
        if typed is None:
            raise
        raise typed from exc


def from_dbapi(exc: DBAPIError, location: Location) -> errors.ShuyiError | None:
    """The typed error for a failure SQLAlchemy raised, or None when it is not the database's (a bug: let it show)."""
    if isinstance(exc, IntegrityError):
        return from_integrity(exc)
    typed = from_driver(exc.orig, location)
    if typed is None and isinstance(exc, OperationalError):
        return errors.DatabaseUnavailable(url=location.display, reason=first_line(exc.orig))
    return typed


def from_driver(orig: BaseException | None, location: Location) -> errors.ShuyiError | None:
    """The typed error for a driver's exception (sqlite3 or psycopg), by its result code or SQLSTATE."""
    code = getattr(orig, "sqlite_errorcode", None)
    if isinstance(code, int):
        factory = _BY_SQLITE_CODE.get(code & 0xFF)
        return factory(location) if factory else None
    state = getattr(orig, "sqlstate", None)
    if isinstance(state, str):
        factory = _BY_SQLSTATE.get(state) or _SQLSTATE_CLASS.get(state[:2])
        return factory(location) if factory else None
    return None


def sqlite_code(exc: BaseException) -> int | None:
    """SQLite's primary result code of a sqlite3 exception (or of the one SQLAlchemy wraps), else None."""
    orig = getattr(exc, "orig", exc)
    code = getattr(orig, "sqlite_errorcode", None)
    return code & 0xFF if isinstance(code, int) else None


def from_integrity(exc: IntegrityError) -> errors.ShuyiError:
    """A broken constraint, chosen by the constraint's name."""
    name = constraint_name(exc.orig)
    values = _values(exc)
    if name is not None and name in BY_CONSTRAINT:
        return BY_CONSTRAINT[name](values)
    if name is not None and name.startswith("uq_"):
        return errors.DuplicateValue(constraint=name)
    return errors.BrokenRule(constraint=name or getattr(exc.orig, "sqlite_errorname", None) or "?")


def _values(exc: IntegrityError) -> Mapping[str, Any]:
    """Column → value of the failed INSERT or UPDATE, to name the value in the message (a qmark statement too)."""
    if isinstance(exc.params, Mapping):
        return exc.params
    if not isinstance(exc.params, tuple | list) or not exc.statement:
        return {}
    if exc.params and isinstance(exc.params[0], tuple | list | Mapping):
        return {}  # several rows at once: which one broke it, the database does not say
    insert = re.match(r"\s*INSERT INTO \S+ \(([^)]*)\)", exc.statement, re.IGNORECASE)
    update = re.match(r"\s*UPDATE \S+ SET (.*?) WHERE ", exc.statement, re.IGNORECASE | re.DOTALL)
    if insert:
        columns = [c.strip().strip('"') for c in insert.group(1).split(",")]
    elif update:
        columns = [c.partition("=")[0].strip().strip('"') for c in update.group(1).split(",")]
    else:
        return {}
    return dict(zip(columns, exc.params, strict=False))


def constraint_name(orig: BaseException | None) -> str | None:
    """The name of the constraint a driver's IntegrityError broke, when the database says which one."""
    diag = getattr(orig, "diag", None)
    if diag is not None:  # psycopg 3 on PostgreSQL: the server names it
        return getattr(diag, "constraint_name", None)
    if not isinstance(orig, sqlite3.Error):
        return None
    detail = str(orig).partition(": ")[2].strip()
    quoted = re.fullmatch(r"index '([^']+)'", detail)  # an index on expressions is named by SQLite itself
    if quoted:
        return quoted.group(1)
    code = orig.sqlite_errorcode
    if code in (SQLITE_CONSTRAINT_UNIQUE, SQLITE_CONSTRAINT_PRIMARYKEY):
        columns = tuple(part.strip() for part in detail.split(","))
        return _unique_names().get(columns)
    if code == SQLITE_CONSTRAINT_CHECK:
        return detail if detail in _check_names() else None
    return None


@functools.cache
def _unique_names() -> dict[tuple[str, ...], str]:
    """("table.column", …) → the name of the unique constraint or unique index on exactly those columns."""
    from db import models  # noqa: F401  (every table registered on the MetaData)
    from db.base import Base

    names: dict[tuple[str, ...], str] = {}
    for table in Base.metadata.sorted_tables:
        unique: list[UniqueConstraint | Index] = [c for c in table.constraints if isinstance(c, UniqueConstraint)]
        unique += [index for index in table.indexes if index.unique]
        for item in unique:
            if isinstance(item.name, str):
                names[tuple(f"{table.name}.{column.name}" for column in item.columns)] = item.name
    return names


@functools.cache
def _check_names() -> frozenset[str]:
    from db import models  # noqa: F401
    from db.base import Base

    return frozenset(c.name for t in Base.metadata.sorted_tables for c in t.constraints
                     if isinstance(c, CheckConstraint) and isinstance(c.name, str))


def first_line(exc: BaseException | None) -> str:
    text = str(exc or "").strip()
    return text.splitlines()[0] if text else type(exc).__name__
