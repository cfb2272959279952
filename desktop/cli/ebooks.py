"""`shuyi ebook …`: license a title for e-book lending, list licences and loans, withdraw, revoke, print a slip."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from desktop.cli.arguments import ROW_ID, whole_number
from desktop.cli.commands import open_database
from desktop.cli.output import Printer
from desktop.core.circulation.ebooks import EbookLoanInfo, LicenceInfo
from desktop.core.i18n import QT_TRANSLATE_NOOP

ACTIONS = ("add", "list", "loans", "withdraw", "revoke", "slip")


def licence_json(info: LicenceInfo) -> dict[str, Any]:
    return {"code": info.code, "id": info.id, "title_id": info.title_id, "title": info.title, "url": info.access_url,
            "cap": info.max_concurrent, "loan_days": info.loan_days, "active": info.active, "in_use": info.in_use,
            "next_free_on": info.next_free_on.isoformat() if info.next_free_on else None}


def loan_json(loan: EbookLoanInfo) -> dict[str, Any]:
    return {"id": loan.id, "licence": loan.licence_code, "title": loan.title, "reader_id": loan.reader_id,
            "reader_card": loan.reader_card, "site": loan.site_code,
            "lent_at": loan.lent_at.isoformat(), "expires_at": loan.expires_at.isoformat(),
            "expires_on": loan.expires_on.isoformat(),
            "revoked_at": loan.revoked_at.isoformat() if loan.revoked_at else None, "current": loan.current,
            "url": loan.url}


def ebook(args: argparse.Namespace, out: Printer) -> int:
    if args.action == "add" and (args.title_id is None or not args.url or args.cap is None):
        out.error(out.tr(QT_TRANSLATE_NOOP("Cli", "Say which title, its reading address and how many may read at "
                                                  "once: --title-id N --url URL --cap N")))
        return 2
    if args.action == "withdraw" and not args.target:
        out.error(out.tr(QT_TRANSLATE_NOOP("Cli", "Give the e-book's code: shuyi ebook withdraw CODE")))
        return 2
    loan_id = _loan_id(args.target) if args.action in ("revoke", "slip") else 0
    if args.action in ("revoke", "slip"):
        if not loan_id:
            out.error(out.tr(QT_TRANSLATE_NOOP("Cli", "Give the e-book loan's number: shuyi ebook {action} LOAN_ID"),
                             action=args.action))
            return 2
        if args.action == "slip" and not args.out:
            out.error(out.tr(QT_TRANSLATE_NOOP("Cli", "Say where the slip goes: --out FILE.pdf")))
            return 2
    with open_database(args, out, create=False) as app:
        service = app.ebooks
        if args.action == "add":
            info = service.add_licence(args.title_id, access_url=args.url, max_concurrent=args.cap,
                                       loan_days=args.days, site_code=args.site)
            return _said_licence(args, out, info, QT_TRANSLATE_NOOP(
                "Cli", "E-book {code} ({title}): {cap} reader(s) at a time, {days} days a loan"))
        if args.action == "withdraw":
            info = service.withdraw(args.target)
            return _said_licence(args, out, info, QT_TRANSLATE_NOOP(
                "Cli", "E-book {code} ({title}) withdrawn: no new loans; {used} running loan(s) keep running"))
        if args.action == "list":
            return _licences(args, out, service.licences())
        if args.action == "loans":
            return _loans(args, out, service.loans(site_code=args.site or None))
        if args.action == "revoke":
            loan = service.revoke(loan_id)
            message = QT_TRANSLATE_NOOP("Cli", "Revoked e-book loan {id}: {title}, reader {card}")
        else:
            loan = service.print_slip(loan_id, Path(args.out))
            message = QT_TRANSLATE_NOOP("Cli", "Slip of e-book loan {id} ({title}) written to {file}")
    if args.json:
        out.json({**loan_json(loan), **({"file": str(args.out)} if args.action == "slip" else {})})
    else:
        out.say(message, id=loan.id, title=loan.title, card=loan.reader_card, file=str(args.out))
    return 0


def _loan_id(text: str | None) -> int:
    """The loan number typed, or 0 when it is not one; range_errors.OutOfRange for a number no loan can have."""
    try:
        value = int((text or "").strip())
    except ValueError:
        return 0
    return whole_number("LOAN_ID", ROW_ID)(str(value)) if value > 0 else 0


def _said_licence(args: argparse.Namespace, out: Printer, info: LicenceInfo, message: str) -> int:
    if args.json:
        out.json(licence_json(info))
    else:
        out.say(message, code=info.code, title=info.title, cap=info.max_concurrent, days=info.loan_days,
                used=info.in_use)
    return 0


STATE_LABELS = {True: QT_TRANSLATE_NOOP("Cli", "lending"), False: QT_TRANSLATE_NOOP("Cli", "withdrawn")}


def _licences(args: argparse.Namespace, out: Printer, found: list[LicenceInfo]) -> int:
    if args.json:
        out.json([licence_json(info) for info in found])
        return 0
    out.table([QT_TRANSLATE_NOOP("Cli", "Code"), QT_TRANSLATE_NOOP("Cli", "Title"), QT_TRANSLATE_NOOP("Cli", "In use"),
               QT_TRANSLATE_NOOP("Cli", "Days"), QT_TRANSLATE_NOOP("Cli", "Status"),
               QT_TRANSLATE_NOOP("Cli", "Next free"), QT_TRANSLATE_NOOP("Cli", "Address")],
              [(i.code, i.title, f"{i.in_use}/{i.max_concurrent}", i.loan_days, out.tr(STATE_LABELS[i.active]),
                i.next_free_on.isoformat() if i.next_free_on else "", i.access_url) for i in found])
    return 0


def _loans(args: argparse.Namespace, out: Printer, found: list[EbookLoanInfo]) -> int:
    if args.json:
        out.json([loan_json(loan) for loan in found])
        return 0
    out.table([QT_TRANSLATE_NOOP("Cli", "Loan"), QT_TRANSLATE_NOOP("Cli", "Code"), QT_TRANSLATE_NOOP("Cli", "Title"),
               QT_TRANSLATE_NOOP("Cli", "Card"), QT_TRANSLATE_NOOP("Cli", "Name"), QT_TRANSLATE_NOOP("Cli", "Room"),
               QT_TRANSLATE_NOOP("Cli", "Until")],
              [(loan.id, loan.licence_code, loan.title, loan.reader_card, loan.reader_name, loan.site_code,
                loan.expires_on.isoformat()) for loan in found])
    return 0
