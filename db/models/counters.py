"""Counters: sequences allocated inside a write transaction (code serials, 种次号)."""

from __future__ import annotations

from sqlalchemy import Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from db.base import Base


class Counter(Base):
    """Sequences allocated inside a write transaction: code serials per site and kind, 种次号 per room and class."""

    __tablename__ = "counters"

    scope: Mapped[str] = mapped_column(String(32), primary_key=True)
    key: Mapped[str] = mapped_column(String(96), primary_key=True)
    value: Mapped[int] = mapped_column(Integer, default=0)
