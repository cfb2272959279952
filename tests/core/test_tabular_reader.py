"""Spreadsheet import: real CSV and XLSX files in the encodings met in China, mapped and turned into records."""

from __future__ import annotations

import datetime as dt
import zipfile
from pathlib import Path

import openpyxl
import pytest

from desktop.core.errors import UnreadableImportFile
from desktop.core.importers.tabular import (
    BOOK_FIELDS,
    READER_FIELDS,
    book_records,
    guess_mapping,
    read_table,
    reader_records,
)
from desktop.core.records import BookRecord, Position, ReaderRecord, Rejected, RejectReason

BOOK_ROWS = [
    ["题名", "ISBN", "责任者", "出版社", "册数", "主题词"],
    ["活着", "9787506365437", "余华著", "作家出版社", "2", "长篇小说；中国；当代"],
    ["平凡的世界", "978-7-5302-1164-2", "路遥", "北京十月文艺出版社", "", "小说、农村"],
]
EXPECTED_BOOKS = [
    BookRecord(
        position=Position("row", 2),
        title="活着",
        isbn="9787506365437",
        author="余华著",
        publisher="作家出版社",
        copies=2,
        subjects=("长篇小说", "中国", "当代"),
    ),
    BookRecord(
        position=Position("row", 3),
        title="平凡的世界",
        isbn="978-7-5302-1164-2",
        author="路遥",
        publisher="北京十月文艺出版社",
        copies=1,
        subjects=("小说", "农村"),
    ),
]


def _row(number: int) -> Position:
    return Position(kind="row", number=number)


def _csv_text(rows: list[list[str]], delimiter: str = ",") -> str:
    return "\r\n".join(delimiter.join(row) for row in rows) + "\r\n"


def _write_xlsx(path: Path, cells: dict[str, object], title: str = "Sheet1", **others: dict[str, object]) -> Path:
    book = openpyxl.Workbook()
    sheets = {title: cells, **others}
    for index, (name, content) in enumerate(sheets.items()):
        sheet = book.active if index == 0 else book.create_sheet(name)
        assert sheet is not None
        sheet.title = name
        for ref, value in content.items():
            sheet[ref] = value
    book.save(path)
    return path


def _store_numbers_as(path: Path, spellings: dict[str, str]) -> None:
    """Rewrite number cells as other writers (WPS, LibreOffice, scripts) store them: 1.3800138E+10, 28.0."""
    with zipfile.ZipFile(path) as source:
        parts = [(info, source.read(info)) for info in source.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for info, data in parts:
            for stored, spelling in spellings.items():
                if info.filename.startswith("xl/worksheets/"):
                    assert f"<v>{stored}</v>".encode() in data
                    data = data.replace(f"<v>{stored}</v>".encode(), f"<v>{spelling}</v>".encode())
            target.writestr(info, data)


def _books(path: Path, **kwargs: object) -> list[BookRecord | Rejected]:
    table = read_table(path, **kwargs)  # type: ignore[arg-type]
    return list(book_records(table, guess_mapping(table.headers, BOOK_FIELDS)))


def _readers(path: Path) -> list[ReaderRecord | Rejected]:
    table = read_table(path)
    return list(reader_records(table, guess_mapping(table.headers, READER_FIELDS)))


# ---- CSV ------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (_csv_text(BOOK_ROWS).encode("utf-8"), "utf-8"),
        (b"\xef\xbb\xbf" + _csv_text(BOOK_ROWS).encode("utf-8"), "utf-8-sig"),
        (_csv_text(BOOK_ROWS).encode("gb18030"), "gb18030"),
        (_csv_text(BOOK_ROWS, "\t").encode("utf-16"), "utf-16"),
        (_csv_text(BOOK_ROWS, ";").encode("utf-8"), "utf-8"),
        (_csv_text(BOOK_ROWS, "|").encode("gb18030"), "gb18030"),
    ],
    ids=["utf8", "utf8-bom", "gb18030", "utf16-tab", "semicolon", "pipe-gbk"],
)
def test_csv_in_each_encoding_gives_the_same_books(tmp_path: Path, data: bytes, encoding: str) -> None:
    path = tmp_path / "books.csv"
    path.write_bytes(data)
    table = read_table(path)
    assert table.encoding == encoding
    assert table.headers == tuple(BOOK_ROWS[0])
    assert table.first_row_number == 2
    assert _books(path) == EXPECTED_BOOKS


