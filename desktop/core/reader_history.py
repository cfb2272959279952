"""A reader's history for the readers page: loans now and returned, reservations and e-book loans, newest first."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from db.models import Copy, EbookLicence, EbookLoan, Hold, Loan, Reader, Site, Title
from desktop.core import errors
from desktop.core.circulation.panel import HoldLine, LoanLine, loan_line, loan_query
from desktop.core.clock import Clock

PAST_LIMIT = 200
"""Returned loans shown at most (the newest); the total is counted."""


@dataclass(frozen=True)
class HoldEntry:
    hold: HoldLine
    """As the desk panel shows an open one; here closed ones too."""
    closed_on: dt.date | None
    """When it was collected, cancelled or expired (None while open)."""


@dataclass(frozen=True)
class EbookEntry:
    loan_id: int
    title: str
    lent_on: dt.date
    expires_on: dt.date
    revoked_on: dt.date | None
    running: bool
    """Neither expired nor revoked: the reader can read it now."""


@dataclass(frozen=True)
class ReaderHistory:
    reader_id: int
    loans: tuple[LoanLine, ...]
    """Open loans, the earliest due first."""
    returned: tuple[LoanLine, ...]
    """Returned loans, the latest return first (at most PAST_LIMIT of them)."""
    returned_total: int
    holds: tuple[HoldEntry, ...]
    """Every reservation, open and closed, the newest first."""
    ebooks: tuple[EbookEntry, ...]
    """Every e-book loan, the newest first."""


def _local_day(moment: dt.datetime | None) -> dt.date | None:
    return moment.astimezone().date() if moment is not None else None


def reader_history(session: Session, reader_id: int, clock: Clock, *, limit: int = PAST_LIMIT) -> ReaderHistory:
    if session.get(Reader, reader_id) is None:
        raise errors.UnknownReader(id=reader_id)
    today = clock.today
    mine = loan_query().where(Loan.reader_id == reader_id)
    loans = tuple(loan_line(row, today) for row in session.execute(
        mine.where(Loan.returned_at.is_(None)).order_by(Loan.due_on, Loan.id)).all())
    returned = tuple(loan_line(row, today) for row in session.execute(
        mine.where(Loan.returned_at.is_not(None)).order_by(Loan.returned_at.desc(), Loan.id.desc()).limit(limit)))
    returned_total = session.scalar(select(func.count()).select_from(Loan).where(
        Loan.reader_id == reader_id, Loan.returned_at.is_not(None))) or 0
    holds = tuple(
        HoldEntry(HoldLine(hold_id=hold_id, title=title, status=status, pickup_site_code=site,
                           placed_on=placed.astimezone().date(), expires_on=expires, copy_code=copy_code),
                  closed_on=_local_day(closed))
        for hold_id, title, status, site, placed, expires, copy_code, closed in session.execute(
            select(Hold.id, Title.title, Hold.status, Site.code, Hold.placed_at, Hold.expires_on, Copy.code,
                   Hold.closed_at)
            .join(Title, Title.id == Hold.title_id).join(Site, Site.id == Hold.pickup_site_id)
            .outerjoin(Copy, Copy.id == Hold.copy_id)
            .where(Hold.reader_id == reader_id).order_by(Hold.placed_at.desc(), Hold.id.desc()))
    )
    ebooks = tuple(
        EbookEntry(loan_id=loan_id, title=title, lent_on=lent.astimezone().date(), expires_on=until.astimezone().date(),
                   revoked_on=_local_day(revoked), running=revoked is None and until > clock.now)
        for loan_id, title, lent, until, revoked in session.execute(
            select(EbookLoan.id, Title.title, EbookLoan.lent_at, EbookLoan.expires_at, EbookLoan.revoked_at)
            .join(EbookLicence, EbookLicence.id == EbookLoan.licence_id).join(Title, Title.id == EbookLicence.title_id)
            .where(EbookLoan.reader_id == reader_id).order_by(EbookLoan.lent_at.desc(), EbookLoan.id.desc()))
    )
    return ReaderHistory(reader_id=reader_id, loans=loans, returned=returned, returned_total=returned_total,
                         holds=holds, ebooks=ebooks)
