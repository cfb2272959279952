"""Errors about readers and reader types."""

from __future__ import annotations

from desktop.core.errors.base import ShuyiError
from desktop.core.i18n import QT_TRANSLATE_NOOP


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
        "Errors", "Loan rules must allow 0 to {loans_high} loans, 1 to {days_high} days and 0 to {renewals_high} "
                  "renewals (got {max_loans}, {loan_days}, {max_renewals})"
    )


class DuplicateReaderCard(ShuyiError):
    code = "reader.duplicate_card"
    template = QT_TRANSLATE_NOOP("Errors", "Reader card {code} is already in use")


class UnknownReader(ShuyiError):
    code = "reader.unknown"
    template = QT_TRANSLATE_NOOP("Errors", "There is no reader number {id}")
