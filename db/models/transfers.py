"""Transfers between rooms: 调拨, rotating book boxes, and single copies in transit home, with their items."""

from __future__ import annotations

import datetime as dt
import enum

from sqlalchemy import CheckConstraint, Date, ForeignKey, Index, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from db.base import Base, MergeIdentityMixin, TimestampMixin, UTCDateTime, str_enum, utcnow


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
