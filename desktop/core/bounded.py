"""Refusing numbers outside the domain's ranges (db.bounds) with a typed error, before anything changes.

Used by the core's use cases and by the command line's argument types alike; imports no SQLAlchemy, so the
command line can parse with it and still start quickly.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from db import bounds, textnumbers
from db.bounds import Bound
from desktop.core.errors import ranges as range_errors
from desktop.core.i18n import QT_TRANSLATE_NOOP, Term

# The ranges the window's number boxes keep to (the UI reads them here: it never imports db).
MAX_LOANS = bounds.MAX_LOANS
LOAN_DAYS = bounds.LOAN_DAYS
MAX_RENEWALS = bounds.MAX_RENEWALS
EBOOK_CAP = bounds.EBOOK_CAP
EBOOK_LOAN_DAYS = bounds.EBOOK_LOAN_DAYS

FIELDS = "Fields"
YEAR_FIELD = Term(FIELDS, QT_TRANSLATE_NOOP("Fields", "Publication year"))
PAGES_FIELD = Term(FIELDS, QT_TRANSLATE_NOOP("Fields", "Pages"))
PRICE_FIELD = Term(FIELDS, QT_TRANSLATE_NOOP("Fields", "Price"))
COPIES_FIELD = Term(FIELDS, QT_TRANSLATE_NOOP("Fields", "Number of copies"))
SHOWN_CHARACTERS = 24
"""Of a refused text, this much is echoed back (a 10,000-digit number is not)."""


def within(value: int | Decimal, bound: Bound, what: Term | str) -> int | Decimal:
    """`value` itself when the bound holds it; else range_errors.OutOfRange naming `what`."""
    if isinstance(value, Decimal) and not value.is_finite() or not bound.holds(value):
        raise range_errors.OutOfRange(what=what, low=bound.low, high=bound.high, value=_shown(str(value)))
    return value


def whole_number(text: str, bound: Bound, what: Term | str) -> int:
    """A typed whole number within `bound`: range_errors.NotAWholeNumber or range_errors.OutOfRange otherwise."""
    try:
        value = int(text.strip())
    except ValueError:  # also a number too long for int() to read (more than 4,300 digits)
        raise range_errors.NotAWholeNumber(what=what, text=_shown(text)) from None
    return int(within(value, bound, what))


def year_bound(today: dt.date) -> Bound:
    """Publication years the core accepts on `today` (the facade's clock): from the database's floor to next year."""
    year = today.year + bounds.YEARS_AHEAD
    return Bound(bounds.PUBLICATION_YEAR.low, min(year, bounds.PUBLICATION_YEAR.high))


@dataclass(frozen=True)
class TitleNumbers:
    """The numbers a title's year, pages and price text stand for (None: the text names none)."""

    year_number: int | None
    page_count: int | None
    price_fen: int | None


def title_numbers(year: str, pages: str, price: str, *, today: dt.date | None = None) -> TitleNumbers:
    """Read and bound a title's numbers: range_errors.OutOfRange for year 9999 or −500, pages −100, price 1e309.
    With `today` a year may be at most next year's; without it (reading back a checked title), the database's
    bound holds."""
    found_year = textnumbers.year_of(year)
    found_pages = textnumbers.pages_of(pages)
    found_price = textnumbers.price_of(price)
    if found_year is not None:
        within(found_year, bounds.PUBLICATION_YEAR if today is None else year_bound(today), YEAR_FIELD)
    if found_pages is not None:
        within(found_pages, bounds.PAGES, PAGES_FIELD)
    if found_price is not None:
        within(found_price, Bound(0, bounds.PRICE_FEN.high // 100), PRICE_FIELD)
    return TitleNumbers(year_number=found_year, page_count=found_pages,
                        price_fen=None if found_price is None else textnumbers.fen(found_price))


def _shown(text: str) -> str:
    text = text.strip()
    return text if len(text) <= SHOWN_CHARACTERS else text[:SHOWN_CHARACTERS] + "…"
