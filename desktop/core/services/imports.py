"""`app.imports`: books and readers from MARC files and spreadsheets, every good record in, every bad one reported.

The readers of MARC and spreadsheets (desktop.core.importing) load on the first import or preview, not at start.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.core.uow import UnitOfWork

if TYPE_CHECKING:
    from desktop.core import importing


class Imports:
    def __init__(self, uow: UnitOfWork) -> None:
        self._uow = uow

    def preview_import(
        self, path: Path, *, readers: bool
    ) -> tuple[importing.ImportFormat, importing.TablePreview | None]:
        """The file's format and, for a spreadsheet, its first rows with the guessed column mapping."""
        from desktop.core import importing

        fmt = importing.detect_format(path)
        if fmt in ("marc", "marcxml"):
            return fmt, None
        return fmt, importing.preview(path, fmt, readers=readers)

    def import_books(self, path: Path, *, site_code: str, fmt: importing.ImportFormat | None = None,
                     mapping: Mapping[int, str] | None = None,
                     progress: importing.Progress | None = None) -> importing.ImportReport:
        """Every good record in and every bad one reported, in one transaction; cancelling imports nothing."""
        from desktop.core import importing

        fmt = fmt or importing.detect_format(path)
        source = importing.book_source(path, fmt, mapping)
        today = self._uow.clock().today
        with self._uow.writing("imports.import_books") as session:
            return importing.import_books(session, source, path=path, fmt=fmt, site_code=site_code, today=today,
                                          progress=progress)

    def import_readers(self, path: Path, *, site_code: str = "", fmt: importing.ImportFormat | None = None,
                       mapping: Mapping[int, str] | None = None,
                       progress: importing.Progress | None = None) -> importing.ImportReport:
        from desktop.core import importing, reader_import

        fmt = fmt or importing.detect_format(path)
        records, total = importing.reader_source(path, fmt, mapping)
        today = self._uow.clock().today
        with self._uow.writing("imports.import_readers") as session:
            return reader_import.import_readers(session, records, path=path, fmt=fmt, site_code=site_code,
                                                today=today, total=total, progress=progress)
