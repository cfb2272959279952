"""Circulation: loans, holds, transfers between rooms (and rotating book boxes), stocktakes, e-book cloud loans."""

from __future__ import annotations

import datetime as dt
import enum

from sqlalchemy import CheckConstraint, Date, ForeignKey, Index, Integer, String, Text, UniqueConstraint, text
from sqlalchemy.orm import Mapped, mapped_column

from db.base import Base, Code, MergeIdentityMixin, TimestampMixin, UTCDateTime, str_enum, utcnow

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


class HoldStatus(enum.StrEnum):
    WAITING = "waiting"
    """Placed; no copy yet."""
    READY = "ready"
    """A copy is kept aside at the pickup room until expires_on."""
    COLLECTED = "collected"
    CANCELLED = "cancelled"
    EXPIRED = "expired"


ACTIVE_HOLD = text("status IN ('waiting', 'ready')")


class Hold(MergeIdentityMixin, TimestampMixin, Base):
    """A reader's reservation (预约) of a title, to be collected at a room."""

    __tablename__ = "holds"
    __table_args__ = (
        Index("uq_holds_active_reader_title", "reader_id", "title_id", unique=True,
              sqlite_where=ACTIVE_HOLD, postgresql_where=ACTIVE_HOLD),
        Index("ix_holds_title_id_status", "title_id", "status"),
        Index("ix_holds_status_expires_on", "status", "expires_on"),
        CheckConstraint("status <> 'ready' OR copy_id IS NOT NULL", name="ready_has_copy"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    title_id: Mapped[int] = mapped_column(ForeignKey("titles.id", ondelete="CASCADE"))
    reader_id: Mapped[int] = mapped_column(ForeignKey("readers.id", ondelete="CASCADE"), index=True)
    pickup_site_id: Mapped[int] = mapped_column(ForeignKey("sites.id", ondelete="RESTRICT"))
    status: Mapped[HoldStatus] = mapped_column(str_enum(HoldStatus, name="hold_status", length=16),
                                               default=HoldStatus.WAITING)
    placed_at: Mapped[dt.datetime] = mapped_column(UTCDateTime(), default=utcnow)
    copy_id: Mapped[int | None] = mapped_column(ForeignKey("copies.id", ondelete="SET NULL"), index=True)
    """The copy kept aside once the hold is ready."""
    ready_on: Mapped[dt.date | None] = mapped_column(Date)
    expires_on: Mapped[dt.date] = mapped_column(Date)
    """A waiting hold lapses on this day unless a copy came; a ready one, unless it was collected."""
    closed_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime())


class TransferKind(enum.StrEnum):
    TRANSFER = "transfer"
    """调拨: a batch of copies moves to another room for good."""
    BOOK_BOX = "book_box"
    """漂流书箱: copies go out to a room or work site and come back by return_by."""
    TRANSIT = "transit"
    """A single copy returned elsewhere (通借通还) on its way to the room it belongs to."""


class TransferStatus(enum.StrEnum):
    OPEN = "open"
    """Being filled by scanning copies into it at the sending room."""
    SENT = "sent"
    RECEIVED = "received"
    CANCELLED = "cancelled"


class Transfer(MergeIdentityMixin, TimestampMixin, Base):
    __tablename__ = "transfers"
    __table_args__ = (
        CheckConstraint("from_site_id <> to_site_id", name="two_rooms"),
        CheckConstraint("kind <> 'book_box' OR return_by IS NOT NULL", name="box_has_return_date"),
        Index("ix_transfers_to_site_id_status", "to_site_id", "status"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[TransferKind] = mapped_column(str_enum(TransferKind, name="transfer_kind", length=16))
    status: Mapped[TransferStatus] = mapped_column(str_enum(TransferStatus, name="transfer_status", length=16),
                                                   default=TransferStatus.OPEN)
    from_site_id: Mapped[int] = mapped_column(ForeignKey("sites.id", ondelete="RESTRICT"), index=True)
    to_site_id: Mapped[int] = mapped_column(ForeignKey("sites.id", ondelete="RESTRICT"))
    return_by: Mapped[dt.date | None] = mapped_column(Date)
    return_of_id: Mapped[int | None] = mapped_column(ForeignKey("transfers.id", ondelete="SET NULL"), index=True)
    """For a book box on its way home: the box it brings back."""
    sent_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime())
    received_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime())
    note: Mapped[str] = mapped_column(Text, default="", server_default="")


class TransferItem(MergeIdentityMixin, Base):
    """A copy in a transfer; received_at is set when it is scanned at the destination. unexpected: scanned there
    but never sent in this transfer."""

    __tablename__ = "transfer_items"
    __table_args__ = (UniqueConstraint("transfer_id", "copy_id", name="uq_transfer_items_transfer_id_copy_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    transfer_id: Mapped[int] = mapped_column(ForeignKey("transfers.id", ondelete="CASCADE"))
    copy_id: Mapped[int] = mapped_column(ForeignKey("copies.id", ondelete="CASCADE"), index=True)
    added_at: Mapped[dt.datetime] = mapped_column(UTCDateTime(), default=utcnow)
    received_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime())
    unexpected: Mapped[bool] = mapped_column(default=False)


class StocktakeStatus(enum.StrEnum):
    OPEN = "open"
    FINISHED = "finished"
    CANCELLED = "cancelled"


class Stocktake(MergeIdentityMixin, TimestampMixin, Base):
    """盘点 of a room, or of a range of its shelf (call-number shelf keys from..to, inclusive)."""

    __tablename__ = "stocktakes"

    id: Mapped[int] = mapped_column(primary_key=True)
    site_id: Mapped[int] = mapped_column(ForeignKey("sites.id", ondelete="RESTRICT"), index=True)
    status: Mapped[StocktakeStatus] = mapped_column(
        str_enum(StocktakeStatus, name="stocktake_status", length=16), default=StocktakeStatus.OPEN)
    call_from: Mapped[str] = mapped_column(String(64), default="", server_default="")
    call_to: Mapped[str] = mapped_column(String(64), default="", server_default="")
    """The call-number range as typed (empty: from the start / to the end of the room)."""
    started_at: Mapped[dt.datetime] = mapped_column(UTCDateTime(), default=utcnow)
    finished_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime())
    expected: Mapped[int | None] = mapped_column(Integer)
    found: Mapped[int | None] = mapped_column(Integer)
    """Counted when the stocktake finished (the shelves change afterwards; the report of a finished one does not)."""


class StocktakeScan(MergeIdentityMixin, Base):
    """One code scanned during a stocktake (a repeat scan of the same code is kept once)."""

    __tablename__ = "stocktake_scans"
    __table_args__ = (UniqueConstraint("stocktake_id", "code", name="uq_stocktake_scans_stocktake_id_code"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    stocktake_id: Mapped[int] = mapped_column(ForeignKey("stocktakes.id", ondelete="CASCADE"))
    code: Mapped[str] = mapped_column(String(64))
    copy_id: Mapped[int | None] = mapped_column(ForeignKey("copies.id", ondelete="SET NULL"), index=True)
    scanned_at: Mapped[dt.datetime] = mapped_column(UTCDateTime(), default=utcnow)


class StocktakeMissing(MergeIdentityMixin, Base):
    """A copy a stocktake expected and did not find, as it stood when the stocktake finished."""

    __tablename__ = "stocktake_missing"
    __table_args__ = (UniqueConstraint("stocktake_id", "copy_id", name="uq_stocktake_missing_stocktake_id_copy_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    stocktake_id: Mapped[int] = mapped_column(ForeignKey("stocktakes.id", ondelete="CASCADE"))
    copy_id: Mapped[int] = mapped_column(ForeignKey("copies.id", ondelete="CASCADE"), index=True)
    copy_updated_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime())
    """The copy's updated_at when the stocktake finished: a copy changed since then is not marked lost."""
    marked_lost_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime())


class EbookLicence(MergeIdentityMixin, TimestampMixin, Base):
    """An e-book title the union licensed for cloud lending (云借阅): its reading URL and how many may read at once.

    Its printed slip carries an E code; a reader scans the slip at the desk to borrow."""

    __tablename__ = "ebook_licences"
    __table_args__ = (
        CheckConstraint("max_concurrent >= 1 AND loan_days >= 1", name="limits_sane"),
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
