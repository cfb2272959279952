"""Importing books and readers from files: every good record in, every bad one reported, all in one transaction.

Re-importing the same file adds nothing: titles match by ISBN-13 (or, without one, by their main text), and each
copy a record stands for gets an import key — a fingerprint of the record in its room, plus which occurrence of
it this is — so a row that says 册数 3 still makes three copies, once. Cancelling (or any failure) rolls back the
whole import: there is never half a batch.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import itertools
from collections import Counter as Tally
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from db.models import Copy, Site, Title
from desktop.core import callnumbers, catalogue, errors, lengths, privacy, sites
from desktop.core.errors import ranges as range_errors
from desktop.core.importers import files, marc, tabular
from desktop.core.records import BookRecord, ReaderRecord, Rejected, RejectReason

ImportFormat = Literal["csv", "xlsx", "marc", "marcxml"]
FORMATS: tuple[ImportFormat, ...] = ("csv", "xlsx", "marc", "marcxml")
Progress = Callable[[int, int | None], bool]
"""Called with (records done, records in all or None); returning False cancels the import."""
CHUNK = 1000


@dataclass(frozen=True)
class ImportReport:
    path: str
    format: ImportFormat
    read: int
    added: int
    """Titles (books) or readers (readers) new to the database."""
    matched: int
    """Titles already in the catalogue that got copies, or readers already registered (left as they were)."""
    copies_added: int
    copies_present: int
    """Copies an earlier import of the same records had already made."""
    rejected: tuple[Rejected, ...]


def detect_format(path: Path) -> ImportFormat:
    suffix = path.suffix.lower()
    by_suffix: dict[str, ImportFormat] = {
        ".csv": "csv", ".txt": "csv", ".tsv": "csv", ".xlsx": "xlsx", ".xlsm": "xlsx", ".xml": "marcxml",
        ".mrc": "marc", ".marc": "marc", ".iso": "marc", ".dat": "marc", ".mrk": "marc",
    }
    if suffix in by_suffix:
        return by_suffix[suffix]
    head = files.read_bytes(path, 64)
    if head.lstrip(b"\xef\xbb\xbf \r\n\t").startswith(b"<"):
        return "marcxml"
    if head.startswith(b"PK\x03\x04"):
        return "xlsx"
    if head[:5].isdigit():
        return "marc"
    return "csv"


def count_records(path: Path, fmt: ImportFormat) -> int | None:
    """How many records a file holds, cheaply, for a progress bar (None when it cannot be told in advance)."""
    if fmt == "marc":
        return files.read_bytes(path).count(b"\x1d") or None
    return None


@dataclass(frozen=True)
class BookSource:
    """A book file opened for import: its records (read afresh on each call), how many, and the call numbers it
    states outright — reserved before any number is handed out, so that no other title gets one of them."""

    records: Callable[[], Iterator[BookRecord | Rejected]]
    """The records; a spreadsheet's may be read twice (the call-number pre-scan), a MARC file's once."""
    total: int | None
    explicit_calls: tuple[callnumbers.CallNumber, ...]


def book_source(path: Path, fmt: ImportFormat, mapping: Mapping[int, str] | None = None) -> BookSource:
    """Open a book file; raises when it cannot be read at all."""
    if fmt in ("marc", "marcxml"):  # MARC call numbers are the cataloguing library's own: none are taken over
        records = marc.read_marc(path, fmt=fmt)  # reads the file now: an unreadable one fails before any write
        return BookSource(lambda: records, count_records(path, fmt), ())
    table = tabular.read_table(path, fmt=fmt)
    if mapping is None:
        tabular.check_unique_columns(table, tabular.BOOK_FIELDS)
    mapping = mapping if mapping is not None else tabular.guess_mapping(table.headers, tabular.BOOK_FIELDS)
    if "title" not in mapping.values():
        raise errors.NoTitleColumn(path=str(path))
    calls = []
    if "call_number" in mapping.values():
        for record in tabular.book_records(table, mapping):
            if isinstance(record, BookRecord) and record.call_number.strip():
                with contextlib.suppress(errors.InvalidClass):  # reported with its row when that is imported
                    calls.append(callnumbers.parse(record.call_number))
    return BookSource(lambda: tabular.book_records(table, mapping), len(table.rows), tuple(calls))


def reader_source(path: Path, fmt: ImportFormat, mapping: Mapping[int, str] | None = None
                  ) -> tuple[Iterator[ReaderRecord | Rejected], int | None]:
    table = tabular.read_table(path, fmt=fmt if fmt in ("csv", "xlsx") else None)
    if mapping is None:
        tabular.check_unique_columns(table, tabular.READER_FIELDS)
    mapping = mapping if mapping is not None else tabular.guess_mapping(table.headers, tabular.READER_FIELDS)
    if "name" not in mapping.values():
        raise errors.NoNameColumn(path=str(path))
    return tabular.reader_records(table, mapping), len(table.rows)


def _batched(items: Iterable[BookRecord | Rejected], size: int) -> Iterator[list[BookRecord | Rejected]]:
    """itertools.batched, which Python 3.11 lacks."""
    iterator = iter(items)
    while chunk := list(itertools.islice(iterator, size)):
        yield chunk


@dataclass(frozen=True)
class TablePreview:
    """The first rows of a spreadsheet and the mapping guessed for it, for the import wizard's mapping step."""

    headers: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    total_rows: int
    mapping: dict[int, str]
    encoding: str | None


