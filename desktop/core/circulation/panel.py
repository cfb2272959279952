"""What the desk shows about the active reader, and the loan lists (open, overdue) a room prints."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session, aliased

from db.models import (
    Copy,
    EbookLicence,
    EbookLoan,
    Hold,
    HoldStatus,
    Loan,
    Reader,
    ReaderType,
    Site,
    Title,
)
from desktop.core import errors, readers
from desktop.core.circulation import lending
from desktop.core.circulation.lending import Clock


@dataclass(frozen=True)
class LoanLine:
    loan_id: int
    copy_code: str
    title: str
    call_number: str
    site_code: str
    """The room that lent it."""
    lent_on: dt.date
    due_on: dt.date
    renewals: int
    overdue_days: int
    returned_on: dt.date | None = None
    reader_card: str = ""
    reader_name: str = ""


@dataclass(frozen=True)
class HoldLine:
    hold_id: int
    title: str
    status: HoldStatus
    pickup_site_code: str
    placed_on: dt.date
    expires_on: dt.date
    copy_code: str | None


@dataclass(frozen=True)
class EbookLine:
    loan_id: int
    title: str
    lent_on: dt.date
    expires_on: dt.date
    url: str


@dataclass(frozen=True)
class ReaderPanel:
    reader: readers.ReaderInfo
    max_loans: int
    loan_days: int
    max_renewals: int
    loans: tuple[LoanLine, ...]
    holds: tuple[HoldLine, ...]
    ebooks: tuple[EbookLine, ...]
    past_loans: int
    blocked: errors.ShuyiError | None
    """Why the reader cannot borrow one more now (None: may borrow)."""

    @property
    def overdue(self) -> int:
        return sum(1 for loan in self.loans if loan.overdue_days > 0)

    @property
    def loans_left(self) -> int:
        return max(self.max_loans - len(self.loans), 0)


def reader_panel(session: Session, reader_id: int, clock: Clock) -> ReaderPanel:
    info = readers.get_reader(session, reader_id)
    reader = session.get_one(Reader, reader_id)
    rtype = session.get_one(ReaderType, reader.type_id)
    today = clock.today
    rows = session.execute(
        _loan_query().where(Loan.reader_id == reader_id, Loan.returned_at.is_(None)).order_by(Loan.due_on, Loan.id)
    ).all()
    loans = tuple(_loan_line(row, today) for row in rows)
    pickup = aliased(Site)
    held_copy = aliased(Copy)
    holds = tuple(
        HoldLine(hold_id=h.id, title=t, status=h.status, pickup_site_code=code,
                 placed_on=h.placed_at.astimezone().date(), expires_on=h.expires_on, copy_code=copy_code)
        for h, t, code, copy_code in session.execute(
            select(Hold, Title.title, pickup.code, held_copy.code)
            .join(Title, Title.id == Hold.title_id).join(pickup, pickup.id == Hold.pickup_site_id)
            .outerjoin(held_copy, held_copy.id == Hold.copy_id)
            .where(Hold.reader_id == reader_id, Hold.status.in_((HoldStatus.WAITING, HoldStatus.READY)))
            .order_by(Hold.placed_at))
    )
    ebooks = tuple(
        EbookLine(loan_id=e.id, title=t, lent_on=e.lent_at.astimezone().date(),
                  expires_on=e.expires_at.astimezone().date(), url=reading_url(url, e.token))
        for e, t, url in session.execute(
            select(EbookLoan, Title.title, EbookLicence.access_url)
            .join(EbookLicence, EbookLicence.id == EbookLoan.licence_id).join(Title, Title.id == EbookLicence.title_id)
            .where(EbookLoan.reader_id == reader_id, EbookLoan.revoked_at.is_(None),
                   EbookLoan.expires_at > clock.now)
            .order_by(EbookLoan.expires_at))
    )
    past = session.scalar(select(func.count()).select_from(Loan).where(
        Loan.reader_id == reader_id, Loan.returned_at.is_not(None))) or 0
    return ReaderPanel(reader=info, max_loans=rtype.max_loans, loan_days=rtype.loan_days,
                       max_renewals=rtype.max_renewals, loans=loans, holds=holds, ebooks=ebooks, past_loans=past,
                       blocked=lending.why_blocked(session, reader, rtype, today))


def reading_url(access_url: str, token: str) -> str:
    """The address an e-book loan's QR carries: the licence's URL with the loan token appended."""
    joiner = "&" if "?" in access_url else "?"
    return f"{access_url}{joiner}token={token}"


def loans(session: Session, clock: Clock, *, site_code: str | None = None, overdue: bool = False,
          include_returned: bool = False, offset: int = 0, limit: int | None = None) -> list[LoanLine]:
    """Loans, open ones first by due date: of one lending room when site_code is given; overdue ones only on request."""
    query = _loan_query(with_reader=True)
    if not include_returned:
        query = query.where(Loan.returned_at.is_(None))
    if overdue:
        query = query.where(Loan.returned_at.is_(None), Loan.due_on < clock.today)
    if site_code:
        query = query.where(Loan.site_id == select(Site.id).where(Site.code == site_code.strip().upper())
                            .scalar_subquery())
    query = query.order_by(Loan.returned_at.is_not(None), Loan.due_on, Loan.id).offset(offset).limit(limit)
    return [_loan_line(row, clock.today) for row in session.execute(query).all()]


def _loan_query(*, with_reader: bool = False):  # noqa: ANN202 (a Select of a known shape)
    columns = [Loan, Copy.code, Copy.call_class, Copy.call_order, Title.title, Site.code]
    query = select(*columns, Reader.card_code, Reader.name) if with_reader else select(*columns)
    query = (query.join(Copy, Copy.id == Loan.copy_id).join(Title, Title.id == Copy.title_id)
             .join(Site, Site.id == Loan.site_id))
    if with_reader:
        query = query.join(Reader, Reader.id == Loan.reader_id)
    return query


def _loan_line(row: tuple, today: dt.date) -> LoanLine:
    loan, code, call_class, call_order, title, site_code = row[:6]
    card, name = (row[6], row[7]) if len(row) > 6 else ("", "")
    returned = loan.returned_at.astimezone().date() if loan.returned_at else None
    late = (today - loan.due_on).days if returned is None else (returned - loan.due_on).days
    return LoanLine(
        loan_id=loan.id, copy_code=code, title=title,
        call_number=f"{call_class}/{call_order}" if call_order else call_class, site_code=site_code,
        lent_on=loan.lent_at.astimezone().date(), due_on=loan.due_on, renewals=loan.renewals,
        overdue_days=max(late, 0), returned_on=returned, reader_card=card, reader_name=name,
    )
