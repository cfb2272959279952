"""What goes on each kind of label, and how it is drawn into its box on a reportlab canvas.

Boxes are (x, y, w, h) in points with reportlab's bottom-left origin. Text never leaves its box: each line is
measured with reportlab's font metrics, shrunk to a minimum size, then cut with "…" (desktop.core.pdf.textfit).
A QR code keeps QUIET_MODULES white modules around it inside the label, and modules of at least MIN_MODULE_MM, or the
label is refused with errors.LabelTooSmall naming its size.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date

from desktop.core import errors
from desktop.core.pdf import qr
from desktop.core.pdf.printed import MM, chinese_date
from desktop.core.pdf.textfit import Line, fit_line, line_metrics, stack

EDGE_MM = 1.5
"""White margin kept between any text and the label's edge (sheets shift ±1 mm in printers)."""
QR_INSET_MM = 1.0
"""Distance from the label's edge to the QR's quiet zone."""


@dataclass(frozen=True)
class BookLabel:
    code: str
    call_number: str
    title: str
    room: str


@dataclass(frozen=True)
class SpineLabel:
    call_number: str
    code: str | None = None


@dataclass(frozen=True)
class ReaderCard:
    name: str
    unit: str
    reader_type: str
    code: str
    issued_on: date
    organisation: str


@dataclass(frozen=True)
class EbookSlip:
    title: str
    url: str
    expires_on: date


@dataclass(frozen=True)
class AssetTag:
    """A station facility's asset tag: its code as QR and text, its kind and its site's name."""

    code: str
    kind: str
    site: str


Label = BookLabel | SpineLabel | ReaderCard | EbookSlip | AssetTag
KIND_NAMES: dict[type, str] = {
    BookLabel: "图书标签", SpineLabel: "书标", ReaderCard: "读者证", EbookSlip: "电子书借阅单", AssetTag: "资产标签",
}


def spine_lines(call_number: str) -> list[str]:
    """"I247.57/12" → ["I247.57", "12"]: the class first, then the order number, one part a line."""
    parts = [part.strip() for part in call_number.split("/")]
    return [part for part in parts if part] or [""]


def _size_text(w: float, h: float) -> str:
    return f"{w / MM:.4g}×{h / MM:.4g}"


def qr_box(modules: int, w: float, h: float, *, width_share: float, max_module_mm: float,
           inset: float = QR_INSET_MM * MM, label: tuple[float, float] | None = None) -> float:
    """Side (points) of the square holding the symbol and its quiet zone on a w × h label.

    As large as the label's height allows (less `inset` at each edge), at most `width_share` of its width and
    modules of at most `max_module_mm`; raises errors.LabelTooSmall when modules would be under 0.5 mm.
    """
    span = modules + 2 * qr.QUIET_MODULES
    side = min(h - 2 * inset, w * width_share, span * max_module_mm * MM)
    if side / span < qr.MIN_MODULE_MM * MM - 1e-9:
        least = span * qr.MIN_MODULE_MM
        needed = f"{least / width_share:.0f}×{least + 2 * inset / MM:.0f}"
        raise errors.LabelTooSmall(size=_size_text(*(label or (w, h))), needed=needed)
    return side


def _place_qr(canvas: object, symbol: qr.QrMatrix, x: float, y: float, side: float) -> None:
    """Draw `symbol` centred in the square (x, y, side), its quiet zone being the square's white rim."""
    module = side / (symbol.size + 2 * qr.QUIET_MODULES)
    qr.draw_qr(canvas, symbol, x + qr.QUIET_MODULES * module, y + qr.QUIET_MODULES * module,
               symbol.size * module)


def _qr_then_text(canvas: object, payload: str, box: tuple[float, float, float, float], font: str, *,
                  width_share: float, top: list[Line], bottom: list[Line]) -> None:
    """The QR of `payload` on the left (the label's height), then lines of text in the room to its right."""
    x, y, w, h = box
    symbol = qr.matrix(payload)
    side = qr_box(symbol.size, w, h, width_share=width_share, max_module_mm=1.0)
    inset = QR_INSET_MM * MM
    _place_qr(canvas, symbol, x + inset, y + (h - side) / 2, side)
    edge = EDGE_MM * MM
    left = x + inset + side
    stack(canvas, font, left, y + edge, x + w - edge - left, h - 2 * edge, top=top, bottom=bottom)


def draw_book_label(canvas: object, label: BookLabel, x: float, y: float, w: float, h: float, font: str) -> None:
    """QR on the left (height of the label), then call number, title (1–2 lines), room and the code as text."""
    _qr_then_text(canvas, label.code, (x, y, w, h), font, width_share=0.45,
                  top=[Line(label.call_number, 12, 6), Line(label.title, 10, 5, max_lines=2)],
                  bottom=[Line(label.room, 7, 4.5), Line(label.code, 7, 4.5)])


SPINE_MIN_TEXT = 9.0
"""A spine label gets a QR only when its call number can still be at least this large (points)."""


