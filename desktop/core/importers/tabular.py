"""Spreadsheets (CSV, XLSX) read as raw tables, mapped column by column, and turned into book or reader records.

`read_table` decodes the file and finds its header row without interpreting a single cell; `guess_mapping`
proposes which column is which field (the GUI wizard lets the user correct it); `book_records` and
`reader_records` turn the rows into records, refusing bad rows with their row number as Excel shows it.
Privacy: columns that look like 身份证 numbers are never mapped, never kept.
"""

from __future__ import annotations

import csv
import io
import itertools
import re
import unicodedata
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from desktop.core import errors
from desktop.core.importers import files, xlsx
from desktop.core.privacy import mask_phone, redact_ids
from desktop.core.records import BookRecord, Position, ReaderRecord, Rejected, RejectReason

BOOK_FIELDS: tuple[str, ...] = (
    "title", "isbn", "author", "publisher", "place", "year", "pages", "price",
    "clc", "subjects", "copies", "barcode", "call_number", "shelf",
)  # fmt: skip
READER_FIELDS: tuple[str, ...] = ("name", "unit", "phone", "union_card", "reader_type", "card_code", "note")

_ALIASES: dict[str, tuple[str, ...]] = {
    "title": ("题名", "书名", "正题名", "图书名称", "图书名", "书刊名称", "名称", "Title", "Book title"),
    "isbn": ("ISBN", "ISBN号", "ISBN-13", "ISBN-10", "国际标准书号", "书号", "标准书号"),
    "author": ("责任者", "作者", "著者", "编著者", "主编", "第一责任者", "责任说明", "Author", "Authors"),
    "publisher": ("出版社", "出版者", "出版单位", "出版发行", "Publisher"),
    "place": ("出版地", "Place", "Place of publication"),
    "year": ("出版年", "出版日期", "出版时间", "出版年份", "出版年月", "Year", "Publication year"),
    "pages": ("页数", "页码", "载体形态", "Pages"),
    "price": ("价格", "定价", "单价", "Price"),
    "clc": ("分类号", "中图分类号", "中图法分类号", "CLC", "Classification"),
    "subjects": ("主题词", "主题", "关键词", "Subjects", "Subject", "Keywords"),
    "copies": ("册数", "复本数", "复本", "数量", "本数", "Copies", "Quantity"),
    "barcode": ("条码", "条形码", "条码号", "馆藏条码", "财产号", "登录号", "Barcode"),
    "call_number": ("索书号", "索取号", "Call number", "Call no"),
    "shelf": ("架位", "书架", "架号", "馆藏位置", "排架号", "Shelf", "Location"),
    "name": ("姓名", "读者姓名", "名字", "Name"),
    "unit": ("单位", "工作单位", "所在单位", "单位名称", "部门", "Unit", "Department", "Organization"),
    "phone": ("手机", "手机号", "手机号码", "联系电话", "电话", "电话号码", "移动电话", "联系方式",
              "Mobile", "Phone", "Tel"),
    "union_card": ("工会会员卡号", "会员卡号", "工会卡号", "会员证号", "工会会员证号"),
    "reader_type": ("读者类型", "类型", "读者类别", "类别"),
    "card_code": ("读者证号", "借书证号", "证号", "读者证", "借书证"),
    "note": ("备注", "说明", "Note", "Notes", "Remark", "Remarks"),
}  # fmt: skip
_ID_MARKERS = ("身份证", "身份號", "身分證", "身份證", "身份号", "证件", "證件", "sfz", "idcard", "idno", "idnumber")
"""Headers containing any of these (after normalising) hold identity numbers, which Shuyi never reads."""

