"""Printing runs: the chosen copies, readers or facilities, their template and calibration, the PDF, the record."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from desktop.core.labels import selection
from desktop.core.labels.layouts import AssetTag, BookLabel, Label, ReaderCard, SpineLabel
from desktop.core.labels.render import render_labels
from desktop.core.labels.templates import Calibration, Template


@dataclass(frozen=True)
class LabelRun:
    file: Path
    pages: int
    labels: int
    template: str
    left_out: int = 0
    """Copies with no call number, left out of a run of spine labels."""


def book_items(chosen: list[selection.LabelCopy], *, spine: bool) -> tuple[list[BookLabel | SpineLabel], int]:
    if not spine:
        return [BookLabel(code=c.code, call_number=c.call_number, title=c.title, room=c.room) for c in chosen], 0
    items: list[BookLabel | SpineLabel] = [SpineLabel(call_number=c.call_number, code=c.code)
                                           for c in chosen if c.call_number]
    return items, len(chosen) - len(items)


def card_items(chosen: list[selection.CardReader], organisation: str) -> list[ReaderCard]:
    return [ReaderCard(name=r.name, unit=r.unit, reader_type=r.reader_type, code=r.code, issued_on=r.issued_on,
                       organisation=organisation) for r in chosen]


def asset_items(chosen: list[selection.LabelAsset]) -> list[AssetTag]:
    return [AssetTag(code=a.code, kind=a.kind, site=a.site) for a in chosen]


def render(items: Sequence[Label], template: Template, out: Path, *, skip: int,
           calibration: Calibration | None, progress: Callable[[int, int], object] | None = None,
           left_out: int = 0) -> LabelRun:
    cal = calibration or Calibration(printer="")
    report = render_labels(items, template.geometry, out, skip=skip, offset_mm=(cal.offset_x_mm, cal.offset_y_mm),
                           scale=(cal.scale_x, cal.scale_y), progress=progress)
    return LabelRun(file=out, pages=report.pages, labels=report.labels, template=template.name, left_out=left_out)
