"""Domain errors: a stable code and parameters, with an English template the UI and CLI translate."""

from __future__ import annotations

from typing import Any, ClassVar

from desktop.core.i18n import QT_TRANSLATE_NOOP, translate

CONTEXT = "Errors"


class ShuyiError(Exception):
    """Base of every error a user can cause; `code` is stable, `template` is translated where shown."""

    code: ClassVar[str] = "error"
    template: ClassVar[str] = QT_TRANSLATE_NOOP("Errors", "Something went wrong: {detail}")

    def __init__(self, **params: Any) -> None:
        self.params = params
        super().__init__(self.message("en"))

    def message(self, lang: str) -> str:
        return translate(CONTEXT, self.template, lang).format(**self.params)


class UnsupportedDatabaseUrl(ShuyiError):
    code = "database.unsupported_url"
    template = QT_TRANSLATE_NOOP(
        "Errors", "Unsupported database address: {url} (use a file path, sqlite:/// or postgresql+psycopg://)"
    )


class DatabaseMissing(ShuyiError):
    code = "database.missing"
    template = QT_TRANSLATE_NOOP("Errors", "No database at {path}; create one with: shuyi init --db {path}")


class DatabaseUnreadable(ShuyiError):
    code = "database.unreadable"
    template = QT_TRANSLATE_NOOP("Errors", "Cannot read the database file {path}: {reason}")


class DatabaseIsFolder(ShuyiError):
    code = "database.is_folder"
    template = QT_TRANSLATE_NOOP("Errors", "{path} is a folder, not a database file")


class NotAFolder(ShuyiError):
    code = "database.parent_not_folder"
    template = QT_TRANSLATE_NOOP("Errors", "Cannot create {path}: {folder} is a file, not a folder")


class NotADatabase(ShuyiError):
    code = "database.not_a_database"
    template = QT_TRANSLATE_NOOP("Errors", "{path} is not a database file")


class NotAShuyiDatabase(ShuyiError):
    code = "database.foreign"
    template = QT_TRANSLATE_NOOP("Errors", "{path} is a database of another program, not of Shuyi")


class DatabaseTooNew(ShuyiError):
    code = "database.too_new"
    template = QT_TRANSLATE_NOOP(
        "Errors", "The database was made by a newer version of Shuyi (schema {revision}); please upgrade Shuyi"
    )


class BackupFailed(ShuyiError):
    code = "database.backup_failed"
    template = QT_TRANSLATE_NOOP(
        "Errors", "Could not make the backup copy {path} before upgrading, so nothing was changed: {reason}"
    )


class DatabaseBusy(ShuyiError):
    code = "database.busy"
    template = QT_TRANSLATE_NOOP(
        "Errors", "The database is busy with another program or computer; nothing was changed, please try again"
    )


class DatabaseReadOnly(ShuyiError):
    code = "database.read_only"
    template = QT_TRANSLATE_NOOP(
        "Errors", "The database cannot be written (read-only file or folder); nothing was changed"
    )


class DatabaseFull(ShuyiError):
    code = "database.full"
    template = QT_TRANSLATE_NOOP("Errors", "The disk is full; nothing was changed")


class DatabaseUnavailable(ShuyiError):
    code = "database.unavailable"
    template = QT_TRANSLATE_NOOP("Errors", "Cannot open the database {url}: {reason}")


class InvalidSiteCode(ShuyiError):
    code = "site.invalid_code"
    template = QT_TRANSLATE_NOOP(
        "Errors", "Site code {code!r} is not valid: 2 to 6 capital letters or digits, starting with a letter"
    )


class DuplicateSiteCode(ShuyiError):
    code = "site.duplicate_code"
    template = QT_TRANSLATE_NOOP("Errors", "Site code {code} is already in use")


class InvalidCoordinate(ShuyiError):
    code = "site.invalid_coordinate"
    template = QT_TRANSLATE_NOOP("Errors", "Coordinate {lng}, {lat} is not a valid longitude and latitude")


class MissingField(ShuyiError):
    code = "input.missing"
    template = QT_TRANSLATE_NOOP("Errors", "{field} must not be empty")


class DemoNeedsEmptyDatabase(ShuyiError):
    code = "demo.not_empty"
    template = QT_TRANSLATE_NOOP(
        "Errors", "Demo data goes only into an empty database; this one already has {sites} sites"
    )


class UnknownSetting(ShuyiError):
    code = "settings.unknown"
    template = QT_TRANSLATE_NOOP("Errors", "There is no setting called {key}")


class InvalidSettingValue(ShuyiError):
    code = "settings.invalid"
    template = QT_TRANSLATE_NOOP("Errors", "{value!r} is not a valid value for setting {key}")


class FileNotWritable(ShuyiError):
    code = "file.not_writable"
    template = QT_TRANSLATE_NOOP("Errors", "Could not write the file {path}")


class InvalidIsbn(ShuyiError):
    code = "isbn.invalid"
    template = QT_TRANSLATE_NOOP("Errors", "{isbn} is not a valid ISBN ({problem})")
