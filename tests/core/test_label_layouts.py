"""Label pieces without rasterising: the font choice, the QR matrix and its rectangles, text fitting, and every
layout staying inside its box on a real reportlab canvas that records what it draws."""

from __future__ import annotations

import random
import re
import string
from datetime import date
from pathlib import Path

import pytest
import qrcode.util
import reportlab
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas

import resources
from desktop.core import errors
from desktop.core.codes import CodeType, make
from desktop.core.labels.layouts import (
    MM,
    BookLabel,
    EbookSlip,
    ReaderCard,
    SpineLabel,
    chinese_date,
    draw_label,
    qr_box,
    spine_lines,
)
from desktop.core.pdf import fonts, qr
from desktop.core.pdf.textfit import ellipsis_mark, fit_line, fit_lines, line_metrics

FONT = fonts.cjk_font()
LONG_TITLE = ("马克思主义基本原理概论与中国特色社会主义理论体系研究：新时代产业工人队伍建设改革读本" * 5)[:200]


# -- fonts --------------------------------------------------------------------------------------------------------
def test_the_shipped_fallback_is_an_embeddable_chinese_truetype_font_with_its_licence() -> None:
    shipped = fonts.shipped_candidate()
    assert shipped.path == resources.path("fonts", fonts.SHIPPED_FILE) and shipped.path.stat().st_size > 1_000_000
    assert fonts.choose_font([shipped]) == shipped
    notice = resources.path("fonts", "NOTICE.txt").read_text(encoding="utf-8")
    assert "Apache" in notice and fonts.SHIPPED_FILE in notice
    assert "Apache License" in resources.path("fonts", "LICENSE-Apache-2.0.txt").read_text(encoding="utf-8")


def test_the_first_usable_candidate_wins_and_unusable_ones_are_skipped(tmp_path: Path) -> None:
    garbage = tmp_path / "broken.ttf"
    garbage.write_bytes(b"\x00\x01\x00\x00 not really a font" * 10)
    latin_only = Path(reportlab.__file__).parent / "fonts" / "Vera.ttf"  # TrueType, but no Chinese
    assert latin_only.is_file() and fonts.choose_font([latin_only]) is None
    shipped = fonts.shipped_candidate()
    assert fonts.choose_font([tmp_path / "missing.ttc", garbage, latin_only, shipped]) == shipped
    assert fonts.choose_font([tmp_path / "missing.ttc", garbage]) is None


def test_system_candidates_follow_the_platform() -> None:
    windows = fonts.system_candidates("win32", {"WINDIR": r"D:\Win"})
    assert [c.path.name for c in windows][:1] == ["msyh.ttc"] and "simsun.ttc" in [c.path.name for c in windows]
    assert all(str(c.path).startswith("D:") for c in windows)
    assert not any("PingFang" in str(c.path) for c in fonts.system_candidates("darwin", {}))
    assert "wqy-microhei.ttc" in [c.path.name for c in fonts.system_candidates("linux", {})]


def test_the_font_is_registered_once_and_covers_codes_and_chinese() -> None:
    assert fonts.cjk_font() == FONT == fonts.FONT_NAME
    assert pdfmetrics.getFont(FONT) is pdfmetrics.getFont(fonts.cjk_font())
    assert all(fonts.has_glyph(FONT, ch) for ch in "书驿CJH01-000001J/")


