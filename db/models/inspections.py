"""Inspections (暗访, 自查, 上级检查), their findings, and the rectifications (整改) a failed finding opens."""

from __future__ import annotations

import datetime as dt
import enum

from sqlalchemy import Boolean, CheckConstraint, Date, ForeignKey, String, Text, false
from sqlalchemy.orm import Mapped, mapped_column

from db.base import Base, MergeIdentityMixin, TimestampMixin, str_enum


class InspectionKind(enum.StrEnum):
    UNANNOUNCED = "unannounced"
    """暗访 (四不两直)"""
    SELF_CHECK = "self_check"
    """自查"""
    SUPERIOR = "superior"
    """上级检查"""


class RectificationStatus(enum.StrEnum):
    OPEN = "open"
    CLOSED = "closed"


class Inspection(MergeIdentityMixin, TimestampMixin, Base):
    __tablename__ = "inspections"

    id: Mapped[int] = mapped_column(primary_key=True)
    site_id: Mapped[int] = mapped_column(ForeignKey("sites.id", ondelete="RESTRICT"), index=True)
    kind: Mapped[InspectionKind] = mapped_column(str_enum(InspectionKind, name="inspection_kind", length=16))
    inspected_on: Mapped[dt.date] = mapped_column(Date, index=True)
    inspector: Mapped[str] = mapped_column(String(50), default="", server_default="")
    standard_id: Mapped[int | None] = mapped_column(ForeignKey("standards.id", ondelete="RESTRICT"))
    note: Mapped[str] = mapped_column(Text, default="", server_default="")


class Finding(MergeIdentityMixin, Base):
    """One checklist item's answer in an inspection."""

    __tablename__ = "inspection_findings"
    __table_args__ = (CheckConstraint("passed OR length(item) >= 1", name="item_present"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    inspection_id: Mapped[int] = mapped_column(ForeignKey("inspections.id", ondelete="RESTRICT"), index=True)
    item: Mapped[str] = mapped_column(String(40))
    """The checklist item's key (a standard item's key, or one of the inspection checks)."""
    label: Mapped[str] = mapped_column(String(200), default="", server_default="")
    passed: Mapped[bool] = mapped_column(Boolean)
    serious: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    note: Mapped[str] = mapped_column(String(500), default="", server_default="")


class Rectification(MergeIdentityMixin, TimestampMixin, Base):
    """整改: a failed finding to put right by a deadline; closed only by a re-check that passes."""

    __tablename__ = "rectifications"
    __table_args__ = (
        CheckConstraint("(status = 'closed') = (closed_on IS NOT NULL)", name="closed_has_date"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    finding_id: Mapped[int] = mapped_column(ForeignKey("inspection_findings.id", ondelete="RESTRICT"), unique=True)
    site_id: Mapped[int] = mapped_column(ForeignKey("sites.id", ondelete="RESTRICT"), index=True)
    deadline: Mapped[dt.date] = mapped_column(Date, index=True)
    responsible: Mapped[str] = mapped_column(String(50), default="", server_default="")
    status: Mapped[RectificationStatus] = mapped_column(
        str_enum(RectificationStatus, name="rectification_status", length=8), default=RectificationStatus.OPEN,
        index=True)
    closed_on: Mapped[dt.date | None] = mapped_column(Date)


class Recheck(MergeIdentityMixin, TimestampMixin, Base):
    """A re-check of a rectification: a pass closes it, a fail keeps it open with a new deadline."""

    __tablename__ = "rechecks"
    __table_args__ = (CheckConstraint("passed OR new_deadline IS NOT NULL", name="fail_sets_deadline"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    rectification_id: Mapped[int] = mapped_column(ForeignKey("rectifications.id", ondelete="RESTRICT"), index=True)
    checked_on: Mapped[dt.date] = mapped_column(Date)
    passed: Mapped[bool] = mapped_column(Boolean)
    inspector: Mapped[str] = mapped_column(String(50), default="", server_default="")
    new_deadline: Mapped[dt.date | None] = mapped_column(Date)
    note: Mapped[str] = mapped_column(String(500), default="", server_default="")
