"""Printed codes: a type letter, the site code, a serial and an ISO 7064 Mod 37,36 check character.

    C JH01 - 000123 K   →   "CJH01-000123K"   (a copy of room JH01)
    R JH01 - 000042 7   →   "RJH01-0000427"   (a reader card issued at JH01)

Every character is in QR's alphanumeric mode, so the QR stays small and a keyboard-wedge scanner types it
quickly. The check character covers type, site and serial (the hyphen is layout only). docs/codes.md is the
reference; this module is its only implementation.
"""

from __future__ import annotations

import enum
import re
from dataclasses import dataclass

from stdnum.iso7064 import mod_37_36

from desktop.core import errors
from desktop.core.isbn import is_isbn_shaped

SERIAL_DIGITS = 6


class CodeType(enum.StrEnum):
    COPY = "C"
    READER = "R"
    EBOOK = "E"
    """The lending slip of a licensed e-book (cloud loans: the reader scans it at the desk to borrow)."""
    ASSET = "A"
    """Reserved for station facility asset tags."""


class CodeKind(enum.StrEnum):
    """What a typed or scanned string most likely is (for routing a scan or a search)."""

    CODE = "code"
    """One of Shuyi's printed codes."""
    ISBN = "isbn"
    TEXT = "text"


_SHAPE = re.compile(rf"^([A-Z])([A-Z][A-Z0-9]{{1,5}})-([0-9]{{{SERIAL_DIGITS},9}})([0-9A-Z])$", re.ASCII)
_LOOKALIKE = re.compile(rf"^([A-Z])([A-Z]\w{{1,5}})-(\d{{{SERIAL_DIGITS},9}})(\w)$")
"""A code typed with other digits (Arabic-Indic ٠١٢, Devanagari ०१२…): not one of ours, which are ASCII."""


@dataclass(frozen=True)
class ParsedCode:
    type: CodeType
    site_code: str
    serial: int
    text: str


def make(code_type: CodeType, site_code: str, serial: int) -> str:
    if serial < 1:
        raise ValueError("serials start at 1")
    body = f"{code_type.value}{site_code}{serial:0{SERIAL_DIGITS}d}"
    return f"{code_type.value}{site_code}-{serial:0{SERIAL_DIGITS}d}{mod_37_36.calc_check_digit(body)}"


def clean(scanned: str) -> str:
    """What a scanner or a hand typed, as the code it means: trimmed, upper-case, full-width forms folded."""
    text = scanned.strip().translate(_FULLWIDTH).upper()
    return text


_FULLWIDTH = {0xFF01 + i: 0x21 + i for i in range(94)} | {0x3000: 0x20}


def _lookalike(text: str) -> bool:
    """Shaped like a code but written with other digits than 0-9 (٠١٢, ०१२, 𝟎𝟏𝟐…)."""
    return bool(_LOOKALIKE.fullmatch(text)) and any(c.isdigit() and not c.isascii() for c in text)


def echo(scanned: str) -> str:
    """What to show of a scan: the code it names when it is shaped like one of ours, else exactly what was typed
    (trimmed) — a refusal never answers a typed "hello" with "HELLO"."""
    text = clean(scanned)
    return text if _SHAPE.fullmatch(text) else scanned.strip()


def parse(scanned: str) -> ParsedCode:
    """Check a scanned code; raises errors.ForeignCode (not ours) or errors.BadCheckCharacter (a misread)."""
    text = clean(scanned)
    match = _SHAPE.fullmatch(text)
    if match is None and _lookalike(text):
        raise errors.NonAsciiCode(code=scanned.strip())
    if match is None or match.group(1) not in CodeType._value2member_map_:
        raise errors.ForeignCode(code=scanned.strip())
    type_letter, site, serial, check = match.groups()
    if mod_37_36.calc_check_digit(f"{type_letter}{site}{serial}") != check:
        raise errors.BadCheckCharacter(code=text)
    return ParsedCode(type=CodeType(type_letter), site_code=site, serial=int(serial), text=text)


def classify(query: str) -> CodeKind:
    """What a typed or scanned string most likely is: a Shuyi code, an ISBN or text (for search routing)."""
    text = clean(query)
    if _SHAPE.fullmatch(text) or _lookalike(text):  # a look-alike is refused by parse, not searched
        return CodeKind.CODE
    if is_isbn_shaped(text):
        return CodeKind.ISBN
    return CodeKind.TEXT
