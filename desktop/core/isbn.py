"""ISBNs: checked with python-stdnum (ISBN-10 weights 10..2 mod 11, ISBN-13 weights 1,3 mod 10), stored as ISBN-13."""

from __future__ import annotations

import re

from stdnum import ean
from stdnum import isbn as stdnum_isbn
from stdnum.exceptions import InvalidChecksum, InvalidComponent, InvalidFormat, InvalidLength, ValidationError

from desktop.core import errors
from desktop.core.i18n import QT_TRANSLATE_NOOP, Term

_CANDIDATE = re.compile(r"[0-9][0-9\- ]{8,16}[0-9Xx]")


PROBLEMS = {
    "checksum": QT_TRANSLATE_NOOP("Isbn", "checksum"),
    "length": QT_TRANSLATE_NOOP("Isbn", "length"),
    "prefix": QT_TRANSLATE_NOOP("Isbn", "prefix"),
    "format": QT_TRANSLATE_NOOP("Isbn", "format"),
}
"""python-stdnum's reasons, each one word in English and a phrase in Chinese (the catalogue says what it means)."""


def invalid(isbn: str, problem: str) -> errors.InvalidIsbn:
    return errors.InvalidIsbn(isbn=isbn, problem=problem, why=Term("Isbn", PROBLEMS[problem]))


def normalise(raw: str) -> str:
    """The ISBN-13 (digits only) of an ISBN-10 or -13 in any usual spelling; raises errors.InvalidIsbn."""
    text = raw.strip()
    compact = text.replace("-", "").replace(" ", "")
    if len(compact) == 13 and compact.isascii() and compact.isdigit() and compact[:3] in ("978", "979"):
        if ean.calc_check_digit(compact[:12]) == compact[12]:  # the common case, without stdnum's full parse
            return compact
        raise invalid(text, "checksum")
    match = _CANDIDATE.search(text)
    candidate = match.group(0) if match else text
    try:
        valid = stdnum_isbn.validate(candidate)
    except InvalidChecksum:
        raise invalid(raw.strip(), "checksum") from None
    except InvalidLength:
        raise invalid(raw.strip(), "length") from None
    except InvalidComponent:
        raise invalid(raw.strip(), "prefix") from None
    except (InvalidFormat, ValidationError):
        raise invalid(raw.strip(), "format") from None
    return str(stdnum_isbn.to_isbn13(valid))


def is_isbn_shaped(text: str) -> bool:
    """True when a search query looks like an ISBN or EAN-13 (digits, hyphens, a final X), valid or not."""
    compact = re.sub(r"[\s-]", "", text)
    return bool(re.fullmatch(r"(97[89])?[0-9]{9}[0-9Xx]", compact))


def isbn10(isbn13: str) -> str | None:
    """The ISBN-10 twin of a 978 ISBN-13 (979 ISBNs have none)."""
    try:
        return str(stdnum_isbn.to_isbn10(isbn13))
    except ValidationError:
        return None


def hyphenated(isbn13: str) -> str:
    """978-7-5322-1234-5 style, using the registration-group ranges python-stdnum ships."""
    try:
        return str(stdnum_isbn.format(isbn13))
    except ValidationError:
        return isbn13
