"""`shuyi search`, `shuyi list titles|copies|readers` and `shuyi import books|readers`, and the privacy rule that
no command ever prints a reader's full mobile number (only 138****5678)."""

from __future__ import annotations

import json
import re
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from desktop.cli.main import main
from tests.cli.test_cli import run

CJK = re.compile(r"[\u4e00-\u9fff]")
MASKED = re.compile(r"1\d\d\*{4}\d{4}")
TITLE_FIELDS = {"id", "kind", "isbn", "title", "author", "publisher", "place", "year", "pages", "price", "clc",
                "subjects", "copies"}
COPY_FIELDS = {"code", "title_id", "title", "site", "status", "call_number", "shelf", "acquired_on", "source",
               "label_printed"}
READER_FIELDS = {"code", "id", "name", "unit", "phone", "union_card", "reader_type", "status", "site",
                 "registered_on", "anonymised"}


def _json(capsys: pytest.CaptureFixture[str], *argv: str) -> Any:
    assert main([*argv, "--json"]) == 0
    return json.loads(capsys.readouterr().out)


def _text(capsys: pytest.CaptureFixture[str], *argv: str) -> str:
    assert main(list(argv)) == 0
    return capsys.readouterr().out


def _phones(db: Path) -> dict[str, str]:
    with sqlite3.connect(db) as conn:
        return dict(conn.execute("SELECT phone, name FROM readers WHERE phone IS NOT NULL").fetchall())


# ---- listings ----------------------------------------------------------------------------------------------


