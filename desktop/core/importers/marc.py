"""MARC files (ISO 2709 or MARCXML, CNMARC/UNIMARC or MARC21) read into BookRecords, one item per record.

`read_marc` reads the whole file at once and raises UnreadableImportFile when it is not MARC at all; it then
yields, in file order, a BookRecord or a Rejected for every record, so one damaged record never stops a file.
ISO 2709 records are split on their end mark (0x1D) and parsed here, strictly: a wrong leader, directory or field
length is a BROKEN_RECORD, and the next record is read all the same. Field data is decoded per record: UTF-8 or
GB18030 (CNMARC files rarely say which; the whole file is tried first), or MARC-8 for MARC21 records whose
leader says so (position 9 blank) and whose bytes are not UTF-8. The flavour is decided per record by its
tags: 245 means MARC21, 200 without 245 means UNIMARC/CNMARC. ISBNs are passed on as found, never checked here.
"""

from __future__ import annotations

import dataclasses
import re
import unicodedata
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Literal

from stdnum import isbn as stdnum_isbn

from desktop.core.errors import UnreadableImportFile
from desktop.core.importers import files
from desktop.core.importers.marc_charsets import Fields, RawField, Subfields, Undecodable, decode_record, file_charset
from desktop.core.records import BookRecord, Position, Rejected, RejectReason

END_OF_RECORD, END_OF_FIELD = b"\x1d", b"\x1e"
_BOM = b"\xef\xbb\xbf"
_PADDING = b"\r\n\t \x00\x1a"
_LEADER, _ENTRY = 24, 12
_CONTROL_CHARS = re.compile(r"[\x00-\x1f\x7f-\x9f]")  # incl. the non-sorting marks U+0088/0089, U+0098/009C
_ISBN = re.compile(r"[0-9](?:[ -]?[0-9])*(?:[ -]?[Xx])?")
_MARC_ELEMENTS = {"leader", "controlfield", "datafield"}


class _BrokenRecord(Exception):
    """The structure of one ISO 2709 record is damaged; the message says where."""


def read_marc(path: Path, *, fmt: Literal["marc", "marcxml"] | None = None) -> Iterator[BookRecord | Rejected]:
    """Every record of a MARC file in order, as a BookRecord or a Rejected; raises UnreadableImportFile at once
    when the file is missing, empty, not MARC at all, or XML that does not parse."""
    data = files.read_bytes(Path(path))  # at most files.MAX_BYTES; an ISO 2709 record is at most 99,999 bytes
    body = data.removeprefix(_BOM).lstrip(_PADDING)
    if not body:
        raise UnreadableImportFile(path=str(path), reason="the file is empty")
    if fmt is None:
        fmt = "marcxml" if body.startswith(b"<") else "marc"
    if fmt == "marcxml":
        return _xml_items(_xml_records(path, body))
    if fmt == "marc":
        return _iso_items(_iso_chunks(path, body), file_charset(body))
    raise ValueError(f"unknown MARC format {fmt!r}")


# ---- ISO 2709 ---------------------------------------------------------------------------------------------


def _iso_chunks(path: Path, body: bytes) -> list[bytes]:
    """The records of the file, each ending with 0x1D except a truncated tail; raises if none looks like MARC."""
    parts = body.split(END_OF_RECORD)
    chunks = [part.lstrip(_PADDING) + END_OF_RECORD for part in parts[:-1] if part.strip(_PADDING)]
    tail = parts[-1].strip(_PADDING)
    if tail:
        chunks.append(tail)
    if END_OF_FIELD not in body or not any(chunk[:5].isdigit() for chunk in chunks):
        raise UnreadableImportFile(path=str(path), reason="not a MARC (ISO 2709) file")
    return chunks


def _iso_items(chunks: list[bytes], charset_of_file: str | None) -> Iterator[BookRecord | Rejected]:
    for number, chunk in enumerate(chunks, start=1):
        position = Position(kind="record", number=number)
        try:
            leader, raw = _parse_iso(chunk)
            fields, charset = decode_record(leader, raw, charset_of_file)
        except _BrokenRecord as exc:
            yield Rejected(position=position, reason=RejectReason.BROKEN_RECORD, detail=str(exc))
            continue
        except Undecodable as exc:
            yield Rejected(position=position, reason=RejectReason.UNDECODABLE, detail=str(exc))
            continue
        yield _book(fields, position, {"charset": charset})


