"""The catalogue: titles (books and periodicals), their copies in each room, and periodical issues received."""

from __future__ import annotations

import datetime as dt
import enum

from sqlalchemy import CheckConstraint, Date, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from db.base import Base, Code, MergeIdentityMixin, TimestampMixin, UTCDateTime, str_enum


class TitleKind(enum.StrEnum):
    BOOK = "book"
    PERIODICAL = "periodical"


class CopyStatus(enum.StrEnum):
    ON_SHELF = "on_shelf"
    ON_LOAN = "on_loan"
    IN_TRANSIT = "in_transit"
    LOST = "lost"
    WITHDRAWN = "withdrawn"


class Title(MergeIdentityMixin, TimestampMixin, Base):
    __tablename__ = "titles"

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[TitleKind] = mapped_column(str_enum(TitleKind, name="title_kind", length=16), default=TitleKind.BOOK)
    match_key: Mapped[str] = mapped_column(String(64), unique=True)
    """What makes two records the same title: "isbn:<ISBN-13>", else "text:<hash of title/author/publisher/year>"."""
    isbn13: Mapped[str | None] = mapped_column(String(13), index=True)
    title: Mapped[str] = mapped_column(String(500), index=True)
    author: Mapped[str] = mapped_column(String(500), default="", server_default="")
    publisher: Mapped[str] = mapped_column(String(200), default="", server_default="")
    place: Mapped[str] = mapped_column(String(100), default="", server_default="")
    year: Mapped[str] = mapped_column(String(32), default="", server_default="")
    pages: Mapped[str] = mapped_column(String(64), default="", server_default="")
    price: Mapped[str] = mapped_column(String(64), default="", server_default="")
    clc: Mapped[str] = mapped_column(String(64), default="", server_default="", index=True)
    """中图法 class number, e.g. I247.57."""
    subjects: Mapped[str] = mapped_column(Text, default="", server_default="")
    """Subject headings joined by "；"."""

    copies: Mapped[list[Copy]] = relationship(back_populates="title", passive_deletes=True)


class Copy(MergeIdentityMixin, TimestampMixin, Base):
    __tablename__ = "copies"
    __table_args__ = (
        Index("ix_copies_home_site_id_shelf_key", "home_site_id", "shelf_key"),
        Index("ix_copies_call_class_call_order", "call_class", "call_order"),
        UniqueConstraint("legacy_barcode", "home_site_id", name="uq_copies_legacy_barcode_home_site_id"),
        CheckConstraint("call_order = '' OR call_class <> ''", name="order_needs_class"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(Code, unique=True)
    """The printed QR code of this copy (docs/codes.md)."""
    title_id: Mapped[int] = mapped_column(ForeignKey("titles.id", ondelete="RESTRICT"), index=True)
    home_site_id: Mapped[int] = mapped_column(ForeignKey("sites.id", ondelete="RESTRICT"))
    """Indexed by ix_copies_home_site_id_shelf_key, whose leading column it is."""
    status: Mapped[CopyStatus] = mapped_column(
        str_enum(CopyStatus, name="copy_status", length=16), default=CopyStatus.ON_SHELF
    )
    call_class: Mapped[str] = mapped_column(String(64), default="", server_default="")
    call_order: Mapped[str] = mapped_column(String(32), default="", server_default="")
    """种次号 (a number, per room and class) or 著者号; the call number is call_class/call_order."""
    shelf_key: Mapped[str] = mapped_column(String(128), default="", server_default="")
    """Sorts in true shelf order: the class character by character, then the 种次号 as a number."""
    shelf: Mapped[str] = mapped_column(String(64), default="", server_default="")
    acquired_on: Mapped[dt.date | None] = mapped_column(Date)
    source: Mapped[str] = mapped_column(String(100), default="", server_default="")
    """How the copy came: 采购, 捐赠, 调拨, or the file it was imported from."""
    legacy_barcode: Mapped[str | None] = mapped_column(String(64))
    """The barcode an earlier system gave this copy, kept so that re-imports and old labels still match;
    unique within its room (two rooms' old systems may have numbered alike)."""
    import_key: Mapped[str | None] = mapped_column(String(80), unique=True)
    """File record fingerprint + occurrence: importing the same file twice adds nothing."""
    label_printed_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime())
    shelved_at_id: Mapped[int | None] = mapped_column(ForeignKey("sites.id", ondelete="SET NULL"))
    """The room whose shelf the copy now belongs to when that is not its home: it floated there, or came in a
    book box. NULL: its home room. A copy in transit is on its way to this room (or home)."""
    note: Mapped[str] = mapped_column(Text, default="", server_default="")

    title: Mapped[Title] = relationship(back_populates="copies")

    @property
    def call_number(self) -> str:
        return f"{self.call_class}/{self.call_order}" if self.call_order else self.call_class


class PeriodicalIssue(MergeIdentityMixin, TimestampMixin, Base):
    """An issue of a periodical (报刊) received by a room: 2026年第11期, received on a date."""

    __tablename__ = "periodical_issues"

    id: Mapped[int] = mapped_column(primary_key=True)
    title_id: Mapped[int] = mapped_column(ForeignKey("titles.id", ondelete="CASCADE"), index=True)
    site_id: Mapped[int] = mapped_column(ForeignKey("sites.id", ondelete="RESTRICT"), index=True)
    issue: Mapped[str] = mapped_column(String(64))
    received_on: Mapped[dt.date] = mapped_column(Date)


class Counter(Base):
    """Sequences allocated inside a write transaction: code serials per site and kind, 种次号 per room and class."""

    __tablename__ = "counters"

    scope: Mapped[str] = mapped_column(String(32), primary_key=True)
    key: Mapped[str] = mapped_column(String(96), primary_key=True)
    value: Mapped[int] = mapped_column(Integer, default=0)
