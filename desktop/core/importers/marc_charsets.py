"""Character sets of MARC records: UTF-8, GB18030 or MARC-8, decided per file and per record, strictly.

CNMARC files rarely say which character set they use: the whole file is tried first (`file_charset`), then each
record on its own; MARC21 records whose leader says MARC-8 (position 9 blank) and whose bytes are not UTF-8 are
MARC-8. A record no character set fits is `Undecodable`, naming the fields that failed.
"""

from __future__ import annotations

import contextlib
import io
import sys
import threading
from collections.abc import Callable, Iterator
from typing import TextIO

from pymarc import marc8 as pymarc_marc8
from pymarc.marc8 import marc8_to_unicode

Subfields = list[tuple[str, str]]
"""One occurrence of a field as (code, value) pairs; a control field is [("", data)]."""
Fields = dict[str, list[Subfields]]
"""Every occurrence of every tag in one record, in record order."""
RawField = tuple[str, bytes]
SUBFIELD = b"\x1f"


class Undecodable(Exception):
    """No character set fits the bytes of one record; the message says which field failed."""


def file_charset(body: bytes) -> str | None:
    """The one character set the whole file decodes in, if any (UTF-8 first)."""
    for charset in ("utf-8", "gb18030"):
        try:
            body.decode(charset)
        except UnicodeDecodeError:
            continue
        return charset
    return None


class _PerThreadStderr:
    """Stands in for `sys` inside pymarc.marc8 only: its complaints about unmappable bytes go to the thread
    that is decoding (contextlib.redirect_stderr would swap stderr for the whole process, GUI included)."""

    def __init__(self) -> None:
        self._local = threading.local()

    @property
    def stderr(self) -> TextIO:
        sink: TextIO | None = getattr(self._local, "sink", None)
        return sink if sink is not None else sys.stderr

    def __getattr__(self, name: str) -> object:
        return getattr(sys, name)

    @contextlib.contextmanager
    def collecting(self) -> Iterator[io.StringIO]:
        self._local.sink = io.StringIO()
        try:
            yield self._local.sink
        finally:
            self._local.sink = None


_MARC8_STDERR = _PerThreadStderr()
pymarc_marc8.sys = _MARC8_STDERR  # type: ignore[attr-defined]


def _marc8(data: bytes) -> str:
    """MARC-8 to Unicode, strict: pymarc only complains on stderr for bytes it cannot map, so listen there."""
    with _MARC8_STDERR.collecting() as complaints:
        text = marc8_to_unicode(data)
    if complaints.getvalue():
        raise UnicodeDecodeError("marc-8", data, 0, len(data), complaints.getvalue().splitlines()[0])
    return text


_CODECS: dict[str, Callable[[bytes], str]] = {
    "utf-8": lambda data: data.decode("utf-8"),
    "gb18030": lambda data: data.decode("gb18030"),
    "marc-8": _marc8,
}


def _charsets(leader: str, raw: list[RawField], file_charset: str | None) -> list[str]:
    """The character sets to try for one record, most likely first."""
    blob = b"".join(data for _, data in raw)
    is_marc21 = any(tag == "245" for tag, _ in raw)
    if is_marc21 and leader[9] == " " and (b"\x1b" in blob or not _is_utf8(blob)):
        return ["marc-8"] if b"\x1b" in blob else ["marc-8", "gb18030"]  # escapes are MARC-8's signature
    return list(dict.fromkeys(c for c in (file_charset, "utf-8", "gb18030") if c))


def _is_utf8(data: bytes) -> bool:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def decode_record(leader: str, raw: list[RawField], file_charset: str | None) -> tuple[Fields, str]:
    failures: dict[str, list[str]] = {}  # tag -> the character sets it is not
    for charset in _charsets(leader, raw, file_charset):
        fields: Fields = {}
        for tag, data in raw:
            try:
                fields.setdefault(tag, []).append(_subfields(tag, data, _CODECS[charset]))
            except UnicodeDecodeError:
                failures.setdefault(tag, []).append(charset.upper())
                break
        else:
            return fields, charset
    raise Undecodable("; ".join(f"field {tag} is not {' or '.join(names)}" for tag, names in failures.items()))


def _subfields(tag: str, data: bytes, decode: Callable[[bytes], str]) -> Subfields:
    if tag < "010" and tag.isdigit():
        return [("", decode(data))]
    pairs: Subfields = []
    for part in data.split(SUBFIELD)[1:]:
        if not part:
            continue
        if part[0] < 0x80:
            pairs.append((chr(part[0]), decode(part[1:])))
        else:  # a non-ASCII code (seen: U+FFFD before the real code letter): the first ASCII character is the code
            text = decode(part)
            start = next((i for i, char in enumerate(text) if char.isascii()), len(text))
            if text[start:]:
                pairs.append((text[start], text[start + 1 :]))
    return pairs
