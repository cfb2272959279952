"""Plain records read from files (MARC, spreadsheets) before they meet the database, and why one was refused."""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from typing import Literal

from desktop.core.errors import ShuyiError
from desktop.core.i18n import QT_TRANSLATE_NOOP


class RejectReason(enum.StrEnum):
    BAD_ISBN = "bad_isbn"
    """An ISBN whose check digit, length or form is wrong."""
    MISSING_TITLE = "missing_title"
    MISSING_NAME = "missing_name"
    BAD_PHONE = "bad_phone"
    UNDECODABLE = "undecodable"
    """Bytes that are not text in any encoding the file may use."""
    BROKEN_RECORD = "broken_record"
    """A record whose structure is damaged (bad leader, directory or field lengths)."""
    BAD_VALUE = "bad_value"
    """A value that does not fit its column (a reader type that does not exist, a number that is not one…)."""
    TOO_LONG = "too_long"
    """A text longer than its column holds (a 10,000-character title)."""


REASON_LABELS = {
    RejectReason.BAD_ISBN: QT_TRANSLATE_NOOP("Import", "bad ISBN"),
    RejectReason.MISSING_TITLE: QT_TRANSLATE_NOOP("Import", "missing title"),
    RejectReason.MISSING_NAME: QT_TRANSLATE_NOOP("Import", "missing name"),
    RejectReason.BAD_PHONE: QT_TRANSLATE_NOOP("Import", "bad mobile number"),
    RejectReason.UNDECODABLE: QT_TRANSLATE_NOOP("Import", "undecodable bytes"),
    RejectReason.BROKEN_RECORD: QT_TRANSLATE_NOOP("Import", "broken record"),
    RejectReason.BAD_VALUE: QT_TRANSLATE_NOOP("Import", "bad value"),
    RejectReason.TOO_LONG: QT_TRANSLATE_NOOP("Import", "too long"),
}


@dataclass(frozen=True)
class Position:
    """Where in a file something was: the n-th record of a MARC file, or spreadsheet row n (1-based, as shown)."""

    kind: Literal["record", "row"]
    number: int


@dataclass(frozen=True)
class Rejected:
    position: Position
    reason: RejectReason
    detail: str = ""
    """The offending value or a short technical note, e.g. the ISBN as found."""
    error: ShuyiError | None = field(default=None, compare=False)
    """The domain error behind the refusal, when there is one: shown translated, in the reader's language."""

    def explanation(self, lang: str) -> str:
        """The detail to show: the translated error when there is one, else the value as found."""
        return self.error.message(lang) if self.error is not None else self.detail


@dataclass(frozen=True)
class BookRecord:
    """One title (and how many copies of it) as a file describes it; ISBN still as found, checked on import."""

    position: Position
    title: str
    isbn: str = ""
    author: str = ""
    """Statement of responsibility (CNMARC 200$f, MARC21 245$c) or else the main author (701$a, 100$a)."""
    publisher: str = ""
    place: str = ""
    year: str = ""
    """Publication date as printed: "2019", "2019.05", "c2003"."""
    pages: str = ""
    price: str = ""
    """As printed, e.g. "CNY45.00" or "45元"."""
    clc: str = ""
    """中图法 class, e.g. "I247.57" (CNMARC 690$a)."""
    subjects: tuple[str, ...] = ()
    copies: int = 1
    barcode: str = ""
    """A copy barcode from the system the file came from, if the row or record has one."""
    call_number: str = ""
    """An existing 索书号 such as "I247.57/12", if the file has one."""
    shelf: str = ""
    extra: dict[str, str] = field(default_factory=dict, compare=False)


@dataclass(frozen=True)
class ReaderRecord:
    position: Position
    name: str
    unit: str = ""
    phone: str = ""
    union_card: str = ""
    reader_type: str = ""
    card_code: str = ""
    note: str = ""
