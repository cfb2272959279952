"""Copies: each physical book of a title in a room, with its printed code and call number."""

from __future__ import annotations

import datetime as dt
import enum
from typing import TYPE_CHECKING

from sqlalchemy import CheckConstraint, Date, ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from db.base import Base, Code, MergeIdentityMixin, TimestampMixin, UTCDateTime, str_enum

if TYPE_CHECKING:
    from db.models.titles import Title



class CopyStatus(enum.StrEnum):
    ON_SHELF = "on_shelf"
    ON_LOAN = "on_loan"
    IN_TRANSIT = "in_transit"
    LOST = "lost"
    WITHDRAWN = "withdrawn"

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
