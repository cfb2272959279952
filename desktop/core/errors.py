"""Domain errors: a stable code and parameters, with an English template the UI and CLI translate."""

from __future__ import annotations

from typing import Any, ClassVar

from desktop.core.i18n import QT_TRANSLATE_NOOP, translate, translate_params

CONTEXT = "Errors"


class ShuyiError(Exception):
    """Base of every error a user can cause; `code` is stable, `template` is translated where shown."""

    code: ClassVar[str] = "error"
    template: ClassVar[str] = QT_TRANSLATE_NOOP("Errors", "Something went wrong: {detail}")

    def __init__(self, **params: Any) -> None:
        self.params = params
        super().__init__(self.message("en"))

    def message(self, lang: str) -> str:
        return translate(CONTEXT, self.template, lang).format(**translate_params(self.params, lang))


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


class ForeignCode(ShuyiError):
    code = "code.foreign"
    template = QT_TRANSLATE_NOOP("Errors", "{code} is not a Shuyi code (it may belong to another system)")


class BadCheckCharacter(ShuyiError):
    code = "code.bad_check"
    template = QT_TRANSLATE_NOOP("Errors", "{code} fails its check character: it was misread or mistyped")


class UnknownCode(ShuyiError):
    code = "code.unknown"
    template = QT_TRANSLATE_NOOP("Errors", "{code} is a valid code but names nothing in this database")


class InvalidClass(ShuyiError):
    code = "catalogue.invalid_class"
    template = QT_TRANSLATE_NOOP("Errors", "{clc} is not a 中图法 class number (e.g. I247.57, D412.6)")


class DuplicateTitle(ShuyiError):
    code = "catalogue.duplicate_title"
    template = QT_TRANSLATE_NOOP("Errors", "{title} (ISBN {isbn}) is already in the catalogue")


class UnknownTitle(ShuyiError):
    code = "catalogue.unknown_title"
    template = QT_TRANSLATE_NOOP("Errors", "There is no title number {id}")


class UnknownSite(ShuyiError):
    code = "site.unknown"
    template = QT_TRANSLATE_NOOP("Errors", "There is no site with code {code}")


class InvalidPhone(ShuyiError):
    code = "reader.invalid_phone"
    template = QT_TRANSLATE_NOOP("Errors", "{phone} is not a mainland mobile number (11 digits starting 13–19)")


class UnknownReaderType(ShuyiError):
    code = "reader.unknown_type"
    template = QT_TRANSLATE_NOOP("Errors", "There is no reader type called {name}")


class DuplicateReaderType(ShuyiError):
    code = "reader.duplicate_type"
    template = QT_TRANSLATE_NOOP("Errors", "A reader type called {name} already exists")


class InvalidLoanRules(ShuyiError):
    code = "reader.invalid_rules"
    template = QT_TRANSLATE_NOOP(
        "Errors", "Loan rules must allow 0 or more loans, 1 or more days and 0 or more renewals"
    )


class DuplicateReaderCard(ShuyiError):
    code = "reader.duplicate_card"
    template = QT_TRANSLATE_NOOP("Errors", "Reader card {code} is already in use")


class UnknownReader(ShuyiError):
    code = "reader.unknown"
    template = QT_TRANSLATE_NOOP("Errors", "There is no reader number {id}")


class NoTitleColumn(ShuyiError):
    code = "import.no_title_column"
    template = QT_TRANSLATE_NOOP("Errors", "No column of {path} holds the title (题名/书名); map one and try again")


class NoNameColumn(ShuyiError):
    code = "import.no_name_column"
    template = QT_TRANSLATE_NOOP("Errors", "No column of {path} holds the reader's name (姓名); map one and try again")


class ImportCancelled(ShuyiError):
    code = "import.cancelled"
    template = QT_TRANSLATE_NOOP("Errors", "The import was cancelled; nothing was imported")


class RoomNeeded(ShuyiError):
    code = "catalogue.room_needed"
    template = QT_TRANSLATE_NOOP(
        "Errors", "Say which reading room this is for (--room CODE); this database has: {rooms}"
    )


class UnreadableImportFile(ShuyiError):
    code = "import.unreadable"
    template = QT_TRANSLATE_NOOP("Errors", "Cannot read {path}: {reason}")


class NotAPeriodical(ShuyiError):
    code = "catalogue.not_periodical"
    template = QT_TRANSLATE_NOOP("Errors", "{title} is a book, not a periodical: issues are received for periodicals")


class NotAReadingRoom(ShuyiError):
    code = "catalogue.not_a_room"
    template = QT_TRANSLATE_NOOP(
        "Errors", "{code} is a service station, not a reading room: books and readers belong to rooms"
    )


class CallNumberTaken(ShuyiError):
    code = "catalogue.call_number_taken"
    template = QT_TRANSLATE_NOOP("Errors", "Call number {call} is already another title's in this room")


