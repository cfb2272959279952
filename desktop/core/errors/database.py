"""Errors about the database file or server: missing, damaged, busy, read-only, full, too new."""

from __future__ import annotations

from desktop.core.errors.base import ShuyiError
from desktop.core.i18n import QT_TRANSLATE_NOOP


class UnsupportedDatabaseUrl(ShuyiError):
    code = "database.unsupported_url"
    template = QT_TRANSLATE_NOOP(
        "Errors", "Unsupported database address: {url} (use a file path, sqlite:/// or postgresql+psycopg://)"
    )


class DatabaseMissing(ShuyiError):
    code = "database.missing"
    template = QT_TRANSLATE_NOOP("Errors", "No database at {path}; create one with: shuyi init --db {path}")
    window_template = QT_TRANSLATE_NOOP("Errors", "No database at {path}")


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


class DatabaseDamaged(NotADatabase):
    """A SQLite file whose pages no longer make a sound database (SQLITE_CORRUPT, SQLITE_NOTADB, a failed check)."""

    code = "database.damaged"
    template = QT_TRANSLATE_NOOP(
        "Errors", "The database {path} is damaged; nothing was changed. Restore it from a backup copy")


class DatabaseIOError(ShuyiError):
    code = "database.io_error"
    template = QT_TRANSLATE_NOOP(
        "Errors", "Reading or writing the database file {path} failed (a disk or network error); nothing was changed")


class DuplicateValue(ShuyiError):
    code = "database.duplicate"
    template = QT_TRANSLATE_NOOP("Errors", "Another record already has this value ({constraint}); nothing was changed")


class BrokenRule(ShuyiError):
    code = "database.constraint"
    template = QT_TRANSLATE_NOOP(
        "Errors", "The change breaks a rule of the database ({constraint}); nothing was changed")


class CheckNeedsFile(ShuyiError):
    code = "database.check_needs_file"
    template = QT_TRANSLATE_NOOP(
        "Errors", "Only a SQLite database file can be checked here; {url} is checked by its server")
