"""`shuyi screenshot` renders every page of the real main window to a PNG, in Chinese by default."""

from __future__ import annotations

import struct
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from desktop.pages import PAGE_KEYS
from tests.cli.test_cli import run


def _png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    return struct.unpack(">II", data[16:24])


@pytest.mark.slow
@pytest.mark.parametrize("page", PAGE_KEYS)
def test_every_page_renders(demo_db_path: Path, tmp_path: Path, page: str) -> None:
    out = tmp_path / f"{page}.png"
    result = run("screenshot", "--db", str(demo_db_path), "--page", page, "--out", str(out), "--size", "1024x700")
    assert result.returncode == 0, result.stderr
    assert _png_size(out) == (1024, 700)
    image = QImage(str(out))
    colours = {image.pixel(x, y) for x in range(0, 1024, 7) for y in range(0, 700, 7)}
    assert len(colours) > 8, "the page looks blank"


def test_bad_size_and_page_are_refused(demo_db_path: Path, tmp_path: Path) -> None:
    for args in (["--page", "nowhere"], ["--page", "stations", "--size", "big"]):
        result = run("screenshot", "--db", str(demo_db_path), "--out", str(tmp_path / "x.png"), *args)
        assert result.returncode == 2
    assert not (tmp_path / "x.png").exists()


def test_screenshot_of_a_missing_database_is_refused(tmp_path: Path) -> None:
    out = str(tmp_path / "x.png")
    result = run("screenshot", "--db", str(tmp_path / "none.db"), "--page", "stations", "--out", out)
    assert result.returncode == 2 and len(result.stderr.splitlines()) == 1
    assert not (tmp_path / "none.db").exists() and not (tmp_path / "x.png").exists()
