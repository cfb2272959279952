"""Time-ordered UUIDs (version 7, RFC 9562): the identity a row keeps when 100 sites' databases are merged.

Python 3.11's uuid module has no uuid7 (it arrives in 3.14); this is the RFC's layout in a few lines, so no
package is needed: 48 bits of Unix time in milliseconds, the version, 12 bits of counter (method 1 of the RFC,
so that UUIDs made within one millisecond still sort in the order they were made), the variant, 62 random bits.
"""

from __future__ import annotations

import os
import threading
import time
import uuid

_COUNTER_BITS = 12
_COUNTER_MAX = (1 << _COUNTER_BITS) - 1
_RANDOM_BITS = 62


class Uuid7Sequence:
    """Hands out v7 UUIDs that never go backwards, even when the clock (or the given time) does."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._last_ms = -1
        self._counter = 0

    def next(self, unix_ms: int | None = None) -> uuid.UUID:
        """A new UUID stamped `unix_ms` (default: now), or just after the previous one if that is later."""
        ms = time.time_ns() // 1_000_000 if unix_ms is None else unix_ms
        noise = int.from_bytes(os.urandom(10))  # one system call: 62 random bits, and a counter seed above them
        with self._lock:
            if ms > self._last_ms:
                self._last_ms = ms
                self._counter = (noise >> 64) & (_COUNTER_MAX >> 1)  # room to count up
            elif self._counter < _COUNTER_MAX:
                self._counter += 1
            else:  # 4,096 in one millisecond: borrow the next millisecond
                self._last_ms += 1
                self._counter = 0
            ms, counter = self._last_ms, self._counter
        return from_parts(ms, counter, noise)


def from_parts(unix_ms: int, counter: int, random_bits: int) -> uuid.UUID:
    value = (unix_ms & ((1 << 48) - 1)) << 80
    value |= 0x7 << 76
    value |= (counter & _COUNTER_MAX) << 64
    value |= 0b10 << 62
    value |= random_bits & ((1 << _RANDOM_BITS) - 1)
    return uuid.UUID(int=value)


def unix_ms_of(value: uuid.UUID) -> int:
    """The millisecond a v7 UUID was stamped with."""
    return value.int >> 80


_PROCESS_SEQUENCE = Uuid7Sequence()


def uuid7() -> uuid.UUID:
    """A new time-ordered UUID; the column default of every row that travels to the county."""
    return _PROCESS_SEQUENCE.next()
