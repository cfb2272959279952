"""Errors about files being imported: unreadable, too large, columns missing or doubled."""

from __future__ import annotations

from desktop.core.errors.base import ShuyiError
from desktop.core.i18n import QT_TRANSLATE_NOOP


class NoTitleColumn(ShuyiError):
    code = "import.no_title_column"
    template = QT_TRANSLATE_NOOP("Errors", "No column of {path} holds the title (题名/书名); map one and try again")


class NoNameColumn(ShuyiError):
    code = "import.no_name_column"
    template = QT_TRANSLATE_NOOP("Errors", "No column of {path} holds the reader's name (姓名); map one and try again")


class ImportCancelled(ShuyiError):
    code = "import.cancelled"
    template = QT_TRANSLATE_NOOP("Errors", "The import was cancelled; nothing was imported")


class UnreadableImportFile(ShuyiError):
    code = "import.unreadable"
    template = QT_TRANSLATE_NOOP("Errors", "Cannot read {path}: {reason}")


class ImportNotAFile(ShuyiError):
    code = "import.not_a_file"
    template = QT_TRANSLATE_NOOP(
        "Errors", "Cannot read {path}: it is not an ordinary file (a device, a pipe or a socket)")


class ImportFileTooLarge(ShuyiError):
    code = "import.too_large"
    template = QT_TRANSLATE_NOOP(
        "Errors", "{path} is too large to import ({size} MB; at most {limit} MB): split it into smaller files")


class SheetTooLarge(ShuyiError):
    code = "import.sheet_too_large"
    template = QT_TRANSLATE_NOOP(
        "Errors", "{path} has data at row {row}, column {column}: Shuyi reads at most {rows} rows and {columns} "
                  "columns; split the sheet or delete what lies beyond")


class DuplicateColumn(ShuyiError):
    code = "import.duplicate_column"
    template = QT_TRANSLATE_NOOP(
        "Errors", "{path}: columns {first} and {second} hold the same field; rename or delete one of them, or "
                  "choose the columns in the import window")