def preview(path: Path, fmt: ImportFormat, *, readers: bool, rows: int = 20) -> TablePreview:
    table = tabular.read_table(path, fmt=fmt)
    fields = tabular.READER_FIELDS if readers else tabular.BOOK_FIELDS
    shown = tuple(tuple(privacy.masked_for_display(cell) for cell in r) for r in table.rows if any(r))[:rows]
    return TablePreview(headers=table.headers, rows=shown,
                        total_rows=len(table.rows), mapping=tabular.guess_mapping(table.headers, fields),
                        encoding=table.encoding)


def _entry(record: BookRecord) -> catalogue.TitleInput:
    return catalogue.TitleInput(
        title=record.title, isbn=record.isbn, author=record.author, publisher=record.publisher, place=record.place,
        year=record.year, pages=record.pages, price=record.price, clc=record.clc, subjects=record.subjects,
    )


def _fingerprint(site_code: str, record: BookRecord) -> str:
    fields = (site_code, record.title, record.isbn, record.author, record.publisher, record.year, record.clc,
              record.call_number, record.shelf, record.barcode)
    return hashlib.sha1("\x1f".join(fields).encode()).hexdigest()[:40]


@dataclass
class _Seen:
    """What this import has planned so far: occurrences of each record, and the old barcodes taken."""

    occurrences: Tally[str] = field(default_factory=Tally)
    barcodes: set[str] = field(default_factory=set)
    titles: set[str] = field(default_factory=set)
    """Match keys of the titles this import added or found catalogued: each is counted once, not once a chunk."""


@dataclass
class Tallies:
    """What an import has counted so far."""

    read: int = 0
    added: int = 0
    matched: int = 0
    copies_added: int = 0
    copies_present: int = 0


def import_books(session: Session, source: BookSource, *, path: Path, fmt: ImportFormat, site_code: str,
                 today: dt.date, progress: Progress | None = None) -> ImportReport:
    site = sites.room(session, site_code)
    tallies, rejected = Tallies(), []
    seen = _Seen()
    orders = callnumbers.OrderAllocator(session, site.id)
    for call in source.explicit_calls:
        orders.reserve(call)
    for chunk in _batched(source.records(), CHUNK):
        good = _checked_records(chunk, tallies, rejected, today=today)
        existing = _existing_titles(session, [row for _, row, _ in good])
        tallies.matched += len(existing.keys() - seen.titles)
        seen.titles.update(existing)
        plans = _plan_copies(session, site, good, seen, tallies)
        plans = _free_call_numbers(plans, existing, orders, rejected)
        ids = _save_titles(session, plans, existing, tallies, orders)
        seen.titles.update(ids)
        _save_copies(session, site, plans, ids, orders, tallies, source=path.name)
        if progress is not None and not progress(tallies.read, source.total):
            raise errors.ImportCancelled()
    orders.write()
    return ImportReport(path=str(path), format=fmt, read=tallies.read, added=tallies.added, matched=tallies.matched,
                        copies_added=tallies.copies_added, copies_present=tallies.copies_present,
                        rejected=tuple(rejected))


@dataclass
class _Plan:
    """One good record: its title row, its explicit call number, and the copies still to make (key, barcode)."""

    record: BookRecord
    row: dict[str, object]
    call: callnumbers.CallNumber | None
    copies: list[tuple[str, str | None]]

    @property
    def match_key(self) -> str:
        return str(self.row["match_key"])


_Checked = tuple[BookRecord, dict[str, object], callnumbers.CallNumber | None]


def _checked_records(chunk: list[BookRecord | Rejected], tallies: Tallies,
                     rejected: list[Rejected], *, today: dt.date) -> list[_Checked]:
    good = []
    for record in chunk:
        tallies.read += 1
        if isinstance(record, Rejected):
            rejected.append(record)
            continue
        try:
            entry, isbn13 = catalogue.checked(_entry(record), today=today)
            lengths.check(Copy, {"shelf": record.shelf.strip(), "legacy_barcode": record.barcode.strip()})
            call = callnumbers.parse(record.call_number) if record.call_number.strip() else None
        except errors.InvalidIsbn:
            rejected.append(Rejected(record.position, RejectReason.BAD_ISBN, record.isbn))
            continue
        except errors.MissingField:
            rejected.append(Rejected(record.position, RejectReason.MISSING_TITLE))
            continue
        except errors.InvalidClass as exc:
            rejected.append(Rejected(record.position, RejectReason.BAD_VALUE, str(exc.params["clc"]), error=exc))
            continue
        except errors.TextTooLong as exc:
            rejected.append(Rejected(record.position, RejectReason.TOO_LONG, str(exc.params["field"]), error=exc))
            continue
        except range_errors.OutOfRange as exc:  # a year, pages or price outside the domain
            rejected.append(Rejected(record.position, RejectReason.BAD_VALUE, str(exc.params["value"]), error=exc))
            continue
        good.append((record, catalogue.title_row(entry, isbn13), call))
    return good


