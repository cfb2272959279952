"""索书号 call numbers: 中图法 class / 种次号, shelved in true order (B43/6 before B43/11)."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from db.models import Copy, Counter
from desktop.core import counters, errors

_CLASS = re.compile(r"^[A-Z][A-Z0-9.\-=()\"+:<>]*$")
_ORDER = re.compile(r"^[0-9A-Z][0-9A-Z.\-:]*$")
"""种次号 or 著者号: ASCII letters and digits (Arabic-Indic or other digits are refused, not shelved as numbers)."""
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
    if order and not _ORDER.fullmatch(order.upper()):
        raise errors.InvalidClass(clc=text.strip())
    return CallNumber(normalise_class(clc), order.upper())


def shelf_key(clc: str, order: str) -> str:
    """Sortable text: the class as it is (character by character, shorter first), then the order as a number.

    A space separates them because it sorts before every character a class may hold, so B43/… comes before
    B43.1/…; numeric orders are zero-padded, other orders (著者号) sort after all numbers of their class.
    """
    if not order:
        return clc
    return f"{clc} {int(order):09d}" if order.isdigit() else f"{clc} ~{order}"


class OrderAllocator:
    """Hands out 种次号 for one room: copies of a title share their number, each new title in a class gets the
    next one above every number already on the shelves. Reads what it needs once; write() saves the counters.

    Use one per write transaction: it holds the room's lock until the end of the transaction, so that another
    writer (another computer on PostgreSQL) cannot hand out the same numbers between its reads and its write.
    """

    def __init__(self, session: Session, site_id: int) -> None:
        counters.lock(session, f"call-order:{site_id}")
        self._session, self._site_id = session, site_id
        self._next: dict[str, int] = {}
        self._of_title: dict[tuple[int, str], str] = {}
        self._known_titles: set[int] = set()
        self._touched: set[str] = set()
        self._holders: dict[tuple[str, str], int] = {}
        highest = session.execute(
            select(Copy.call_class, func.max(Copy.shelf_key))
            .where(Copy.home_site_id == site_id, Copy.shelf_key.like("% 0%")).group_by(Copy.call_class)
        ).all()
        for clc, key in highest:
            self._next[clc] = int(key.rsplit(" ", 1)[1]) + 1
        for key, value in session.execute(
            select(Counter.key, Counter.value).where(Counter.scope == ORDER_SCOPE,
                                                     Counter.key.like(f"{site_id}:%"))
        ).all():
            clc = key.split(":", 1)[1]
            self._next[clc] = max(self._next.get(clc, 1), value + 1)

    def know_titles(self, title_ids: Iterable[int]) -> None:
        """Load the numbers these titles already have in this room (one query for all of them)."""
        todo = [t for t in title_ids if t not in self._known_titles]
        for start in range(0, len(todo), 500):
            part = todo[start:start + 500]
            self._known_titles.update(part)
            # By title only: with home_site_id in the WHERE, SQLite's planner prefers that index and reads every
            # copy in the room for each batch, which made large imports quadratic.
            for title_id, site_id, clc, order in self._session.execute(
                select(Copy.title_id, Copy.home_site_id, Copy.call_class, Copy.call_order).distinct()
                .where(Copy.title_id.in_(part), Copy.call_order != "")
            ).all():
                if site_id == self._site_id:
                    self._of_title.setdefault((title_id, clc), order)
                    self._holders.setdefault((clc, order), title_id)

    def new_titles(self, title_ids: Iterable[int]) -> None:
        """Titles created in this transaction have no numbers yet: nothing to look up for them."""
        self._known_titles.update(title_ids)

    def note(self, title_id: int, call: CallNumber) -> None:
        """An explicit call number (from a file): shared by the title's later copies, never handed out again."""
        if call.order:
            self._of_title.setdefault((title_id, call.clc), call.order)
            self._holders.setdefault((call.clc, call.order), title_id)
            if call.order.isdigit():
                self._next[call.clc] = max(self._next.get(call.clc, 1), int(call.order) + 1)
                self._touched.add(call.clc)

    def reserve(self, call: CallNumber) -> None:
        """Keep a number the file states outright from being handed to any other title."""
        if call.order.isdigit():
            self._next[call.clc] = max(self._next.get(call.clc, 1), int(call.order) + 1)
            self._touched.add(call.clc)

    def order_for(self, title_id: int, clc: str) -> str:
        if title_id not in self._known_titles:
            self.know_titles([title_id])
        found = self._of_title.get((title_id, clc))
        if found is None:
            number = self._next.get(clc, 1)
            self._next[clc] = number + 1
            self._touched.add(clc)
            found = self._of_title[(title_id, clc)] = str(number)
            self._holders[(clc, found)] = title_id
        return found

    def holder(self, call: CallNumber) -> int | None:
        """The title that has this call number in this room, if any (on the shelves or given in this import)."""
        found = self._holders.get((call.clc, call.order))
        if found is not None:
            return found
        for title_id, site_id in self._session.execute(
            select(Copy.title_id, Copy.home_site_id).distinct()
            .where(Copy.call_class == call.clc, Copy.call_order == call.order)
        ).all():
            if site_id == self._site_id:
                self._holders[(call.clc, call.order)] = title_id
                return int(title_id)
        return None

    def write(self) -> None:
        """Save the last number handed out per class, so that later additions continue from there."""
        for clc in self._touched:
            counters.put_at_least(self._session, ORDER_SCOPE, f"{self._site_id}:{clc}", self._next[clc] - 1)
        self._touched.clear()
