"""Sequences handed out inside the caller's write transaction (BEGIN IMMEDIATE makes them race-free)."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import Counter


def take(session: Session, scope: str, key: str, *, count: int = 1, at_least: int = 0) -> int:
    """Reserve `count` consecutive values and return the first; never below `at_least` + 1."""
    row = session.scalars(select(Counter).where(Counter.scope == scope, Counter.key == key)).one_or_none()
    if row is None:
        row = Counter(scope=scope, key=key, value=0)
        session.add(row)
    first = max(row.value, at_least) + 1
    row.value = first + count - 1
    session.flush()
    return first


def put_at_least(session: Session, scope: str, key: str, value: int) -> None:
    """Raise a counter to `value` (never lower it)."""
    row = session.scalars(select(Counter).where(Counter.scope == scope, Counter.key == key)).one_or_none()
    if row is None:
        session.add(Counter(scope=scope, key=key, value=value))
    elif row.value < value:
        row.value = value
    session.flush()
