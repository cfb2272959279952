"""Coverage data: imported boundaries, and layers of demand points (where outdoor workers are), all in WGS-84."""

from __future__ import annotations

import datetime as dt
import enum

from sqlalchemy import CheckConstraint, Float, ForeignKey, String, Text, func
from sqlalchemy.orm import Mapped, mapped_column

from db.base import Base, MergeIdentityMixin, TimestampMixin, UTCDateTime, str_enum, utcnow
from db.models.sites import CoordSystem

_POINT_COLUMNS = ("coord_system", "coord_lng", "coord_lat", "lng_wgs84", "lat_wgs84")


class LayerSource(enum.StrEnum):
    IMPORT = "import"
    """Points read from a file (CSV, XLSX, GeoJSON)."""
    GRID = "grid"
    """Cell centres of a grid laid over boundaries."""


class DemandLayer(MergeIdentityMixin, Base):
    """A named set of demand points: one imported file, or one grid."""

    __tablename__ = "demand_layers"
    __table_args__ = (CheckConstraint("length(name) >= 1", name="name_present"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)
    source: Mapped[LayerSource] = mapped_column(str_enum(LayerSource, name="layer_source", length=8))
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime(), default=utcnow, server_default=func.now())
    note: Mapped[str] = mapped_column(Text, default="", server_default="")
    """Where it came from: the file's name, or the grid's cell size and boundaries."""


class DemandPoint(MergeIdentityMixin, Base):
    """One place where outdoor workers are (a riders' gathering point, a depot, a grid cell), with its weight."""

    __tablename__ = "demand_points"
    __table_args__ = (
        CheckConstraint("weight > 0", name="weight_positive"),
        CheckConstraint("lat_wgs84 BETWEEN -90 AND 90 AND lng_wgs84 BETWEEN -180 AND 180", name="coordinate_range"),
        CheckConstraint("coord_lat BETWEEN -90 AND 90 AND coord_lng BETWEEN -180 AND 180", name="input_range"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    layer_id: Mapped[int] = mapped_column(ForeignKey("demand_layers.id", ondelete="CASCADE"), index=True)
    lng_wgs84: Mapped[float] = mapped_column(Float)
    lat_wgs84: Mapped[float] = mapped_column(Float)
    coord_system: Mapped[CoordSystem] = mapped_column(str_enum(CoordSystem, name="coord_system", length=8))
    coord_lng: Mapped[float] = mapped_column(Float)
    coord_lat: Mapped[float] = mapped_column(Float)
    """The point exactly as it came in, in coord_system."""
    weight: Mapped[float] = mapped_column(Float, default=1.0, server_default="1")
    """How many workers (or how much demand) the point stands for."""
    kind: Mapped[str] = mapped_column(String(40), default="", server_default="")
    """外卖骑手聚集点, 快递网点, 环卫作业点, 商圈…"""
    label: Mapped[str] = mapped_column(String(100), default="", server_default="")


class Boundary(MergeIdentityMixin, TimestampMixin, Base):
    """A county, district or city outline, stored as a GeoJSON geometry converted to WGS-84."""

    __tablename__ = "boundaries"
    __table_args__ = (
        CheckConstraint("length(name) >= 1", name="name_present"),
        CheckConstraint("min_lng <= max_lng AND min_lat <= max_lat", name="bbox_order"),
        CheckConstraint("min_lat >= -90 AND max_lat <= 90 AND min_lng >= -180 AND max_lng <= 180",
                        name="bbox_range"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100))
    adcode: Mapped[str | None] = mapped_column(String(12), unique=True)
    """行政区划代码 (DataV's adcode), when the file gives one: what a re-import matches on."""
    level: Mapped[str] = mapped_column(String(16), default="", server_default="")
    """DataV's level: province, city, district…"""
    coord_system: Mapped[CoordSystem] = mapped_column(str_enum(CoordSystem, name="coord_system", length=8))
    """The datum the file was in (DataV: GCJ-02)."""
    geometry_json: Mapped[str] = mapped_column(Text)
    """A GeoJSON Polygon or MultiPolygon in WGS-84."""
    min_lng: Mapped[float] = mapped_column(Float)
    min_lat: Mapped[float] = mapped_column(Float)
    max_lng: Mapped[float] = mapped_column(Float)
    max_lat: Mapped[float] = mapped_column(Float)
    source: Mapped[str] = mapped_column(String(200), default="", server_default="")
    """The file it was imported from."""
