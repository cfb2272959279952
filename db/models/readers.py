"""Readers and reader types with their loan rules; a phone number is stored once and shown masked."""

from __future__ import annotations

import datetime as dt
import enum

from sqlalchemy import Boolean, CheckConstraint, Date, ForeignKey, Integer, String, Text, false
from sqlalchemy.orm import Mapped, mapped_column

from db.base import Base, Code, TimestampMixin, UTCDateTime, str_enum, utcnow


class ReaderStatus(enum.StrEnum):
    ACTIVE = "active"
    SUSPENDED = "suspended"
    LEFT = "left"


class ReaderType(TimestampMixin, Base):
    __tablename__ = "reader_types"
    __table_args__ = (
        CheckConstraint("max_loans >= 0 AND loan_days >= 1 AND max_renewals >= 0", name="rules_sane"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(32), unique=True)
    max_loans: Mapped[int] = mapped_column(Integer, default=5)
    loan_days: Mapped[int] = mapped_column(Integer, default=30)
    max_renewals: Mapped[int] = mapped_column(Integer, default=1)
    is_default: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    renew_overdue: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())  # from the panel


class Reader(TimestampMixin, Base):
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
