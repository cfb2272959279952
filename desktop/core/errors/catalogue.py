"""Errors about titles, copies and the printed codes and numbers that name them."""

from __future__ import annotations

from desktop.core.errors.base import ShuyiError
from desktop.core.i18n import QT_TRANSLATE_NOOP


class InvalidIsbn(ShuyiError):
    code = "isbn.invalid"
    template = QT_TRANSLATE_NOOP("Errors", "{isbn} is not a valid ISBN ({why})")
    """`problem` is python-stdnum's reason as a stable word (checksum, length, prefix, format); `why` says it."""


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


class NotAPeriodical(ShuyiError):
    code = "catalogue.not_periodical"
    template = QT_TRANSLATE_NOOP("Errors", "{title} is a book, not a periodical: issues are received for periodicals")


class CallNumberTaken(ShuyiError):
    code = "catalogue.call_number_taken"
    template = QT_TRANSLATE_NOOP("Errors", "Call number {call} is already another title's in this room")


class TextTooLong(ShuyiError):
    code = "input.too_long"
    template = QT_TRANSLATE_NOOP("Errors", "{field} is too long: {length} characters, at most {limit}")


class NonAsciiCode(ShuyiError):
    code = "code.not_ascii"
    template = QT_TRANSLATE_NOOP(
        "Errors", "{code} is not a Shuyi code: Shuyi codes use only the letters A–Z and the digits 0–9")
