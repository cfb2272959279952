"""Label templates imported from gLabels files (the label sheets and rolls a room prints on).

The built-in templates live in code (desktop.core.labels.templates); only imported ones are stored here.
All lengths are millimetres, positions measured from the page's top-left corner.
"""

from __future__ import annotations

import enum

from sqlalchemy import CheckConstraint, Float, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from db.base import Base, TimestampMixin, str_enum


class LabelMedia(enum.StrEnum):
    """The same values as desktop.core.labels.geometry.MediaKind (db may not import desktop)."""

    SHEET = "sheet"
    ROLL = "roll"


class LabelTemplate(TimestampMixin, Base):
    __tablename__ = "label_templates"
    __table_args__ = (
        CheckConstraint("length(slug) >= 1", name="slug_not_empty"),
        CheckConstraint(
            "page_width_mm > 0 AND page_height_mm > 0 AND label_width_mm > 0 AND label_height_mm > 0",
            name="sizes_positive",
        ),
        CheckConstraint("n_columns >= 1 AND n_rows >= 1", name="counts_positive"),
        CheckConstraint("pitch_x_mm >= 0 AND pitch_y_mm >= 0 AND corner_radius_mm >= 0", name="pitch_not_negative"),
        CheckConstraint("source IN ('glabels')", name="source_known"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    slug: Mapped[str] = mapped_column(String(160), unique=True)
    """brand + part, lower case, hyphens: avery-l7160."""
    brand: Mapped[str] = mapped_column(String(64))
    part: Mapped[str] = mapped_column(String(96))
    description: Mapped[str] = mapped_column(String(200), default="", server_default="")
    kind: Mapped[LabelMedia] = mapped_column(str_enum(LabelMedia, name="label_media", length=8))
    page_width_mm: Mapped[float] = mapped_column(Float)
    page_height_mm: Mapped[float] = mapped_column(Float)
    label_width_mm: Mapped[float] = mapped_column(Float)
    label_height_mm: Mapped[float] = mapped_column(Float)
    n_columns: Mapped[int] = mapped_column(Integer)
    n_rows: Mapped[int] = mapped_column(Integer)
    left_mm: Mapped[float] = mapped_column(Float)
    top_mm: Mapped[float] = mapped_column(Float)
    pitch_x_mm: Mapped[float] = mapped_column(Float)
    pitch_y_mm: Mapped[float] = mapped_column(Float)
    corner_radius_mm: Mapped[float] = mapped_column(Float)
    source: Mapped[str] = mapped_column(String(16))
    """Where it came from: 'glabels' (a gLabels template file)."""
