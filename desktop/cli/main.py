"""The `shuyi` command: no subcommand opens the GUI; subcommands run the same core from the command line."""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import os
import sys
from collections.abc import Callable, Sequence

import desktop
from desktop.cli.arguments import BENCH_RUNS, LISTING_LIMIT, ROW_ID, lang_asked, whole_number
from desktop.cli.output import Printer
from desktop.core import errors
from desktop.core.i18n import LANGUAGES, QT_TRANSLATE_NOOP, normalise_language
from desktop.pages import PAGE_KEYS

Handler = Callable[[argparse.Namespace, Printer], int]

# Kept here rather than imported so that parsing (and --version, --help) does not load SQLAlchemy;
# tests/cli/test_cli.py checks them against desktop.core.demo.SIZES and desktop.cli.commands.LISTINGS.
DEMO_SIZES = ("small", "county")
LISTINGS = ("sites", "titles", "copies", "readers", "loans", "facilities", "inspections")
IMPORT_FORMATS = ("csv", "xlsx", "marc", "marcxml")
LABEL_KINDS = ("books", "spine", "readers", "assets", "templates", "import-templates", "calibration",
               "set-calibration")
BENCHMARKS = ("search", "labels", "circulation", "startup", "stations", "coverage")
LIMIT = whole_number("--limit", LISTING_LIMIT)
COUNT = LISTING_LIMIT
"""A count the core bounds by the domain (--cap, --days …): the command line only keeps it storable."""


def _command(name: str, module: str = "commands") -> Handler:
    """A handler in desktop.cli.<module>, imported only when that command runs."""

    def run(args: argparse.Namespace, out: Printer) -> int:
        import importlib

        handler: Handler = getattr(importlib.import_module(f"desktop.cli.{module}"), name)
        return handler(args, out)

    return run


