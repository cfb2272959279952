"""索书号 call numbers: 中图法 class / 种次号, shelved in true order (B43/6 before B43/11)."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from db.models import Copy
from desktop.core import counters, errors

_CLASS = re.compile(r"^[A-Z][A-Z0-9.\-=()\"+:<>]*$")
ORDER_SCOPE = "order"


@dataclass(frozen=True)
class CallNumber:
    clc: str
    order: str = ""
    """种次号 (digits) or 著者号; empty when only the class is known."""

    def __str__(self) -> str:
        return f"{self.clc}/{self.order}" if self.order else self.clc

    @property
    def shelf_key(self) -> str:
        return shelf_key(self.clc, self.order)


def normalise_class(text: str) -> str:
    """Upper-case, half-width, no spaces; raises errors.InvalidClass when it cannot be a 中图法 class."""
    cleaned = unicodedata.normalize("NFKC", text).replace(" ", "").upper()
    if not _CLASS.fullmatch(cleaned):
        raise errors.InvalidClass(clc=text.strip())
    return cleaned


def parse(text: str) -> CallNumber:
    """"I247.57/12" → CallNumber("I247.57", "12"); a class alone is allowed."""
    cleaned = unicodedata.normalize("NFKC", text).replace(" ", "")
    clc, _, order = cleaned.partition("/")
    return CallNumber(normalise_class(clc), order.upper())


def shelf_key(clc: str, order: str) -> str:
    """Sortable text: the class as it is (character by character, shorter first), then the order as a number.

    A space separates them because it sorts before every character a class may hold, so B43/… comes before
    B43.1/…; numeric orders are zero-padded, other orders (著者号) sort after all numbers of their class.
    """
    if not order:
        return clc
    return f"{clc} {int(order):09d}" if order.isdigit() else f"{clc} ~{order}"


def next_order(session: Session, site_id: int, clc: str) -> str:
    """The next 种次号 for a class in a room, above every number already on that room's shelves."""
    highest = session.scalar(
        select(func.max(Copy.shelf_key)).where(
            Copy.home_site_id == site_id, Copy.call_class == clc, Copy.shelf_key.like(f"{clc} 0%")
        )
    )
    existing = int(highest.rsplit(" ", 1)[1]) if highest else 0
    return str(counters.take(session, ORDER_SCOPE, f"{site_id}:{clc}", at_least=existing))


def order_of_title(session: Session, site_id: int, title_id: int, clc: str) -> str | None:
    """The 种次号 a title already has in a room (its copies share one call number)."""
    return session.scalar(
        select(Copy.call_order)
        .where(Copy.home_site_id == site_id, Copy.title_id == title_id, Copy.call_class == clc, Copy.call_order != "")
        .limit(1)
    )
