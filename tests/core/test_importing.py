"""Importing books and readers through the facade from real CSV (UTF-8, GB18030) and XLSX files on disk."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import openpyxl
import pytest

from desktop.core import errors
from desktop.core.app import Shuyi
from desktop.core.importing import ImportReport
from desktop.core.records import Position, RejectReason
from desktop.core.sites import NewSite, SiteKind

BOOKS = [
    ["题名", "ISBN", "责任者", "出版社", "出版年", "分类号", "册数", "主题词"],
    ["活着", "978-7-5063-6543-7", "余华著", "作家出版社", "2012", "I247.57", "2", "长篇小说；当代"],
    ["平凡的世界", "7-5302-1164-1", "路遥著", "北京十月文艺出版社", "2012", "I247.57", "", ""],
    ["坏书号", "978-7-5063-6543-8", "某人", "某社", "", "", "1", ""],
    ["", "9787020010004", "无名氏", "", "", "", "1", ""],
    ["工会法律法规汇编", "", "中国工人出版社编", "中国工人出版社", "2020", "D922.56", "3", ""],
]


def _dump(path: Path) -> list[str]:
    with sqlite3.connect(path) as conn:
        return list(conn.iterdump())


def _rows(path: Path, sql: str) -> list[tuple[object, ...]]:
    with sqlite3.connect(path) as conn:
        return conn.execute(sql).fetchall()


def _csv(path: Path, rows: list[list[str]], encoding: str = "utf-8") -> Path:
    path.write_bytes(("\r\n".join(",".join(r) for r in rows) + "\r\n").encode(encoding))
    return path


def _xlsx(path: Path, rows: list[list[object]]) -> Path:
    book = openpyxl.Workbook()
    for row in rows:
        book.active.append(row)
    book.save(path)
    return path


def _state(app: Shuyi, db_path: Path) -> tuple[object, list[str]]:
    return app.stats(), _dump(db_path)


@pytest.fixture
def room(app: Shuyi) -> Shuyi:
    app.sites.add_site(NewSite(code="JH01", kind=SiteKind.READING_ROOM, name="建湖县总工会职工书屋"))
    return app


def _check_books_report(report: ImportReport) -> None:
    assert (report.read, report.added, report.matched, report.copies_added, report.copies_present) == (5, 3, 0, 6, 0)
    assert [(r.position, r.reason, r.detail) for r in report.rejected] == [
        (Position("row", 4), RejectReason.BAD_ISBN, "978-7-5063-6543-8"),
        (Position("row", 5), RejectReason.MISSING_TITLE, ""),
    ]


# ---- books ---------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("kind", ["utf-8", "gb18030", "utf-8-sig", "xlsx"])
def test_good_rows_in_bad_rows_reported_and_a_second_import_adds_nothing(room: Shuyi, db_path: Path,
                                                                        tmp_path: Path, kind: str) -> None:
    if kind == "xlsx":
        cells = [[int(v) if v.isdigit() and len(v) < 6 else v for v in row] for row in BOOKS]
        source = _xlsx(tmp_path / "图书.xlsx", cells)
    else:
        source = _csv(tmp_path / "图书.csv", BOOKS, kind)
    report = room.imports.import_books(source, site_code="JH01")
    _check_books_report(report)
    assert report.format == ("xlsx" if kind == "xlsx" else "csv")
    titles = {t.title: t for t in room.catalogue.list_titles()}
    assert set(titles) == {"活着", "平凡的世界", "工会法律法规汇编"}
    alive = titles["活着"]
    assert (alive.isbn13, alive.author, alive.publisher, alive.year, alive.clc, alive.subjects, alive.copies) == (
        "9787506365437", "余华著", "作家出版社", "2012", "I247.57", ("长篇小说", "当代"), 2)
    assert titles["平凡的世界"].isbn13 == "9787530211649" and titles["工会法律法规汇编"].isbn13 is None
    calls = sorted((c.title, c.call_number) for c in room.catalogue.list_copies())
    assert calls == ([("工会法律法规汇编", "D922.56/1")] * 3 + [("平凡的世界", "I247.57/2")]
                     + [("活着", "I247.57/1")] * 2)
    assert {c.source for c in room.catalogue.list_copies()} == {source.name}
    counts, dump = _state(room, db_path)
    again = room.imports.import_books(source, site_code="JH01")
    assert (again.read, again.added, again.matched, again.copies_added, again.copies_present) == (5, 0, 3, 0, 6)
    assert len(again.rejected) == 2
    assert _state(room, db_path) == (counts, dump)


def test_a_row_with_three_copies_makes_three_once(room: Shuyi, db_path: Path, tmp_path: Path) -> None:
    source = _csv(tmp_path / "a.csv", [["书名", "册数"], ["骆驼祥子", "3"]])
    first = room.imports.import_books(source, site_code="JH01")
    assert (first.added, first.copies_added) == (1, 3)
    codes = [c.code for c in room.catalogue.list_copies()]
    assert len(set(codes)) == 3
    before = _dump(db_path)
    second = room.imports.import_books(source, site_code="JH01")
    assert (second.added, second.matched, second.copies_added, second.copies_present) == (0, 1, 0, 3)
    assert [c.code for c in room.catalogue.list_copies()] == codes and _dump(db_path) == before
    # the same title in another file with one more copy: only the new one is added
    more = _csv(tmp_path / "b.csv", [["书名", "册数"], ["骆驼祥子", "4"]])
    third = room.imports.import_books(more, site_code="JH01")
    assert (third.copies_added, third.copies_present) == (1, 3)
    assert room.stats().copies == 4 and room.stats().titles == 1


def test_legacy_barcodes_are_kept_and_dedupe(room: Shuyi, db_path: Path, tmp_path: Path) -> None:
    source = _csv(tmp_path / "old.csv", [["题名", "ISBN", "条码", "架位"],
                                         ["活着", "9787506365437", "JH000123", "A1"],
                                         ["边城", "", "JH000124", "A2"]])
    assert room.imports.import_books(source, site_code="JH01").copies_added == 2
    assert _rows(db_path, "SELECT legacy_barcode, shelf FROM copies ORDER BY legacy_barcode") == [
        ("JH000123", "A1"), ("JH000124", "A2")]
    # the shelf changed since: the same barcode is the same copy, not a new one
    moved = _csv(tmp_path / "moved.csv", [["题名", "ISBN", "条码", "架位"],
                                          ["活着", "9787506365437", "JH000123", "B7"],
                                          ["边城", "", "JH000999", "A2"]])
    report = room.imports.import_books(moved, site_code="JH01")
    assert (report.added, report.matched, report.copies_added, report.copies_present) == (0, 2, 1, 1)
    assert _rows(db_path, "SELECT count(*) FROM copies WHERE legacy_barcode = 'JH000123'") == [(1,)]
    assert room.stats().copies == 3


def test_a_barcode_repeated_in_one_file_makes_one_copy(room: Shuyi, tmp_path: Path) -> None:
    source = _csv(tmp_path / "dup.csv", [["题名", "ISBN", "条码"],
                                         ["活着", "9787506365437", "B001"],
                                         ["活着", "9787506365437", "B001"]])
    report = room.imports.import_books(source, site_code="JH01")
    assert report.read == 2
    assert room.stats().copies == 1


def test_explicit_call_number_later_in_the_file_is_not_given_to_another_title(room: Shuyi, tmp_path: Path) -> None:
    source = _csv(tmp_path / "calls.csv", [["题名", "分类号", "索书号"],
                                           ["平凡的世界", "I247.57", ""],
                                           ["活着", "I247.57", "I247.57/1"]])
    room.imports.import_books(source, site_code="JH01")
    calls = {c.title: c.call_number for c in room.catalogue.list_copies()}
    assert calls["活着"] == "I247.57/1"
    assert calls["平凡的世界"] != "I247.57/1"


def test_explicit_call_number_earlier_in_the_file_raises_the_next_one(room: Shuyi, tmp_path: Path) -> None:
    source = _csv(tmp_path / "calls.csv", [["题名", "分类号", "索书号"],
                                           ["活着", "I247.57", "I247.57/12"],
                                           ["平凡的世界", "I247.57", ""]])
    room.imports.import_books(source, site_code="JH01")
    assert {c.title: c.call_number for c in room.catalogue.list_copies()} == {"活着": "I247.57/12",
                                                                            "平凡的世界": "I247.57/13"}


@pytest.mark.parametrize("damage", ["broken xlsx", "undecodable csv", "empty", "missing", "folder", "old xls"])
def test_a_file_that_cannot_be_read_changes_nothing(demo_app: Shuyi, demo_db_path: Path, tmp_path: Path,
                                                    damage: str) -> None:
    target = {
        "broken xlsx": tmp_path / "书目.xlsx", "undecodable csv": tmp_path / "书目.csv",
        "empty": tmp_path / "empty.csv", "missing": tmp_path / "missing.csv", "folder": tmp_path / "dir.csv",
        "old xls": tmp_path / "old.csv",
    }[damage]
    if damage == "broken xlsx":
        target.write_bytes(b"PK\x03\x04 this is not a workbook")
    elif damage == "undecodable csv":
        target.write_bytes("题名,ISBN\n活着,9787506365437\n".encode() + b"\x81\xff\xfe\x80\n")
    elif damage == "empty":
        target.write_bytes(b"")
    elif damage == "folder":
        target.mkdir()
    elif damage == "old xls":
        target.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100)
    before = _state(demo_app, demo_db_path)
    with pytest.raises(errors.UnreadableImportFile) as refused:
        demo_app.imports.import_books(target, site_code="JH01")
    assert str(target) in str(refused.value)
    with pytest.raises(errors.UnreadableImportFile):
        demo_app.imports.import_readers(target, site_code="JH01")
    assert _state(demo_app, demo_db_path) == before


def test_cancelling_raises_and_leaves_the_database_unchanged(demo_app: Shuyi, demo_db_path: Path,
                                                             tmp_path: Path) -> None:
    source = _csv(tmp_path / "a.csv", BOOKS)
    calls: list[tuple[int, int | None]] = []

    def cancel(done: int, total: int | None) -> bool:
        calls.append((done, total))
        return False

    before = _state(demo_app, demo_db_path)
    with pytest.raises(errors.ImportCancelled):
        demo_app.imports.import_books(source, site_code="JH01", progress=cancel)
    assert calls == [(5, 5)]
    assert _state(demo_app, demo_db_path) == before
    # the demo's own copy, not the file's
    assert demo_app.catalogue.search("平凡的世界")[0].title.isbn13 != "9787530211649"


def test_reader_import_can_be_cancelled_too(room: Shuyi, db_path: Path, tmp_path: Path) -> None:
    rows = [["姓名", "手机"]] + [[f"读者{n}", f"139{n:08d}"] for n in range(250)]
    source = _csv(tmp_path / "r.csv", rows)
    before = _dump(db_path)
    with pytest.raises(errors.ImportCancelled):
        room.imports.import_readers(source, progress=lambda done, total: done < 200)
    assert _dump(db_path) == before
    assert room.imports.import_readers(source, progress=lambda done, total: True).added == 250


def test_no_title_column(room: Shuyi, db_path: Path, tmp_path: Path) -> None:
    source = _csv(tmp_path / "a.csv", [["作者", "出版社"], ["余华", "作家出版社"]])
    before = _dump(db_path)
    with pytest.raises(errors.NoTitleColumn):
        room.imports.import_books(source, site_code="JH01")
    with pytest.raises(errors.NoNameColumn):
        room.imports.import_readers(source)
    assert _dump(db_path) == before


def test_books_need_a_room_when_there_are_several(demo_app: Shuyi, demo_db_path: Path, tmp_path: Path) -> None:
    source = _csv(tmp_path / "a.csv", [["题名"], ["新书"]])
    before = _dump(demo_db_path)
    with pytest.raises(errors.RoomNeeded):
        demo_app.imports.import_books(source, site_code="")
    assert _dump(demo_db_path) == before
    assert demo_app.imports.import_books(source, site_code="JH03").copies_added == 1
    assert [c.site_code for c in demo_app.catalogue.list_copies(site_code="JH03") if c.title == "新书"] == ["JH03"]


# ---- readers -------------------------------------------------------------------------------------------------


READERS = [
    ["姓名", "单位", "手机号", "读者类型", "身份证号"],
    ["张伟", "建湖县环境卫生管理处", "138 1234 5678", "", "320925199001011234"],
    ["李娜", "中通快递建湖分部", "1391234567", "", ""],
    ["王芳", "", "+86 139-0000-1111", "临时读者", ""],
    ["", "美团外卖建湖站", "13900002222", "", ""],
    ["赵强", "", "13900003333", "学生", ""],
    ["张伟", "建湖县环境卫生管理处", "13812345678", "", ""],
]


@pytest.mark.parametrize("kind", ["utf-8", "gb18030", "xlsx"])
def test_readers_import_with_bad_rows_and_duplicates(room: Shuyi, db_path: Path, tmp_path: Path, kind: str) -> None:
    source = (_xlsx(tmp_path / "读者.xlsx", READERS) if kind == "xlsx"  # type: ignore[arg-type]
              else _csv(tmp_path / "读者.csv", READERS, kind))
    report = room.imports.import_readers(source)
    assert (report.read, report.added, report.matched) == (6, 2, 1)
    assert [(r.position.number, r.reason) for r in report.rejected] == [
        (3, RejectReason.BAD_PHONE), (5, RejectReason.MISSING_NAME), (6, RejectReason.BAD_VALUE)]
    bad_phone = report.rejected[0].detail
    assert bad_phone == "139****4567" and "1391234567" not in repr(report)
    assert "学生" in report.rejected[2].detail
    found = {r.name: r for r in room.readers.list_readers()}
    assert set(found) == {"张伟", "王芳"}
    assert (found["张伟"].phone_masked, found["张伟"].reader_type) == ("138****5678", "职工")
    assert (found["王芳"].phone_masked, found["王芳"].reader_type) == ("139****1111", "临时读者")
    dump = _dump(db_path)
    assert not any("320925199001011234" in line for line in dump)  # identity numbers are never kept
    again = room.imports.import_readers(source)
    assert (again.added, again.matched, len(again.rejected)) == (0, 3, 3)
    assert _dump(db_path) == dump


def test_readers_need_a_room_when_there_are_several(demo_app: Shuyi, demo_db_path: Path, tmp_path: Path) -> None:
    source = _csv(tmp_path / "r.csv", [["姓名", "手机"], ["新读者", "13700001234"]])
    before = _dump(demo_db_path)
    try:
        report = demo_app.imports.import_readers(source, site_code="")
    except errors.RoomNeeded:
        report = None
    assert _dump(demo_db_path) == before
    assert report is None, report


def test_readers_with_card_codes_are_matched_by_card(demo_app: Shuyi, demo_db_path: Path, tmp_path: Path) -> None:
    existing = demo_app.readers.list_readers()[:3]
    rows = [["姓名", "读者证号", "手机"]] + [[r.name + "（改名）", r.card_code.lower(), ""] for r in existing]
    before = _dump(demo_db_path)
    report = demo_app.imports.import_readers(_csv(tmp_path / "cards.csv", rows), site_code="JH01")
    assert (report.read, report.added, report.matched, report.rejected) == (3, 0, 3, ())
    assert _dump(demo_db_path) == before