# -- labels: templates and printers ---
class UnreadableTemplateFile(ShuyiError):
    code = "labels.unreadable_template_file"
    template = QT_TRANSLATE_NOOP("Errors", "Cannot read the label template file {path}: {reason}; nothing was imported")


class NotATemplateFile(ShuyiError):
    code = "labels.not_a_template_file"
    template = QT_TRANSLATE_NOOP(
        "Errors", "{path} is not a gLabels template file (it holds <{root}>); nothing was imported"
    )


class InvalidTemplate(ShuyiError):
    code = "labels.invalid_template"
    template = QT_TRANSLATE_NOOP(
        "Errors", "Label template {name} in {path} has a missing or invalid {field} ({value!r}); nothing was imported"
    )


class UnknownTemplate(ShuyiError):
    code = "labels.unknown_template"
    template = QT_TRANSLATE_NOOP("Errors", "There is no label template called {name} (close names: {suggestions})")


class InvalidCalibration(ShuyiError):
    code = "labels.invalid_calibration"
    template = QT_TRANSLATE_NOOP(
        "Errors", "Printer calibration {field} = {value} is out of range ({low} to {high}); nothing was saved"
    )


class NothingToPrint(ShuyiError):
    code = "labels.nothing_to_print"
    template = QT_TRANSLATE_NOOP("Errors", "There are no labels to print")


class BadSkip(ShuyiError):
    code = "labels.bad_skip"
    template = QT_TRANSLATE_NOOP(
        "Errors", "Cannot skip {skip} labels: a sheet of this template holds {per_page}, so skip 0 to {last}"
    )


class LabelsOffPage(ShuyiError):
    code = "labels.off_page"
    template = QT_TRANSLATE_NOOP(
        "Errors", "{columns}×{rows} labels of {label} mm do not fit on the template's {page} mm page"
    )


class LabelTooSmall(ShuyiError):
    code = "labels.too_small"
    template = QT_TRANSLATE_NOOP(
        "Errors", "A {size} mm label is too small for a QR code that scans reliably (it needs at least {needed} mm)"
    )


class NoChineseFont(ShuyiError):
    code = "labels.no_font"
    template = QT_TRANSLATE_NOOP(
        "Errors", "No Chinese TrueType font was found for printing (looked for {fonts}); please reinstall Shuyi"
    )


# -- circulation: refusals at the desk (each changes nothing) ---
class WrongCodeType(ShuyiError):
    code = "desk.wrong_code_type"
    template = QT_TRANSLATE_NOOP("Errors", "{code} is an asset tag of a station, not a library code")


class UnknownIsbn(ShuyiError):
    code = "desk.unknown_isbn"
    template = QT_TRANSLATE_NOOP("Errors", "No title in the catalogue has ISBN {isbn}")


class BadIsbn(ShuyiError):
    code = "desk.bad_isbn"
    template = QT_TRANSLATE_NOOP("Errors", "{code} looks like an ISBN but fails its check digit: scan it again")


class ReaderBlocked(ShuyiError):
    code = "desk.reader_blocked"
    template = QT_TRANSLATE_NOOP("Errors", "{name} cannot borrow: the reader is {status}")


class ReaderHasOverdue(ShuyiError):
    code = "desk.reader_overdue"
    template = QT_TRANSLATE_NOOP(
        "Errors", "{name} has {count} overdue book(s): return them before borrowing more")


class LoanLimitReached(ShuyiError):
    code = "desk.loan_limit"
    template = QT_TRANSLATE_NOOP("Errors", "{name} already has {count} books, the limit for a {type} reader")


class CopyWithdrawn(ShuyiError):
    code = "desk.copy_withdrawn"
    template = QT_TRANSLATE_NOOP("Errors", "{code} ({title}) is withdrawn from the collection and cannot be lent")


class CopyLost(ShuyiError):
    code = "desk.copy_lost"
    template = QT_TRANSLATE_NOOP(
        "Errors", "{code} ({title}) is recorded as lost: scan it with no reader active to record it found first")


class CopyOnLoanElsewhere(ShuyiError):
    code = "desk.copy_on_loan"
    template = QT_TRANSLATE_NOOP(
        "Errors", "{code} ({title}) is on loan to another reader (due {due}): scan it with no reader active to "
        "return it first")


class CopyHeldForOther(ShuyiError):
    code = "desk.copy_held"
    template = QT_TRANSLATE_NOOP(
        "Errors", "{code} ({title}) is kept aside for another reader's hold until {until}")


class CopyInTransfer(ShuyiError):
    code = "desk.copy_in_transfer"
    template = QT_TRANSLATE_NOOP(
        "Errors", "{code} ({title}) is travelling in transfer {transfer} to {site}: receive it there first")


class RenewalLimit(ShuyiError):
    code = "desk.renewal_limit"
    template = QT_TRANSLATE_NOOP(
        "Errors", "{code} ({title}) has been renewed {count} time(s), the most a {type} reader may: return it")


