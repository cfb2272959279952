"""A price as Shuyi shows it: "¥78.00" for the yuan amounts catalogues write as CNY78.00, RMB 78, 78元 or ￥78."""

from __future__ import annotations

import re
import unicodedata
from decimal import Decimal

_YUAN = re.compile(r"(?:CNY|RMB|人民币|¥)?\s*(\d{1,9}(?:\.\d{1,2})?)\s*(?:元|圆)?", re.IGNORECASE)


def shown_price(text: str) -> str:
    """¥ and two decimals for a plain amount in yuan; anything else (another currency, a note) as catalogued."""
    folded = unicodedata.normalize("NFKC", text or "").strip()  # NFKC turns the full-width ￥ and digits to ASCII
    found = _YUAN.fullmatch(folded)
    if found is None:
        return (text or "").strip()
    return f"¥{Decimal(found.group(1)):.2f}"
