"""The ranges the domain allows for every number a user can type: one place for the CHECKs and the core.

The database's CHECK constraints are built from these (`Bound.sql`), and desktop.core.bounded refuses the same
values with a typed error before anything is written. Plain Python: the command line imports this to parse.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal


@dataclass(frozen=True)
class Bound:
    low: int
    high: int

    def holds(self, value: int | Decimal) -> bool:
        return self.low <= value <= self.high

    def sql(self, column: str, *, nullable: bool = False) -> str:
        check = f"{column} BETWEEN {self.low} AND {self.high}"
        return f"{column} IS NULL OR {check}" if nullable else check


ROW_ID = Bound(1, 2_147_483_647)
"""A row number: INTEGER on PostgreSQL is 32 bits, so no id a user types can be larger."""
LISTING_LIMIT = Bound(0, ROW_ID.high)
"""How many rows a listing shows (--limit): never more than there can be rows."""

PUBLICATION_YEAR = Bound(1000, 2100)
"""A CHECK cannot read the clock, so the database's wall is fixed; the core refuses years after next year."""
YEARS_AHEAD = 1
"""A title may carry next year's date (books printed late in the year do); the core's upper bound of a year."""
PAGES = Bound(1, 100_000)
PRICE_FEN = Bound(0, 100_000_000)
"""A price in fen (分): 0 to 1,000,000 yuan."""
COPIES_AT_ONCE = Bound(1, 1000)
"""Copies of one title added in one go."""

MAX_LOANS = Bound(0, 1000)
"""Books a reader may hold at once: up to a work team's collective card (班组集体借阅, hundreds of books)."""
LOAN_DAYS = Bound(1, 365)
MAX_RENEWALS = Bound(0, 20)
"""A reader type's loan days and renewals allowed."""

EBOOK_CAP = Bound(1, 9999)
"""Readers of one e-book licence at once."""
EBOOK_LOAN_DAYS = Bound(1, 365)
"""Days an e-book loan runs: a year at most (a loan is reading time, not a copy to keep)."""

FACILITY_QUANTITY = Bound(1, 10_000)
"""Like things registered as one asset (8 chairs, 40 umbrellas)."""
MAINTENANCE_MONTHS = Bound(1, 120)
"""A maintenance plan's interval: monthly up to once in ten years."""
ATTENDANCE = Bound(0, 100_000)
"""People at one service event."""
VISITS_A_DAY = Bound(0, 100_000)
"""人次 at one station on one day for one occupation."""
SEATS = Bound(0, 10_000)
STARS = Bound(1, 5)
AREA_M2_MAX = 100_000
"""A site's floor area in m² (a float: 25.5 m² is common), above 0 and at most this."""
