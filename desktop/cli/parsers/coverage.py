"""The `coverage` command: measures by default; gaps, site, stations; boundary import; demand import and grid.

`shuyi coverage [gaps|site|stations|boundary|demand] [import|grid] [FILE] [options]`. The engine's actions run
desktop.cli.coverage (measures, gaps, site, stations), the data's desktop.cli.coverage_data (boundary_import,
demand_import, demand_grid), each imported only when it runs.
"""

from __future__ import annotations

import argparse
import importlib
from collections.abc import Callable

from desktop.cli.arguments import whole_number
from desktop.cli.output import Printer
from desktop.core.bounded import Bound
from desktop.core.i18n import QT_TRANSLATE_NOOP

ACTIONS = ("gaps", "site", "stations", "boundary", "demand")
DATA_ACTIONS = {"boundary": ("import",), "demand": ("import", "grid")}
ENGINE_HANDLERS = {None: "measures", "gaps": "gaps", "site": "site", "stations": "stations"}
MODES = ("walk", "bike", "ebike", "car")
"""desktop.core.coverage.travel.MODES, kept here so that parsing loads no numpy (tests/cli checks they agree)."""
OBJECTIVES = ("cover", "cross", "all")
DATUMS = ("gcj02", "bd09", "wgs84")
NEW_STATIONS = Bound(1, 100_000)


def register(add: Callable[[str, Callable[[argparse.Namespace, Printer], int], str], argparse.ArgumentParser]
             ) -> None:
    p = add("coverage", run, "the 15-minute service circle: coverage, gaps, siting, stations; boundaries and demand")
    p.add_argument("action", nargs="?", choices=ACTIONS, help="none: the coverage figures")
    p.add_argument("sub", nargs="?", choices=("import", "grid"), metavar="import|grid",
                   help="boundary import FILE; demand import FILE; demand grid --cell METRES")
    p.add_argument("file", nargs="?", metavar="FILE", help="the file to import (GeoJSON; CSV, XLSX or GeoJSON)")
    travel = p.add_argument_group("travel")
    travel.add_argument("--mode", choices=MODES, default="walk",
                        help="walk 4.5 km/h, bike 15, ebike 20, car 30 (default walk)")
    travel.add_argument("--minutes", type=float, default=15.0, metavar="T", help="the time threshold (default 15)")
    travel.add_argument("--speed-kmh", type=float, default=None, metavar="S", help="instead of the mode's speed")
    travel.add_argument("--detour", type=float, default=1.3, metavar="F",
                        help="road distance ÷ straight line (default 1.3)")
    travel.add_argument("--include-rooms", action="store_true", help="count open reading rooms as stations too")
    engine = p.add_argument_group("gaps, site")
    engine.add_argument("--xlsx", metavar="FILE", help="gaps: write the gap list to this spreadsheet")
    engine.add_argument("--add", type=whole_number("--add", NEW_STATIONS), default=None, metavar="K",
                        help="site: how many stations to add (not with --objective all)")
    engine.add_argument("--candidates", default="demand", metavar="demand|grid|FILE",
                        help="site, stations: where new stations may go (default: the demand points)")
    engine.add_argument("--objective", choices=OBJECTIVES, default="cover",
                        help="site: cover (most demand within T), cross (covered + covered twice), all (fewest "
                             "stations covering all demand within reach)")
    engine.add_argument("--spacing", type=float, default=None, metavar="METRES",
                        help="site --candidates grid: the grid's spacing (default: half the travel radius)")
    engine.add_argument("--time-limit", type=_seconds, default=30.0, metavar="S",
                        help="site: seconds the exact solver may take (default 30); the greedy answer is kept")
    engine.add_argument("--greedy", action="store_true", help="site: the greedy answer only, with its bound")
    data = p.add_argument_group("boundaries and demand")
    data.add_argument("--crs", choices=DATUMS, default=None,
                      help="the datum of the file's coordinates (default: GCJ-02 for DataV files, WGS-84 for other "
                           "GeoJSON; a spreadsheet must say, here or in a 坐标系 column)")
    data.add_argument("--cell", type=float, default=None, metavar="METRES", help="demand grid: the cell size")
    data.add_argument("--layer", default=None, metavar="NAME",
                      help="demand import/grid: the layer to fill (default: the file's name, or 'grid N m'); "
                           "coverage: only this layer's demand")
    data.add_argument("--weight-column", default=None, metavar="NAME", help="demand import: the weight column")
    data.add_argument("--boundary", action="append", default=None, metavar="NAME",
                      help="demand grid: only this boundary (name or adcode; repeatable)")
    data.add_argument("--weight-layer", default=None, metavar="NAME",
                      help="demand grid: weigh each cell by this layer's points in it (cells without any dropped)")


def _seconds(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        value = float("nan")
    if not 0 < value <= 3600:
        raise argparse.ArgumentTypeError(f"expected seconds above 0 and at most 3600, not {text!r}")
    return value


def run(args: argparse.Namespace, out: Printer) -> int:
    if args.action in DATA_ACTIONS:
        if args.sub not in DATA_ACTIONS[args.action]:
            out.error(out.tr(QT_TRANSLATE_NOOP("Cli", "coverage {action} needs one of: {choices}"),
                             action=args.action, choices=", ".join(DATA_ACTIONS[args.action])))
            return 2
        module, name = "coverage_data", f"{args.action}_{args.sub}"
    else:
        if args.sub or args.file:
            out.error(out.tr(QT_TRANSLATE_NOOP("Cli", "coverage {action} takes no {word}"),
                             action=args.action or "", word=args.sub or args.file))
            return 2
        module, name = "coverage", ENGINE_HANDLERS[args.action]
    handler = getattr(importlib.import_module(f"desktop.cli.{module}"), name)
    return handler(args, out)