def _plan_copies(session: Session, site: Site, good: list[_Checked], seen: _Seen,
                 tallies: Tallies) -> list[_Plan]:
    """The copies each record stands for, minus those an earlier import (or an earlier row) already made.

    Checked before any title is written: a record whose copies all exist creates nothing at all, even when its
    title has since been edited so that it no longer matches.
    """
    plans = []
    for record, row, call in good:
        fingerprint = _fingerprint(site.code, record)
        copies: list[tuple[str, str | None]] = []
        for n in range(record.copies):
            seen.occurrences[fingerprint] += 1
            barcode = record.barcode.strip() or None if n == 0 else None
            if barcode is not None and barcode in seen.barcodes:  # the same old label twice in one file: one copy
                tallies.copies_present += 1
                continue
            if barcode is not None:
                seen.barcodes.add(barcode)
            copies.append((f"{fingerprint}:{seen.occurrences[fingerprint]}", barcode))
        plans.append(_Plan(record, row, call, copies))
    keys = [key for p in plans for key, _ in p.copies]
    barcodes = [b for p in plans for _, b in p.copies if b]
    present = set(session.scalars(select(Copy.import_key).where(Copy.import_key.in_(keys)))) if keys else set()
    present_barcodes = set(session.scalars(select(Copy.legacy_barcode).where(
        Copy.home_site_id == site.id, Copy.legacy_barcode.in_(barcodes)))) if barcodes else set()
    kept = []
    for plan in plans:
        todo = [(k, b) for k, b in plan.copies if k not in present and b not in present_barcodes]
        tallies.copies_present += len(plan.copies) - len(todo)
        if todo:
            plan.copies = todo
            kept.append(plan)
    return kept


def _existing_titles(session: Session, rows: list[dict[str, object]]) -> dict[str, int]:
    keys = {str(r["match_key"]) for r in rows}
    return dict(session.execute(select(Title.match_key, Title.id).where(Title.match_key.in_(keys))).all()) \
        if keys else {}


def _free_call_numbers(plans: list[_Plan], existing: dict[str, int], orders: callnumbers.OrderAllocator,
                       rejected: list[Rejected]) -> list[_Plan]:
    """Refuse a row whose stated 索书号 another title in this room already has: two books, one call number."""
    orders.know_titles(existing.values())
    kept = []
    for plan in plans:
        if plan.call is not None and plan.call.order:
            holder = orders.holder(plan.call)
            own = existing.get(plan.match_key)
            if holder is not None and holder != own:
                rejected.append(Rejected(plan.record.position, RejectReason.BAD_VALUE, str(plan.call),
                                         error=errors.CallNumberTaken(call=str(plan.call))))
                continue
        kept.append(plan)
    return kept


def _save_titles(session: Session, plans: list[_Plan], existing: dict[str, int], tallies: Tallies,
                 orders: callnumbers.OrderAllocator) -> dict[str, int]:
    ids = dict(existing)
    fresh: dict[str, dict[str, object]] = {}
    for plan in plans:  # of several rows describing one title, the first one's description is kept
        if plan.match_key not in ids:
            fresh.setdefault(plan.match_key, plan.row)
    if fresh:
        # A plain executemany, then one SELECT for the new ids: INSERT … RETURNING through SQLAlchemy's batching
        # costs more than all the rest of an import put together.
        session.execute(insert(Title.__table__), list(fresh.values()))
        made = session.execute(select(Title.id, Title.match_key, Title.title, Title.author, Title.publisher)
                               .where(Title.match_key.in_(list(fresh)))).all()
        ids.update({m.match_key: m.id for m in made})
        orders.new_titles(m.id for m in made)
        catalogue.index_titles(session, [(m.id, m.title, m.author, m.publisher) for m in made], fresh=True)
        tallies.added += len(made)
    return ids


def _save_copies(session: Session, site: Site, plans: list[_Plan], ids: dict[str, int],
                 orders: callnumbers.OrderAllocator, tallies: Tallies, *, source: str) -> None:
    count = sum(len(p.copies) for p in plans)
    if not count:
        return
    codes = iter(catalogue.new_copy_codes(session, site, count))
    rows = []
    for plan in plans:
        title_id, call = ids[plan.match_key], plan.call
        if call is not None:
            orders.note(title_id, call)
        elif plan.record.clc.strip():
            clc = callnumbers.normalise_class(plan.record.clc)
            call = callnumbers.CallNumber(clc, orders.order_for(title_id, clc))
        for key, barcode in plan.copies:
            rows.append({
                "code": next(codes), "title_id": title_id, "home_site_id": site.id, "import_key": key,
                "legacy_barcode": barcode, "shelf": plan.record.shelf.strip(), "source": source[:100],
                "call_class": call.clc if call else "", "call_order": call.order if call else "",
                "shelf_key": call.shelf_key if call else "",
            })
    session.execute(insert(Copy.__table__), rows)
    tallies.copies_added += len(rows)