def test_quoted_cells_with_commas_and_line_breaks_count_as_one_row(tmp_path: Path) -> None:
    path = tmp_path / "books.csv"
    text = '书名,作者\r\n"红楼梦（上、下）, 插图本","曹雪芹,\n高鹗"\r\n\r\n  围城 ,钱锺书\r\n'
    path.write_text(text, encoding="utf-8")
    table = read_table(path)
    assert table.rows == (("红楼梦（上、下）, 插图本", "曹雪芹,\n高鹗"), ("", ""), ("围城", "钱锺书"))
    assert _books(path) == [
        BookRecord(position=_row(2), title="红楼梦（上、下）, 插图本", author="曹雪芹,\n高鹗"),
        BookRecord(position=_row(4), title="围城", author="钱锺书"),
    ]


def test_a_title_line_above_the_header_and_ragged_rows_are_handled(tmp_path: Path) -> None:
    path = tmp_path / "list.txt"
    text = "城南职工书屋 2024年新书清单\n\n题名,作者\n边城,沈从文,多余\n呐喊\n\n,,\n"
    path.write_text(text, encoding="gb18030")
    table = read_table(path)
    assert table.headers == ("题名", "作者", "")
    assert table.rows == (("边城", "沈从文", "多余"), ("呐喊", "", ""))
    assert table.first_row_number == 4
    assert [r.position.number for r in _books(path)] == [4, 5]


def test_undecodable_bytes_are_refused_naming_the_line(tmp_path: Path) -> None:
    path = tmp_path / "readers.csv"
    path.write_bytes("姓名,单位\n张三,环卫所\n".encode() + b"\xff\xfe\xff,x\n" + "李四,邮政\n".encode())
    with pytest.raises(UnreadableImportFile) as caught:
        read_table(path)
    assert caught.value.code == "import.unreadable"
    assert caught.value.params["path"] == str(path)
    assert "line 3" in caught.value.params["reason"]
    assert str(path) in str(caught.value)


def test_a_file_without_known_extension_is_sniffed(tmp_path: Path) -> None:
    csv_file = tmp_path / "export.dat"
    csv_file.write_bytes(_csv_text(BOOK_ROWS).encode("utf-8"))
    xlsx_file = _write_xlsx(tmp_path / "renamed.dat", {"A1": "题名", "B1": "作者", "A2": "边城", "B2": "沈从文"})
    assert read_table(csv_file).encoding == "utf-8"
    assert _books(xlsx_file) == [BookRecord(position=_row(2), title="边城", author="沈从文")]
    assert read_table(xlsx_file).encoding is None
    assert read_table(tmp_path / "renamed.dat", fmt="xlsx").rows == (("边城", "沈从文"),)


# ---- XLSX -----------------------------------------------------------------------------------------------------


def test_xlsx_numbers_dates_and_empty_rows_come_out_as_the_user_sees_them(tmp_path: Path) -> None:
    path = _write_xlsx(
        tmp_path / "books.xlsx",
        {
            "A1": "城南职工书屋图书登记表",  # a title line above the header, row 2 left empty
            **{
                f"{col}3": head
                for col, head in zip("ABCDEF", ["书名", "ISBN", "出版日期", "定价", "复本数", "页数"], strict=True)
            },
            **{"A4": "活着", "B4": 9787506365437, "C4": dt.datetime(2024, 5, 1), "D4": 45.5, "E4": 3, "F4": 191},
            # row 5 wholly empty
            **{"A6": "边城", "B6": 9787020002207.0, "C6": dt.date(2019, 1, 1), "D6": 28.0, "E6": 1.0},
            **{"A7": "围城", "C7": dt.datetime(2020, 3, 2, 8, 30), "D7": "CNY39.00"},
        },
    )
    _store_numbers_as(path, {"9787020002207": "9.787020002207E+12", "28": "28.0"})
    table = read_table(path)
    assert table.first_row_number == 4
    assert table.rows[1] == ("",) * 6
    assert _books(path) == [
        BookRecord(_row(4), title="活着", isbn="9787506365437", year="2024-05-01", price="45.5", copies=3, pages="191"),
        BookRecord(_row(6), title="边城", isbn="9787020002207", year="2019-01-01", price="28", copies=1),
        BookRecord(_row(7), title="围城", year="2020-03-02 08:30:00", price="CNY39.00"),
    ]


