"""Readers, their status, and each logged showing of a full phone number (stored once, shown masked)."""

from __future__ import annotations

import datetime as dt
import enum

from sqlalchemy import CheckConstraint, Date, ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from db.base import Base, Code, MergeIdentityMixin, TimestampMixin, UTCDateTime, str_enum, utcnow


class ReaderStatus(enum.StrEnum):
    ACTIVE = "active"
    SUSPENDED = "suspended"
    LEFT = "left"


class Reader(MergeIdentityMixin, TimestampMixin, Base):
    __tablename__ = "readers"
    __table_args__ = (CheckConstraint("phone IS NULL OR length(phone) = 11", name="phone_length"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    card_code: Mapped[str] = mapped_column(Code, unique=True)
    """The printed reader-card code (docs/codes.md)."""
    name: Mapped[str] = mapped_column(String(64))
    name_initials: Mapped[str] = mapped_column(String(64), default="", server_default="", index=True)
    """拼音首字母 of the name (all readings of 多音字, space-separated), for search."""
    name_pinyin: Mapped[str] = mapped_column(String(255), default="", server_default="")
    unit: Mapped[str] = mapped_column(String(100), default="", server_default="")
    phone: Mapped[str | None] = mapped_column(String(11))
    """Mobile number, the only copy; never shown unmasked except by a logged reveal."""
    union_card: Mapped[str] = mapped_column(String(32), default="", server_default="")
    type_id: Mapped[int] = mapped_column(ForeignKey("reader_types.id", ondelete="RESTRICT"), index=True)
    status: Mapped[ReaderStatus] = mapped_column(
        str_enum(ReaderStatus, name="reader_status", length=16), default=ReaderStatus.ACTIVE
    )
    home_site_id: Mapped[int | None] = mapped_column(ForeignKey("sites.id", ondelete="SET NULL"), index=True)
    registered_on: Mapped[dt.date] = mapped_column(Date)
    anonymised_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime())
    note: Mapped[str] = mapped_column(Text, default="", server_default="")


class PhoneReveal(Base):
    """Each deliberate showing of a reader's full phone number: who, when, where."""

    __tablename__ = "phone_reveals"

    id: Mapped[int] = mapped_column(primary_key=True)
    reader_id: Mapped[int] = mapped_column(ForeignKey("readers.id", ondelete="CASCADE"), index=True)
    revealed_at: Mapped[dt.datetime] = mapped_column(UTCDateTime(), default=utcnow)
    revealed_by: Mapped[str] = mapped_column(String(64))
    channel: Mapped[str] = mapped_column(String(16))
    """gui or cli."""
