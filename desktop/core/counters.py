"""Sequences handed out inside the caller's write transaction, atomic on SQLite and PostgreSQL alike.

Each change is one statement on the counter's row (an INSERT … ON CONFLICT DO NOTHING to make sure the row
exists, then an UPDATE … RETURNING), never a read followed by a write: on PostgreSQL the UPDATE takes the
row's lock, so a second computer's transaction waits and then sees the new value, and no two writers can
draw the same serial. On SQLite the first statement takes the write lock, even in a deferred transaction.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import case, select, update
from sqlalchemy.orm import Session

from db.models import Counter

COUNTERS = Counter.__table__
LOCK_SCOPE = "lock"
"""Rows only locked, never counted: a use case that reads before it writes (the 种次号 allocator) serialises
on one of them."""


def _insert(session: Session) -> Any:
    if session.get_bind().dialect.name == "postgresql":
        from sqlalchemy.dialects.postgresql import insert
    else:
        from sqlalchemy.dialects.sqlite import insert
    return insert(COUNTERS)


def _ensure(session: Session, scope: str, key: str) -> None:
    session.execute(_insert(session).values(scope=scope, key=key, value=0)
                    .on_conflict_do_nothing(index_elements=["scope", "key"]))


def _row(scope: str, key: str) -> Any:
    return (COUNTERS.c.scope == scope) & (COUNTERS.c.key == key)


def take(session: Session, scope: str, key: str, *, count: int = 1, at_least: int = 0) -> int:
    """Reserve `count` consecutive values and return the first; never below `at_least` + 1."""
    _ensure(session, scope, key)
    value = COUNTERS.c.value
    last = session.execute(
        update(COUNTERS).where(_row(scope, key))
        .values(value=case((value < at_least, at_least), else_=value) + count).returning(value)
    ).scalar_one()
    return int(last) - count + 1


def put_at_least(session: Session, scope: str, key: str, value: int) -> None:
    """Raise a counter to `value` (never lower it)."""
    _ensure(session, scope, key)
    session.execute(update(COUNTERS).where(_row(scope, key), COUNTERS.c.value < value).values(value=value))


def lock(session: Session, key: str) -> None:
    """Hold a named lock until the transaction ends (a row lock on PostgreSQL; SQLite's write lock already is)."""
    _ensure(session, LOCK_SCOPE, key)
    session.execute(select(COUNTERS.c.value).where(_row(LOCK_SCOPE, key)).with_for_update())
