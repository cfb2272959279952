"""Days as people write them in a tally sheet or type them (2026-05-01, 2026/5/1, 2026年5月1日): no SQLAlchemy, so
the command line parses with it and still starts quickly."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata

from desktop.core import errors

__all__ = ["parse_day"]

_DAY = re.compile(r"^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$")


def parse_day(text: str) -> dt.date:
    """The day a text names; errors.InvalidDate when it names none (2026-02-30, "yesterday")."""
    match = _DAY.fullmatch(unicodedata.normalize("NFKC", text).strip())
    try:
        if match is None:
            raise ValueError(text)
        return dt.date(*(int(g) for g in match.groups()))
    except ValueError:
        raise errors.InvalidDate(text=text.strip()[:24]) from None
