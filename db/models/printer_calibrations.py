"""Each printer's calibration: how far it shifts and stretches what it prints, measured on a test sheet."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import CheckConstraint, Float, String, func
from sqlalchemy.orm import Mapped, mapped_column

from db.base import Base, UTCDateTime, utcnow

CALIBRATION_MAX_OFFSET_MM = 10.0
CALIBRATION_SCALE_RANGE = (0.9, 1.1)


class PrinterCalibration(Base):
    """How far one printer shifts and stretches what it prints, measured on a test sheet and corrected."""

    __tablename__ = "printer_calibrations"
    __table_args__ = (
        CheckConstraint("length(printer) >= 1", name="printer_not_empty"),
        CheckConstraint("offset_x_mm BETWEEN -10 AND 10 AND offset_y_mm BETWEEN -10 AND 10", name="offsets_range"),
        CheckConstraint("scale_x BETWEEN 0.9 AND 1.1 AND scale_y BETWEEN 0.9 AND 1.1", name="scales_range"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    printer: Mapped[str] = mapped_column(String(200), unique=True)
    """The printer's name as the operating system gives it."""
    offset_x_mm: Mapped[float] = mapped_column(Float, default=0.0)
    offset_y_mm: Mapped[float] = mapped_column(Float, default=0.0)
    scale_x: Mapped[float] = mapped_column(Float, default=1.0)
    scale_y: Mapped[float] = mapped_column(Float, default=1.0)
    updated_at: Mapped[dt.datetime] = mapped_column(
        UTCDateTime(), default=utcnow, onupdate=utcnow, server_default=func.now()
    )