def _spine_text(canvas: object | None, font: str, lines: Sequence[str], x: float, y: float, w: float, h: float,
                min_size: float = 5.0) -> float:
    """Draw (or, with canvas None, only size) the lines centred in the box, as large as fits; the size."""
    ascent, descent, leading = line_metrics(font)
    size = h / (len(lines) * leading)
    for text in filter(None, lines):
        size = min(size, fit_line(text, font, w, 1000.0, 0.0).size)
    size = max(size, min(min_size, h / (len(lines) * leading)))
    if canvas is None:
        return size
    block = len(lines) * leading * size
    baseline = y + (h + block) / 2 - (leading - (ascent - descent)) / 2 * size - ascent * size
    canvas.setFont(font, size)  # type: ignore[attr-defined]
    for text in lines:
        for fitted_text in fit_line(text, font, w, size, size).lines:  # an empty part draws nothing
            canvas.drawCentredString(x + w / 2, baseline, fitted_text)  # type: ignore[attr-defined]
        baseline -= leading * size
    return size


def draw_spine_label(canvas: object, label: SpineLabel, x: float, y: float, w: float, h: float,
                     font: str) -> None:
    """The call number one part a line, as large as fits, centred; a small QR below (or right) if there is room."""
    lines = spine_lines(label.call_number)
    edge = EDGE_MM * MM
    box = (x + edge, y + edge, w - 2 * edge, h - 2 * edge)
    if label.code:
        symbol = qr.matrix(label.code)
        portrait = h >= w
        try:
            side = qr_box(symbol.size, *((h, w) if portrait else (w, h)), width_share=0.4, max_module_mm=0.8)
        except errors.LabelTooSmall:
            side = 0.0
        if side:
            inset = QR_INSET_MM * MM
            text_box = ((x + edge, y + inset + side, w - 2 * edge, h - edge - inset - side) if portrait
                        else (x + edge, y + edge, w - edge - inset - side, h - 2 * edge))
            if _spine_text(None, font, lines, *text_box) >= SPINE_MIN_TEXT:
                corner = (x + (w - side) / 2, y + inset) if portrait else (x + w - inset - side, y + (h - side) / 2)
                _place_qr(canvas, symbol, *corner, side)
                box = text_box
    _spine_text(canvas, font, lines, *box)


def draw_reader_card(canvas: object, card: ReaderCard, x: float, y: float, w: float, h: float, font: str) -> None:
    """Logo area (top left, left blank) and organisation; name, unit, type and issue date; the QR on the right."""
    edge = min(3.0 * MM, 0.06 * min(w, h))
    band = 0.22 * h
    gap = 0.3 * edge
    org_left = x + edge + band + gap  # the band × band square at the top left is kept for a printed logo
    stack(canvas, font, org_left, y + h - edge - band, x + w - edge - org_left, band,
          top=[Line(card.organisation, 11, 6, max_lines=2)], middle=True)
    body_top = y + h - edge - band - gap
    code_line = 7 * line_metrics(font)[2]
    symbol = qr.matrix(card.code)
    side = qr_box(symbol.size, w, body_top - y - edge - code_line + 2 * QR_INSET_MM * MM, width_share=0.4,
                  max_module_mm=1.2, label=(w, h))
    qx = x + w - edge - side
    _place_qr(canvas, symbol, qx, body_top - side, side)
    stack(canvas, font, qx, body_top - side - code_line, side, code_line,
          top=[Line(card.code, 7, 4.5, align="centre")])
    stack(canvas, font, x + edge, y + edge, qx - gap - x - edge, body_top - y - edge,
          top=[Line(card.name, 20, 8), Line(card.unit, 10, 6, max_lines=2), Line(card.reader_type, 9, 6)],
          bottom=[Line(f"发证日期 {chinese_date(card.issued_on)}", 8, 5)])


def draw_ebook_slip(canvas: object, slip: EbookSlip, x: float, y: float, w: float, h: float, font: str) -> None:
    """The URL's QR on the left; the title, how to use it and 有效期至 (valid until) on the right."""
    _qr_then_text(canvas, slip.url, (x, y, w, h), font, width_share=0.5,
                  top=[Line(slip.title, 11, 6, max_lines=2), Line("手机扫码，阅读电子书", 7, 5)],
                  bottom=[Line(f"有效期至 {chinese_date(slip.expires_on)}", 9, 5)])


def draw_asset_tag(canvas: object, tag: AssetTag, x: float, y: float, w: float, h: float, font: str) -> None:
    """QR on the left (height of the label); the kind large, the site's name and the code as text beside it."""
    _qr_then_text(canvas, tag.code, (x, y, w, h), font, width_share=0.5,
                  top=[Line(tag.kind, 12, 6, max_lines=2), Line(tag.site, 8, 4.5, max_lines=2)],
                  bottom=[Line("资产标签", 6, 4.5), Line(tag.code, 7, 4.5)])


Drawer = Callable[[object, object, float, float, float, float, str], None]
_DRAWERS: dict[type, Drawer] = {
    BookLabel: draw_book_label,  # type: ignore[dict-item]
    SpineLabel: draw_spine_label,  # type: ignore[dict-item]
    ReaderCard: draw_reader_card,  # type: ignore[dict-item]
    EbookSlip: draw_ebook_slip,  # type: ignore[dict-item]
    AssetTag: draw_asset_tag,  # type: ignore[dict-item]
}


def draw_label(canvas: object, item: Label, x: float, y: float, w: float, h: float, font: str) -> None:
    """Draw any kind of label into the box (points, bottom-left origin) with the registered font `font`."""
    drawer = _DRAWERS.get(type(item))
    if drawer is None:
        raise TypeError(f"not a label: {item!r}")
    drawer(canvas, item, x, y, w, h, font)
