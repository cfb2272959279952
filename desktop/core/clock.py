"""The one source of "now": `Clock`, a moment and its local day, and the time sources a facade reads it from.

The facade owns a time source (`SystemTime` unless one is injected) and every use case reads the moment from it,
once per unit of work. Tests inject a `FixedTime` and move it: `Shuyi.open(path, time=FixedTime(t))`, then
`app.time.set(t2)` or `app.time.advance(days=1)`. Nothing else in the app asks the system for the time of a
use case.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Protocol

from db.base import utcnow


@dataclass(frozen=True)
class Clock:
    """The moment of a scan, and the local calendar day it falls on (due dates are local days)."""

    now: dt.datetime

    @property
    def today(self) -> dt.date:
        return self.now.astimezone().date()


class TimeSource(Protocol):
    """Where a facade reads the time from: anything with `now()` giving an aware UTC datetime."""

    def now(self) -> dt.datetime: ...


class SystemTime:
    """The computer's clock, in UTC: the default time source."""

    def now(self) -> dt.datetime:
        return utcnow()


class FixedTime:
    """A time source that stands still until moved: for tests, benchmarks and reproducible demos."""

    def __init__(self, at: dt.datetime) -> None:
        self._at = _aware(at)

    def now(self) -> dt.datetime:
        return self._at

    def set(self, at: dt.datetime) -> None:
        self._at = _aware(at)

    def advance(self, delta: dt.timedelta | None = None, **parts: float) -> dt.datetime:
        """Move forward by `delta` or by timedelta's keyword parts (days=1, seconds=30); returns the new now."""
        self._at += delta if delta is not None else dt.timedelta(**parts)
        return self._at


def moment(source: TimeSource) -> Clock:
    """The source's current moment as a Clock."""
    return Clock(source.now())


def _aware(at: dt.datetime) -> dt.datetime:
    if at.tzinfo is None:
        raise ValueError("a time source needs an aware datetime (naive times are ambiguous)")
    return at