def test_list_titles_json(demo_db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    rows = _json(capsys, "list", "titles", "--db", str(demo_db_path))
    assert len(rows) == 40 and all(set(r) == TITLE_FIELDS for r in rows)
    first = rows[0]
    assert {k: first[k] for k in ("id", "kind", "isbn", "title", "author", "publisher", "place", "clc", "copies",
                                  "subjects")} == {
        "id": 1, "kind": "book", "isbn": "9787020010004", "title": "红楼梦", "author": "曹雪芹，高鹗著",
        "publisher": "人民文学出版社", "place": "北京", "clc": "I242.4", "copies": 2, "subjects": []}
    assert sum(r["copies"] for r in rows) == 89
    assert len(_json(capsys, "list", "titles", "--limit", "5", "--db", str(demo_db_path))) == 5


def test_list_copies_json(demo_db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    rows = _json(capsys, "list", "copies", "--db", str(demo_db_path))
    assert len(rows) == 89 and all(set(r) == COPY_FIELDS for r in rows)
    # the demo's desk history leaves some copies out on loan (and one may be on its way home)
    assert {"on_shelf", "on_loan"} <= {r["status"] for r in rows} <= {"on_shelf", "on_loan", "in_transit"}
    assert {"JH01", "JH02"} <= {r["site"] for r in rows}
    assert {r["source"] for r in rows} == {"采购", "捐赠"} and not any(r["label_printed"] for r in rows)
    first = rows[0]
    assert (first["site"], first["call_number"], first["title"]) == ("JH01", "A41/1", "毛泽东选集 第一卷")
    assert re.fullmatch(r"CJH01-\d{6}[0-9A-Z]", first["code"]) and re.fullmatch(r"\d{4}-\d\d-\d\d",
                                                                                    first["acquired_on"])
    red = [r for r in rows if r["title"] == "红楼梦"]
    assert len(red) == 2 and {r["call_number"] for r in red} == {"I242.4/1"}


def test_list_readers_json_and_text(demo_db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    rows = _json(capsys, "list", "readers", "--db", str(demo_db_path))
    assert len(rows) == 30 and all(set(r) == READER_FIELDS for r in rows)
    first, second = rows[0], rows[1]
    assert (first["code"], first["name"], first["phone"], first["reader_type"], first["status"], first["site"]) == (
        "RJH01-0000013", "任斌", "", "临时读者", "active", "JH01")
    assert (second["name"], second["phone"], second["reader_type"]) == ("梁敏静", "159****0997", "职工")
    assert all(r["phone"] == "" or MASKED.fullmatch(r["phone"]) for r in rows)
    text = _text(capsys, "list", "readers", "--db", str(demo_db_path))
    assert text.splitlines()[0].split() == ["读者证号", "名称", "单位", "手机", "读者类型"]
    assert "RJH02-000001N  梁敏静" in text and "159****0997" in text
    english = _text(capsys, "list", "readers", "--db", str(demo_db_path), "--lang", "en")
    assert english.splitlines()[0].split() == ["Card", "Name", "Unit", "Mobile", "Type"]


# ---- search --------------------------------------------------------------------------------------------------


def test_search_json_and_text(demo_db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    hits = _json(capsys, "search", "hlm", "--db", str(demo_db_path))
    assert len(hits) == 1 and set(hits[0]) == TITLE_FIELDS | {"match", "copy_code"}
    assert (hits[0]["title"], hits[0]["match"], hits[0]["copy_code"], hits[0]["isbn"]) == (
        "红楼梦", "pinyin", None, "9787020010004")
    copy = _json(capsys, "list", "copies", "--db", str(demo_db_path))[0]
    by_code = _json(capsys, "search", copy["code"].lower(), "--db", str(demo_db_path))
    assert [(h["id"], h["match"], h["copy_code"]) for h in by_code] == [(copy["title_id"], "code", copy["code"])]
    by_isbn = _json(capsys, "search", "7-02-001000-8", "--db", str(demo_db_path))
    assert [(h["title"], h["match"]) for h in by_isbn] == [("红楼梦", "isbn")]
    assert _json(capsys, "search", "量子力学", "--db", str(demo_db_path)) == []
    text = _text(capsys, "search", "世界", "--db", str(demo_db_path), "--lang", "en")
    lines = text.splitlines()
    assert lines[0].split() == ["Title", "Author", "Publisher", "ISBN", "Copies"]
    assert len(lines) == 3 and "平凡的世界" in text and "978-7-5302-1028-4" in text


def test_search_with_a_misread_isbn_is_one_line_on_stderr(demo_db_path: Path,
                                                          capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["search", "9787020010005", "--db", str(demo_db_path), "--lang", "en"]) == 2
    captured = capsys.readouterr()
    assert captured.out == "" and captured.err.splitlines() == [
        "shuyi: 9787020010005 is not a valid ISBN (checksum)"]


def test_search_readers(demo_db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    found = _json(capsys, "search", "梁", "--readers", "--db", str(demo_db_path))
    assert [(r["name"], r["phone"]) for r in found][:1] == [("梁敏静", "159****0997")]
    assert all(set(r) == READER_FIELDS for r in found)
    by_tail = _json(capsys, "search", "0997", "--readers", "--db", str(demo_db_path))
    assert [r["name"] for r in by_tail] == ["梁敏静"]
    by_card = _json(capsys, "search", "rjh02-000001n", "--readers", "--db", str(demo_db_path))
    assert [r["code"] for r in by_card] == ["RJH02-000001N"]
    text = _text(capsys, "search", "0997", "--readers", "--db", str(demo_db_path))
    assert "梁敏静" in text and "159****0997" in text


# ---- import ------------------------------------------------------------------------------------------------


def test_import_books_text_and_json(demo_db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "books.csv"
    source.write_text("题名,ISBN,册数\n新书甲,,2\n坏书,9787020010005,1\n红楼梦,9787020010004,1\n", encoding="utf-8")
    db = ["--db", str(demo_db_path)]
    text = _text(capsys, "import", "books", str(source), "--room", "JH02", *db)
    assert text.splitlines() == ["读取 3 条记录：新增 1 种图书，1 种已在目录中，新增 3 册，0 册此前已导入，拒收 1 条",
                                 "  第 3 行：ISBN 无效 9787020010005"]
    report = _json(capsys, "import", "books", str(source), "--room", "JH02", *db)
    assert report == {"file": str(source), "format": "csv", "read": 3, "added": 0, "matched": 2, "copies_added": 0,
                      "copies_present": 3, "rejected": [{"kind": "row", "number": 3, "reason": "bad_isbn",
                                                         "detail": "9787020010005", "error": None}]}
    english = _text(capsys, "import", "books", str(source), "--room", "JH02", "--lang", "en", *db)
    assert english.splitlines() == ["3 records read: 0 new titles, 2 already catalogued, 0 copies added, "
                                    "3 copies already imported, 1 rejected", "  row 3: bad ISBN 9787020010005"]


def test_import_needs_a_room_and_a_readable_file(demo_db_path: Path, tmp_path: Path,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "books.csv"
    source.write_text("题名\n新书\n", encoding="utf-8")
    assert main(["import", "books", str(source), "--db", str(demo_db_path), "--lang", "en"]) == 2
    assert "JH01, JH02, JH03" in capsys.readouterr().err
    assert main(["import", "books", str(tmp_path / "none.csv"), "--room", "JH01", "--db", str(demo_db_path)]) == 2
    err = capsys.readouterr().err
    assert len(err.splitlines()) == 1 and err.startswith("shuyi: ")
    assert _json(capsys, "stats", "--db", str(demo_db_path))["titles"] == 40


def test_import_readers_through_the_real_command(demo_db_path: Path, tmp_path: Path) -> None:
    source = tmp_path / "readers.csv"
    source.write_text("姓名,单位,手机\n新读者,环卫处,13700001234\n坏号码,环卫处,1370000123\n", encoding="utf-8")
    result = run("import", "readers", str(source), "--room", "JH01", "--db", str(demo_db_path), "--lang", "en")
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == ["2 rows read: 1 readers added, 0 already registered, 1 rejected",
                                          "  row 3: bad mobile number 137****0123"]
    result = run("import", "readers", str(source), "--room", "JH01", "--db", str(demo_db_path), "--json")
    report = json.loads(result.stdout)
    assert (report["added"], report["matched"], report["rejected"]) == (
        0, 1, [{"kind": "row", "number": 3, "reason": "bad_phone", "detail": "137****0123", "error": None}])
    assert "1370000123" not in result.stdout + result.stderr


def test_a_refused_reader_row_is_explained_in_the_report_language(demo_db_path: Path, tmp_path: Path,
                                                                  capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "readers.csv"
    source.write_text("姓名,读者类型\n新读者,学生\n", encoding="utf-8")
    text = _text(capsys, "import", "readers", str(source), "--room", "JH01", "--db", str(demo_db_path))
    assert text.splitlines()[0] == "读取 1 行：新增读者 0 位，0 位已登记，拒收 1 行"
    assert "学生" in text
    assert "There is no reader type" not in text


# ---- privacy -----------------------------------------------------------------------------------------------


def _readers_file(db: Path, tmp_path: Path) -> tuple[Path, set[str]]:
    """Some demo readers as a county sheet would list them (full numbers), one new reader and one bad number."""
    with sqlite3.connect(db) as conn:
        rows = conn.execute("SELECT name, unit, phone FROM readers WHERE phone IS NOT NULL LIMIT 5").fetchall()
    lines = ["姓名,单位,手机号码"] + [f"{n},{u},{p[:3]} {p[3:7]} {p[7:]}" for n, u, p in rows]
    lines += ["新来的,环卫处,13700001234", "写错的,环卫处,137000012345"]
    source = tmp_path / "county.csv"
    source.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return source, {p for _, _, p in rows} | {"13700001234", "137000012345"}


@pytest.mark.parametrize("lang", ["zh_CN", "en"])
@pytest.mark.parametrize("as_json", [False, True])
def test_no_output_ever_contains_a_full_phone_number(demo_db_path: Path, tmp_path: Path,
                                                     capsys: pytest.CaptureFixture[str], lang: str,
                                                     as_json: bool) -> None:
    source, in_file = _readers_file(demo_db_path, tmp_path)
    books = tmp_path / "books.csv"
    books.write_text("题名,ISBN\n新书,\n", encoding="utf-8")
    db = ["--db", str(demo_db_path), "--lang", lang, *(["--json"] if as_json else [])]
    phones = _phones(demo_db_path)
    assert len(phones) >= 20
    tails = sorted(phones)[:3]
    commands = [
        ["import", "readers", str(source), "--room", "JH01"],
        ["import", "readers", str(source), "--room", "JH01"],
        ["import", "books", str(books), "--room", "JH01"],
        ["list", "readers"], ["list", "titles"], ["list", "copies"],
        ["search", "王", "--readers"], ["search", "建湖", "--readers"], ["search", "zh", "--readers"],
        *[["search", p[-4:], "--readers"] for p in tails],
        ["search", "红"], ["search", "hlm"],
    ]
    outputs = []
    for argv in commands:
        assert main([*argv, *db]) == 0, argv
        captured = capsys.readouterr()
        outputs.append(captured.out + captured.err)
    everything = "\n".join(outputs)
    forbidden = set(_phones(demo_db_path)) | in_file
    assert "13700001234" in forbidden and len(forbidden) == len(phones) + 2
    for phone in forbidden:
        assert phone not in everything, f"{phone} ({_phones(demo_db_path).get(phone, 'from the file')}) leaked"
    masked_lists = outputs[3]
    for phone in _phones(demo_db_path):
        assert f"{phone[:3]}****{phone[-4:]}" in masked_lists
    for index, phone in enumerate(tails):
        assert f"{phone[:3]}****{phone[-4:]}" in outputs[9 + index]
    assert "137****2345" in outputs[0]  # the bad number is reported masked
    assert MASKED.search(everything)


def test_the_real_command_never_prints_a_phone_either(demo_db_path: Path) -> None:
    phones = _phones(demo_db_path)
    for argv in (["list", "readers"], ["list", "readers", "--json"], ["search", "李", "--readers", "--json"]):
        result = run(*argv, "--db", str(demo_db_path))
        assert result.returncode == 0, result.stderr
        assert not any(p in result.stdout + result.stderr for p in phones)
    listed = run("list", "readers", "--json", "--db", str(demo_db_path)).stdout
    assert {r["phone"] for r in json.loads(listed)} - {""} == {f"{p[:3]}****{p[-4:]}" for p in phones}
