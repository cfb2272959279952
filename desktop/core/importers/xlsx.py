"""XLSX sheets read as rows of text by the cells really in them: never trusting a declared size, within the
bounds of files.py (a 5 KB file with one cell at row 1,000,000, column 16,000 is refused, not padded out)."""

from __future__ import annotations

import datetime as dt
import io
import warnings
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from desktop.core.errors import ShuyiError
from desktop.core.importers import files


def read_rows(path: Path, sheet: str | None) -> list[list[str]]:
    """The rows of a sheet (the first one unless named) as text; raises UnreadableImportFile or SheetTooLarge."""
    import openpyxl  # only the spreadsheet path pays for it

    data = io.BytesIO(files.read_bytes(path))  # bytes, not the path: openpyxl refuses a sniffed file by its extension
    files.check_unpacked(path, data)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # "extension not supported" and the like: harmless for reading cells
            book = openpyxl.load_workbook(data, read_only=True, data_only=True)
            try:
                return _sheet_rows(path, book, sheet)
            finally:
                book.close()
    except ShuyiError:
        raise
    except Exception as exc:  # openpyxl fails in many ways on files that are not workbooks (zip, xml, key errors)
        raise files.unreadable(path, f"not an Excel workbook (.xlsx) or a damaged one: {type(exc).__name__}") from None


def _sheet_rows(path: Path, book: Any, sheet: str | None) -> list[list[str]]:
    if sheet is not None and sheet not in book.sheetnames:
        raise files.unreadable(path, f"there is no sheet named {sheet!r}")
    if not book.worksheets:
        raise files.unreadable(path, "the workbook has no worksheet")
    worksheet = book[sheet] if sheet is not None else book.worksheets[0]
    if not hasattr(worksheet, "iter_rows"):
        raise files.unreadable(path, f"{sheet!r} is a chart, not a worksheet")
    rows: list[list[str]] = []
    for number, cells in _real_cells(worksheet):
        texts = {column: text for column, value in cells if (text := _cell_text(value))}
        far = max(texts, default=0)
        if far > files.MAX_COLUMNS or (far and number > files.MAX_ROWS):
            files.check_cell(path, number, far)
        if far:
            rows.extend([[]] * (number - len(rows) - 1))  # the empty rows between: rows[i] stays row i + 1
            rows.append([texts.get(column, "") for column in range(1, far + 1)])
    return rows


def _real_cells(worksheet: Any) -> Iterator[tuple[int, list[tuple[int, object]]]]:
    """(row number, [(column, value)]) of the cells really in a read-only sheet, never trusting its declared size.

    openpyxl's iter_rows pads every row to its rightmost cell and yields every row of a gap, so a 5 KB file with
    one cell at row 1,000,000, column 16,000 costs billions of empty cells; its parser yields only what is there.
    """
    from openpyxl.worksheet._reader import WorkSheetParser

    book = worksheet.parent
    with worksheet._get_source() as source:
        parser = WorkSheetParser(source, worksheet._shared_strings, data_only=True, epoch=book.epoch,
                                 date_formats=book._date_formats, timedelta_formats=book._timedelta_formats)
        for number, cells in parser.parse():
            yield number, [(cell["column"], cell["value"]) for cell in cells]


def _cell_text(value: object) -> str:
    """A cell as the user reads it: whole numbers without ".0", dates in ISO form, text stripped."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else repr(value)
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat(sep=" ")
    if isinstance(value, dt.date | dt.time):
        return value.isoformat()
    return str(value).strip()
