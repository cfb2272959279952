"""Catalogue and reader commands: import, search, and the title/copy/reader listings."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from desktop.cli.commands import open_database
from desktop.cli.output import Printer
from desktop.core.catalogue import CopyInfo, TitleInfo
from desktop.core.i18n import QT_TRANSLATE_NOOP, translate
from desktop.core.importing import ImportReport
from desktop.core.isbn import hyphenated
from desktop.core.readers import ReaderInfo
from desktop.core.records import REASON_LABELS, Rejected


def title_json(t: TitleInfo) -> dict[str, Any]:
    return {"id": t.id, "kind": t.kind.value, "isbn": t.isbn13, "title": t.title, "author": t.author,
            "publisher": t.publisher, "place": t.place, "year": t.year, "pages": t.pages, "price": t.price,
            "clc": t.clc, "subjects": list(t.subjects), "copies": t.copies}


def copy_json(c: CopyInfo) -> dict[str, Any]:
    return {"code": c.code, "title_id": c.title_id, "title": c.title, "site": c.site_code, "status": c.status.value,
            "call_number": c.call_number, "shelf": c.shelf,
            "acquired_on": c.acquired_on.isoformat() if c.acquired_on else None, "source": c.source,
            "label_printed": c.label_printed}


def reader_json(r: ReaderInfo) -> dict[str, Any]:
    """Never the phone number itself: only its masked form leaves the core here."""
    return {"code": r.card_code, "id": r.id, "name": r.name, "unit": r.unit, "phone": r.phone_masked,
            "union_card": r.union_card, "reader_type": r.reader_type, "status": r.status.value,
            "site": r.site_code, "registered_on": r.registered_on.isoformat(), "anonymised": r.anonymised}


def list_library(args: argparse.Namespace, out: Printer) -> int:
    with open_database(args, out, create=False) as app:
        if args.what == "titles":
            titles = app.catalogue.list_titles(limit=args.limit)
            if args.json:
                return _json(out, [title_json(t) for t in titles])
            out.table([QT_TRANSLATE_NOOP("Cli", "ISBN"), QT_TRANSLATE_NOOP("Cli", "Title"),
                       QT_TRANSLATE_NOOP("Cli", "Author"), QT_TRANSLATE_NOOP("Cli", "Class"),
                       QT_TRANSLATE_NOOP("Cli", "Copies")],
                      [(hyphenated(t.isbn13) if t.isbn13 else "", t.title, t.author, t.clc, t.copies) for t in titles])
        elif args.what == "copies":
            copies = app.catalogue.list_copies(limit=args.limit)
            if args.json:
                return _json(out, [copy_json(c) for c in copies])
            out.table([QT_TRANSLATE_NOOP("Cli", "Code"), QT_TRANSLATE_NOOP("Cli", "Call number"),
                       QT_TRANSLATE_NOOP("Cli", "Title"), QT_TRANSLATE_NOOP("Cli", "Room"),
                       QT_TRANSLATE_NOOP("Cli", "Status")],
                      [(c.code, c.call_number, c.title, c.site_code, c.status.value) for c in copies])
        else:
            found = app.readers.list_readers(limit=args.limit)
            if args.json:
                return _json(out, [reader_json(r) for r in found])
            _reader_table(out, found)
    return 0


def _json(out: Printer, rows: list[dict[str, Any]]) -> int:
    out.json(rows)
    return 0


def _reader_table(out: Printer, found: list[ReaderInfo]) -> None:
    out.table([QT_TRANSLATE_NOOP("Cli", "Card"), QT_TRANSLATE_NOOP("Cli", "Name"), QT_TRANSLATE_NOOP("Cli", "Unit"),
               QT_TRANSLATE_NOOP("Cli", "Mobile"), QT_TRANSLATE_NOOP("Cli", "Type")],
              [(r.card_code, r.name, r.unit, r.phone_masked, r.reader_type) for r in found])


def search(args: argparse.Namespace, out: Printer) -> int:
    with open_database(args, out, create=False) as app:
        if args.readers:
            found = app.readers.search_readers(args.query, limit=50 if args.limit is None else args.limit)
            if args.json:
                return _json(out, [reader_json(r) for r in found])
            _reader_table(out, found)
            return 0
        hits = app.catalogue.search(args.query, limit=50 if args.limit is None else args.limit)
    if args.json:
        return _json(out, [{**title_json(h.title), "match": h.why, "copy_code": h.copy_code} for h in hits])
    out.table([QT_TRANSLATE_NOOP("Cli", "Title"), QT_TRANSLATE_NOOP("Cli", "Author"),
               QT_TRANSLATE_NOOP("Cli", "Publisher"), QT_TRANSLATE_NOOP("Cli", "ISBN"),
               QT_TRANSLATE_NOOP("Cli", "Copies")],
              [(h.title.title, h.title.author, h.title.publisher, hyphenated(h.title.isbn13) if h.title.isbn13 else "",
                h.title.copies) for h in hits])
    return 0


def import_file(args: argparse.Namespace, out: Printer) -> int:
    if args.what == "sites":
        from desktop.cli.sites import import_sites

        return import_sites(args, out)
    path = Path(args.file)
    last = [-1]

    def progress(done: int, total: int | None) -> bool:
        if done - last[0] >= 1000 or done == total:
            last[0] = done
            shown = f"{done}/{total}" if total else str(done)
            print("\r" + out.tr(QT_TRANSLATE_NOOP("Cli", "Imported {n} records…"), n=shown), end="",
                  file=sys.stderr, flush=True)
        return True

    try:
        with open_database(args, out, create=False) as app:
            if args.what == "books":
                report = app.imports.import_books(path, site_code=args.room, fmt=args.format, progress=progress)
            else:
                report = app.imports.import_readers(path, site_code=args.room, fmt=args.format, progress=progress)
    finally:  # the progress line ends before anything else is said, an error (a full disk, say) included
        if last[0] >= 0:
            print(file=sys.stderr, flush=True)
    if args.json:
        out.json(_report_json(report))
    else:
        _print_report(out, report, books=args.what == "books")
    return 0


def _report_json(report: ImportReport) -> dict[str, Any]:
    return {"file": report.path, "format": report.format, "read": report.read, "added": report.added,
            "matched": report.matched, "copies_added": report.copies_added, "copies_present": report.copies_present,
            "rejected": [{"kind": r.position.kind, "number": r.position.number, "reason": r.reason.value,
                          "detail": r.detail, "error": r.error.code if r.error else None}
                         for r in report.rejected]}


def _print_report(out: Printer, report: ImportReport, *, books: bool) -> None:
    if books:
        out.say(QT_TRANSLATE_NOOP("Cli", "{read} records read: {added} new titles, {matched} already catalogued, "
                                         "{copies} copies added, {present} copies already imported, {rejected} "
                                         "rejected"),
                read=report.read, added=report.added, matched=report.matched, copies=report.copies_added,
                present=report.copies_present, rejected=len(report.rejected))
    else:
        out.say(QT_TRANSLATE_NOOP("Cli", "{read} rows read: {added} readers added, {matched} already registered, "
                                         "{rejected} rejected"),
                read=report.read, added=report.added, matched=report.matched, rejected=len(report.rejected))
    for r in report.rejected:
        print(out.tr(QT_TRANSLATE_NOOP("Cli", "  {where}: {reason} {detail}"), where=position_text(out.lang, r),
                     reason=translate("Import", REASON_LABELS[r.reason], out.lang),
                     detail=r.explanation(out.lang)).rstrip())


def position_text(lang: str, rejected: Rejected) -> str:
    template = (QT_TRANSLATE_NOOP("Import", "record {n}") if rejected.position.kind == "record"
                else QT_TRANSLATE_NOOP("Import", "row {n}"))
    return translate("Import", template, lang).format(n=rejected.position.number)
