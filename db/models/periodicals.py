"""Periodical issues: an issue of a periodical (报刊) received by a room."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Date, ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from db.base import Base, MergeIdentityMixin, TimestampMixin


class PeriodicalIssue(MergeIdentityMixin, TimestampMixin, Base):
    """An issue of a periodical (报刊) received by a room: 2026年第11期, received on a date."""

    __tablename__ = "periodical_issues"

    id: Mapped[int] = mapped_column(primary_key=True)
    title_id: Mapped[int] = mapped_column(ForeignKey("titles.id", ondelete="CASCADE"), index=True)
    site_id: Mapped[int] = mapped_column(ForeignKey("sites.id", ondelete="RESTRICT"), index=True)
    issue: Mapped[str] = mapped_column(String(64))
    received_on: Mapped[dt.date] = mapped_column(Date)
