"""The QR of an e-book loan: as a matrix for the window to draw, and as an A6 PDF slip to print and hand over.

Both carry the loan's reading address (panel.reading_url) at error correction M, the same symbol the label
code draws; the slip keeps the standard quiet zone of 4 modules. qrcode and reportlab load only when called.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

QUIET_MODULES = 4
"""The quiet zone ISO 18004 asks for: a phone camera finds the symbol on a slip at any distance."""
A6_MM = (105.0, 148.0)
MARGIN_MM = 8.0
SLIP_HEADING = "电子书借阅单"
SLIP_HOW = "请用手机扫描二维码，阅读电子书"
"""Printed in Chinese whatever the interface language, like every label and card."""


def qr_matrix(text: str) -> list[list[bool]]:
    """The QR symbol of `text` (error correction M) with a 4-module quiet zone; True is a dark module."""
    import qrcode
    from qrcode.constants import ERROR_CORRECT_M

    code = qrcode.QRCode(error_correction=ERROR_CORRECT_M, border=QUIET_MODULES)
    code.add_data(text)
    code.make(fit=True)
    return [[bool(cell) for cell in row] for row in code.get_matrix()]


def loan_slip_pdf(url: str, title: str, expires_on: dt.date, out: Path) -> Path:
    """Write a one-page A6 PDF: heading, the e-book's title, the QR of `url`, how to use it and 有效期至.

    The file appears complete or not at all (written beside `out`, then renamed); errors.FileNotWritable when
    it cannot be written, errors.NoChineseFont when no Chinese font can be found."""
    from desktop.core.pdf import qr
    from desktop.core.pdf.fonts import cjk_font
    from desktop.core.pdf.output import write_pdf
    from desktop.core.pdf.printed import MM, chinese_date
    from desktop.core.pdf.textfit import Line, stack

    font = cjk_font()
    symbol = qr.matrix(url)
    width, height = A6_MM[0] * MM, A6_MM[1] * MM
    margin = MARGIN_MM * MM
    inner = width - 2 * margin
    top_band = 34 * MM  # the heading and up to three lines of title
    foot_band = 18 * MM  # how to use it, and the end date

    def draw(canvas: object) -> None:
        canvas.setPageSize((width, height))  # type: ignore[attr-defined]
        stack(canvas, font, margin, height - margin - top_band, inner, top_band,
              top=[Line(SLIP_HEADING, 10, 7, align="centre"), Line(title, 16, 9, max_lines=3, align="centre")])
        side = min(inner, height - 2 * margin - top_band - foot_band)
        module = side / (symbol.size + 2 * QUIET_MODULES)
        x = (width - side) / 2
        y = margin + foot_band
        qr.draw_qr(canvas, symbol, x + QUIET_MODULES * module, y + QUIET_MODULES * module, symbol.size * module)
        stack(canvas, font, margin, margin, inner, foot_band,
              top=[Line(SLIP_HOW, 10, 7, align="centre")],
              bottom=[Line(f"有效期至 {chinese_date(expires_on)}", 13, 8, align="centre")])

    return write_pdf(Path(out), f"{SLIP_HEADING} · {title}", font, draw)
