"""Errors for numbers outside the domain's ranges (db.bounds): years, pages, prices, counts, terms."""

from __future__ import annotations

from desktop.core.errors.base import ShuyiError
from desktop.core.errors.circulation import InvalidEbookLicence
from desktop.core.i18n import QT_TRANSLATE_NOOP


class OutOfRange(ShuyiError):
    code = "input.out_of_range"
    template = QT_TRANSLATE_NOOP("Errors", "{what} must be from {low} to {high}, not {value}")


class NotAWholeNumber(ShuyiError):
    code = "input.not_a_whole_number"
    template = QT_TRANSLATE_NOOP("Errors", "{what} must be a whole number, not {text}")


class EbookTermsOutOfRange(InvalidEbookLicence):
    code = "ebook.terms_out_of_range"
    template = QT_TRANSLATE_NOOP(
        "Errors", "An e-book needs at least one licence and one day, at most {cap_high} readers at once and "
                  "{days_high} days a loan (got {cap}, {days})")
