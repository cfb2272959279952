"""Sites: every reading room (职工书屋) and service station (户外劳动者服务站) is a site with a short code."""

from __future__ import annotations

import datetime as dt
import enum

from sqlalchemy import Boolean, CheckConstraint, Date, Float, ForeignKey, Integer, String, Text, false
from sqlalchemy.orm import Mapped, mapped_column

from db.base import Base, Code, MergeIdentityMixin, TimestampMixin, str_enum
from db.bounds import AREA_M2_MAX, SEATS, STARS


class SiteKind(enum.StrEnum):
    READING_ROOM = "reading_room"
    SERVICE_STATION = "service_station"


class BuildMode(enum.StrEnum):
    """建设方式: how a station was set up."""

    INTEGRATE = "integrate"
    """整合现有资源建"""
    ENTERPRISE = "enterprise"
    """按照企业规模建"""
    NEEDS = "needs"
    """针对职工需求建"""
    PARK = "park"
    """结合园区特点建"""


class CoordSystem(enum.StrEnum):
    """The datum a coordinate came in: GPS/OSM use WGS-84, Gaode/Tencent GCJ-02, Baidu BD-09."""

    WGS84 = "wgs84"
    GCJ02 = "gcj02"
    BD09 = "bd09"


_COORD_COLUMNS = ("coord_system", "coord_lng", "coord_lat", "lng_wgs84", "lat_wgs84")


class Site(MergeIdentityMixin, TimestampMixin, Base):
    __tablename__ = "sites"
    __table_args__ = (
        CheckConstraint("length(code) >= 2", name="code_length"),
        CheckConstraint(
            "(" + " AND ".join(f"{c} IS NULL" for c in _COORD_COLUMNS) + ") OR ("
            + " AND ".join(f"{c} IS NOT NULL" for c in _COORD_COLUMNS) + ")",
            name="coordinate_complete",
        ),
        CheckConstraint(
            "lat_wgs84 IS NULL OR (lat_wgs84 BETWEEN -90 AND 90 AND lng_wgs84 BETWEEN -180 AND 180)",
            name="coordinate_range",
        ),
        CheckConstraint("closed_on IS NULL OR opened_on IS NULL OR closed_on >= opened_on", name="dates_order"),
        CheckConstraint(f"area_m2 IS NULL OR (area_m2 > 0 AND area_m2 <= {AREA_M2_MAX})", name="area_range"),
        CheckConstraint(SEATS.sql("seats", nullable=True), name="seats_range"),
        CheckConstraint(STARS.sql("star_rating", nullable=True), name="star_range"),
        CheckConstraint("star_rating IS NOT NULL OR star_awarded_on IS NULL", name="star_date_needs_star"),
        CheckConstraint("kind = 'service_station' OR (station_kind_id IS NULL AND build_mode IS NULL)",
                        name="station_fields_on_stations"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(Code, unique=True)
    kind: Mapped[SiteKind] = mapped_column(str_enum(SiteKind, name="site_kind"), index=True)
    name: Mapped[str] = mapped_column(String(100))
    address: Mapped[str] = mapped_column(String(200), default="", server_default="")
    region_code: Mapped[str | None] = mapped_column(String(12))
    """行政区划代码 of the county or district the site lies in, e.g. 320925."""

    coord_system: Mapped[CoordSystem | None] = mapped_column(str_enum(CoordSystem, name="coord_system", length=8))
    coord_lng: Mapped[float | None] = mapped_column(Float)
    coord_lat: Mapped[float | None] = mapped_column(Float)
    """The coordinate exactly as it came in, in coord_system (kept: converting back and forth loses metres)."""
    lng_wgs84: Mapped[float | None] = mapped_column(Float)
    lat_wgs84: Mapped[float | None] = mapped_column(Float)
    """The same point in WGS-84, what distances and coverage are computed in."""

    opened_on: Mapped[dt.date | None] = mapped_column(Date)
    closed_on: Mapped[dt.date | None] = mapped_column(Date)
    """A retired site keeps its history and its code; it is only no longer active."""
    note: Mapped[str] = mapped_column(Text, default="", server_default="")
    floats: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    """A floating reading room keeps copies returned to it (通借通还) when their own room floats too, instead of
    sending them back in transit."""

    station_kind_id: Mapped[int | None] = mapped_column(ForeignKey("terms.id", ondelete="RESTRICT"), index=True)
    """户外劳动者服务站, 骑手之家, 卡友之家…: a term of the station_kind list (stations only)."""
    build_mode: Mapped[BuildMode | None] = mapped_column(str_enum(BuildMode, name="build_mode", length=16))
    host_unit: Mapped[str] = mapped_column(String(100), default="", server_default="")
    """依托单位: the bank branch, petrol station, community centre or company that houses it."""
    opening_hours: Mapped[str] = mapped_column(String(200), default="", server_default="")
    """A weekly schedule in OpenStreetMap's opening_hours form ("Mo-Fr 08:00-18:00; Sa,Su 09:00-17:00", "24/7")."""
    area_m2: Mapped[float | None] = mapped_column(Float)
    seats: Mapped[int | None] = mapped_column(Integer)
    manager_name: Mapped[str] = mapped_column(String(50), default="", server_default="")
    manager_phone: Mapped[str] = mapped_column(String(20), default="", server_default="")
    """Shown masked (138****5678) like a reader's."""
    star_rating: Mapped[int | None] = mapped_column(Integer)
    star_awarded_on: Mapped[dt.date | None] = mapped_column(Date)
    star_awarded_by: Mapped[str] = mapped_column(String(100), default="", server_default="")
    standard_id: Mapped[int | None] = mapped_column(ForeignKey("standards.id", ondelete="RESTRICT"))
    """The standard the site is held to (compliance defaults to it)."""
