"""Importing readers from a spreadsheet: one already registered (same card, or same name and phone) is left as it
is, every bad row is reported with its reason, all in the caller's one transaction."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import Reader
from desktop.core import errors, privacy, readers, sites
from desktop.core.importing import ImportFormat, ImportReport, Progress, Tallies
from desktop.core.records import ReaderRecord, Rejected, RejectReason


def import_readers(session: Session, records: Iterable[ReaderRecord | Rejected], *, path: Path, fmt: ImportFormat,
                   site_code: str, today: dt.date, total: int | None = None,
                   progress: Progress | None = None) -> ImportReport:
    """Readers in: one already registered (same card, or same name and phone) is left as it is."""
    site_code = sites.room(session, site_code).code  # refuse at once, not once per row
    tallies, rejected = Tallies(), []
    for record in records:
        tallies.read += 1
        if isinstance(record, Rejected):
            rejected.append(record)
        elif _reader_present(session, record):
            tallies.matched += 1
        else:
            try:
                with session.begin_nested():
                    readers.add_reader(session, readers.ReaderInput(
                        name=record.name, unit=record.unit, phone=record.phone, union_card=record.union_card,
                        reader_type=record.reader_type, site_code=site_code, note=record.note,
                        card_code=record.card_code), today=today)
                tallies.added += 1
            except errors.TextTooLong as exc:
                rejected.append(Rejected(record.position, RejectReason.TOO_LONG, str(exc.params["field"]), error=exc))
            except errors.InvalidPhone:
                rejected.append(Rejected(record.position, RejectReason.BAD_PHONE, privacy.mask_phone(record.phone)))
            except errors.ShuyiError as exc:
                # the value as found, in no language, and never an identity number — nor in the error kept
                params = {k: privacy.redact_ids(str(v)) for k, v in exc.params.items()}
                rejected.append(Rejected(record.position, RejectReason.BAD_VALUE, ", ".join(params.values()),
                                         error=type(exc)(**params)))
        if progress is not None and tallies.read % 100 == 0 and not progress(tallies.read, total):
            raise errors.ImportCancelled()
    return ImportReport(path=str(path), format=fmt, read=tallies.read, added=tallies.added, matched=tallies.matched,
                        copies_added=0, copies_present=0, rejected=tuple(rejected))


def _reader_present(session: Session, record: ReaderRecord) -> bool:
    if record.card_code.strip():
        query = select(Reader.id).where(Reader.card_code == record.card_code.strip().upper())
    else:
        try:
            phone = readers.normalise_phone(record.phone)
        except errors.InvalidPhone:
            return False
        same_phone = Reader.phone.is_(None) if phone is None else Reader.phone == phone
        query = select(Reader.id).where(Reader.name == record.name.strip(), same_phone,
                                        Reader.unit == record.unit.strip())
    return session.scalar(query.limit(1)) is not None