# -- QR -----------------------------------------------------------------------------------------------------------
def test_fast_masking_gives_exactly_qrcodes_own_symbol() -> None:
    rnd = random.Random(7)
    payloads = [make(CodeType.COPY, "JH01", n) for n in (1, 9, 123, 999_999, 1_000_000)]
    payloads += [make(CodeType.READER, site, n) for site in ("A1", "XZ9Q7B") for n in range(1, 30)]
    payloads += [" ".join(make(CodeType.COPY, "JH01", n + k) for k in range(2)) for n in range(1, 6)]  # version 2
    payloads += ["https://read.example.cn/e/" + "".join(rnd.choice(string.ascii_letters) for _ in range(length))
                 for length in (5, 40, 90, 150, 200, 230) for _ in range(3)]
    versions = set()
    for payload in payloads:
        symbol = qr.matrix(payload)
        assert symbol == qr.reference_matrix(payload), payload
        assert symbol.size == qr.module_count(payload)
        versions.add((symbol.size - 17) // 4)
    assert {1, 2}.issubset(versions) and max(versions) >= 8  # version information (7+) is covered too


def test_codes_are_small_alphanumeric_symbols() -> None:
    code = make(CodeType.COPY, "JH01", 123)
    data = qrcode.util.QRData(code)
    assert data.mode == qrcode.util.MODE_ALPHA_NUM
    assert qr.module_count(code) == 21


def test_the_drawing_is_one_rectangle_per_run_and_reproduces_the_matrix() -> None:
    symbol = qr.matrix(make(CodeType.COPY, "JH01", 77))
    ops = qr.pdf_operators(symbol, 10, 20, 42)
    rects = [tuple(map(int, m.groups())) for m in re.finditer(r"^(\d+) (\d+) (\d+) 1 re$", ops, re.M)]
    runs = sum(len(re.findall("1+", row)) for row in symbol.rows)
    assert len(rects) == runs
    dark = {(r, c + i) for c, r, w in rects for i in range(w)}
    assert dark == {(r, c) for r, row in enumerate(symbol.rows) for c, v in enumerate(row) if v == "1"}
    assert ops.count(" f Q") + ops.count("\nf Q") == 1  # one path, one fill


def test_a_label_too_small_for_half_millimetre_modules_is_refused_by_name() -> None:
    side = qr_box(21, 38.1 * MM, 21.2 * MM, width_share=0.45, max_module_mm=1.0)
    assert side / 25 >= 0.5 * MM
    with pytest.raises(errors.LabelTooSmall) as caught:
        qr_box(21, 30 * MM, 12 * MM, width_share=0.45, max_module_mm=1.0)
    assert "30×12" in str(caught.value)


# -- text fitting -------------------------------------------------------------------------------------------------
def _width(text: str, size: float) -> float:
    return pdfmetrics.stringWidth(text, FONT, size)


def test_a_200_character_title_stays_inside_its_box() -> None:
    width, height = 20 * MM, 8 * MM
    fitted = fit_lines(LONG_TITLE, FONT, width, height, 10, 5, max_lines=2)
    assert len(fitted.lines) == 2 and fitted.size == 5
    assert all(_width(line, fitted.size) <= width + 1e-6 for line in fitted.lines)
    assert fitted.lines[-1].endswith(ellipsis_mark(FONT))
    assert len(fitted.lines) * line_metrics(FONT)[2] * fitted.size <= height + 1e-6
    assert "".join(fitted.lines).startswith(LONG_TITLE[:10])


def test_text_shrinks_before_it_is_cut() -> None:
    text = "劳动合同法实用手册"
    natural = _width(text, 10)
    fitted = fit_line(text, FONT, natural * 0.8, 10, 5)
    assert fitted.lines == (text,) and 7.9 <= fitted.size <= 8.0
    assert fit_line(text, FONT, natural * 2, 10, 5) == fit_line(text, FONT, natural * 2, 10, 5)
    assert fit_line(text, FONT, natural * 2, 10, 5).size == 10
    cut = fit_line(text, FONT, natural * 0.3, 10, 5)
    assert cut.size == 5 and cut.lines[0].endswith(ellipsis_mark(FONT)) and _width(cut.lines[0], 5) <= natural * 0.3


def test_a_title_uses_two_lines_before_getting_small() -> None:
    text = "钢铁是怎样炼成的钢铁是怎样炼成的"
    fitted = fit_lines(text, FONT, _width(text, 10) * 0.6, 100, 10, 5)
    assert len(fitted.lines) == 2 and fitted.size == 10 and "".join(fitted.lines) == text


def test_lines_break_between_words_and_not_before_closing_punctuation() -> None:
    text = "Python programming handbook"
    fitted = fit_lines(text, FONT, _width("Python programming", 10) + 1, 100, 10, 10)
    assert fitted.lines == ("Python programming", "handbook")
    text = "一二三四五六七八，九十"
    fitted = fit_lines(text, FONT, _width("一二三四五六七八", 10) + 1, 100, 10, 10)
    assert not fitted.lines[1].startswith("，")


def test_call_numbers_and_dates() -> None:
    assert spine_lines("I247.57/12") == ["I247.57", "12"]
    assert spine_lines(" D412 / ") == ["D412"]
    assert chinese_date(date(2026, 11, 21)) == "2026年11月21日"


# -- every layout stays inside its box ----------------------------------------------------------------------------
class RecordingCanvas(Canvas):
    """A real reportlab canvas that also remembers each string's extent and each QR's square."""

    def __init__(self, path: Path) -> None:
        super().__init__(str(path))
        self.extents: list[tuple[str, float, float, float, float]] = []
        self.qr_squares: list[tuple[float, float, float, int]] = []

    def _note(self, text: str, left: float, y: float) -> None:
        ascent, descent, _ = line_metrics(self._fontname)
        size = self._fontsize
        self.extents.append((text, left, y + descent * size, left + _width(text, size), y + ascent * size))

    def drawString(self, x, y, text, *args, **kwargs):  # noqa: N802, ANN001, ANN201
        self._note(text, x, y)
        return super().drawString(x, y, text, *args, **kwargs)

    def drawCentredString(self, x, y, text, *args, **kwargs):  # noqa: N802, ANN001, ANN201
        self._note(text, x - _width(text, self._fontsize) / 2, y)
        return super().drawCentredString(x, y, text, *args, **kwargs)

    def addLiteral(self, s, escaped=1):  # noqa: N802, ANN001, ANN201
        m = re.match(r"q (\S+) 0 0 \S+ (\S+) (\S+) cm", s)
        if m:
            module, x, top = map(float, m.groups())
            modules = 1 + max(int(r.split()[1]) for r in re.findall(r"^\d+ \d+ \d+ 1 re$", s, re.M))
            self.qr_squares.append((x, top - modules * module, module, modules))
        return super().addLiteral(s, escaped)


ITEMS = [
    BookLabel(make(CodeType.COPY, "JH01", 123), "TP311.561/12345", LONG_TITLE, "金海街道职工书屋（第一分馆）" * 3),
    SpineLabel("I247.57/12"),
    SpineLabel("D412.9-53/1023", make(CodeType.COPY, "JH01", 5)),
    ReaderCard("欧阳娜娜娜娜" * 4, "中建三局第一建设工程有限责任公司" * 3, "新就业形态劳动者" * 3,
               make(CodeType.READER, "JH01", 42), date(2026, 11, 21), "某某市某某区总工会职工服务中心" * 3),
    EbookSlip(LONG_TITLE, "https://read.example.cn/loan/E12345678?token=" + "x" * 40, date(2027, 2, 19)),
]
BOXES_MM = [(38.1, 21.2), (70, 41), (40, 30), (50, 30), (63.5, 38.1), (85.6, 54), (30, 40)]


@pytest.mark.parametrize(("w_mm", "h_mm"), BOXES_MM)
def test_every_layout_stays_inside_its_box(tmp_path: Path, w_mm: float, h_mm: float) -> None:
    x, y, w, h = 11.0, 17.0, w_mm * MM, h_mm * MM
    drawn = 0
    for item in ITEMS:
        canvas = RecordingCanvas(tmp_path / "x.pdf")
        try:
            draw_label(canvas, item, x, y, w, h, FONT)
        except errors.LabelTooSmall:
            assert isinstance(item, EbookSlip | ReaderCard) and min(w_mm, h_mm) <= 30, (item, w_mm, h_mm)
            continue
        drawn += 1
        assert canvas.extents, item
        for text, left, bottom, right, top in canvas.extents:
            assert x - 1e-6 <= left and right <= x + w + 1e-6, (text, w_mm, h_mm)
            assert y - 1e-6 <= bottom and top <= y + h + 1e-6, (text, w_mm, h_mm)
        for qx, qy, module, modules in canvas.qr_squares:
            assert module >= 0.5 * MM - 1e-9
            quiet = 2 * module - 1e-6
            assert qx - x >= quiet and qy - y >= quiet
            assert x + w - (qx + modules * module) >= quiet and y + h - (qy + modules * module) >= quiet
        if isinstance(item, BookLabel | ReaderCard | EbookSlip):
            assert len(canvas.qr_squares) == 1
    assert drawn >= 3


def test_an_empty_call_number_draws_only_the_qr(tmp_path: Path) -> None:
    canvas = RecordingCanvas(tmp_path / "x.pdf")
    draw_label(canvas, SpineLabel("", make(CodeType.COPY, "JH01", 1)), 0, 0, 30 * MM, 40 * MM, FONT)
    assert canvas.extents == [] and len(canvas.qr_squares) == 1