def _global_options(parser: argparse.ArgumentParser, *, suppress: bool) -> None:
    default = argparse.SUPPRESS if suppress else None
    parser.add_argument("--db", metavar="PATH_OR_URL", default=default,
                        help="database file or URL (default: $SHUYI_DB, else the file in the user data folder)")
    parser.add_argument("--lang", choices=LANGUAGES, default=default,
                        help="language of messages and of the GUI (default: $SHUYI_LANG, else zh_CN)")
    parser.add_argument("--json", action="store_true", default=argparse.SUPPRESS if suppress else False,
                        help="print data as JSON with stable English field names")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="shuyi", description="书驿 Shuyi — reading rooms and service stations")
    parser.add_argument("--version", action="version", version=f"shuyi {desktop.__version__}")
    _global_options(parser, suppress=False)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    def add(name: str, handler: Handler, help_text: str) -> argparse.ArgumentParser:
        p = sub.add_parser(name, help=help_text, description=help_text)
        _global_options(p, suppress=True)
        p.set_defaults(handler=handler)
        return p

    add("init", _command("init"), "create or upgrade the database to the newest schema (backup first)")
    p = add("demo", _command("load_demo"), "fill an empty database with deterministic demo data")
    p.add_argument("--size", choices=DEMO_SIZES, default="small")
    add("stats", _command("stats"), "counts of everything in the database")
    add("check", _command("check", "check"), "read every page of the database and say whether it is damaged")
    p = add("import", _command("import_file", "library"), "import books (CSV, XLSX, MARC, MARCXML) or readers")
    p.add_argument("what", choices=("books", "readers", "sites"))
    p.add_argument("file", metavar="FILE")
    p.add_argument("--room", metavar="CODE", default="", help="the reading room the copies or cards belong to")
    p.add_argument("--format", choices=IMPORT_FORMATS, default=None, help="default: from the file itself")
    p.add_argument("--crs", metavar="DATUM", default="",
                   help="sites: the coordinate system of the file's positions (gcj02, bd09, wgs84)")
    p = add("search", _command("search", "library"), "search the catalogue (or readers) as the search box does")
    p.add_argument("query")
    p.add_argument("--readers", action="store_true", help="search readers instead of titles")
    p.add_argument("--limit", type=LIMIT, default=None, metavar="N")
    p = add("list", _command("listing"), "list rows as text or JSON")
    p.add_argument("what", choices=LISTINGS)
    p.add_argument("--limit", type=LIMIT, default=None, metavar="N")
    p.add_argument("--site", default="", metavar="CODE", help="facilities, inspections: only this site's")
    p.add_argument("--kind", default="", help="facilities: only this kind (微波炉, microwave …)")
    p.add_argument("--status", default="", help="facilities: only this status (故障, broken …)")
    for flag in ("--open", "--overdue"):
        p.add_argument(flag, action="store_true", help=f"inspections: only those with {flag[2:]} rectifications")
    p = add("scan", _command("scan", "circulation"),
            "scan codes as at the desk (a reader card, then copies); exit status 1 when a scan was refused")
    p.add_argument("codes", nargs="+", metavar="CODE", help="codes in order; - reads them from stdin, one per line")
    p.add_argument("--site", "--room", dest="site", default="", metavar="CODE", help="the desk's reading room")
    mode = p.add_mutually_exclusive_group()
    mode.add_argument("--stocktake", type=whole_number("--stocktake", ROW_ID), metavar="ID",
                      help="scan copies into this open stocktake")
    mode.add_argument("--transfer", type=whole_number("--transfer", ROW_ID), metavar="ID",
                      help="scan copies into this open transfer")
    p.add_argument("--receive", action="store_true", help="with --transfer: receive its copies here")
    p = add("loans", _command("loans", "circulation"), "open loans by due date (with --all, returned ones too)")
    p.add_argument("--overdue", action="store_true", help="only loans past their due day")
    p.add_argument("--site", "--room", dest="site", default="", metavar="CODE", help="only loans made in this room")
    p.add_argument("--all", action="store_true", help="returned loans too")
    p.add_argument("--limit", type=LIMIT, default=None, metavar="N")
    p = add("ebook", _command("ebook", "ebooks"), "e-book licences and loans: add, list, loans, withdraw, revoke, slip")
    p.add_argument("action", choices=("add", "list", "loans", "withdraw", "revoke", "slip"))
    p.add_argument("target", nargs="?", metavar="LOAN_ID|CODE", help="revoke, slip: a loan number; withdraw: an E code")
    p.add_argument("--title-id", type=whole_number("--title-id", ROW_ID), metavar="N",
                   help="add: the title to lend as an e-book")
    p.add_argument("--url", metavar="URL", help="add: the reading address (http or https)")
    p.add_argument("--cap", type=whole_number("--cap", COUNT), metavar="N", help="add: how many may read at once")
    p.add_argument("--days", type=whole_number("--days", COUNT), default=90, metavar="N",
                   help="add: days a loan runs (default 90)")
    p.add_argument("--site", "--room", dest="site", default="", metavar="CODE",
                   help="add: the room whose E code it gets; loans: only loans made there")
    p.add_argument("--out", metavar="FILE.pdf", help="slip: where the PDF goes")
    p = add("labels", _command("labels", "labels"),
            "print book labels, spine labels, reader cards or asset tags to PDF; list or import label templates")
    p.add_argument("what", choices=LABEL_KINDS)
    p.add_argument("file", nargs="?", help="for import-templates: the gLabels template file")
    p.add_argument("--template", metavar="NAME", help="a template's name or slug (see: shuyi labels templates)")
    p.add_argument("--out", metavar="FILE.pdf")
    p.add_argument("--skip", type=whole_number("--skip", COUNT), default=0, metavar="N",
                   help="labels already used on the first sheet")
    p.add_argument("--only-unprinted", action="store_true", help="only copies whose label was never printed")
    p.add_argument("--since", type=_date, metavar="DATE", help="copies acquired (readers registered) since then")
    p.add_argument("--codes", nargs="+", metavar="CODE", help="exactly these copies or reader cards")
    p.add_argument("--room", "--site", dest="room", metavar="CODE", default="",
                   help="only this reading room's copies (assets: this site's asset tags)")
    p.add_argument("--from", dest="call_from", metavar="CALL", default="", help="call numbers from (e.g. I247)")
    p.add_argument("--to", dest="call_to", metavar="CALL", default="", help="call numbers up to (e.g. I247.57/20)")
    p.add_argument("--printer", default="", help="apply this printer's saved calibration (or, with "
                                                 "set-calibration, the printer to save it for)")
    for axis in ("x", "y"):
        p.add_argument(f"--offset-{axis}", type=float, default=0.0, metavar="MM",
                       help=f"set-calibration: move everything this far along {axis} (±10 mm)")
        p.add_argument(f"--scale-{axis}", type=float, default=1.0, metavar="FACTOR",
                       help=f"set-calibration: stretch along {axis} (0.9–1.1)")
    _station_commands(add)
    p = add("bench", _command("bench", "bench"), "run a benchmark on a synthetic database and print its figures")
    p.add_argument("name", choices=BENCHMARKS)
    p.add_argument("--rows", type=whole_number("--rows", COUNT), default=100_000, metavar="N",
                   help="CSV rows per import file (two files; default 100000, i.e. 200,000 titles)")
    p.add_argument("--runs", type=whole_number("--runs", BENCH_RUNS), default=5, metavar="N",
                   help="startup: launches of each window, the figures are medians (default 5)")
    p.add_argument("--stations", type=whole_number("--stations", BENCH_RUNS), default=100, metavar="N",
                   help="stations: how many stations the synthetic county has (default 100)")
    for option, default, what in (("--demand", 100_000, "demand points"), ("--candidates", 1_000, "candidates"),
                                  ("--fixed", 200, "fixed stations"), ("--add", 50, "stations to add")):
        p.add_argument(option, type=whole_number(option, COUNT), default=default, metavar="N",
                       help=f"coverage: {what} (default {default:,}); spopt's instance is 1/20, 1/2, 1/2, 1/2 of these")
    p = add("screenshot", _screenshot, "render one page of the main window offscreen to a PNG")
    p.add_argument("--page", choices=PAGE_KEYS, required=True)
    p.add_argument("--out", required=True, metavar="FILE.png")
    p.add_argument("--size", default=(1280, 800), type=_window_size, metavar="WxH")
    return parser


