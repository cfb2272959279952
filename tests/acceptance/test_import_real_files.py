"""Real files from outside the project: every MARC sample imported through the real `shuyi` command, the ISBN
vectors of python-stdnum, and a generated 1,000-row spreadsheet with five bad rows.

The expected numbers were observed and then checked against the files themselves (record marks, titles, 690 fields);
they are restated per file below so that a change in any of them is noticed.
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from stdnum import ean

from desktop.core import errors, isbn
from tests.cli.test_cli import run

BROKEN = "broken_record"
UNDECODABLE = "undecodable"
# file: (records read, titles added, copies added, [(record number, reason), …])
EXPECTED: dict[str, tuple[int, int, int, list[tuple[int, str]]]] = {
    "cnmarc/dp2_sample_cnmarc_utf8.iso": (10, 9, 10, []),  # records 4 and 5 share ISBN 7-5037-2623-7
    "cnmarc/dp2_sample_cnmarcxml.xml": (10, 9, 10, []),
    "marc21/1251.dat": (6, 0, 0, [(n, UNDECODABLE) for n in range(1, 7)]),  # Windows-1251, declared as MARC-8
    "marc21/bad_eacc_encoding.dat": (1, 0, 0, [(1, UNDECODABLE)]),
    "marc21/bad_records.mrc": (8, 1, 2, [(n, BROKEN) for n in range(2, 8)]),  # 1 and 8: the same book
    "marc21/batch.xml": (2, 2, 2, []),
    "marc21/diacritic.dat": (1, 1, 1, []),
    "marc21/marc.dat": (20, 20, 20, []),
    "marc21/marc8.dat": (1, 1, 1, []),
    "marc21/multi_isbn.dat": (1, 1, 1, []),
    "marc21/one.dat": (1, 1, 1, []),
    "marc21/regression45.dat": (12, 12, 12, []),
    "marc21/test.dat": (10, 10, 10, []),
    "marc21/testunimarc.dat": (1, 1, 1, []),
    "marc21/utf8.xml": (1, 1, 1, []),
    "marc21/utf8_errors.dat": (1, 1, 1, []),
    "marc21/utf8_invalid.mrc": (1, 1, 1, []),
    "marc21/utf8_with_leader_flag.dat": (1, 1, 1, []),
    "marc21/utf8_without_leader_flag.dat": (1, 1, 1, []),
}
DEMO_TITLES, DEMO_COPIES = 40, 89


def _shuyi_json(*args: str) -> Any:
    result = run(*args, "--json")
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def _import(db: Path, source: Path, *extra: str) -> dict[str, Any]:
    report: dict[str, Any] = _shuyi_json("import", "books", str(source), "--room", "JH01", "--db", str(db), *extra)
    return report


def _counts(db: Path) -> tuple[int, int]:
    with sqlite3.connect(db) as conn:
        titles = conn.execute("SELECT count(*) FROM titles").fetchone()[0]
        copies = conn.execute("SELECT count(*) FROM copies").fetchone()[0]
    return titles, copies


def test_every_sample_file_is_listed(shared_data: Path) -> None:
    found = {str(p.relative_to(shared_data / "marc")) for p in (shared_data / "marc").rglob("*") if p.is_file()}
    assert found == set(EXPECTED)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_marc_file_imports_with_exact_numbers(shared_data: Path, demo_db_path: Path, name: str) -> None:
    source = shared_data / "marc" / name
    read, added, copies, rejected = EXPECTED[name]
    if source.suffix != ".xml":  # ISO 2709: one end-of-record mark per record
        assert source.read_bytes().count(b"\x1d") == read
    report = _import(demo_db_path, source)
    assert report["format"] == ("marcxml" if source.suffix == ".xml" else "marc")
    assert (report["read"], report["added"], report["matched"], report["copies_added"], report["copies_present"]) == (
        read, added, 0, copies, 0)
    assert [(r["number"], r["reason"]) for r in report["rejected"]] == rejected
    assert {r["kind"] for r in report["rejected"]} <= {"record"}
    assert all(r["detail"] for r in report["rejected"])  # each refusal says what is wrong
    assert _counts(demo_db_path) == (DEMO_TITLES + added, DEMO_COPIES + copies)


def test_bad_records_details_name_the_damage(shared_data: Path, demo_db_path: Path) -> None:
    report = _import(demo_db_path, shared_data / "marc" / "marc21" / "bad_records.mrc")
    details = {r["number"]: r["detail"] for r in report["rejected"]}
    assert "base address" in details[2] and "base address" in details[3]
    assert details[7] == "the record has no fields"
    titles = _shuyi_json("search", "pragmatic", "--db", str(demo_db_path))
    assert [(t["title"], t["copies"]) for t in titles] == [("The pragmatic programmer : from journeyman to master", 2)]


def test_cnmarc_iso_after_the_xml_adds_nothing(shared_data: Path, demo_db_path: Path) -> None:
    folder = shared_data / "marc" / "cnmarc"
    first = _import(demo_db_path, folder / "dp2_sample_cnmarcxml.xml")
    assert (first["added"], first["copies_added"]) == (9, 10)
    with sqlite3.connect(demo_db_path) as conn:
        before = list(conn.iterdump())
    second = _import(demo_db_path, folder / "dp2_sample_cnmarc_utf8.iso")
    assert (second["read"], second["added"], second["matched"], second["copies_added"], second["copies_present"]) == (
        10, 0, 9, 0, 10)
    with sqlite3.connect(demo_db_path) as conn:
        assert list(conn.iterdump()) == before


@pytest.mark.parametrize(("query", "title", "clc", "isbn13", "author"), [
    ("八五", "'96 中国发展报告 : 中国的“八五”", "F124", "9787503722912", "国家统计局编"),
    ("趋势", "1999 年中国发展状况与趋势", "D668", "9787801275554", "主编季野, 张西明, 张弢...[等]"),
    ("发展", "’92中国发展报告", "D668", "9787503707582", "国家统计局编"),
])
def test_chinese_titles_are_intact_and_classed_from_690(shared_data: Path, demo_db_path: Path, query: str,
                                                       title: str, clc: str, isbn13: str, author: str) -> None:
    _import(demo_db_path, shared_data / "marc" / "cnmarc" / "dp2_sample_cnmarc_utf8.iso")
    hits = _shuyi_json("search", query, "--db", str(demo_db_path))
    found = {h["title"]: h for h in hits}
    assert title in found, sorted(found)
    hit = found[title]
    assert (hit["clc"], hit["isbn"], hit["author"], hit["publisher"]) == (clc, isbn13, author,
                                                                          "经济日报出版社" if "1999" in title
                                                                          else "中国统计出版社")
    assert hit["match"] == "title" and hit["copies"] == 1
    if query == "发展":  # every one of the nine titles has 发展 in it, and no demo title does
        assert len(hits) == 9


# ---- ISBN vectors ------------------------------------------------------------------------------------------


def test_every_valid_isbn_normalises_and_its_isbn10_twin_round_trips(shared_data: Path) -> None:
    lines = [line.strip() for line in (shared_data / "isbn" / "valid_isbns_from_python-stdnum.txt")
             .read_text(encoding="utf-8").splitlines() if line.strip()]
    assert len(lines) == 200
    twins = 0
    for line in lines:
        isbn13 = isbn.normalise(line)
        assert len(isbn13) == 13 and isbn13.isdigit() and isbn13[:3] in ("978", "979"), line
        assert ean.is_valid(isbn13), line
        compact = line.replace("-", "").replace(" ", "").upper()
        if len(compact) == 13:
            assert isbn13 == compact, line
        ten = isbn.isbn10(isbn13)
        if isbn13.startswith("978"):
            assert ten is not None and len(ten) == 10 and isbn.normalise(ten) == isbn13, line
            if len(compact) == 10:
                assert ten == compact, line
            twins += 1
        else:
            assert ten is None
    assert twins == 200


def test_every_invalid_isbn_is_refused_with_its_kind(shared_data: Path) -> None:
    rows = (shared_data / "isbn" / "invalid_isbns_from_python-stdnum.tsv").read_text(encoding="utf-8").splitlines()
    assert rows[0].split("\t")[:2] == ["input", "expected_error"]
    kinds = {"InvalidFormat": "format", "InvalidChecksum": "checksum", "InvalidLength": "length",
             "InvalidComponent": "prefix"}
    seen = 0
    for row in rows[1:]:
        if not row.strip():
            continue
        value, expected, _comment = row.split("\t")
        with pytest.raises(errors.InvalidIsbn) as refused:
            isbn.normalise(value)
        assert refused.value.params["problem"] == kinds[expected], value
        seen += 1
    assert seen == 5


# ---- a large generated spreadsheet -------------------------------------------------------------------------


def test_a_thousand_rows_with_five_bad_ones(demo_db_path: Path, tmp_path: Path) -> None:
    bad_isbn_rows, no_title_rows = {19, 402, 1001}, {3, 777}
    lines = ["题名,ISBN,责任者,分类号,册数"]
    for row in range(2, 1002):  # spreadsheet rows 2 … 1001 under the header
        body = f"9787{row:08d}"
        check = ean.calc_check_digit(body)
        if row in bad_isbn_rows:
            check = str((int(check) + 1) % 10)
        title = "" if row in no_title_rows else f"职工读本第{row}册"
        lines.append(f"{title},{body}{check},编者{row},D412.6,1")
    source = tmp_path / "千行.csv"
    source.write_text("\n".join(lines) + "\n", encoding="utf-8")
    report = _import(demo_db_path, source)
    assert (report["read"], report["added"], report["copies_added"]) == (1000, 995, 995)
    assert [(r["kind"], r["number"], r["reason"]) for r in report["rejected"]] == sorted(
        [("row", n, "bad_isbn") for n in bad_isbn_rows] + [("row", n, "missing_title") for n in no_title_rows],
        key=lambda r: r[1])
    assert _counts(demo_db_path) == (DEMO_TITLES + 995, DEMO_COPIES + 995)
    hits = _shuyi_json("search", "职工读本第500册", "--db", str(demo_db_path))
    assert hits[0]["title"] == "职工读本第500册" and hits[0]["isbn"] == f"9787{500:08d}" + ean.calc_check_digit(
        f"9787{500:08d}")
