"""Facilities (设施): a station's assets, each with a printed asset tag, a status and the status's history."""

from __future__ import annotations

import datetime as dt
import enum

from sqlalchemy import CheckConstraint, Date, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from db.base import Base, Code, MergeIdentityMixin, TimestampMixin, UTCDateTime, str_enum, utcnow
from db.bounds import FACILITY_QUANTITY


class FacilityStatus(enum.StrEnum):
    IN_USE = "in_use"
    BROKEN = "broken"
    REPAIRING = "repairing"
    DISABLED = "disabled"
    SCRAPPED = "scrapped"


class FacilitySource(enum.StrEnum):
    UNION = "union"
    """工会配发"""
    HOST = "host"
    """依托单位自有"""
    DONATED = "donated"


class Facility(MergeIdentityMixin, TimestampMixin, Base):
    __tablename__ = "facilities"
    __table_args__ = (CheckConstraint(FACILITY_QUANTITY.sql("quantity"), name="quantity_range"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(Code, unique=True)
    """The asset tag's code, A<site>-<serial><check>."""
    site_id: Mapped[int] = mapped_column(ForeignKey("sites.id", ondelete="RESTRICT"), index=True)
    kind_id: Mapped[int] = mapped_column(ForeignKey("terms.id", ondelete="RESTRICT"), index=True)
    brand: Mapped[str] = mapped_column(String(60), default="", server_default="")
    model: Mapped[str] = mapped_column(String(60), default="", server_default="")
    serial_no: Mapped[str] = mapped_column(String(60), default="", server_default="")
    acquired_on: Mapped[dt.date | None] = mapped_column(Date)
    source: Mapped[FacilitySource | None] = mapped_column(str_enum(FacilitySource, name="facility_source", length=16))
    quantity: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    status: Mapped[FacilityStatus] = mapped_column(
        str_enum(FacilityStatus, name="facility_status", length=16), default=FacilityStatus.IN_USE, index=True)
    status_since: Mapped[dt.date | None] = mapped_column(Date)
    note: Mapped[str] = mapped_column(Text, default="", server_default="")


class FacilityStatusChange(MergeIdentityMixin, Base):
    """One step of a facility's status history (the first row is its status when it was registered)."""

    __tablename__ = "facility_status_changes"

    id: Mapped[int] = mapped_column(primary_key=True)
    facility_id: Mapped[int] = mapped_column(ForeignKey("facilities.id", ondelete="RESTRICT"), index=True)
    from_status: Mapped[FacilityStatus | None] = mapped_column(
        str_enum(FacilityStatus, name="facility_status_from", length=16))
    to_status: Mapped[FacilityStatus] = mapped_column(str_enum(FacilityStatus, name="facility_status_to", length=16))
    changed_on: Mapped[dt.date] = mapped_column(Date)
    note: Mapped[str] = mapped_column(String(200), default="", server_default="")
    recorded_at: Mapped[dt.datetime] = mapped_column(UTCDateTime(), default=utcnow)
