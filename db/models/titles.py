"""Titles: the catalogue's descriptions of books and periodicals."""

from __future__ import annotations

import enum
from typing import TYPE_CHECKING

from sqlalchemy import CheckConstraint, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from db import bounds
from db.base import Base, MergeIdentityMixin, TimestampMixin, str_enum

if TYPE_CHECKING:
    from db.models.copies import Copy



class TitleKind(enum.StrEnum):
    BOOK = "book"
    PERIODICAL = "periodical"


class Title(MergeIdentityMixin, TimestampMixin, Base):
    __tablename__ = "titles"
    __table_args__ = (
        CheckConstraint(bounds.PUBLICATION_YEAR.sql("year_number", nullable=True), name="year_number_range"),
        CheckConstraint(bounds.PAGES.sql("page_count", nullable=True), name="page_count_range"),
        CheckConstraint(bounds.PRICE_FEN.sql("price_fen", nullable=True), name="price_fen_range"),
    )

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
    year_number: Mapped[int | None] = mapped_column(Integer)
    page_count: Mapped[int | None] = mapped_column(Integer)
    price_fen: Mapped[int | None] = mapped_column(Integer)
    """What year, pages and price stand for as numbers (db.textnumbers), bounded by CHECKs; None: no number."""
    clc: Mapped[str] = mapped_column(String(64), default="", server_default="", index=True)
    """中图法 class number, e.g. I247.57."""
    subjects: Mapped[str] = mapped_column(Text, default="", server_default="")
    """Subject headings joined by "；"."""

    copies: Mapped[list[Copy]] = relationship(back_populates="title", passive_deletes=True)
