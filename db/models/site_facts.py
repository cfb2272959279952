"""Recorded facts about a site (rules posted, the 12351 sign, listed on maps…), each with when it was noted."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Boolean, Date, ForeignKey, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from db.base import Base, MergeIdentityMixin, TimestampMixin, str_enum
from db.models.standards import SiteFact


class SiteFactRecord(MergeIdentityMixin, TimestampMixin, Base):
    __tablename__ = "site_facts"
    __table_args__ = (UniqueConstraint("site_id", "fact", name="site_fact"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    site_id: Mapped[int] = mapped_column(ForeignKey("sites.id", ondelete="RESTRICT"), index=True)
    fact: Mapped[SiteFact] = mapped_column(str_enum(SiteFact, name="site_fact", length=24))
    present: Mapped[bool] = mapped_column(Boolean)
    noted_on: Mapped[dt.date | None] = mapped_column(Date)
    noted_by: Mapped[str] = mapped_column(String(50), default="", server_default="")
