"""Errors at the circulation desk: loans, holds, transfers, stocktakes and e-book loans."""

from __future__ import annotations

from desktop.core.errors.base import ShuyiError
from desktop.core.i18n import QT_TRANSLATE_NOOP


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


class CopyAlreadyOnLoan(ShuyiError):
    code = "desk.copy_lent_meanwhile"
    template = QT_TRANSLATE_NOOP("Errors", "This copy was lent a moment ago at another desk; nothing was changed")


class HoldAlreadyActive(ShuyiError):
    code = "desk.hold_exists"
    template = QT_TRANSLATE_NOOP("Errors", "The reader already has a hold on this title; nothing was changed")
