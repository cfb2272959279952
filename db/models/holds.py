"""Holds: a reader's reservation (预约) of a title, kept aside at a room once a copy comes."""

from __future__ import annotations

import datetime as dt
import enum

from sqlalchemy import CheckConstraint, Date, ForeignKey, Index, text
from sqlalchemy.orm import Mapped, mapped_column

from db.base import Base, MergeIdentityMixin, TimestampMixin, UTCDateTime, str_enum, utcnow


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