class RenewalOverdue(ShuyiError):
    code = "desk.renewal_overdue"
    template = QT_TRANSLATE_NOOP(
        "Errors", "{code} ({title}) is {days} day(s) overdue, and a {type} reader may not renew an overdue book: "
        "return it")


class RenewalHeld(ShuyiError):
    code = "desk.renewal_held"
    template = QT_TRANSLATE_NOOP(
        "Errors", "{code} ({title}) cannot be renewed: {count} other reader(s) are waiting for this title")


class UnknownLoan(ShuyiError):
    code = "desk.unknown_loan"
    template = QT_TRANSLATE_NOOP("Errors", "There is no open loan number {id}")


class UnknownHold(ShuyiError):
    code = "desk.unknown_hold"
    template = QT_TRANSLATE_NOOP("Errors", "There is no active hold number {id}")


class HoldNotNeeded(ShuyiError):
    code = "desk.hold_not_needed"
    template = QT_TRANSLATE_NOOP(
        "Errors", "{title} has {count} copy(ies) on the shelf here: scan one to lend it instead of reserving")


class AlreadyBorrowed(ShuyiError):
    code = "desk.already_borrowed"
    template = QT_TRANSLATE_NOOP("Errors", "{name} already has {title} on loan")


class NotInMode(ShuyiError):
    code = "desk.wrong_mode"
    template = QT_TRANSLATE_NOOP("Errors", "{code} is not a copy: only copies can be scanned into {what}")


class UnknownTransfer(ShuyiError):
    code = "transfer.unknown"
    template = QT_TRANSLATE_NOOP("Errors", "There is no transfer number {id}")


class TransferState(ShuyiError):
    code = "transfer.state"
    template = QT_TRANSLATE_NOOP("Errors", "Transfer {id} is {status}: it cannot be {action} now")


class TransferWrongRoom(ShuyiError):
    code = "transfer.wrong_room"
    template = QT_TRANSLATE_NOOP("Errors", "Transfer {id} goes from {source} to {target}, not to or from {site}")


class CopyNotMovable(ShuyiError):
    code = "transfer.copy_not_movable"
    template = QT_TRANSLATE_NOOP(
        "Errors", "{code} ({title}) cannot go in a transfer: it is {status}")


class CopyNotHere(ShuyiError):
    code = "transfer.copy_not_here"
    template = QT_TRANSLATE_NOOP("Errors", "{code} ({title}) belongs on the shelves of {site}, not of this room")


class EmptyTransfer(ShuyiError):
    code = "transfer.empty"
    template = QT_TRANSLATE_NOOP("Errors", "Transfer {id} has no copies: scan some into it before sending")


class BadReturnDate(ShuyiError):
    code = "transfer.bad_return_date"
    template = QT_TRANSLATE_NOOP("Errors", "A book box must come back after today, not on {date}")


class UnknownStocktake(ShuyiError):
    code = "stocktake.unknown"
    template = QT_TRANSLATE_NOOP("Errors", "There is no open stocktake number {id}")


class StocktakeOpen(ShuyiError):
    code = "stocktake.already_open"
    template = QT_TRANSLATE_NOOP("Errors", "Stocktake {id} of {site} is still open: finish or cancel it first")


class EbookCapReached(ShuyiError):
    code = "ebook.cap_reached"
    template = QT_TRANSLATE_NOOP(
        "Errors", "All {cap} licence(s) of the e-book {title} are in use; the next frees up on {date}")


class EbookInactive(ShuyiError):
    code = "ebook.inactive"
    template = QT_TRANSLATE_NOOP("Errors", "The e-book {title} is no longer lent (its licence was withdrawn)")


class UnknownEbookLoan(ShuyiError):
    code = "ebook.unknown_loan"
    template = QT_TRANSLATE_NOOP("Errors", "There is no current e-book loan number {id}")


class InvalidEbookLicence(ShuyiError):
    code = "ebook.invalid_licence"
    template = QT_TRANSLATE_NOOP(
        "Errors", "An e-book needs an http(s) address and at least one licence and one day (got {url}, {cap}, {days})")


class DatabaseDamaged(NotADatabase):
    """A SQLite file whose pages no longer make a sound database (SQLITE_CORRUPT, SQLITE_NOTADB, a failed check)."""

    code = "database.damaged"
    template = QT_TRANSLATE_NOOP(
        "Errors", "The database {path} is damaged; nothing was changed. Restore it from a backup copy")


class DatabaseIOError(ShuyiError):
    code = "database.io_error"
    template = QT_TRANSLATE_NOOP(
        "Errors", "Reading or writing the database file {path} failed (a disk or network error); nothing was changed")


class CopyAlreadyOnLoan(ShuyiError):
    code = "desk.copy_lent_meanwhile"
    template = QT_TRANSLATE_NOOP("Errors", "This copy was lent a moment ago at another desk; nothing was changed")


class HoldAlreadyActive(ShuyiError):
    code = "desk.hold_exists"
    template = QT_TRANSLATE_NOOP("Errors", "The reader already has a hold on this title; nothing was changed")


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
