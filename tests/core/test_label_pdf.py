"""Label PDFs for real: rendered, rasterised with pdftoppm at 300 and 150 dpi, every QR decoded with zxing-cpp,
and each decoded code checked to be the right one inside the right label's rectangle on the right page."""

from __future__ import annotations

import shutil
import subprocess
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest
import zxingcpp

from desktop.core import errors
from desktop.core.codes import CodeType, make
from desktop.core.labels.geometry import MediaKind, SheetGeometry
from desktop.core.labels.layouts import QR_INSET_MM, BookLabel, EbookSlip, ReaderCard, SpineLabel
from desktop.core.labels.render import labels_per_page, render_calibration_page, render_labels
from desktop.core.pdf import fonts
from desktop.core.pdf.qr import QUIET_MODULES

POPPLER = shutil.which("pdftoppm") is not None
needs_poppler = pytest.mark.skipif(not POPPLER, reason="pdftoppm (poppler-utils) is not installed")

A4 = (210.0, 297.0)
GEOMETRIES = {
    "70x41-3x7": SheetGeometry(*A4, 70, 41, 3, 7, 0, 5, 70, 41),
    "63.5x38.1-3x7": SheetGeometry(*A4, 63.5, 38.1, 3, 7, 7.2, 15.1, 66.04, 38.1, corner_radius=1.5),
    "38.1x21.2-5x13": SheetGeometry(*A4, 38.1, 21.2, 5, 13, 4.75, 10.7, 40.64, 21.2, corner_radius=1),
    "roll-40x30": SheetGeometry(40, 30, 40, 30, 1, 1, 0, 0, 40, 30, kind=MediaKind.ROLL),
    "roll-50x30": SheetGeometry(50, 30, 50, 30, 1, 1, 0, 0, 50, 30, kind=MediaKind.ROLL),
}
CARDS = SheetGeometry(*A4, 85.6, 54, 2, 5, 14.4, 9.5, 95.6, 56, corner_radius=3.18)
TITLES = ["中国工人运动史", "平凡的世界（全三册）", "钢铁是怎样炼成的", "劳动合同法实用手册与案例解析", "三体",
          "Python编程：从入门到实践", "红岩", "安全生产法律法规汇编（2024年版）", "围城", "骆驼祥子"]
CALLS = ["D412.9/3", "I247.57/12", "I512.45/7", "D922.52/4", "I247.55/21", "TP311.561/88", "I247.5/105",
         "D922.54/6", "I246.57/9", "I246.57/10"]


def books(count: int, first: int = 101) -> list[BookLabel]:
    return [BookLabel(make(CodeType.COPY, "JH01", first + i), CALLS[i % 10], TITLES[i % 10], "金海街道职工书屋")
            for i in range(count)]


@dataclass(frozen=True)
class Decoded:
    page: int
    text: str
    corners: tuple[tuple[float, float], ...]
    """Millimetres from the page's top-left corner."""

    @property
    def centre(self) -> tuple[float, float]:
        return (sum(x for x, _ in self.corners) / 4, sum(y for _, y in self.corners) / 4)


def _load(png: Path) -> object:
    try:
        from PIL import Image
    except ImportError:  # zxing-cpp also reads a QImage directly
        from PySide6.QtGui import QImage
        return QImage(str(png)).convertToFormat(QImage.Format.Format_Grayscale8)
    with Image.open(png) as image:
        return image.convert("L")


def decode(pdf: Path, dpi: int) -> list[Decoded]:
    folder = pdf.parent / f"{pdf.stem}-{dpi}"
    folder.mkdir()
    subprocess.run(["pdftoppm", "-r", str(dpi), "-gray", "-png", str(pdf), str(folder / "p")], check=True)
    found = []
    for page, png in enumerate(sorted(folder.glob("p-*.png"))):
        for code in zxingcpp.read_barcodes(_load(png), formats=zxingcpp.BarcodeFormat.QRCode):
            p = code.position
            corners = tuple((pt.x * 25.4 / dpi, pt.y * 25.4 / dpi)
                            for pt in (p.top_left, p.top_right, p.bottom_right, p.bottom_left))
            found.append(Decoded(page, code.text, corners))
    return found


def slot_of(geometry: SheetGeometry, found: Decoded) -> int:
    """Which label position holds the whole decoded symbol (fails the test when none does)."""
    for slot in range(labels_per_page(geometry)):
        left, top = geometry.position(slot)
        if all(left <= x <= left + geometry.label_width and top <= y <= top + geometry.label_height
               for x, y in found.corners):
            return slot
    pytest.fail(f"{found.text} on page {found.page + 1} at {found.corners} lies in no label")


