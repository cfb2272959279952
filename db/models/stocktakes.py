"""Stocktakes (盘点) of a room or a shelf range: the codes scanned and the copies found missing."""

from __future__ import annotations

import datetime as dt
import enum

from sqlalchemy import ForeignKey, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from db.base import Base, MergeIdentityMixin, TimestampMixin, UTCDateTime, str_enum, utcnow


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
