"""Maintenance of facilities: plans (every N months, or before a season), the log of work done, and expiry dates."""

from __future__ import annotations

import datetime as dt
import enum

from sqlalchemy import Boolean, CheckConstraint, Date, ForeignKey, Integer, String, true
from sqlalchemy.orm import Mapped, mapped_column

from db.base import Base, MergeIdentityMixin, TimestampMixin, str_enum
from db.bounds import MAINTENANCE_MONTHS, PRICE_FEN


class Season(enum.StrEnum):
    SUMMER = "summer"
    """Done before summer (夏季送清凉): air conditioners, fridges."""
    WINTER = "winter"
    """Done before winter (冬季送温暖): heaters."""


class MaintenancePlan(MergeIdentityMixin, TimestampMixin, Base):
    __tablename__ = "maintenance_plans"
    __table_args__ = (
        CheckConstraint("(interval_months IS NULL) <> (season IS NULL)", name="interval_or_season"),
        CheckConstraint(MAINTENANCE_MONTHS.sql("interval_months", nullable=True), name="interval_range"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    facility_id: Mapped[int] = mapped_column(ForeignKey("facilities.id", ondelete="RESTRICT"), index=True)
    task: Mapped[str] = mapped_column(String(100))
    interval_months: Mapped[int | None] = mapped_column(Integer)
    season: Mapped[Season | None] = mapped_column(str_enum(Season, name="season", length=8))
    starts_on: Mapped[dt.date] = mapped_column(Date)
    """When the plan began: the first interval counts from here when nothing has been done yet."""
    active: Mapped[bool] = mapped_column(Boolean, default=True, server_default=true())


class MaintenanceRecord(MergeIdentityMixin, TimestampMixin, Base):
    __tablename__ = "maintenance_records"
    __table_args__ = (CheckConstraint(PRICE_FEN.sql("cost_fen", nullable=True), name="cost_range"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    facility_id: Mapped[int] = mapped_column(ForeignKey("facilities.id", ondelete="RESTRICT"), index=True)
    plan_id: Mapped[int | None] = mapped_column(ForeignKey("maintenance_plans.id", ondelete="RESTRICT"), index=True)
    done_on: Mapped[dt.date] = mapped_column(Date)
    work: Mapped[str] = mapped_column(String(200))
    done_by: Mapped[str] = mapped_column(String(50), default="", server_default="")
    cost_fen: Mapped[int | None] = mapped_column(Integer)


class Expiry(MergeIdentityMixin, TimestampMixin, Base):
    """Something of a facility that runs out on a date: a medicine in the first-aid kit, an extinguisher's
    validity, AED pads. Replacing it closes this row (replaced_on) and, usually, opens the next one."""

    __tablename__ = "expiries"
    __table_args__ = (CheckConstraint("length(item) >= 1", name="item_present"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    facility_id: Mapped[int] = mapped_column(ForeignKey("facilities.id", ondelete="RESTRICT"), index=True)
    item: Mapped[str] = mapped_column(String(100))
    expires_on: Mapped[dt.date] = mapped_column(Date, index=True)
    replaced_on: Mapped[dt.date | None] = mapped_column(Date)
