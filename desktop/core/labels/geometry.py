"""Where each label sits on a page: a sheet (rows × columns on A4 and the like) or a roll (one label a page).

All lengths are millimetres. Positions are measured from the top-left corner of the page, as a label sheet's
data sheet gives them; convert to PDF points (origin bottom-left) only when drawing.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

MM_PER_PT = 25.4 / 72


class MediaKind(enum.StrEnum):
    SHEET = "sheet"
    ROLL = "roll"


@dataclass(frozen=True)
class SheetGeometry:
    page_width: float
    page_height: float
    label_width: float
    label_height: float
    columns: int
    rows: int
    left: float
    """x of the first label's left edge."""
    top: float
    """y of the first label's top edge."""
    pitch_x: float
    """Distance from one label's left edge to the next one's (label width + horizontal gap)."""
    pitch_y: float
    corner_radius: float = 0.0
    kind: MediaKind = MediaKind.SHEET

    @property
    def per_page(self) -> int:
        return self.columns * self.rows

    def position(self, index: int) -> tuple[float, float]:
        """(x, y) of the top-left corner of label `index` on its page, filling each row left to right."""
        n = index % self.per_page
        row, column = divmod(n, self.columns)
        return self.left + column * self.pitch_x, self.top + row * self.pitch_y

    def fits_page(self, tolerance: float = 0.5) -> bool:
        """Whether every label lies on the page (within a half-millimetre, as data sheets round)."""
        right = self.left + (self.columns - 1) * self.pitch_x + self.label_width
        bottom = self.top + (self.rows - 1) * self.pitch_y + self.label_height
        return (self.left >= -tolerance and self.top >= -tolerance and right <= self.page_width + tolerance
                and bottom <= self.page_height + tolerance)
