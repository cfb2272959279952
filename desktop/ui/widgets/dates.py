"""Dates as every table and sentence shows them."""

from __future__ import annotations

import datetime as dt


def day(value: dt.date | dt.datetime | None) -> str:
    """A date as 2026-11-21 (a stored moment on the local calendar); empty for none."""
    if value is None:
        return ""
    return (value.astimezone().date() if isinstance(value, dt.datetime) else value).isoformat()
