"""QR codes on printed pages: the qrcode package's matrix (error correction M), drawn as vector rectangles.

Our upper-case codes use QR's alphanumeric mode (qrcode picks it by itself), so a copy code is a version-1
symbol of 21 × 21 modules; URLs use byte mode.

Speed: qrcode chooses the mask by building the symbol eight times and scoring each with pure-Python loops,
≈ 2.9 ms a code — 2.9 s for a 1,000-label job on its own. `matrix()` lets qrcode encode and place the data
once (mask 0), derives the other seven masks by XOR with precomputed bit masks, and scores them with the same
four ISO 18004 penalty rules as `qrcode.util.lost_point` using big-integer and string operations. It picks
the same mask and returns the same matrix as `QRCode.make(fit=True)` (tests/core/test_label_layouts.py checks
this across versions 1–10), in ≈ 0.4 ms.

Drawing: `draw_qr` puts the symbol (no quiet zone) at (x, y, size) in points, bottom-left origin; the caller
must keep at least QUIET_MODULES modules of white around it inside the label, and modules of at least
MIN_MODULE_MM. Each row's run of dark modules becomes one rectangle, all in one filled path in module units.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import chain

import qrcode
from qrcode.constants import ERROR_CORRECT_M
from qrcode.util import mask_func

QUIET_MODULES = 2
"""White modules the caller leaves around the symbol (the standard asks 4; 2 scan reliably on labels)."""
MIN_MODULE_MM = 0.5
"""Smallest module that prints and scans reliably on a 203–300 dpi printer and a phone or wedge scanner."""

_RUN = re.compile(r"1+")
_BOOL_DIGITS = bytes.maketrans(b"\x00\x01", b"01")
_PENALTY_RUNS = (re.compile("00000+"), re.compile("11111+"))  # two literal-prefix searches: 5× faster than one
_FINDER_LIKE = ("10111010000", "00001011101")


@dataclass(frozen=True)
class QrMatrix:
    size: int
    """Modules on a side (21 for version 1, +4 a version)."""
    rows: tuple[str, ...]
    """One string of "0"/"1" per row, top row first; "1" is dark."""


def _encoder(payload: str) -> qrcode.QRCode:
    code = qrcode.QRCode(error_correction=ERROR_CORRECT_M, border=0)
    code.add_data(payload)
    code.best_fit()
    return code


def module_count(payload: str) -> int:
    """Modules on a side of the symbol for `payload` (cheap: no masking), to size it before drawing."""
    return _encoder(payload).version * 4 + 17


@dataclass(frozen=True)
class _Layout:
    n: int
    data: int
    """Bit set where a data module is (string index k ↔ bit n*n-1-k)."""
    flips: tuple[int, ...]
    """Per mask i: data modules where mask i differs from mask 0."""
    format_bits: int
    """Format information modules and the dark module."""
    version_bits: int
    formats: tuple[int, ...]
    """Per mask i: the dark format modules (plus the dark module) for error correction M."""
    inner: int
    """Bits whose right and lower neighbours exist (top-left corners of 2 × 2 blocks)."""


def _bits(n: int, cells: Sequence[tuple[int, int]]) -> int:
    total = n * n
    value = 0
    for r, c in cells:
        value |= 1 << (total - 1 - (r * n + c))
    return value


@functools.cache
def _layout(version: int, error_correction: int) -> _Layout:
    """Where data, format and version modules are for this version, from qrcode's own pattern code."""
    n = version * 4 + 17
    code = qrcode.QRCode(version=version, error_correction=error_correction, border=0)
    code.modules_count = n
    code.modules = [[None] * n for _ in range(n)]
    for row, col in ((0, 0), (n - 7, 0), (0, n - 7)):
        code.setup_position_probe_pattern(row, col)
    code.setup_position_adjust_pattern()
    code.setup_timing_pattern()
    function = {(r, c) for r in range(n) for c in range(n) if code.modules[r][c] is not None}
    formats = []
    for mask in range(8):
        code.setup_type_info(False, mask)
        formats.append([(r, c) for r in range(n) for c in range(n) if code.modules[r][c] and (r, c) not in function])
    format_cells = {(r, c) for r in range(n) for c in range(n) if code.modules[r][c] is not None} - function
    version_cells: set[tuple[int, int]] = set()
    if version >= 7:
        code.setup_type_number(False)
        version_cells = {(r, c) for r in range(n) for c in range(n) if code.modules[r][c] is not None}
        version_cells -= function | format_cells
    data = [(r, c) for r in range(n) for c in range(n) if code.modules[r][c] is None]
    masks = [mask_func(i) for i in range(8)]
    flips = tuple(_bits(n, [(r, c) for r, c in data if masks[0](r, c) != masks[i](r, c)]) for i in range(8))
    return _Layout(n=n, data=_bits(n, data), flips=flips, format_bits=_bits(n, sorted(format_cells)),
                   version_bits=_bits(n, sorted(version_cells)), formats=tuple(_bits(n, f) for f in formats),
                   inner=_bits(n, [(r, c) for r in range(n - 1) for c in range(n - 1)]))