def _parse_iso(chunk: bytes) -> tuple[str, list[RawField]]:
    """Leader and raw fields of one record, checked against the lengths and offsets it declares."""
    if not chunk.endswith(END_OF_RECORD):
        raise _BrokenRecord("truncated: the record has no end mark")
    leader = chunk[:_LEADER]
    if len(leader) < _LEADER or not leader.isascii() or not leader[:5].isdigit() or not leader[12:17].isdigit():
        raise _BrokenRecord("damaged leader")
    if int(leader[:5]) != len(chunk):
        raise _BrokenRecord(f"leader gives length {int(leader[:5])}, record has {len(chunk)} bytes")
    base = int(leader[12:17])
    if not _LEADER < base < len(chunk) or chunk[base - 1 : base] != END_OF_FIELD:
        raise _BrokenRecord(f"bad base address {base}")
    directory = chunk[_LEADER : base - 1]
    if not directory:
        raise _BrokenRecord("the record has no fields")
    if len(directory) % _ENTRY:
        raise _BrokenRecord("damaged directory")
    entries = (directory[i : i + _ENTRY] for i in range(0, len(directory), _ENTRY))
    return leader.decode("ascii"), [_raw_field(chunk, base, entry) for entry in entries]


def _raw_field(chunk: bytes, base: int, entry: bytes) -> RawField:
    tag = entry[:3].decode("ascii", "replace")
    if not (entry.isascii() and entry[:3].isalnum() and entry[3:].isdigit()):
        raise _BrokenRecord(f"damaged directory entry {entry!r}")
    start = base + int(entry[7:12])
    end = start + int(entry[3:7])
    if not start < end <= len(chunk) - 1 or chunk[end - 1 : end] != END_OF_FIELD:
        raise _BrokenRecord(f"field {tag}: length or offset does not fit the record")
    return tag, chunk[start : end - 1]


# ---- MARCXML ----------------------------------------------------------------------------------------------


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _xml_records(path: Path, body: bytes) -> list[ET.Element | None]:
    """Every MARC record element (any namespace; SRU responses included); None for an unparsable packed one."""
    try:
        root = ET.fromstring(body)
    except ET.ParseError as exc:
        raise UnreadableImportFile(path=str(path), reason=f"the XML does not parse ({exc})") from None
    records = list(_find_records(root))
    if not records:
        raise UnreadableImportFile(path=str(path), reason="no MARC records in this XML file")
    return records


def _find_records(root: ET.Element) -> Iterator[ET.Element | None]:
    for element in root.iter():
        name = _local(element.tag) if isinstance(element.tag, str) else ""
        if name == "record" and any(_local(child.tag) in _MARC_ELEMENTS for child in element):
            yield element
        elif name == "recordData" and len(element) == 0 and (element.text or "").strip().startswith("<"):
            try:  # SRU recordPacking "string": the record is escaped text
                yield from _find_records(ET.fromstring((element.text or "").strip()))
            except ET.ParseError:
                yield None


def _xml_items(records: list[ET.Element | None]) -> Iterator[BookRecord | Rejected]:
    for number, element in enumerate(records, start=1):
        position = Position(kind="record", number=number)
        fields = _xml_fields(element) if element is not None else {}
        if not fields:
            detail = "the record has no fields" if element is not None else "packed record does not parse"
            yield Rejected(position=position, reason=RejectReason.BROKEN_RECORD, detail=detail)
        else:
            yield _book(fields, position, {})


def _xml_fields(record: ET.Element) -> Fields:
    fields: Fields = {}
    for child in record:
        name, tag = _local(child.tag), (child.get("tag") or "").strip()
        if name == "controlfield" and tag:
            fields.setdefault(tag, []).append([("", child.text or "")])
        elif name == "datafield" and tag:
            subfields = [(sf.get("code") or "", sf.text or "") for sf in child if _local(sf.tag) == "subfield"]
            fields.setdefault(tag, []).append(subfields)
    return fields


# ---- fields to BookRecord ---------------------------------------------------------------------------------


def _clean(value: str) -> str:
    """NFC, no control characters, whitespace collapsed, trailing ISBD punctuation (" :", " /", " ;", ",", ".") cut."""
    text = " ".join(_CONTROL_CHARS.sub("", unicodedata.normalize("NFC", value)).split())
    while True:
        trimmed = text.rstrip(" :;/,=")
        if trimmed.endswith(".") and not trimmed.endswith(".."):
            trimmed = trimmed[:-1].rstrip()
        if trimmed == text:
            return text
        text = trimmed


