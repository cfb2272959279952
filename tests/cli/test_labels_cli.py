"""`shuyi labels`: every shipped template printed through the real command, rendered by pdftoppm at 300 and
150 dpi, and every label decoded by zxing-cpp to its own code; text, fonts, marking and bad input."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest
import zxingcpp
from PIL import Image

from desktop.core.labels.templates import BUILTIN
from tests.cli.test_cli import run

pytestmark = pytest.mark.skipif(not shutil.which("pdftoppm"), reason="poppler-utils is installed by `make test`")


def _decode(pdf: Path, dpi: int, tmp: Path) -> list[str]:
    prefix = tmp / f"page-{dpi}"
    subprocess.run(["pdftoppm", "-r", str(dpi), "-png", str(pdf), str(prefix)], check=True, timeout=300)
    found = []
    for page in sorted(tmp.glob(f"page-{dpi}-*.png")):
        with Image.open(page) as image:
            found += [r.text for r in zxingcpp.read_barcodes(image) if r.format == zxingcpp.BarcodeFormat.QRCode]
    return found


def _json(*args: str) -> object:
    result = run(*args, "--json")
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


@pytest.mark.slow
@pytest.mark.parametrize("template", [t for t in BUILTIN if "card" not in t.slug], ids=lambda t: t.slug)
def test_every_book_label_of_every_shipped_template_scans(template, demo_db_path: Path, tmp_path: Path) -> None:  # noqa: ANN001
    db = ("--db", str(demo_db_path))
    wanted = [c["code"] for c in _json("list", "copies", *db) if c["site"] == "JH02"][:30]
    out = tmp_path / "labels.pdf"
    report = _json("labels", "books", "--template", template.slug, "--out", str(out), "--codes", *wanted, *db)
    assert report["labels"] == len(wanted)
    for dpi in (300, 150):
        decoded = _decode(out, dpi, tmp_path)
        assert sorted(decoded) == sorted(wanted), f"{template.slug} at {dpi} dpi"


@pytest.mark.slow
def test_reader_cards_scan_and_show_names(demo_db_path: Path, tmp_path: Path) -> None:
    db = ("--db", str(demo_db_path))
    readers = _json("list", "readers", *db)
    out = tmp_path / "cards.pdf"
    report = _json("labels", "readers", "--template", "shuyi-card-10", "--out", str(out), *db)
    assert report["labels"] == len(readers) and report["pages"] == -(-len(readers) // 10)
    assert sorted(_decode(out, 300, tmp_path)) == sorted(r["code"] for r in readers)
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True, check=True).stdout
    assert readers[0]["name"] in text and "建湖县总工会" in text
    assert all(r["phone"] not in text for r in readers if r["phone"])  # no phone on a card, not even masked


def test_chinese_titles_are_text_and_the_font_is_embedded(demo_db_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "l.pdf"
    _json("labels", "books", "--template", "avery-l7160", "--out", str(out), "--room", "JH01",
          "--db", str(demo_db_path))
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True, check=True).stdout
    assert "红楼梦" in text and "建湖县总工会职工书屋" in text
    assert out.stat().st_mode & 0o044 == 0o044  # readable by others like any document (umask 022 in tests)
    fonts = subprocess.run(["pdffonts", str(out)], capture_output=True, text=True, check=True).stdout
    cjk = [line for line in fonts.splitlines()[2:] if "TrueType" in line]
    assert cjk and all(" yes " in line for line in cjk)  # emb yes


def test_printed_labels_are_remembered(demo_db_path: Path, tmp_path: Path) -> None:
    db = ("--db", str(demo_db_path))
    before = [c for c in _json("list", "copies", *db) if c["site"] == "JH03"]
    assert before and not any(c["label_printed"] for c in before)
    _json("labels", "books", "--template", "avery-l7651", "--out", str(tmp_path / "a.pdf"), "--room", "JH03",
          "--only-unprinted", *db)
    after = [c for c in _json("list", "copies", *db) if c["site"] == "JH03"]
    assert all(c["label_printed"] for c in after)
    again = run("labels", "books", "--template", "avery-l7651", "--out", str(tmp_path / "b.pdf"), "--room", "JH03",
                "--only-unprinted", *db)
    assert again.returncode == 2 and "没有要打印的标签" in again.stderr
    assert not (tmp_path / "b.pdf").exists()


@pytest.mark.parametrize(("args", "message"), [
    (("--template", "no-such-sheet"), "没有名为 no-such-sheet 的标签模板"),
    (("--template", "avery-l7651", "--skip", "65"), "只能跳过 0 至 64 个"),
    (("--template", "avery-l7651", "--codes", "CJH01-0000019"), "校验位不符"),
    (("--template", "avery-l7651", "--codes", "9787020002207"), "不是书驿的条码"),
])
def test_bad_input_gives_one_line_and_no_file(demo_db_path: Path, tmp_path: Path, args: tuple[str, ...],
                                              message: str) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    result = run("labels", "books", "--out", str(folder / "x.pdf"), *args, "--db", str(demo_db_path))
    assert result.returncode == 2 and len(result.stderr.splitlines()) == 1 and message in result.stderr
    assert list(folder.iterdir()) == []  # no PDF, no half-written temporary file


def test_templates_are_listed(demo_db_path: Path) -> None:
    listed = _json("labels", "templates", "--db", str(demo_db_path))
    slugs = [t["slug"] for t in listed]
    assert slugs[:len(BUILTIN)] == [t.slug for t in BUILTIN]
    l7160 = listed[slugs.index("avery-l7160")]
    assert (l7160["columns"], l7160["rows"], l7160["per_page"]) == (3, 7, 21)


def test_a_printers_calibration_is_saved_and_moves_the_codes(demo_db_path: Path, tmp_path: Path) -> None:
    db = ("--db", str(demo_db_path))
    bad = run("labels", "set-calibration", "--printer", "HP", "--offset-x", "25", *db)
    assert bad.returncode == 2 and "超出范围" in bad.stderr
    saved = _json("labels", "set-calibration", "--printer", "HP", "--offset-x", "3", "--offset-y", "-2", *db)
    assert (saved["offset_x_mm"], saved["offset_y_mm"], saved["scale_x"]) == (3.0, -2.0, 1.0)
    code = _json("list", "copies", *db)[0]["code"]
    positions = []
    for printer in ("", "HP"):
        out = tmp_path / f"cal{printer}.pdf"
        _json("labels", "books", "--template", "roll-50x30", "--out", str(out), "--codes", code,
              "--printer", printer, *db)
        subprocess.run(["pdftoppm", "-r", "254", "-png", str(out), str(tmp_path / f"p{printer}")], check=True)
        with Image.open(next(tmp_path.glob(f"p{printer}-*.png"))) as image:
            [found] = zxingcpp.read_barcodes(image)
        positions.append((found.position.top_left.x, found.position.top_left.y))
    (x0, y0), (x1, y1) = positions
    assert abs((x1 - x0) - 30) <= 3 and abs((y1 - y0) - (-20)) <= 3  # 3 mm and -2 mm at 10 px/mm
