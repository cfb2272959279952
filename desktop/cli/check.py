"""`shuyi check`: read every page of the database and say whether it is sound, changing nothing."""

from __future__ import annotations

import argparse

from desktop.cli.output import Printer
from desktop.core import database, errors
from desktop.core.i18n import QT_TRANSLATE_NOOP


def check(args: argparse.Namespace, out: Printer) -> int:
    """SQLite's integrity_check and foreign-key check; a damaged database lists its problems, then exits 2."""
    location = database.resolve(args.db)
    report = database.check(location)
    if args.json:
        out.json({"path": report.path, "ok": report.ok, "pages": report.pages, "seconds": report.seconds,
                  "problems": list(report.problems)})
    elif report.ok:
        out.say(QT_TRANSLATE_NOOP("Cli", "The database at {path} is sound: {pages} pages checked in {seconds} s"),
                path=report.path, pages=report.pages, seconds=report.seconds)
    else:
        for problem in report.problems:
            out.say("{problem}", problem=problem)
    if not report.ok:
        raise errors.DatabaseDamaged(path=report.path)
    return 0