def assert_each_code_in_its_label(pdf: Path, geometry: SheetGeometry, codes: list[str], dpi: int,
                                  skip: int = 0) -> list[Decoded]:
    found = decode(pdf, dpi)
    per_page = labels_per_page(geometry)
    placed = {}
    for item in found:
        index = item.page * per_page + slot_of(geometry, item) - skip
        assert 0 <= index < len(codes) and index not in placed, (item, index)
        placed[index] = item.text
    assert len(found) == len(codes)
    assert placed == dict(enumerate(codes))
    return found


def text_of(pdf: Path) -> str:
    return subprocess.run(["pdftotext", str(pdf), "-"], check=True, capture_output=True, text=True).stdout


@needs_poppler
@pytest.mark.parametrize("dpi", [300, 150])
@pytest.mark.parametrize("name", list(GEOMETRIES))
def test_every_book_label_decodes_to_its_own_code_inside_its_label(tmp_path: Path, name: str, dpi: int) -> None:
    geometry = GEOMETRIES[name]
    count = 6 if geometry.kind is MediaKind.ROLL else geometry.per_page + geometry.columns + 1  # 1 sheet and a bit
    items = books(count)
    report = render_labels(items, geometry, tmp_path / "labels.pdf")
    per_page = labels_per_page(geometry)
    assert report.labels == count and report.pages == -(-count // per_page)
    found = assert_each_code_in_its_label(tmp_path / "labels.pdf", geometry, [b.code for b in items], dpi)
    for item in found:  # and exactly where the layout puts it: left, past its quiet zone, centred in height
        left, top = geometry.position(slot_of(geometry, item))
        xs = [x for x, _ in item.corners]
        module = (max(xs) - min(xs)) / 21
        assert module >= 0.5 - 0.05
        assert min(xs) - left == pytest.approx(QR_INSET_MM + QUIET_MODULES * module, abs=0.35)
        assert item.centre[1] - top == pytest.approx(geometry.label_height / 2, abs=0.35)


@needs_poppler
def test_skip_starts_on_the_sixth_position_of_a_used_sheet(tmp_path: Path) -> None:
    geometry = GEOMETRIES["70x41-3x7"]
    items = books(4)
    report = render_labels(items, geometry, tmp_path / "skip.pdf", skip=5)
    assert (report.pages, report.labels) == (1, 4)
    found = assert_each_code_in_its_label(tmp_path / "skip.pdf", geometry, [b.code for b in items], 300, skip=5)
    first = next(f for f in found if f.text == items[0].code)
    assert slot_of(geometry, first) == 5  # row 2, column 3: the sixth position


@needs_poppler
def test_reader_cards_decode_and_their_text_is_searchable(tmp_path: Path) -> None:
    names = ["张伟", "王芳", "李娜", "刘洋", "陈静", "杨磊", "赵敏", "黄勇", "周杰", "吴霞", "徐明", "孙丽"]
    cards = [ReaderCard(name, "顺丰速运金海网点", "快递员", make(CodeType.READER, "JH01", i + 1), date(2026, 11, 21),
                        "金海街道总工会") for i, name in enumerate(names)]
    out = tmp_path / "cards.pdf"
    assert render_labels(cards, CARDS, out).pages == 2
    assert_each_code_in_its_label(out, CARDS, [c.code for c in cards], 150)
    text = text_of(out)
    assert all(name in text for name in names)
    assert "金海街道总工会" in text and "2026年11月21日" in text


@needs_poppler
def test_titles_are_searchable_and_the_chinese_font_is_embedded(tmp_path: Path) -> None:
    out = tmp_path / "labels.pdf"
    render_labels(books(10), GEOMETRIES["70x41-3x7"], out)
    text = text_of(out)
    for title in ("中国工人运动史", "钢铁是怎样炼成的", "三体", "红岩", "骆驼祥子"):
        assert title in text
    assert "I247.57/12" in text
    listing = subprocess.run(["pdffonts", str(out)], check=True, capture_output=True, text=True).stdout.splitlines()
    dashes = listing[1]
    emb_at = len(" ".join(dashes.split()[:3])) + 1  # the 4th column: "emb"
    rows = [(line.split()[0], line[emb_at:emb_at + 3]) for line in listing[2:] if line.strip()]
    face = fonts.load_first([fonts.chosen_font_file()])[1].face.name.decode()
    assert rows and all(emb == "yes" for _, emb in rows), listing
    assert any(face in name for name, _ in rows), listing
    info = subprocess.run(["pdfinfo", str(out)], check=True, capture_output=True, text=True).stdout
    assert "书驿 Shuyi" in info and "图书标签" in info


@needs_poppler
def test_spine_labels_and_ebook_slips(tmp_path: Path) -> None:
    spines = SheetGeometry(*A4, 30, 40, 6, 6, 9, 22.5, 32, 42)
    items = [SpineLabel(CALLS[i], make(CodeType.COPY, "JH01", 500 + i)) for i in range(6)]
    out = tmp_path / "spines.pdf"
    render_labels(items + [SpineLabel("I247.57/12")], spines, out)
    assert_each_code_in_its_label(out, spines, [s.code or "" for s in items], 300)
    lines = text_of(out).split()
    assert "I247.57" in lines and "12" in lines and "TP311.561" in lines
    url = "https://read.example.cn/loan/E000123?t=7f3a9c"
    slips = [EbookSlip("平凡的世界", url, date(2027, 2, 19))]
    render_labels(slips, GEOMETRIES["70x41-3x7"], tmp_path / "slip.pdf")
    assert [d.text for d in decode(tmp_path / "slip.pdf", 300)] == [url]
    assert "有效期至 2027年2月19日" in text_of(tmp_path / "slip.pdf")


@needs_poppler
def test_calibration_moves_and_scales_the_print_about_the_top_left_corner(tmp_path: Path) -> None:
    geometry = GEOMETRIES["63.5x38.1-3x7"]
    items = books(geometry.per_page)
    render_labels(items, geometry, tmp_path / "plain.pdf")
    render_labels(items, geometry, tmp_path / "moved.pdf", offset_mm=(2.0, -1.5), scale=(1.05, 0.95))
    plain = {d.text: d.centre for d in decode(tmp_path / "plain.pdf", 300)}
    moved = {d.text: d.centre for d in decode(tmp_path / "moved.pdf", 300)}
    assert len(plain) == len(moved) == geometry.per_page
    for code, (x, y) in plain.items():
        mx, my = moved[code]
        assert mx == pytest.approx((x + 2.0) * 1.05, abs=0.25) and my == pytest.approx((y - 1.5) * 0.95, abs=0.25)


@needs_poppler
@pytest.mark.parametrize("name", ["70x41-3x7", "roll-40x30"])
def test_the_calibration_page_renders(tmp_path: Path, name: str) -> None:
    out = tmp_path / "calibration.pdf"
    report = render_calibration_page(GEOMETRIES[name], out)
    assert report.pages == 1
    subprocess.run(["pdftoppm", "-r", "72", "-png", str(out), str(tmp_path / "c")], check=True)
    assert len(list(tmp_path.glob("c*.png"))) == 1
    if name == "70x41-3x7":
        text = text_of(out)
        assert "100" in text and "偏移" in text and "实际大小" in text


# -- refusals: a typed error, and no file (nor any temporary left behind) ----------------------------------------
@pytest.mark.parametrize(("items", "kwargs", "error"), [
    ([], {}, errors.NothingToPrint),
    (books(3), {"skip": 21}, errors.BadSkip),
    (books(3), {"skip": 25}, errors.BadSkip),
    (books(3), {"skip": -1}, errors.BadSkip),
    (books(3), {"scale": (1.5, 1.0)}, errors.InvalidCalibration),
    (books(3), {"offset_mm": (0.0, float("nan"))}, errors.InvalidCalibration),
])
def test_bad_input_is_refused_and_writes_nothing(tmp_path: Path, items: list, kwargs: dict, error: type) -> None:
    out = tmp_path / "labels.pdf"
    with pytest.raises(error):
        render_labels(items, GEOMETRIES["70x41-3x7"], out, **kwargs)
    assert list(tmp_path.iterdir()) == []


def test_a_geometry_off_its_page_and_a_label_too_small_are_refused(tmp_path: Path) -> None:
    out = tmp_path / "labels.pdf"
    out.write_bytes(b"the previous good file")
    off = SheetGeometry(*A4, 70, 41, 3, 7, 5, 5, 70, 41)  # 5 + 3 × 70 = 215 mm > 210 mm
    with pytest.raises(errors.LabelsOffPage):
        render_labels(books(3), off, out)
    with pytest.raises(errors.BadSkip):
        render_labels(books(3), GEOMETRIES["roll-40x30"], out, skip=1)  # a roll has one position
    tiny = SheetGeometry(30, 12, 30, 12, 1, 1, 0, 0, 30, 12, kind=MediaKind.ROLL)
    with pytest.raises(errors.LabelTooSmall) as caught:
        render_labels(books(3), tiny, out)
    assert "30×12" in str(caught.value)
    assert out.read_bytes() == b"the previous good file" and list(tmp_path.iterdir()) == [out]


def test_a_cancelled_job_leaves_no_file(tmp_path: Path) -> None:
    class Cancelled(Exception):
        pass

    def cancel_after_first_page(done: int, total: int) -> None:
        assert 0 < done < total
        raise Cancelled

    with pytest.raises(Cancelled):
        render_labels(books(30), GEOMETRIES["70x41-3x7"], tmp_path / "labels.pdf", progress=cancel_after_first_page)
    assert list(tmp_path.iterdir()) == []


def test_an_unwritable_place_is_a_typed_error(tmp_path: Path) -> None:
    with pytest.raises(errors.FileNotWritable):
        render_labels(books(1), GEOMETRIES["70x41-3x7"], tmp_path / "no such folder" / "labels.pdf")