def test_xlsx_readers_with_numeric_phones(tmp_path: Path) -> None:
    path = _write_xlsx(
        tmp_path / "readers.xlsx",
        {"A1": "姓名", "B1": "手机号码", "C1": "工作单位", "A2": "王芳", "B2": 13800138000.0, "C2": "城管局",
         "A3": "刘强", "B3": 15912345678},
    )  # fmt: skip
    _store_numbers_as(path, {"13800138000": "1.3800138E+10", "15912345678": "15912345678.0"})
    assert _readers(path) == [
        ReaderRecord(_row(2), name="王芳", phone="13800138000", unit="城管局"),
        ReaderRecord(_row(3), name="刘强", phone="15912345678"),
    ]


def test_a_named_sheet_is_read_and_an_unknown_one_refused(tmp_path: Path) -> None:
    path = _write_xlsx(
        tmp_path / "two.xlsx",
        {"A1": "说明：第二页是图书"},
        "说明",
        图书={"A1": "题名", "B1": "索书号", "A2": "边城", "B2": "I246.5/3"},
    )
    assert _books(path, sheet="图书") == [BookRecord(_row(2), title="边城", call_number="I246.5/3")]
    with pytest.raises(UnreadableImportFile, match="no sheet named"):
        read_table(path, sheet="读者")


# ---- rows refused -------------------------------------------------------------------------------------------


def test_bad_book_rows_are_rejected_with_their_row_and_good_ones_pass(tmp_path: Path) -> None:
    path = tmp_path / "books.csv"
    rows = [["题名", "册数", "条码"], ["活着", "2", "A001"], ["", "1", "A002"], ["边城", "两本", "A003"],
            ["围城", "0", ""], ["呐喊", "２", ""], ["故乡", "9787020002207", ""]]  # fmt: skip
    path.write_text(_csv_text(rows), encoding="utf-8")
    assert _books(path) == [
        BookRecord(_row(2), title="活着", copies=2, barcode="A001"),
        Rejected(_row(3), RejectReason.MISSING_TITLE),
        Rejected(_row(4), RejectReason.BAD_VALUE, detail="两本"),
        Rejected(_row(5), RejectReason.BAD_VALUE, detail="0"),
        BookRecord(_row(6), title="呐喊", copies=2),
        Rejected(_row(7), RejectReason.BAD_VALUE, detail="9787020002207"),
    ]


def test_bad_reader_rows_are_rejected_and_phones_never_shown_whole(tmp_path: Path) -> None:
    path = tmp_path / "readers.csv"
    rows = [["姓名", "联系电话", "备注"], ["张三", "138-0013-8000", ""], ["", "13900139000", "无名"],
            ["李四", "+86 139 1234 5678", ""], ["王五", "12345678901", ""], ["赵六", "", "没留电话"],
            ["孙七", "1391234", ""], ["周八", "无", ""], ["吴九", "0517-83456789", ""]]  # fmt: skip
    path.write_text(_csv_text(rows), encoding="utf-8")
    records = _readers(path)
    assert records == [
        ReaderRecord(_row(2), name="张三", phone="13800138000"),
        Rejected(_row(3), RejectReason.MISSING_NAME),
        ReaderRecord(_row(4), name="李四", phone="13912345678"),
        Rejected(_row(5), RejectReason.BAD_PHONE, detail="123****8901"),
        ReaderRecord(_row(6), name="赵六", note="没留电话"),
        Rejected(_row(7), RejectReason.BAD_PHONE, detail="*****34"),
        ReaderRecord(_row(8), name="周八"),
        Rejected(_row(9), RejectReason.BAD_PHONE, detail="051****6789"),
    ]
    details = " ".join(r.detail for r in records if isinstance(r, Rejected))
    assert "12345678901" not in details and "83456789" not in details


def test_unmapped_book_columns_go_to_extra_but_never_identity_numbers(tmp_path: Path) -> None:
    path = tmp_path / "books.csv"
    path.write_text("题名,捐赠人,捐赠人身份证号\n边城,张三,320826199001011234\n", encoding="utf-8")
    [record] = _books(path)
    assert isinstance(record, BookRecord)
    assert record.extra == {"捐赠人": "张三"}


