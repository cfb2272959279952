"""The number a catalogue text field stands for: "2024-05-01" → 2024, "320页" → 320, "CNY39.80" → 3980 fen.

Titles keep year, pages and price as catalogued (MARC and spreadsheets write "c1994", "xii, 320 p.",
"¥39.80"); beside each, the number it reads as is stored in its own column, which a CHECK bounds. Text with no
number in it ("不详") reads as None. Plain Python, shared by the core and by migration 0007's backfill.
"""

from __future__ import annotations

import re
import unicodedata
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

_INTEGER = re.compile(r"(-?)(\d+)")
_DECIMAL = re.compile(r"(-?)(\d+(?:\.\d+)?)")
_WHOLE_INTEGER = re.compile(r"-?\d+")
_YEAR_DIGITS = 4


def _folded(text: str) -> str:
    """Full-width digits and signs as ASCII, and the typographic minus as a hyphen."""
    return unicodedata.normalize("NFKC", text).replace("\u2212", "-").strip()


def _signed(sign: str, digits: str, start: int, text: str) -> int:
    """A minus counts only where it opens the text or follows a space ("2024-05" is not minus five)."""
    negative = sign == "-" and (start == 0 or text[start - 1].isspace())
    return -int(digits) if negative else int(digits)


def year_of(text: str) -> int | None:
    """The year a publication date stands for; None when it has none ("[199-?]" and "民国23年" name no year)."""
    text = _folded(text)
    if _WHOLE_INTEGER.fullmatch(text):
        return int(text)
    found = _INTEGER.search(text)
    if found is None:
        return None
    value = _signed(found.group(1), found.group(2), found.start(), text)
    return value if value < 0 or len(found.group(2)) >= _YEAR_DIGITS else None


def pages_of(text: str) -> int | None:
    """The page count a collation stands for: its first number ("xii, 320 p." → 320)."""
    text = _folded(text)
    found = _INTEGER.search(text)
    return None if found is None else _signed(found.group(1), found.group(2), found.start(), text)


def price_of(text: str) -> Decimal | None:
    """The price in yuan: the whole text when it is a number (NaN, infinity and 1e309 included, to be refused),
    else its first number ("CNY39.80" → 39.80)."""
    text = _folded(text)
    try:
        return Decimal(text)
    except InvalidOperation:
        pass
    found = _DECIMAL.search(text)
    if found is None:
        return None
    value = Decimal(found.group(2))
    return -value if _signed(found.group(1), "1", found.start(), text) < 0 else value


def fen(yuan: Decimal) -> int:
    """Yuan to whole fen, rounded half up; the value must be finite."""
    return int((yuan * 100).to_integral_value(rounding=ROUND_HALF_UP))