_EXTENSIONS = {".csv": "csv", ".txt": "csv", ".xlsx": "xlsx", ".xlsm": "xlsx"}
_BOMS = ((b"\xff\xfe\x00\x00", "utf-32"), (b"\x00\x00\xfe\xff", "utf-32"), (b"\xef\xbb\xbf", "utf-8-sig"),
         (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16"))  # fmt: skip
_OLE2 = b"\xd0\xcf\x11\xe0"
_SNIFF_LINES = 20
_MAX_COPIES = 999
_SUBJECT_SEPARATORS = re.compile(r"[；;,，、]")
_MOBILE = re.compile(r"1[3-9][0-9]{9}")
_BRACKETED = re.compile(r"\(.*?\)|\[.*?\]|【.*?】|〔.*?〕")
_HEADER_NOISE = re.compile(r"[\s_\-.*:#]")


@dataclass(frozen=True)
class Table:
    """What was read: headers and raw string rows, nothing interpreted yet.

    Rows are padded to the width of the table; empty rows between data rows are kept as rows of "" so that
    rows[i] is spreadsheet row first_row_number + i; trailing empty rows and columns are dropped.
    """

    path: Path
    headers: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    first_row_number: int
    encoding: str | None


def read_table(path: Path, *, fmt: Literal["csv", "xlsx"] | None = None, sheet: str | None = None) -> Table:
    """Read a CSV or XLSX file into a Table; raises UnreadableImportFile when it cannot be read at all."""
    path = Path(path)
    files.check(path)
    kind = fmt or _detect_format(path)
    if kind == "csv":
        raw, encoding = _read_csv(path)
        return _make_table(path, raw, encoding)
    if kind == "xlsx":
        return _make_table(path, xlsx.read_rows(path, sheet), None)
    raise ValueError(f"unknown spreadsheet format {fmt!r}")


def _detect_format(path: Path) -> str:
    by_extension = _EXTENSIONS.get(path.suffix.lower())
    return by_extension or ("xlsx" if files.read_bytes(path, 4) == b"PK\x03\x04" else "csv")


def _read_csv(path: Path) -> tuple[list[list[str]], str]:
    data = files.read_bytes(path)
    if data.startswith(_OLE2):
        raise files.unreadable(path, "old Excel .xls format; save it as .xlsx or CSV")
    text, encoding = _decode(path, data)
    if "\x00" in text:
        raise files.unreadable(path, "not a text file")
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=_sniff_delimiter(text), strict=True)
    try:
        return [_bounded(path, reader.line_num, [cell.strip() for cell in row]) for row in reader], encoding
    except csv.Error as exc:
        raise files.unreadable(path, f"broken CSV at line {reader.line_num}: {exc}") from None


def _decode(path: Path, data: bytes) -> tuple[str, str]:
    """The text and codec: a BOM decides; else strict UTF-8 on the whole file; else GB18030; else refused."""
    candidates = [codec for bom, codec in _BOMS if data.startswith(bom)][:1] or ["utf-8", "gb18030"]
    failures: list[tuple[str, UnicodeDecodeError]] = []
    for codec in candidates:
        try:
            return data.decode(codec), codec
        except UnicodeDecodeError as exc:
            failures.append((codec, exc))
    codec, furthest = max(failures, key=lambda failure: failure[1].start)
    line = data[: furthest.start].decode(codec, errors="replace").count("\n") + 1
    tried = " or ".join(name.upper() for name in candidates)
    raise files.unreadable(path, f"not {tried} text: undecodable bytes at line {line}")


def _sniff_delimiter(text: str) -> str:
    sample = "".join(itertools.islice(io.StringIO(text, newline=""), _SNIFF_LINES))
    try:
        return csv.Sniffer().sniff(sample, delimiters=",\t;|").delimiter
    except csv.Error:
        return ","


def _bounded(path: Path, number: int, cells: list[str]) -> list[str]:
    """One CSV row within the bounds: refused when it is beyond MAX_ROWS or has a filled cell beyond MAX_COLUMNS."""
    if any(cells[files.MAX_COLUMNS:]):
        files.check_cell(path, number, files.MAX_COLUMNS + 1)
    if number > files.MAX_ROWS and any(cells):
        files.check_cell(path, number, _used_width(cells))
    return cells[: files.MAX_COLUMNS]


def _make_table(path: Path, raw: list[list[str]], encoding: str | None) -> Table:
    header_index = _header_index(raw)
    if header_index is None:
        raise files.unreadable(path, "no header row (the sheet is empty)")
    data = raw[header_index + 1 :]
    while data and not any(data[-1]):
        data.pop()
    width = max(_used_width(row) for row in [raw[header_index], *data])
    return Table(
        path=path,
        headers=_padded(raw[header_index], width),
        rows=tuple(_padded(row, width) for row in data),
        first_row_number=header_index + 2,
        encoding=encoding,
    )


def _header_index(raw: list[list[str]]) -> int | None:
    """The first row with at least two filled cells; in a one-column file, the first non-empty row."""
    filled = [sum(1 for cell in row if cell) for row in raw]
    for wanted in (2, 1):
        for index, count in enumerate(filled):
            if count >= wanted:
                return index
    return None


def _used_width(row: list[str]) -> int:
    return max((index + 1 for index, cell in enumerate(row) if cell), default=0)


def _padded(row: list[str], width: int) -> tuple[str, ...]:
    return tuple(row[:width]) + ("",) * (width - len(row))


def normalise_header(header: str) -> str:
    """Full-width to half-width, case folded, without spaces, punctuation marks or a bracketed unit like (元)."""
    text = unicodedata.normalize("NFKC", header).casefold()
    return _HEADER_NOISE.sub("", _BRACKETED.sub("", text))


_LOOKUP: dict[str, str] = {
    normalise_header(alias): field for field, aliases in _ALIASES.items() for alias in (field, *aliases)
}


def looks_like_id_number(header: str) -> bool:
    """True for a column of identity-card numbers (身份证号, 证件号码…), which must never be mapped or kept."""
    text = unicodedata.normalize("NFKC", header).casefold()
    compact = _HEADER_NOISE.sub("", text)
    return any(marker in compact for marker in _ID_MARKERS)


def guess_mapping(headers: Sequence[str], fields: Sequence[str]) -> dict[int, str]:
    """Column index -> field for the headers recognised among `fields`; each field once, first column wins."""
    mapping: dict[int, str] = {}
    for index, header in enumerate(headers):
        if looks_like_id_number(header):
            continue
        field = _LOOKUP.get(normalise_header(header))
        if field in fields and field not in mapping.values():
            mapping[index] = field
    return mapping


def check_unique_columns(table: Table, fields: Sequence[str]) -> None:
    """Refuse a file whose headers name one field twice (题名 and 书名, or 题名 twice): which one is meant cannot
    be guessed, and reading the first while ignoring the other would lose data silently."""
    first: dict[str, int] = {}
    for index, header in enumerate(table.headers):
        field = None if looks_like_id_number(header) else _LOOKUP.get(normalise_header(header))
        if field not in fields:
            continue
        if field in first:
            raise errors.DuplicateColumn(path=str(table.path), field=field,
                                         first=_column(table, first[field]), second=_column(table, index))
        first[field] = index


def _column(table: Table, index: int) -> str:
    return f"“{table.headers[index]}” ({index + 1})"


def _check_mapping(table: Table, mapping: Mapping[int, str], fields: Sequence[str]) -> None:
    """A wrong mapping is a programming error of the caller (the wizard must not offer it): ValueError."""
    for index, field in mapping.items():
        if field not in fields:
            raise ValueError(f"{field!r} is not one of {fields}")
        if not 0 <= index < len(table.headers):
            raise ValueError(f"column {index} is outside the table ({len(table.headers)} columns)")
        if looks_like_id_number(table.headers[index]):
            raise ValueError(f"column {table.headers[index]!r} holds identity numbers and must not be imported")
    if len(set(mapping.values())) != len(mapping):
        raise ValueError("a field is mapped from more than one column")


def data_rows(table: Table) -> Iterator[tuple[Position, tuple[str, ...]]]:
    for offset, row in enumerate(table.rows):
        if any(row):
            yield Position(kind="row", number=table.first_row_number + offset), row


def _values(row: tuple[str, ...], mapping: Mapping[int, str]) -> dict[str, str]:
    return {field: row[index] for index, field in mapping.items()}


def book_records(table: Table, mapping: Mapping[int, str]) -> Iterator[BookRecord | Rejected]:
    """One BookRecord per filled row, or a Rejected naming the row; ISBNs are passed on unchecked."""
    _check_mapping(table, mapping, BOOK_FIELDS)
    return _books(table, dict(mapping))


def _books(table: Table, mapping: dict[int, str]) -> Iterator[BookRecord | Rejected]:
    extra_columns = [
        index
        for index, header in enumerate(table.headers)
        if index not in mapping and header and not looks_like_id_number(header)
    ]
    for position, row in data_rows(table):
        values = _values(row, mapping)
        if not values.get("title"):
            yield Rejected(position, RejectReason.MISSING_TITLE)
            continue
        raw_copies = values.pop("copies", "")
        copies = _copies(raw_copies)
        if copies is None:
            yield Rejected(position, RejectReason.BAD_VALUE, detail=raw_copies)
            continue
        subjects = _subjects(values.pop("subjects", ""))
        extra = {table.headers[index]: row[index] for index in extra_columns if row[index]}
        yield BookRecord(position=position, copies=copies, subjects=subjects, extra=extra, **values)


def _copies(text: str) -> int | None:
    """Empty -> 1; a whole number from 1 to _MAX_COPIES (full-width digits allowed); anything else -> None."""
    if not text:
        return 1
    digits = unicodedata.normalize("NFKC", text)
    if not re.fullmatch(r"[0-9]+", digits):
        return None
    number = int(digits)
    return number if 1 <= number <= _MAX_COPIES else None


def _subjects(text: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in _SUBJECT_SEPARATORS.split(text) if part.strip())


def reader_records(table: Table, mapping: Mapping[int, str]) -> Iterator[ReaderRecord | Rejected]:
    """One ReaderRecord per filled row, or a Rejected naming the row; an invalid phone is reported masked."""
    _check_mapping(table, mapping, READER_FIELDS)
    return _readers(table, dict(mapping))


def _readers(table: Table, mapping: dict[int, str]) -> Iterator[ReaderRecord | Rejected]:
    for position, row in data_rows(table):
        values = _values(row, mapping)
        if not values.get("name"):
            yield Rejected(position, RejectReason.MISSING_NAME)
            continue
        raw_phone = values.pop("phone", "")
        phone = _normalise_phone(raw_phone)
        if phone and not _MOBILE.fullmatch(phone):
            yield Rejected(position, RejectReason.BAD_PHONE, detail=mask_phone(phone or raw_phone.strip()))
            continue
        # no identity-card number is kept, whatever column it was typed into
        yield ReaderRecord(position=position, phone=phone, **{k: redact_ids(v) for k, v in values.items()})


def _normalise_phone(raw: str) -> str:
    """Half-width, without spaces, hyphens and a leading +86/0086/86; "" when there is no digit at all (无, /)."""
    text = unicodedata.normalize("NFKC", raw)
    if not any(char in "0123456789" for char in text):
        return ""
    compact = re.sub(r"[\s\-]", "", text)
    for prefix in ("+86", "0086", "86"):
        if compact.startswith(prefix):
            return compact[len(prefix) :]
    return compact


