"""Counts of everything in the database, for `shuyi stats`, the status bar and the reports page."""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from db.models import Loan, SiteKind, User
from desktop.core import catalogue, readers, sites


@dataclass(frozen=True)
class Stats:
    sites: int
    reading_rooms: int
    service_stations: int
    users: int
    titles: int
    copies: int
    readers: int
    open_loans: int
    overdue_loans: int
    """Open loans whose due day (a local calendar day) has passed."""

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


def collect(session: Session, *, today: dt.date) -> Stats:
    """The counts, overdue meaning due before `today` (a local calendar day, from the facade's clock)."""
    open_loans = select(func.count()).select_from(Loan).where(Loan.returned_at.is_(None))
    by_kind = sites.count_sites(session)
    titles, copies = catalogue.count_titles_and_copies(session)
    return Stats(
        sites=sum(by_kind.values()),
        reading_rooms=by_kind[SiteKind.READING_ROOM],
        service_stations=by_kind[SiteKind.SERVICE_STATION],
        users=session.scalar(select(func.count()).select_from(User)) or 0,
        titles=titles,
        copies=copies,
        readers=readers.count_readers(session),
        open_loans=session.scalar(open_loans) or 0,
        overdue_loans=session.scalar(open_loans.where(Loan.due_on < today)) or 0,
    )
