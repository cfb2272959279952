"""The lending rules and the questions every scan asks: a copy's open loan, a reader's open and overdue loans,
why a reader may not borrow, the hold a copy is kept aside for, the transfer a copy travels in.

Read-only helpers for lending, transfers, stocktakes, e-books and the desk's panel; the statements run on every
scan are built once (composing a select() costs more than SQLite running it).
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Date, bindparam, func, select
from sqlalchemy.orm import Session

from db.models import (
    Copy,
    Hold,
    HoldStatus,
    Loan,
    Reader,
    ReaderStatus,
    ReaderType,
    Transfer,
    TransferItem,
    TransferStatus,
)
from desktop.core import errors
from desktop.core.circulation import results as r
from desktop.core.privacy import mask_name


def shelf_room_id(copy: Copy) -> int:
    return copy.shelved_at_id or copy.home_site_id


_OPEN_LOAN = select(Loan).where(Loan.copy_id == bindparam("copy_id"), Loan.returned_at.is_(None))
_OPEN_COUNT = select(func.count()).select_from(Loan).where(Loan.reader_id == bindparam("reader_id"),
                                                           Loan.returned_at.is_(None))
_OVERDUE_COUNT = _OPEN_COUNT.where(Loan.due_on < bindparam("today", type_=Date()))
_READY_HOLD = select(Hold).where(Hold.copy_id == bindparam("copy_id"), Hold.status == HoldStatus.READY)


def open_loan(session: Session, copy_id: int) -> Loan | None:
    return session.scalars(_OPEN_LOAN, {"copy_id": copy_id}).one_or_none()


def open_loan_count(session: Session, reader_id: int) -> int:
    return session.scalar(_OPEN_COUNT, {"reader_id": reader_id}) or 0


def overdue_count(session: Session, reader_id: int, today: dt.date) -> int:
    return session.scalar(_OVERDUE_COUNT, {"reader_id": reader_id, "today": today}) or 0


def why_blocked(session: Session, reader: Reader, rtype: ReaderType, today: dt.date) -> errors.ShuyiError | None:
    """The reason this reader may not borrow one more book now, or None."""
    return inactive(reader) or block_reason(reader, type_name=rtype.name, max_loans=rtype.max_loans,
                        open_count=open_loan_count(session, reader.id),
                        overdue=overdue_count(session, reader.id, today))


def inactive(reader: Reader) -> errors.ShuyiError | None:
    """ReaderBlocked for a suspended reader, one who left or one anonymised: they may neither borrow nor renew."""
    if reader.status is not ReaderStatus.ACTIVE or reader.anonymised_at is not None:
        return errors.ReaderBlocked(name=mask_name(reader.name), status=r.word(reader.status))
    return None


def block_reason(reader: Reader, *, type_name: str, max_loans: int, open_count: int,
                 overdue: int) -> errors.ShuyiError | None:
    """The lending rules in order: an inactive reader, then overdue books, then the limit of the reader type."""
    if (refusal := inactive(reader)) is not None:
        return refusal
    if overdue:
        return errors.ReaderHasOverdue(name=mask_name(reader.name), count=overdue)
    if open_count >= max_loans:
        return errors.LoanLimitReached(name=mask_name(reader.name), count=open_count, type=type_name)
    return None


def ready_hold_on(session: Session, copy_id: int) -> Hold | None:
    return session.scalars(_READY_HOLD, {"copy_id": copy_id}).first()


def sent_transfer_of(session: Session, copy_id: int) -> tuple[Transfer, TransferItem] | None:
    """The transfer (or transit) a copy is travelling in, if any."""
    row = session.execute(
        select(Transfer, TransferItem).join(TransferItem, TransferItem.transfer_id == Transfer.id)
        .where(TransferItem.copy_id == copy_id, Transfer.status == TransferStatus.SENT,
               TransferItem.received_at.is_(None), TransferItem.unexpected.is_(False))
        .order_by(Transfer.id.desc()).limit(1)).first()
    return (row[0], row[1]) if row else None
