"""Label PDFs: labels laid out on sheets or rolls, the printer calibration applied, written all or nothing.

Positions come from SheetGeometry (millimetres from the page's top-left corner). Printer calibration maps a
point (x, y) mm from the top-left corner to ((x + dx) · sx, (y + dy) · sy): the offset first, then the scale
about the page's top-left corner, so positive dx/dy move the print right/down. It is applied as one PDF
transformation per page, so the QR codes and text are scaled with everything else.

The PDF is written all or nothing (desktop.core.pdf.output), so a failure or a cancel raised from `progress`
never leaves a half-written file, and an older file stays as it was.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from reportlab.pdfgen.canvas import Canvas

from db.models.printer_calibrations import CALIBRATION_MAX_OFFSET_MM, CALIBRATION_SCALE_RANGE
from desktop.core import errors
from desktop.core.labels.geometry import MediaKind, SheetGeometry
from desktop.core.labels.layouts import KIND_NAMES, Label, draw_label
from desktop.core.pdf.fonts import cjk_font
from desktop.core.pdf.output import write_pdf
from desktop.core.pdf.printed import MM
from desktop.core.pdf.textfit import Line, fit_lines, line_metrics, stack


@dataclass(frozen=True)
class RenderReport:
    pages: int
    labels: int


def labels_per_page(geometry: SheetGeometry) -> int:
    """Labels on one page: the sheet's rows × columns, or one for a roll (the page is the label)."""
    return 1 if geometry.kind is MediaKind.ROLL else geometry.per_page


def _check(geometry: SheetGeometry, offset_mm: tuple[float, float], scale: tuple[float, float]) -> None:
    if not geometry.fits_page():
        raise errors.LabelsOffPage(
            label=f"{geometry.label_width:g}×{geometry.label_height:g}", columns=geometry.columns,
            rows=geometry.rows, page=f"{geometry.page_width:g}×{geometry.page_height:g}")
    (low, high), limit = CALIBRATION_SCALE_RANGE, CALIBRATION_MAX_OFFSET_MM
    for field, value, lowest, highest in (("offset_x_mm", offset_mm[0], -limit, limit),
                                          ("offset_y_mm", offset_mm[1], -limit, limit),
                                          ("scale_x", scale[0], low, high), ("scale_y", scale[1], low, high)):
        if not lowest <= value <= highest:  # also refuses NaN
            raise errors.InvalidCalibration(field=field, value=value, low=lowest, high=highest)


def _calibrate(canvas: Canvas, geometry: SheetGeometry, offset_mm: tuple[float, float],
               scale: tuple[float, float]) -> None:
    """Make everything drawn afterwards on this page land where the calibrated printer needs it."""
    (dx, dy), (sx, sy) = offset_mm, scale
    height = geometry.page_height * MM
    canvas.transform(sx, 0, 0, sy, sx * dx * MM, height * (1 - sy) - sy * dy * MM)


def _label_box(geometry: SheetGeometry, slot: int) -> tuple[float, float, float, float]:
    """(x, y, w, h) in points, bottom-left origin, of the label at `slot` on its page."""
    left, top = geometry.position(slot)
    w, h = geometry.label_width * MM, geometry.label_height * MM
    return left * MM, (geometry.page_height - top) * MM - h, w, h


def _outline(canvas: Canvas, geometry: SheetGeometry, box: tuple[float, float, float, float]) -> None:
    canvas.setStrokeGray(0.6)
    canvas.setLineWidth(0.3)
    x, y, w, h = box
    radius = geometry.corner_radius * MM
    if radius:
        canvas.roundRect(x, y, w, h, radius, stroke=1, fill=0)
    else:
        canvas.rect(x, y, w, h, stroke=1, fill=0)


def _title(items: Sequence[Label]) -> str:
    kinds = list(dict.fromkeys(KIND_NAMES.get(type(item), "标签") for item in items))
    return f"{'、'.join(kinds)} · {len(items)} 张"


def render_labels(items: Sequence[Label], geometry: SheetGeometry, out: Path, *, skip: int = 0,
                  offset_mm: tuple[float, float] = (0.0, 0.0), scale: tuple[float, float] = (1.0, 1.0),
                  outlines: bool = False, title: str | None = None,
                  progress: Callable[[int, int], object] | None = None) -> RenderReport:
    """Write `items` to the PDF `out`, in order, starting at position `skip` (0-based) of the first sheet.

    Sheets fill row by row, left to right; a roll (MediaKind.ROLL) gets one label a page. `progress(done,
    total)` is called after each page; an exception raised from it cancels the job and leaves no file.
    Raises errors.NothingToPrint, BadSkip, LabelsOffPage, InvalidCalibration (the same limits as
    templates.set_calibration), LabelTooSmall, FileNotWritable.
    """
    per_page = labels_per_page(geometry)
    if not items:
        raise errors.NothingToPrint()
    if not 0 <= skip < per_page:
        raise errors.BadSkip(skip=skip, per_page=per_page, last=per_page - 1)
    _check(geometry, offset_mm, scale)
    font = cjk_font()
    total = len(items)
    pages = (skip + total + per_page - 1) // per_page
    page_size = (geometry.page_width * MM, geometry.page_height * MM)

    def draw(canvas: Canvas) -> None:
        done = 0
        for page in range(pages):
            canvas.setPageSize(page_size)
            _calibrate(canvas, geometry, offset_mm, scale)
            first = skip if page == 0 else 0
            for slot in range(first, per_page):
                if done == total:
                    break
                box = _label_box(geometry, slot)
                if outlines:
                    _outline(canvas, geometry, box)
                draw_label(canvas, items[done], *box, font)
                done += 1
            canvas.showPage()
            if progress is not None:
                progress(done, total)

    write_pdf(out, title or f"书驿 · {_title(items)}", font, draw)
    return RenderReport(pages=pages, labels=total)