# ---- unreadable files ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "content", "reason"),
    [
        ("missing.csv", None, "No such file or directory"),
        ("empty.csv", b"", "the file is empty"),
        ("blank.csv", b" , ,\r\n\r\n,\r\n", "no header row"),
        ("broken.xlsx", b"PK\x03\x04 not really a zip", "not an Excel workbook"),
        ("text.xlsx", "题名,作者\n".encode(), "not an Excel workbook"),
        ("old.xls", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100, "old Excel .xls format"),
        ("binary.csv", b"\x00\x01\x02\x03abc", "not a text file"),
        (
            "bad16.csv",
            b"\xff\xfe" + "题名".encode("utf-16-le") + b"\x00\xd8",
            "not UTF-16 text: undecodable bytes at line 1",
        ),
    ],
)
def test_files_that_cannot_be_read_raise(tmp_path: Path, name: str, content: bytes | None, reason: str) -> None:
    path = tmp_path / name
    if content is not None:
        path.write_bytes(content)
    with pytest.raises(UnreadableImportFile) as caught:
        read_table(path)
    assert reason in caught.value.params["reason"]


def test_a_folder_and_an_empty_workbook_are_unreadable(tmp_path: Path) -> None:
    with pytest.raises(UnreadableImportFile, match="folder"):
        read_table(tmp_path)
    with pytest.raises(UnreadableImportFile, match="no header row"):
        read_table(_write_xlsx(tmp_path / "empty.xlsx", {}))


# ---- mapping --------------------------------------------------------------------------------------------------


def test_chinese_headers_map_to_book_fields() -> None:
    headers = ["序号", "正题名", "国际标准书号", "著者", "出版者", "出版地", "出版年", "载体形态", "单价",
               "中图法分类号", "主题", "复本数", "财产号", "索取号", "馆藏位置"]  # fmt: skip
    assert guess_mapping(headers, BOOK_FIELDS) == {i + 1: field for i, field in enumerate(BOOK_FIELDS)}


def test_english_and_full_width_and_spaced_headers_map() -> None:
    headers = [" Title ", "ＩＳＢＮ", "AUTHOR", "Call  Number", "call_number", "书　名", "定价（元）", "*条形码", "clc"]
    assert guess_mapping(headers, BOOK_FIELDS) == {
        0: "title", 1: "isbn", 2: "author", 3: "call_number", 6: "price", 7: "barcode", 8: "clc",
    }  # fmt: skip


def test_barcode_columns_are_never_taken_for_the_isbn() -> None:
    assert guess_mapping(["条码", "书号", "登录号"], BOOK_FIELDS) == {0: "barcode", 1: "isbn"}


def test_reader_headers_map_and_only_the_fields_asked_for() -> None:
    headers = ["读者姓名", "部门", "手机号", "工会会员卡号", "读者类别", "借书证号", "Note", "书名"]
    assert guess_mapping(headers, READER_FIELDS) == dict(enumerate(READER_FIELDS))
    assert guess_mapping(["Name", "Unit", "Mobile", "电话"], READER_FIELDS) == {0: "name", 1: "unit", 2: "phone"}
    assert guess_mapping(headers, ["phone"]) == {2: "phone"}


@pytest.mark.parametrize(
    "header", ["身份证", "身份证号", "身份证号码", "证件号码", "公民身份号码", "ID Card No.", "身份证 号"]
)
def test_identity_number_columns_are_never_mapped(header: str) -> None:
    mapping = guess_mapping(["姓名", header, "手机"], READER_FIELDS)
    assert mapping == {0: "name", 2: "phone"}
    assert 1 not in guess_mapping([header, header], [*READER_FIELDS, *BOOK_FIELDS])


def test_an_identity_column_cannot_be_mapped_by_hand(tmp_path: Path) -> None:
    path = tmp_path / "readers.csv"
    path.write_text("姓名,身份证号\n张三,320826199001011234\n", encoding="utf-8")
    table = read_table(path)
    with pytest.raises(ValueError, match="identity"):
        reader_records(table, {0: "name", 1: "note"})


def test_a_wrong_mapping_is_a_programming_error(tmp_path: Path) -> None:
    path = tmp_path / "books.csv"
    path.write_text("题名,作者\n边城,沈从文\n", encoding="utf-8")
    table = read_table(path)
    for mapping in ({0: "name"}, {5: "title"}, {0: "title", 1: "title"}):
        with pytest.raises(ValueError):
            book_records(table, mapping)
