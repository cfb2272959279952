"""Import files read within bounds: only ordinary files, never more than MAX_BYTES, refused with a typed error.

A device (/dev/zero), a pipe or a file larger than an import can be has no end a reader could wait for; each
reader asks here first, so that what it holds in memory is bounded before it reads a byte.
"""

from __future__ import annotations

import stat
import zipfile
from pathlib import Path
from typing import BinaryIO

from desktop.core import errors

MAX_BYTES = 100 * 1024 * 1024
"""The largest import file: 100 MB holds some 600,000 CSV rows, more than any one room's catalogue."""
MAX_ROWS = 200_000
"""The most rows of a spreadsheet (CSV or XLSX) read, its header included; a filled cell further down refuses it."""
MAX_UNPACKED = 4 * MAX_BYTES
"""The most an XLSX (a zip of XML) may unpack to: a small file of a billion empty cells is refused unread."""
MAX_COLUMNS = 256
"""The most columns read from a spreadsheet; a filled cell further right refuses the file."""


def unreadable(path: Path, reason: str) -> errors.UnreadableImportFile:
    return errors.UnreadableImportFile(path=str(path), reason=reason)


def _os_failure(path: Path, exc: OSError) -> errors.UnreadableImportFile:
    return unreadable(path, exc.strerror or type(exc).__name__)


def check(path: Path) -> int:
    """The size of an import file that can be read; raises for a folder, a device, an empty or too large file."""
    try:
        info = path.stat()
    except OSError as exc:
        raise _os_failure(path, exc) from None
    if stat.S_ISDIR(info.st_mode):
        raise unreadable(path, "it is a folder, not a file")
    if not stat.S_ISREG(info.st_mode):
        raise errors.ImportNotAFile(path=str(path))
    if info.st_size == 0:
        raise unreadable(path, "the file is empty")
    if info.st_size > MAX_BYTES:
        raise too_large(path, info.st_size)
    return info.st_size


def too_large(path: Path, size: int) -> errors.ImportFileTooLarge:
    return errors.ImportFileTooLarge(path=str(path), size=-(-size // 2**20), limit=MAX_BYTES // 2**20)


def read_bytes(path: Path, limit: int | None = None) -> bytes:
    """The file's bytes (its first `limit` when given), after `check`; a file that grew past MAX_BYTES is refused."""
    check(path)
    try:
        with path.open("rb") as handle:
            data = handle.read(MAX_BYTES + 1 if limit is None else limit)
    except OSError as exc:
        raise _os_failure(path, exc) from None
    if len(data) > MAX_BYTES:
        raise too_large(path, len(data))
    return data


def check_cell(path: Path, row: int, column: int) -> None:
    """Refuse a spreadsheet with a filled cell in a row beyond MAX_ROWS or a column beyond MAX_COLUMNS."""
    if row > MAX_ROWS or column > MAX_COLUMNS:
        raise errors.SheetTooLarge(path=str(path), row=row, column=column, rows=MAX_ROWS, columns=MAX_COLUMNS)


def check_unpacked(path: Path, data: BinaryIO) -> None:
    """Refuse a zip (an XLSX) whose members unpack to more than MAX_UNPACKED; a broken zip is left to its reader."""
    try:
        with zipfile.ZipFile(data) as archive:
            unpacked = sum(member.file_size for member in archive.infolist())
    except (zipfile.BadZipFile, OSError, ValueError):
        return
    finally:
        data.seek(0)
    if unpacked > MAX_UNPACKED:
        raise too_large(path, unpacked)
