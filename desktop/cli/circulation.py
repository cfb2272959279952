"""Circulation commands: `shuyi scan` (the desk, one code after another) and `shuyi loans` / `shuyi list loans`.

`shuyi scan` drives the same Desk as the window (reader card, then copies; the bounce rule; the idle timeout),
and prints each answer the moment its scan is committed, so a serial scanner or a script can wait for it.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterable, Iterator
from typing import Any

from desktop.cli.commands import open_database
from desktop.cli.output import Printer, printable
from desktop.core import errors
from desktop.core.circulation.desk import Desk, DeskAnswer
from desktop.core.circulation.dispatch import Mode
from desktop.core.circulation.panel import LoanLine
from desktop.core.circulation.results import Action, Level, ScanResult
from desktop.core.codes import echo
from desktop.core.i18n import QT_TRANSLATE_NOOP

STDIN = "-"
MARKS = {Level.SUCCESS: "✓", Level.WARNING: "!", Level.REFUSAL: "✗"}
ASCII_MARKS = {Level.SUCCESS: "+", Level.WARNING: "!", Level.REFUSAL: "x"}
"""For a stdout that cannot encode ✓ and ✗ (a Windows pipe in code page 936)."""

ACTION_LABELS = {
    Action.READER: QT_TRANSLATE_NOOP("Cli", "reader"),
    Action.END_SESSION: QT_TRANSLATE_NOOP("Cli", "end of session"),
    Action.LEND: QT_TRANSLATE_NOOP("Cli", "lend"),
    Action.RETURN: QT_TRANSLATE_NOOP("Cli", "return"),
    Action.RENEW: QT_TRANSLATE_NOOP("Cli", "renew"),
    Action.HOLD: QT_TRANSLATE_NOOP("Cli", "hold"),
    Action.ARRIVED: QT_TRANSLATE_NOOP("Cli", "arrived"),
    Action.INFO: QT_TRANSLATE_NOOP("Cli", "info"),
    Action.TRANSFER_ADD: QT_TRANSLATE_NOOP("Cli", "into transfer"),
    Action.TRANSFER_RECEIVE: QT_TRANSLATE_NOOP("Cli", "received"),
    Action.STOCKTAKE: QT_TRANSLATE_NOOP("Cli", "stocktake"),
    Action.EBOOK_LEND: QT_TRANSLATE_NOOP("Cli", "e-book loan"),
    Action.IGNORED: QT_TRANSLATE_NOOP("Cli", "ignored"),
    Action.REFUSED: QT_TRANSLATE_NOOP("Cli", "refused"),
}


# -- shuyi scan -----------------------------------------------------------------------------------------------
def scan(args: argparse.Namespace, out: Printer) -> int:
    """Exit status 0 when no scan was refused, 1 when one was, 2 for bad usage or a database that cannot open."""
    codes: list[str] = list(args.codes)
    if STDIN in codes and len(codes) > 1:
        out.error(out.tr(QT_TRANSLATE_NOOP("Cli", "- reads the codes from standard input: give it alone")))
        return 2
    if args.receive and args.transfer is None:
        out.error(out.tr(QT_TRANSLATE_NOOP("Cli", "--receive goes with --transfer ID")))
        return 2
    if hasattr(sys.stdout, "reconfigure"):  # a title a console cannot show must not end the stream
        sys.stdout.reconfigure(errors="replace")
    with open_database(args, out, create=False) as app:
        site = app.circulation.desk_site(args.site, any_site=args.transfer is not None)
        desk = Desk(app.circulation, site, with_panel=False)
        if args.stocktake is not None:
            desk.enter_mode(Mode.STOCKTAKE, args.stocktake)
        elif args.transfer is not None:
            desk.enter_mode(Mode.TRANSFER_RECEIVE if args.receive else Mode.TRANSFER_BUILD, args.transfer)
        refused = False
        for raw in (_stdin_lines() if codes == [STDIN] else codes):
            try:
                answer = desk.scan(raw)
            except Exception as exc:  # noqa: BLE001 — a fault in one scan is reported; the next scans go on
                answer = DeskAnswer(ScanResult(code=echo(raw), action=Action.REFUSED, level=Level.REFUSAL,
                                               error=errors.ShuyiError(detail=str(exc) or type(exc).__name__),
                                               reader_id=desk.reader_id, panel_changed=False), None)
            if answer is None:  # an empty line
                continue
            refused |= not answer.result.ok
            _print_result(out, answer.result, as_json=args.json)
    return 1 if refused else 0


def _stdin_lines() -> Iterator[str]:
    """Lines as they arrive: readline() returns as soon as one line is there, so each scan is answered at once."""
    stream = sys.stdin
    if hasattr(stream, "reconfigure"):
        stream.reconfigure(errors="replace")
    while True:
        line = stream.readline()
        if not line:
            return
        yield line.replace("\ufeff", "")  # a byte-order mark from a file saved by Notepad


def _print_result(out: Printer, result: ScanResult, *, as_json: bool) -> None:
    if as_json:
        out.json(result.as_json(out.lang))
        return
    mark = MARKS[result.level]
    encoding = getattr(sys.stdout, "encoding", None) or "utf-8"
    try:
        mark.encode(encoding)
    except (UnicodeEncodeError, LookupError):
        mark = ASCII_MARKS[result.level]
    label = out.tr(ACTION_LABELS.get(result.action, result.action.value))
    print(printable(f"{mark} {label} {result.code}  {result.message(out.lang)}".rstrip()), flush=True)


# -- shuyi loans, shuyi list loans ---------------------------------------------------------------------------
def loans(args: argparse.Namespace, out: Printer) -> int:
    with open_database(args, out, create=False) as app:
        site = args.site.strip().upper()
        if site and not any(s.code == site for s in app.sites.list_sites()):
            raise errors.UnknownSite(code=site)
        rows = app.circulation.loans(site_code=site or None, overdue=args.overdue, include_returned=args.all,
                                     limit=args.limit)
    _print_loans(out, rows, as_json=args.json, returned=args.all)
    return 0


def list_loans(args: argparse.Namespace, out: Printer) -> int:
    """`shuyi list loans`: every loan, open ones first by due date, then returned ones (as `loans --all`)."""
    with open_database(args, out, create=False) as app:
        rows = app.circulation.loans(include_returned=True, limit=args.limit)
    _print_loans(out, rows, as_json=args.json, returned=True)
    return 0


def loan_json(line: LoanLine) -> dict[str, Any]:
    """Stable names for scripts; the reader is only the card code (no name leaves by JSON)."""
    return {"code": line.copy_code, "title": line.title, "call_number": line.call_number, "reader": line.reader_card,
            "site": line.site_code, "lent_on": line.lent_on.isoformat(), "due_on": line.due_on.isoformat(),
            "returned_on": line.returned_on.isoformat() if line.returned_on else None, "renewals": line.renewals,
            "overdue_days": line.overdue_days}


def _print_loans(out: Printer, rows: Iterable[LoanLine], *, as_json: bool, returned: bool) -> None:
    if as_json:
        out.json([loan_json(line) for line in rows])
        return
    headers = [QT_TRANSLATE_NOOP("Cli", "Code"), QT_TRANSLATE_NOOP("Cli", "Call number"),
               QT_TRANSLATE_NOOP("Cli", "Title"), QT_TRANSLATE_NOOP("Cli", "Card"), QT_TRANSLATE_NOOP("Cli", "Reader"),
               QT_TRANSLATE_NOOP("Cli", "Room"), QT_TRANSLATE_NOOP("Cli", "Lent"), QT_TRANSLATE_NOOP("Cli", "Due"),
               QT_TRANSLATE_NOOP("Cli", "Renewals"), QT_TRANSLATE_NOOP("Cli", "Days overdue")]
    if returned:
        headers.append(QT_TRANSLATE_NOOP("Cli", "Returned"))
    table = []
    for line in rows:
        row = [line.copy_code, line.call_number, line.title, line.reader_card, line.reader_name,
               line.site_code, line.lent_on.isoformat(), line.due_on.isoformat(), line.renewals,
               line.overdue_days or ""]
        if returned:
            row.append(line.returned_on.isoformat() if line.returned_on else "")
        table.append(row)
    out.table(headers, table)
