"""Titles: the catalogue's descriptions of books and periodicals."""

from __future__ import annotations

import enum
from typing import TYPE_CHECKING

from sqlalchemy import String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from db.base import Base, MergeIdentityMixin, TimestampMixin, str_enum

if TYPE_CHECKING:
    from db.models.copies import Copy



class TitleKind(enum.StrEnum):
    BOOK = "book"
    PERIODICAL = "periodical"


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
