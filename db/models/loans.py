"""Loans: a copy lent to a reader, open until it comes back."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import CheckConstraint, Date, ForeignKey, Index, Integer, text
from sqlalchemy.orm import Mapped, mapped_column

from db.base import Base, MergeIdentityMixin, UTCDateTime, utcnow

OPEN = text("returned_at IS NULL")


class Loan(MergeIdentityMixin, Base):
    """A copy lent to a reader: open until returned_at is set. At most one open loan per copy (the database says so)."""

    __tablename__ = "loans"
    __table_args__ = (
        Index("uq_loans_open_copy", "copy_id", unique=True, sqlite_where=OPEN, postgresql_where=OPEN),
        Index("ix_loans_reader_id_returned_at", "reader_id", "returned_at"),
        Index("ix_loans_open_due_on", "due_on", sqlite_where=OPEN, postgresql_where=OPEN),
        CheckConstraint("renewals >= 0", name="renewals_not_negative"),
        CheckConstraint("returned_at IS NULL OR returned_site_id IS NOT NULL", name="returned_somewhere"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    copy_id: Mapped[int] = mapped_column(ForeignKey("copies.id", ondelete="RESTRICT"))
    """Indexed by uq_loans_open_copy (open loans) and ix_loans_copy_id (history)."""
    reader_id: Mapped[int] = mapped_column(ForeignKey("readers.id", ondelete="RESTRICT"))
    site_id: Mapped[int] = mapped_column(ForeignKey("sites.id", ondelete="RESTRICT"), index=True)
    """The room that lent it."""
    lent_at: Mapped[dt.datetime] = mapped_column(UTCDateTime(), default=utcnow)
    due_on: Mapped[dt.date] = mapped_column(Date)
    renewals: Mapped[int] = mapped_column(Integer, default=0)
    renewed_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime())
    returned_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime())
    returned_site_id: Mapped[int | None] = mapped_column(ForeignKey("sites.id", ondelete="RESTRICT"))


Index("ix_loans_copy_id", Loan.copy_id)
