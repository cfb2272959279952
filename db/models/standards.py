"""Standards (6+X, 七个一, 8个1, 六有, a union's own): checklists held as data, each item met by a working facility
of given kinds or by a recorded fact about the site."""

from __future__ import annotations

import enum

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Column,
    ForeignKey,
    Integer,
    String,
    Table,
    Text,
    UniqueConstraint,
    false,
    true,
)
from sqlalchemy.orm import Mapped, mapped_column

from db.base import Base, MergeIdentityMixin, TimestampMixin, str_enum

STAR_THRESHOLDS = "20,40,60,80,100"


class SiteFact(enum.StrEnum):
    """Facts about a site that no facility shows, recorded by the caretaker or an inspector."""

    ON_MAPS = "on_maps"
    """地图可查: listed on Gaode/Baidu/Tencent maps."""
    UNIFIED_SIGN = "unified_sign"
    """统一标识名称"""
    RULES_POSTED = "rules_posted"
    """规范制度上墙"""
    HOTLINE_12351 = "hotline_12351"
    """The national union hotline sign posted inside."""
    RECORDS_BOOK = "records_book"
    """台账 kept up to date."""
    REASONABLE_LAYOUT = "reasonable_layout"
    """合理布局"""
    FUNCTIONS_COMPLETE = "functions_complete"
    """完善功能: rest, water, meal heating, charging and a toilet all offered."""
    INDOOR_SPACE = "indoor_space"
    """室内场所"""


class Standard(MergeIdentityMixin, TimestampMixin, Base):
    __tablename__ = "standards"
    __table_args__ = (CheckConstraint("length(name) >= 1", name="name_present"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(40), unique=True)
    """What users type: 6+X, 七个一, 8个1, 六有."""
    title: Mapped[str] = mapped_column(String(100), default="", server_default="")
    region: Mapped[str] = mapped_column(String(40), default="", server_default="")
    description: Mapped[str] = mapped_column(Text, default="", server_default="")
    star_thresholds: Mapped[str] = mapped_column(String(40), default=STAR_THRESHOLDS, server_default=STAR_THRESHOLDS)
    """The star pre-score's rule: the percentages of the weighted items met that earn 1, 2, 3, 4 and 5 stars
    (a required item missing caps it at 2 stars: desktop.core.stations.compliance says so where it is shown)."""
    builtin: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())


standard_item_kinds = Table(
    "standard_item_kinds",
    Base.metadata,
    Column("item_id", ForeignKey("standard_items.id", ondelete="CASCADE"), primary_key=True),
    Column("term_id", ForeignKey("terms.id", ondelete="RESTRICT"), primary_key=True),
)
"""The facility kinds any one working facility of which meets an item."""


class StandardItem(Base):
    __tablename__ = "standard_items"
    __table_args__ = (
        UniqueConstraint("standard_id", "key", name="standard_key"),
        CheckConstraint("weight BETWEEN 0 AND 100", name="weight_range"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    standard_id: Mapped[int] = mapped_column(ForeignKey("standards.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    key: Mapped[str] = mapped_column(String(40))
    label_zh: Mapped[str] = mapped_column(String(100))
    label_en: Mapped[str] = mapped_column(String(100), default="", server_default="")
    required: Mapped[bool] = mapped_column(Boolean, default=True, server_default=true())
    """The "6" of 6+X are required, the "X" optional."""
    weight: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    needs_all: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    """Met only when every one of the item's kinds has a working facility (健全设施), not any one of them."""
    fact: Mapped[SiteFact | None] = mapped_column(str_enum(SiteFact, name="site_fact", length=24))
    """Met by this recorded fact; when empty, by a working facility of one of the item's kinds."""
