"""Sites: every reading room (职工书屋) and service station (户外劳动者服务站) is a site with a short code."""

from __future__ import annotations

import datetime as dt
import enum

from sqlalchemy import Boolean, CheckConstraint, Date, Float, String, Text, false
from sqlalchemy.orm import Mapped, mapped_column

from db.base import Base, Code, MergeIdentityMixin, TimestampMixin, str_enum


class SiteKind(enum.StrEnum):
    READING_ROOM = "reading_room"
    SERVICE_STATION = "service_station"


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