CALIBRATION_TEXT = (
    "打印校准页：用平时打印标签的打印机、按“实际大小”（100%，不要“适合页面”）在普通纸上打印本页。"
    "① 用直尺量两把标尺：横向、纵向都应正好 100 毫米；若量得 L 毫米，该方向的缩放填 100 ÷ L。"
    "② 把本页叠在一张标签纸上对着光看：十字应在每张标签的正中；量出十字中心偏离标签中心的距离"
    "（向右、向下为正，单位毫米），填入打印校准的“偏移”。"
)


def _ruler(canvas: Canvas, x: float, y: float, length_mm: int, vertical: bool, font: str) -> None:
    """A ruler from (x, y) mm (top-left origin) along +x or down +y, ticks every mm, numbered every 10."""
    canvas.setStrokeGray(0)
    canvas.setFillGray(0)
    canvas.setLineWidth(0.25)
    canvas.setFont(font, 6)
    for mm in range(length_mm + 1):
        tick = 5.0 if mm % 10 == 0 else 3.5 if mm % 5 == 0 else 2.0
        if vertical:
            canvas.line(x * MM, -(y + mm) * MM, (x + tick) * MM, -(y + mm) * MM)
            if mm % 10 == 0 and mm:
                canvas.drawString((x + 6) * MM, -(y + mm) * MM - 2, str(mm))
        else:
            canvas.line((x + mm) * MM, -y * MM, (x + mm) * MM, -(y + tick) * MM)
            if mm % 10 == 0:
                canvas.drawCentredString((x + mm) * MM, -(y + 8) * MM, str(mm))
    canvas.setLineWidth(0.5)
    if vertical:
        canvas.line(x * MM, -y * MM, x * MM, -(y + length_mm) * MM)
    else:
        canvas.line(x * MM, -y * MM, (x + length_mm) * MM, -y * MM)


def render_calibration_page(geometry: SheetGeometry, out: Path, *, offset_mm: tuple[float, float] = (0.0, 0.0),
                            scale: tuple[float, float] = (1.0, 1.0)) -> RenderReport:
    """One page: every label's outline with a crosshair at its centre, a 100 mm ruler on each axis (shorter
    when the page is smaller) and how to measure the printer's offset and scale, in Chinese.

    Print it with the current calibration (`offset_mm`, `scale`) to check a correction."""
    _check(geometry, offset_mm, scale)
    font = cjk_font()
    width, height = geometry.page_width, geometry.page_height

    def draw(canvas: Canvas) -> None:
        canvas.setPageSize((width * MM, height * MM))
        _calibrate(canvas, geometry, offset_mm, scale)
        length = min(100, int((min(width, height) - 12) // 10 * 10))
        ox, oy = (width - length) / 2, (height - length) / 2
        canvas.saveState()
        canvas.translate(0, height * MM)  # rulers in millimetres from the top-left corner, y downward
        _ruler(canvas, ox, oy, length, vertical=False, font=font)
        _ruler(canvas, ox, oy, length, vertical=True, font=font)
        canvas.restoreState()
        margin = 5.0
        text_top = oy + length + 4
        room = max(0.0, min(40.0, height - margin - text_top)) * MM
        _, _, leading = line_metrics(font)
        fitted = fit_lines(CALIBRATION_TEXT, font, (width - 2 * margin) * MM, room, 10, 4, max_lines=8)
        used = len(fitted.lines) * leading * fitted.size
        stack(canvas, font, margin * MM, (height - text_top) * MM - used, (width - 2 * margin) * MM, used,
              top=[Line(CALIBRATION_TEXT, fitted.size, fitted.size, max_lines=len(fitted.lines) or 1)])
        for slot in range(labels_per_page(geometry)):  # last, so that nothing hides a crosshair
            box = _label_box(geometry, slot)
            _outline(canvas, geometry, box)
            x, y, w, h = box
            cx, cy, arm = x + w / 2, y + h / 2, min(w, h, 12 * MM) / 2
            canvas.setStrokeGray(0)
            canvas.setLineWidth(0.25)
            canvas.line(cx - arm, cy, cx + arm, cy)
            canvas.line(cx, cy - arm, cx, cy + arm)
        canvas.showPage()

    write_pdf(out, "书驿 · 打印校准页", font, draw)
    return RenderReport(pages=1, labels=labels_per_page(geometry))
