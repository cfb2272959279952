"""The database's own failures turned into typed errors a user can be told about (busy, read-only, full, gone)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy.exc import OperationalError

from desktop.core import errors
from desktop.core.database import Location


@contextmanager
def typed_errors(location: Location) -> Iterator[None]:
    """Turn the database's own operational failures into errors a user can be told about."""
    try:
        yield
    except OperationalError as exc:
        text = str(exc.orig).lower()
        if "locked" in text or "busy" in text:
            raise errors.DatabaseBusy() from exc
        if "readonly" in text or "read-only" in text or "read only" in text:
            raise errors.DatabaseReadOnly() from exc
        if "full" in text:
            raise errors.DatabaseFull() from exc
        raise errors.DatabaseUnavailable(url=location.display, reason=str(exc.orig).strip().splitlines()[0]) from exc
