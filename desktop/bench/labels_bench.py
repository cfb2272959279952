"""`shuyi bench labels`: seconds for 1,000 book labels on a 65-up sheet and for 1,000 reader cards.

Beside each, in the same run, a bare reportlab baseline: the same pages and positions with one line of text
per label and no QR, font fitting or layout — the floor for writing that many labels to a PDF at all.
"""

from __future__ import annotations

import datetime as dt
import tempfile
import time
from pathlib import Path
from typing import Any

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from desktop.core import codes
from desktop.core.labels import render
from desktop.core.labels.geometry import SheetGeometry
from desktop.core.labels.layouts import BookLabel, ReaderCard
from desktop.core.labels.templates import BUILTIN
from desktop.core.pdf.fonts import cjk_font

COUNT = 1000


def _template(slug: str) -> SheetGeometry:
    return next(t.geometry for t in BUILTIN if t.slug == slug)


def _baseline(geometry: SheetGeometry, out: Path, texts: list[str]) -> None:
    canvas = Canvas(str(out), pagesize=(geometry.page_width * mm, geometry.page_height * mm))
    font = cjk_font()
    for n, text in enumerate(texts):
        if n and n % geometry.per_page == 0:
            canvas.showPage()
        x, y = geometry.position(n)
        canvas.setFont(font, 7)
        canvas.drawString(x * mm, (geometry.page_height - y - geometry.label_height / 2) * mm, text)
    canvas.save()


def _timed(fn: Any) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def run() -> dict[str, Any]:
    books = [BookLabel(code=codes.make(codes.CodeType.COPY, "JH01", n), call_number=f"I247.57/{n}",
                       title=f"平凡的世界（第{n}册）", room="建湖县总工会职工书屋") for n in range(1, COUNT + 1)]
    cards = [ReaderCard(name="张伟", unit="建湖县环境卫生管理处", reader_type="职工",
                        code=codes.make(codes.CodeType.READER, "JH01", n), issued_on=dt.date(2026, 11, 21),
                        organisation="建湖县总工会") for n in range(1, COUNT + 1)]
    figures: dict[str, Any] = {"benchmark": "labels", "count": COUNT}
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        cjk_font()  # registered once per process, as in the app: not part of either figure
        runs = (("book_labels_65_up", "avery-l7651", books), ("reader_cards", "shuyi-card-10", cards))
        for name, slug, items in runs:
            geometry = _template(slug)
            ours = _timed(lambda: render.render_labels(items, geometry, folder / f"{name}.pdf"))  # noqa: B023
            bare = _timed(lambda: _baseline(geometry, folder / f"{name}-bare.pdf",  # noqa: B023
                                            [getattr(i, "code", "") for i in items]))  # noqa: B023
            figures[name] = {"template": slug, "seconds_per_1000": round(ours * 1000 / COUNT, 3),
                             "baseline_seconds_per_1000": round(bare * 1000 / COUNT, 3),
                             "ratio": round(ours / bare, 1),
                             "pdf_kib": round((folder / f"{name}.pdf").stat().st_size / 1024)}
    return figures
