"""Counts of everything in the database (`shuyi stats`) and the figures a union counts (the reports page)."""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from db.models import (
    EbookLoan,
    Facility,
    Hold,
    HoldStatus,
    Inspection,
    Loan,
    Reader,
    ReaderStatus,
    Rectification,
    RectificationStatus,
    ServiceEvent,
    SiteKind,
    User,
)
from desktop.core import catalogue, readers, sites
from desktop.core.clock import Clock
from desktop.core.stations.figures import StationFigures, station_figures


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
    facilities: int
    """Every facility registered, retired and scrapped ones too."""
    service_events: int
    inspections: int
    open_rectifications: int

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


def _count(session: Session, model: type, *where: Any) -> int:
    return session.scalar(select(func.count()).select_from(model).where(*where)) or 0


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
        facilities=_count(session, Facility),
        service_events=_count(session, ServiceEvent),
        inspections=_count(session, Inspection),
        open_rectifications=_count(session, Rectification, Rectification.status == RectificationStatus.OPEN),
    )


@dataclass(frozen=True)
class Overview:
    """What a trade union counts, now and in the current (local) calendar month."""

    month: dt.date
    """The first day of the month the monthly figures are for."""
    reading_rooms: int
    service_stations: int
    titles: int
    copies: int
    readers: int
    """Registered readers, anonymised ones included (they stay in the statistics)."""
    readers_active: int
    """Readers whose status is active (not suspended, not left) and who are not anonymised."""
    new_readers: int
    """Registered this month."""
    open_loans: int
    overdue_loans: int
    loans_this_month: int
    returns_this_month: int
    borrowers_this_month: int
    """Different readers who borrowed this month."""
    holds_open: int
    """Reservations waiting for a copy or kept aside for collection."""
    ebook_loans_open: int
    ebook_loans_this_month: int
    stations: StationFigures
    """Facilities, expiry dates, rectifications, and this month's visitors, services and inspections."""

    def as_dict(self) -> dict[str, Any]:
        """Every figure by name, the stations' ones beside the others (one flat mapping)."""
        figures = asdict(self)
        figures.update(figures.pop("stations"))
        return figures


def overview(session: Session, clock: Clock) -> Overview:
    """The reports page's figures at the clock's moment (this month: from the local first of its month)."""
    now, today = clock.now, clock.today
    month = today.replace(day=1)
    since = dt.datetime.combine(month, dt.time()).astimezone()  # local midnight of the 1st, as an aware time
    by_kind = sites.count_sites(session)
    titles, copies = catalogue.count_titles_and_copies(session)
    lent = Loan.lent_at >= since
    return Overview(
        month=month,
        reading_rooms=by_kind[SiteKind.READING_ROOM],
        service_stations=by_kind[SiteKind.SERVICE_STATION],
        titles=titles,
        copies=copies,
        readers=readers.count_readers(session),
        readers_active=_count(session, Reader, Reader.status == ReaderStatus.ACTIVE, Reader.anonymised_at.is_(None)),
        new_readers=_count(session, Reader, Reader.registered_on >= month),
        open_loans=_count(session, Loan, Loan.returned_at.is_(None)),
        overdue_loans=_count(session, Loan, Loan.returned_at.is_(None), Loan.due_on < today),
        loans_this_month=_count(session, Loan, lent),
        returns_this_month=_count(session, Loan, Loan.returned_at >= since),
        borrowers_this_month=session.scalar(select(func.count(func.distinct(Loan.reader_id))).where(lent)) or 0,
        holds_open=_count(session, Hold, Hold.status.in_((HoldStatus.WAITING, HoldStatus.READY))),
        ebook_loans_open=_count(session, EbookLoan, EbookLoan.revoked_at.is_(None), EbookLoan.expires_at > now),
        ebook_loans_this_month=_count(session, EbookLoan, EbookLoan.lent_at >= since),
        stations=station_figures(session, today=today, month=month),
    )