def _penalty(value: int, n: int, inner: int) -> int:
    """ISO 18004 mask penalty of the symbol `value`, exactly as qrcode.util.lost_point scores it."""
    text = format(value, f"0{n * n}b")
    lines = ",".join([text[k:k + n] for k in range(0, n * n, n)] + [text[c::n] for c in range(n)])
    runs = [run for pattern in _PENALTY_RUNS for run in pattern.findall(lines)]
    score = sum(map(len, runs)) - 2 * len(runs)
    same_below = ~(value ^ (value << n))
    same_right = ~(value ^ (value << 1))
    score += 3 * (same_below & (same_below << 1) & same_right & inner).bit_count()
    score += 40 * sum(lines.count(pattern) for pattern in _FINDER_LIKE)
    percent = float(value.bit_count()) / (n**2)
    return score + int(abs(percent * 100 - 50) / 5) * 10


def matrix(payload: str) -> QrMatrix:
    """The QR symbol for `payload` at error correction M, with the mask qrcode itself would choose."""
    code = _encoder(payload)
    code.makeImpl(False, 0)
    layout = _layout(code.version, code.error_correction)
    n = layout.n
    base = int(bytes(chain.from_iterable(code.modules)).translate(_BOOL_DIGITS), 2)
    tested = base & ~(layout.format_bits | layout.version_bits)  # qrcode scores with blank format/version
    scores = [_penalty(tested ^ flip, n, layout.inner) for flip in layout.flips]
    best = scores.index(min(scores))
    final = ((base & ~layout.format_bits) ^ layout.flips[best]) | layout.formats[best]
    text = format(final, f"0{n * n}b")
    return QrMatrix(size=n, rows=tuple(text[k:k + n] for k in range(0, n * n, n)))


def reference_matrix(payload: str) -> QrMatrix:
    """The same symbol the slow way, straight from qrcode (for tests and as the definition)."""
    code = qrcode.QRCode(error_correction=ERROR_CORRECT_M, border=0)
    code.add_data(payload)
    code.make(fit=True)
    return QrMatrix(size=code.modules_count,
                    rows=tuple("".join("1" if cell else "0" for cell in row) for row in code.modules))


def pdf_operators(symbol: QrMatrix, x: float, y: float, size: float) -> str:
    """PDF content drawing `symbol` with its bottom-left corner at (x, y) and side `size` (points)."""
    module = size / symbol.size
    rects = [f"{m.start()} {r} {m.end() - m.start()} 1 re"
             for r, row in enumerate(symbol.rows) for m in _RUN.finditer(row)]
    # Module units, rows counting down from the top edge; one path, one fill, black whatever came before.
    return (f"q {module:.6f} 0 0 {-module:.6f} {x:.4f} {y + size:.4f} cm 0 g\n"
            + "\n".join(rects) + "\nf Q\n")


def draw_qr(canvas: object, payload: str | QrMatrix, x: float, y: float, size: float) -> QrMatrix:
    """Draw the QR of `payload` on a reportlab canvas; the caller leaves the quiet zone white."""
    symbol = payload if isinstance(payload, QrMatrix) else matrix(payload)
    canvas.addLiteral(pdf_operators(symbol, x, y, size))  # type: ignore[attr-defined]
    return symbol