def _station_commands(add: Callable[[str, Handler, str], argparse.ArgumentParser]) -> None:
    """The station half's commands: each module of desktop.cli.parsers registers its own (`register(add)`); those
    modules import only argparse-level code, so parsing stays free of SQLAlchemy."""
    import importlib
    import pkgutil

    from desktop.cli import parsers

    for info in sorted(pkgutil.iter_modules(parsers.__path__), key=lambda m: m.name):
        importlib.import_module(f"{parsers.__name__}.{info.name}").register(add)


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a date like 2026-11-01, not {text!r}") from None


def _window_size(text: str) -> tuple[int, int]:
    try:
        width, height = (int(n) for n in text.lower().split("x"))
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected WIDTHxHEIGHT such as 1280x800, not {text!r}") from None
    if not (320 <= width <= 8000 and 240 <= height <= 8000):
        raise argparse.ArgumentTypeError(f"{text} is outside 320x240 … 8000x8000")
    return width, height


def _screenshot(args: argparse.Namespace, out: Printer) -> int:
    from desktop.ui.screenshot import take_screenshot  # Qt loads only for the commands that need it

    take_screenshot(db=args.db, page=args.page, out=args.out, lang=args.lang, size=args.size)
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    try:
        args = build_parser().parse_args(argv)
    except errors.ShuyiError as exc:  # a number outside what the domain allows, refused while parsing
        lang = lang_asked(sys.argv[1:] if argv is None else argv)
        Printer(lang).error(exc.message(lang))
        raise SystemExit(2) from None
    requested_lang = args.lang or os.environ.get("SHUYI_LANG") or None
    args.lang = normalise_language(requested_lang)
    out = Printer(args.lang)
    if args.command is None:
        from desktop.ui.app import run_gui

        return run_gui(db=args.db, lang=normalise_language(requested_lang) if requested_lang else None)
    try:
        return args.handler(args, out)
    except errors.ShuyiError as exc:
        out.error(exc.message(args.lang))
        return 2
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # the reader of our output went away (`shuyi list sites | head -1`)
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 141
    except Exception as exc:  # a bug, or the machine failing under us: one line, and the details on request
        if os.environ.get("SHUYI_DEBUG"):
            raise
        detail = f"{type(exc).__name__}: {exc}".splitlines()[0]
        with contextlib.suppress(OSError):
            out.error(out.tr(QT_TRANSLATE_NOOP("Cli", "unexpected error ({detail}); set SHUYI_DEBUG=1 for details"),
                             detail=detail))
        return 1
