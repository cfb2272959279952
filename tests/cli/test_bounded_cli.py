"""Numbers typed on the command line beyond the domain: one translated line on stderr, exit 2, nothing changed."""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

SHUYI = shutil.which("shuyi", path=str(Path(sys.executable).parent)) or "shuyi"
HUGE = "99999999999999999999999"
URL = "https://ebook.example.cn/read/1"

REFUSED = [
    (["list", "titles", "--limit", HUGE], "--limit"),
    (["loans", "--limit", HUGE], "--limit"),
    (["search", "张", "--readers", "--limit", HUGE], "--limit"),
    (["ebook", "revoke", HUGE], "LOAN_ID"),
    (["ebook", "slip", HUGE, "--out", "slip.pdf"], "LOAN_ID"),
    (["ebook", "add", "--title-id", "1", "--url", URL, "--cap", HUGE, "--site", "JH01"], "--cap"),
    (["ebook", "add", "--title-id", HUGE, "--url", URL, "--cap", "1", "--site", "JH01"], "--title-id"),
    (["ebook", "add", "--title-id", "1", "--url", URL, "--cap", "1", "--site", "JH01", "--days", "3000000"],
     "3000000"),
    (["ebook", "add", "--title-id", "1", "--url", URL, "--cap", "10000", "--site", "JH01"], "9999"),
    (["scan", "CJH01-0000013", "--site", "JH01", "--stocktake", HUGE], "--stocktake"),
    (["list", "titles", "--limit", "lots"], "--limit"),
]


def _dump(path: Path) -> list[str]:
    with sqlite3.connect(path) as conn:
        return list(conn.iterdump())


@pytest.mark.slow
@pytest.mark.parametrize(("argv", "needle"), REFUSED, ids=[" ".join(a)[:60] for a, _ in REFUSED])
@pytest.mark.parametrize("lang", ["zh_CN", "en"])
def test_numbers_beyond_the_domain_are_refused_in_one_line(demo_db_path: Path, tmp_path: Path, argv: list[str],
                                                           needle: str, lang: str) -> None:
    before = _dump(demo_db_path)
    result = subprocess.run([SHUYI, *argv, "--db", str(demo_db_path), "--lang", lang], capture_output=True,
                            text=True, timeout=120, cwd=tmp_path)
    assert result.returncode == 2, result.stderr
    assert result.stdout == ""
    [line] = result.stderr.splitlines()
    assert line.startswith("shuyi: ") and needle in line
    assert "意外错误" not in line and "unexpected error" not in line and "Error" not in line
    if lang == "zh_CN":
        assert "应在" in line or "应为整数" in line or "最多" in line
    assert _dump(demo_db_path) == before
    assert not (tmp_path / "slip.pdf").exists()
