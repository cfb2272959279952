"""What every printed page shares: points per millimetre and the way a date is printed in Chinese."""

from __future__ import annotations

from datetime import date

MM = 72 / 25.4
"""PDF points in one millimetre: page geometry is in millimetres, reportlab draws in points."""


def chinese_date(day: date) -> str:
    """2026年11月21日 (printed in Chinese whatever the interface language, like every label, card and slip)."""
    return f"{day.year}年{day.month}月{day.day}日"
