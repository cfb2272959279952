"""Fitting text into a box on a printed page: measure with reportlab's metrics, shrink to a minimum, then cut with "…".

Sizes are points; widths come from `pdfmetrics.stringWidth` of the registered font (per character, cached,
so a 1,000-label job measures each character once). Lines break anywhere between Chinese characters, between
words for Latin text, and never put closing punctuation at a line's start.
"""

from __future__ import annotations

import functools
import math
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import accumulate

from reportlab.pdfbase import pdfmetrics

from desktop.core.pdf.fonts import has_glyph

NO_LINE_START = set("，。、；：？！）》」』】〕…,.;:?!)]}%")


@dataclass(frozen=True)
class Fitted:
    lines: tuple[str, ...]
    size: float


@dataclass(frozen=True)
class Line:
    """One item of a stack: its text, largest and smallest size, how many lines it may take, alignment."""

    text: str
    size: float
    min_size: float
    max_lines: int = 1
    align: str = "left"
    """"left" or "centre"."""


@functools.cache
def line_metrics(font: str) -> tuple[float, float, float]:
    """(ascent, descent, leading) of `font` per point of size; descent is negative."""
    ascent, descent = pdfmetrics.getAscentDescent(font, 1)
    return ascent, descent, max(1.15, ascent - descent + 0.1)


@functools.cache
def _char_width(font: str, char: str) -> float:
    return pdfmetrics.stringWidth(char, font, 1)


@functools.cache
def ellipsis_mark(font: str) -> str:
    return "…" if has_glyph(font, "…") else "..."


def _cumulative(text: str, font: str) -> list[float]:
    return list(accumulate((_char_width(font, ch) for ch in text), initial=0.0))


def _is_word(char: str) -> bool:
    return char.isascii() and char.isalnum()


def _wrap(text: str, cum: Sequence[float], limit: float) -> list[tuple[int, int]]:
    """Greedy line spans of `text` no wider than `limit` (in size-1 units; a lone too-wide character alone)."""
    spans: list[tuple[int, int]] = []
    start, n = 0, len(text)
    while start < n:
        end = max(bisect_right(cum, cum[start] + limit + 1e-9) - 1, start + 1)
        if end < n:
            if _is_word(text[end - 1]) and _is_word(text[end]):
                space = text.rfind(" ", start, end)
                if space > start:
                    end = space + 1
            elif text[end] in NO_LINE_START and end - 1 > start:
                end -= 1
        spans.append((start, end))
        start = end
        while start < n and text[start] == " ":
            start += 1
    return spans


def ellipsise(text: str, font: str, size: float, max_width: float) -> str:
    """`text` cut so that it and a trailing "…" fit in `max_width` at `size` (unchanged if it fits)."""
    cum = _cumulative(text, font)
    if cum[-1] * size <= max_width:
        return text
    mark = ellipsis_mark(font)
    room = max_width / size - pdfmetrics.stringWidth(mark, font, 1)
    if room < 0:
        return ""
    keep = bisect_right(cum, room + 1e-9) - 1
    return text[:keep].rstrip() + mark


def fit_lines(text: str, font: str, max_width: float, max_height: float, size: float, min_size: float,
              max_lines: int = 2) -> Fitted:
    """The largest size ≤ `size` at which `text` fits in at most `max_lines` lines of the box; below
    `min_size`, the text is cut with "…" at `min_size` instead (or smaller, only if the height demands it)."""
    text = " ".join(text.split())
    if not text or max_width <= 0 or max_height <= 0:
        return Fitted((), min_size)
    leading = line_metrics(font)[2]
    cum = _cumulative(text, font)
    total = cum[-1]
    best: tuple[float, int] | None = None
    for count in range(1, max_lines + 1):
        cap = min(size, max_height / (count * leading))
        if count == 1:
            fitting = min(cap, max_width / total) if total else cap
        elif len(_wrap(text, cum, max_width / cap)) > count:
            low, high = min_size, cap
            if low > high or len(_wrap(text, cum, max_width / low)) > count:
                continue
            for _ in range(14):
                middle = (low + high) / 2
                low, high = (middle, high) if len(_wrap(text, cum, max_width / middle)) <= count else (low, middle)
            fitting = low
        else:
            fitting = cap
        if fitting >= min_size and (best is None or fitting > best[0] * 1.001):
            best = (fitting, count)
    if best is not None:
        fitting = best[0]
        return Fitted(tuple(text[a:b].rstrip() for a, b in _wrap(text, cum, max_width / fitting)), fitting)
    count = max(1, min(max_lines, math.floor(min(max_height / (min_size * leading), max_lines) + 1e-9)))
    fitting = min(min_size, max_height / (count * leading))
    spans = _wrap(text, cum, max_width / fitting)
    lines = [text[a:b].rstrip() for a, b in spans[:count - 1]]
    lines.append(ellipsise(text[spans[count - 1][0]:], font, fitting, max_width) if len(spans) >= count else "")
    return Fitted(tuple(lines), fitting)


def fit_line(text: str, font: str, max_width: float, size: float, min_size: float) -> Fitted:
    """One line: shrink from `size` down to `min_size` until it fits `max_width`, then cut it with "…"."""
    return fit_lines(text, font, max_width, math.inf, size, min_size, max_lines=1)


def _draw(canvas: object, font: str, item: Line, fitted: Fitted, x: float, top: float, w: float) -> float:
    """Draw the fitted lines below `top`; returns the height used."""
    ascent, descent, leading = line_metrics(font)
    size = fitted.size
    baseline = top - ((leading - (ascent - descent)) / 2 + ascent) * size
    canvas.setFont(font, size)  # type: ignore[attr-defined]
    for text in fitted.lines:
        if item.align == "centre":
            canvas.drawCentredString(x + w / 2, baseline, text)  # type: ignore[attr-defined]
        else:
            canvas.drawString(x, baseline, text)  # type: ignore[attr-defined]
        baseline -= leading * size
    return len(fitted.lines) * leading * size


def stack(canvas: object, font: str, x: float, y: float, w: float, h: float, *, top: Sequence[Line] = (),
          bottom: Sequence[Line] = (), middle: bool = False) -> None:
    """Draw `top` items downward from the box's top and `bottom` items upward from its foot, inside the box.

    Each item gets a band of the height in proportion to its largest size and line count (all shrunk
    together when the box is short), and is fitted into its band, so no two overlap and none leaves the box.
    `middle` centres the top items vertically instead.
    """
    leading = line_metrics(font)[2]
    items = [*top, *bottom]
    natural = sum(item.size * item.max_lines * leading for item in items)
    factor = min(1.0, h / natural) if natural else 1.0
    fitted = [fit_lines(item.text, font, w, item.size * item.max_lines * leading * factor, item.size,
                        item.min_size, item.max_lines) for item in items]
    heights = [len(f.lines) * leading * f.size for f in fitted]
    cursor = y + h
    if middle:
        cursor = y + (h + sum(heights[:len(top)])) / 2
    for item, fit in zip(top, fitted, strict=False):
        cursor -= _draw(canvas, font, item, fit, x, cursor, w)
    cursor = y
    for item, fit, height in reversed(list(zip(items, fitted, heights, strict=True))[len(top):]):
        _draw(canvas, font, item, fit, x, cursor + height, w)
        cursor += height
