"""E-book cloud lending (云借阅): the licences the union holds and the loans of reading time made from them."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import CheckConstraint, ForeignKey, Index, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from db import bounds
from db.base import Base, Code, MergeIdentityMixin, TimestampMixin, UTCDateTime, utcnow


class EbookLicence(MergeIdentityMixin, TimestampMixin, Base):
    """An e-book title the union licensed for cloud lending (云借阅): its reading URL and how many may read at once.

    Its printed slip carries an E code; a reader scans the slip at the desk to borrow."""

    __tablename__ = "ebook_licences"
    __table_args__ = (
        CheckConstraint(bounds.EBOOK_CAP.sql("max_concurrent") + " AND " + bounds.EBOOK_LOAN_DAYS.sql("loan_days"),
                        name="limits_sane"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(Code, unique=True)
    title_id: Mapped[int] = mapped_column(ForeignKey("titles.id", ondelete="RESTRICT"), unique=True)
    access_url: Mapped[str] = mapped_column(String(500))
    max_concurrent: Mapped[int] = mapped_column(Integer, default=1)
    loan_days: Mapped[int] = mapped_column(Integer, default=90)
    active: Mapped[bool] = mapped_column(default=True)


class EbookLoan(MergeIdentityMixin, Base):
    """Ninety days (the licence's loan_days) of reading for one reader; expires by itself, or is revoked."""

    __tablename__ = "ebook_loans"
    __table_args__ = (Index("ix_ebook_loans_licence_id_expires_at", "licence_id", "expires_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    licence_id: Mapped[int] = mapped_column(ForeignKey("ebook_licences.id", ondelete="RESTRICT"))
    reader_id: Mapped[int] = mapped_column(ForeignKey("readers.id", ondelete="RESTRICT"), index=True)
    site_id: Mapped[int] = mapped_column(ForeignKey("sites.id", ondelete="RESTRICT"))
    token: Mapped[str] = mapped_column(String(64), unique=True)
    """A random secret the reading URL carries (never a reader's name or number)."""
    lent_at: Mapped[dt.datetime] = mapped_column(UTCDateTime(), default=utcnow)
    expires_at: Mapped[dt.datetime] = mapped_column(UTCDateTime())
    revoked_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime())