def _sub(occurrence: Subfields, code: str) -> str:
    """The first non-empty value of a subfield in one occurrence, cleaned."""
    return next((v for v in (_clean(value) for c, value in occurrence if c == code) if v), "")


def _all(fields: Fields, tag: str, code: str) -> list[str]:
    values = (_clean(value) for occurrence in fields.get(tag, []) for c, value in occurrence if c == code)
    return [value for value in values if value]


def _first(fields: Fields, tag: str, code: str) -> str:
    return next(iter(_all(fields, tag, code)), "")


def _isbn(found: Iterable[str]) -> str:
    """The first ISBN python-stdnum accepts, else the first one found; qualifiers such as "(pbk.)" cut off."""
    candidates = [m.group(0).replace(" ", "").upper() for m in (_ISBN.search(value) for value in found) if m]
    return next((c for c in candidates if stdnum_isbn.is_valid(c)), candidates[0] if candidates else "")


def _name(occurrence: Subfields) -> str:
    """A 7XX heading: $a, then $b (forename) after a comma."""
    surname, rest = _sub(occurrence, "a"), _sub(occurrence, "b").lstrip(", ")
    return f"{surname}, {rest}" if surname and rest else surname


def _unimarc_author(fields: Fields) -> str:
    statements = _all(fields, "200", "f")
    if statements:
        return " ; ".join(statements)
    for tag in ("700", "701", "710", "711", "702", "712"):
        names = [name for name in map(_name, fields.get(tag, [])) if name]
        if names:
            return names[0]
    return ""


def _unimarc(fields: Fields, position: Position) -> BookRecord:
    title = " ; ".join(_all(fields, "200", "a"))
    other = _first(fields, "200", "e")
    return BookRecord(
        position=position,
        title=f"{title} : {other}" if title and other else title,
        isbn=_isbn(_all(fields, "010", "a")),
        price=_first(fields, "010", "d"),
        author=_unimarc_author(fields),
        place=_first(fields, "210", "a"),
        publisher=_first(fields, "210", "c"),
        year=_first(fields, "210", "d"),
        pages=_first(fields, "215", "a"),
        clc=_first(fields, "690", "a"),
        subjects=tuple(dict.fromkeys(_all(fields, "606", "a"))),
    )


def _marc21_clc(fields: Fields) -> str:
    for occurrence in fields.get("084", []):
        if _sub(occurrence, "2").lower().startswith("clc") and _sub(occurrence, "a"):
            return _sub(occurrence, "a")
    return _first(fields, "093", "a")


def _marc21_imprint(fields: Fields) -> Subfields:
    """The first 260, else the first 264, that says anything about publication."""
    occurrences = fields.get("260", []) + fields.get("264", [])
    return next((o for o in occurrences if any(_sub(o, code) for code in "abc")), [])


def _marc21(fields: Fields, position: Position) -> BookRecord:
    title, rest = _first(fields, "245", "a"), _first(fields, "245", "b")
    imprint = _marc21_imprint(fields)
    return BookRecord(
        position=position,
        title=f"{title} : {rest}" if title and rest else title or rest,
        isbn=_isbn(_all(fields, "020", "a")),
        price=_first(fields, "020", "c"),
        author=_first(fields, "245", "c") or _first(fields, "100", "a"),
        place=_sub(imprint, "a"),
        publisher=_sub(imprint, "b"),
        year=_sub(imprint, "c"),
        pages=_first(fields, "300", "a"),
        clc=_marc21_clc(fields),
        subjects=tuple(dict.fromkeys(_all(fields, "650", "a"))),
    )


def _book(fields: Fields, position: Position, extra: dict[str, str]) -> BookRecord | Rejected:
    """A BookRecord in the record's own flavour, or MISSING_TITLE (with its ISBN or 001 to find it by)."""
    flavour = "marc21" if "245" in fields else "unimarc" if "200" in fields else ""
    book = _marc21(fields, position) if flavour == "marc21" else _unimarc(fields, position)
    if not book.title:
        detail = book.isbn or _first(fields, "001", "")
        return Rejected(position=position, reason=RejectReason.MISSING_TITLE, detail=detail)
    extra = {**extra, "flavour": flavour, "001": _first(fields, "001", "")}
    return dataclasses.replace(book, extra={key: value for key, value in extra.items() if value})
