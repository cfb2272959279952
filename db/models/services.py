"""What a station does and who comes: service events, daily visitor counts by occupation, and the duty roster."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import CheckConstraint, Date, Float, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from db.base import Base, MergeIdentityMixin, TimestampMixin
from db.bounds import ATTENDANCE, VISITS_A_DAY


class ServiceEvent(MergeIdentityMixin, TimestampMixin, Base):
    """One service held (思想引领, 技能培训, 维权服务…): when, how long, who organised it, how many came."""

    __tablename__ = "service_events"
    __table_args__ = (
        CheckConstraint("hours > 0 AND hours <= 24", name="hours_range"),
        CheckConstraint(ATTENDANCE.sql("attendance"), name="attendance_range"),
        CheckConstraint("length(title) >= 1", name="title_present"),
        Index("ix_service_events_site_id_held_on", "site_id", "held_on"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    site_id: Mapped[int] = mapped_column(ForeignKey("sites.id", ondelete="RESTRICT"))
    category_id: Mapped[int] = mapped_column(ForeignKey("terms.id", ondelete="RESTRICT"), index=True)
    held_on: Mapped[dt.date] = mapped_column(Date)
    hours: Mapped[float] = mapped_column(Float)
    title: Mapped[str] = mapped_column(String(100))
    organiser: Mapped[str] = mapped_column(String(100), default="", server_default="")
    attendance: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    note: Mapped[str] = mapped_column(Text, default="", server_default="")


class VisitCount(MergeIdentityMixin, TimestampMixin, Base):
    """人次 on one day at one site for one occupation: one row, replaced when the day is tallied again."""

    __tablename__ = "visit_counts"
    __table_args__ = (
        UniqueConstraint("site_id", "day", "occupation_id", name="site_day_occupation"),
        CheckConstraint(VISITS_A_DAY.sql("visits"), name="visits_range"),
        Index("ix_visit_counts_day", "day"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    site_id: Mapped[int] = mapped_column(ForeignKey("sites.id", ondelete="RESTRICT"))
    day: Mapped[dt.date] = mapped_column(Date)
    occupation_id: Mapped[int] = mapped_column(ForeignKey("terms.id", ondelete="RESTRICT"))
    visits: Mapped[int] = mapped_column(Integer)


class DutyShift(MergeIdentityMixin, TimestampMixin, Base):
    """A weekly shift on the duty roster (排班): who is on duty on a weekday between two times."""

    __tablename__ = "duty_shifts"
    __table_args__ = (
        CheckConstraint("weekday BETWEEN 0 AND 6", name="weekday_range"),
        CheckConstraint("start_minute >= 0 AND end_minute <= 1440 AND start_minute < end_minute", name="times_order"),
        CheckConstraint("length(person) >= 1", name="person_present"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    site_id: Mapped[int] = mapped_column(ForeignKey("sites.id", ondelete="RESTRICT"), index=True)
    weekday: Mapped[int] = mapped_column(Integer)
    """0 = Monday … 6 = Sunday."""
    start_minute: Mapped[int] = mapped_column(Integer)
    end_minute: Mapped[int] = mapped_column(Integer)
    person: Mapped[str] = mapped_column(String(50))
