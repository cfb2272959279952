"""What the desk shows about the active reader, and the loan lists (open, overdue) a room prints."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import bindparam, func, select
from sqlalchemy.orm import Session

from db.base import UTCDateTime
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
from desktop.core.callnumbers import CallNumber
from desktop.core.circulation import rules
from desktop.core.clock import Clock


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


def loan_query(*, with_reader: bool = False):  # noqa: ANN202 (a Select of a known shape)
    columns = [Loan, Copy.code, Copy.call_class, Copy.call_order, Title.title, Site.code]
    query = select(*columns, Reader.card_code, Reader.name) if with_reader else select(*columns)
    query = (query.join(Copy, Copy.id == Loan.copy_id).join(Title, Title.id == Copy.title_id)
             .join(Site, Site.id == Loan.site_id))
    if with_reader:
        query = query.join(Reader, Reader.id == Loan.reader_id)
    return query


_OPEN_LOANS = (loan_query().where(Loan.reader_id == bindparam("reader_id"), Loan.returned_at.is_(None))
               .order_by(Loan.due_on, Loan.id))
_READER = (
    select(Reader, ReaderType.name, ReaderType.max_loans, ReaderType.loan_days, ReaderType.max_renewals, Site.code)
    .join(ReaderType, ReaderType.id == Reader.type_id).outerjoin(Site, Site.id == Reader.home_site_id)
    .where(Reader.id == bindparam("reader_id"))
)
_HOLDS = (
    select(Hold.id, Title.title, Hold.status, Site.code, Hold.placed_at, Hold.expires_on, Copy.code)
    .join(Title, Title.id == Hold.title_id).join(Site, Site.id == Hold.pickup_site_id)
    .outerjoin(Copy, Copy.id == Hold.copy_id)
    .where(Hold.reader_id == bindparam("reader_id"), Hold.status.in_((HoldStatus.WAITING, HoldStatus.READY)))
    .order_by(Hold.placed_at)
)
_EBOOKS = (
    select(EbookLoan.id, Title.title, EbookLoan.lent_at, EbookLoan.expires_at, EbookLicence.access_url,
           EbookLoan.token)
    .join(EbookLicence, EbookLicence.id == EbookLoan.licence_id).join(Title, Title.id == EbookLicence.title_id)
    .where(EbookLoan.reader_id == bindparam("reader_id"), EbookLoan.revoked_at.is_(None),
           EbookLoan.expires_at > bindparam("now", type_=UTCDateTime()))
    .order_by(EbookLoan.expires_at)
)
_PAST = select(func.count()).select_from(Loan).where(Loan.reader_id == bindparam("reader_id"),
                                                     Loan.returned_at.is_not(None))


def reader_panel(session: Session, reader_id: int, clock: Clock) -> ReaderPanel:
    """Everything the desk shows about a reader, in five indexed reads (statements built once, at import)."""
    key = {"reader_id": reader_id}
    row = session.execute(_READER, key).first()
    if row is None:
        raise errors.UnknownReader(id=reader_id)
    reader, type_name, max_loans, loan_days, max_renewals, site_code = row
    info = readers.reader_info(reader, type_name, site_code)
    today = clock.today
    loans = tuple(loan_line(r, today) for r in session.execute(_OPEN_LOANS, key).all())
    holds = tuple(
        HoldLine(hold_id=hold_id, title=t, status=status, pickup_site_code=code,
                 placed_on=placed.astimezone().date(), expires_on=expires, copy_code=copy_code)
        for hold_id, t, status, code, placed, expires, copy_code in session.execute(_HOLDS, key)
    )
    ebooks = tuple(
        EbookLine(loan_id=loan_id, title=t, lent_on=lent.astimezone().date(), expires_on=until.astimezone().date(),
                  url=reading_url(url, token))
        for loan_id, t, lent, until, url, token in session.execute(_EBOOKS, key | {"now": clock.now})
    )
    past = session.scalar(_PAST, key) or 0
    overdue = sum(1 for loan in loans if loan.overdue_days > 0)
    blocked = rules.block_reason(reader, type_name=type_name, max_loans=max_loans, open_count=len(loans),
                                   overdue=overdue)
    return ReaderPanel(reader=info, max_loans=max_loans, loan_days=loan_days, max_renewals=max_renewals,
                       loans=loans, holds=holds, ebooks=ebooks, past_loans=past, blocked=blocked)


def reading_url(access_url: str, token: str) -> str:
    """The address an e-book loan's QR carries: the licence's URL with the loan token appended."""
    joiner = "&" if "?" in access_url else "?"
    return f"{access_url}{joiner}token={token}"


def loans(session: Session, clock: Clock, *, site_code: str | None = None, overdue: bool = False,
          include_returned: bool = False, offset: int = 0, limit: int | None = None) -> list[LoanLine]:
    """Loans, open ones first by due date: of one lending room when site_code is given; overdue ones only on request."""
    query = loan_query(with_reader=True)
    if not include_returned:
        query = query.where(Loan.returned_at.is_(None))
    if overdue:
        query = query.where(Loan.returned_at.is_(None), Loan.due_on < clock.today)
    if site_code:
        query = query.where(Loan.site_id == select(Site.id).where(Site.code == site_code.strip().upper())
                            .scalar_subquery())
    query = query.order_by(Loan.returned_at.is_not(None), Loan.due_on, Loan.id).offset(offset).limit(limit)
    return [loan_line(row, clock.today) for row in session.execute(query).all()]


def loan_line(row: tuple, today: dt.date) -> LoanLine:
    loan, code, call_class, call_order, title, site_code = row[:6]
    card, name = (row[6], row[7]) if len(row) > 6 else ("", "")
    returned = loan.returned_at.astimezone().date() if loan.returned_at else None
    late = (today - loan.due_on).days if returned is None else (returned - loan.due_on).days
    return LoanLine(
        loan_id=loan.id, copy_code=code, title=title,
        call_number=str(CallNumber(call_class, call_order)), site_code=site_code,
        lent_on=loan.lent_at.astimezone().date(), due_on=loan.due_on, renewals=loan.renewals,
        overdue_days=max(late, 0), returned_on=returned, reader_card=card, reader_name=name,
    )
