"""Parsers of `shuyi service`, `shuyi visits` and `shuyi roster`: what a station does and who comes."""

from __future__ import annotations

import argparse
import datetime as dt
import math
from collections.abc import Callable
from typing import Any

from desktop.cli.arguments import LISTING_LIMIT, whole_number
from desktop.core import errors
from desktop.core.stations.visits_days import parse_day

Handler = Callable[[argparse.Namespace, Any], int]
SERVICE_ACTIONS = ("add", "list")
VISIT_ACTIONS = ("add", "import", "list")
ROSTER_ACTIONS = ("add", "list", "check", "remove")


def _handler(name: str) -> Handler:
    """A handler in desktop.cli.activity, imported only when the command runs."""

    def run(args: argparse.Namespace, out: Any) -> int:
        import importlib

        handler: Handler = getattr(importlib.import_module("desktop.cli.activity"), name)
        return handler(args, out)

    return run


def day(text: str) -> dt.date:
    """--on, --from, --to: a day (2026-05-01, 2026/5/1, 2026年5月1日); refused in one line otherwise."""
    return parse_day(text)


def hours(text: str) -> float:
    try:
        value = float(text.strip())
    except ValueError:
        raise errors.InvalidServiceHours(value=text.strip()[:24]) from None
    if not math.isfinite(value) or not 0 < value <= 24:
        raise errors.InvalidServiceHours(value=text.strip()[:24])
    return value


def _period(p: argparse.ArgumentParser) -> None:
    p.add_argument("--from", dest="start", type=day, metavar="DATE", help="list: from this day (included)")
    p.add_argument("--to", dest="end", type=day, metavar="DATE", help="list: up to this day (included)")


def register(add: Callable[[str, Handler, str], argparse.ArgumentParser]) -> None:
    p = add("service", _handler("service"), "services held at stations (思想引领, 技能培训 …): add one, list them")
    p.add_argument("action", choices=SERVICE_ACTIONS)
    p.add_argument("--site", default="", metavar="CODE", help="the station (list: only its services)")
    p.add_argument("--category", default="", metavar="NAME", help="a service category: 技能培训, skills …")
    p.add_argument("--title", default="", help="add: what the service was")
    p.add_argument("--on", type=day, metavar="DATE", help="add: the day it was held (default today)")
    p.add_argument("--hours", type=hours, metavar="H", help="add: how long it lasted (more than 0, at most 24)")
    p.add_argument("--attendance", type=whole_number("--attendance", LISTING_LIMIT), default=0, metavar="N",
                   help="add: how many came")
    p.add_argument("--organiser", default="", metavar="NAME", help="add: who organised it")
    p.add_argument("--note", default="")
    p.add_argument("--by", choices=("category",), help="list: totals per category instead of events")
    p.add_argument("--limit", type=whole_number("--limit", LISTING_LIMIT), default=None, metavar="N")
    _period(p)

    p = add("visits", _handler("visits"), "visitor counts (人次) by occupation: add a tally, import a sheet, list")
    p.add_argument("action", choices=VISIT_ACTIONS)
    p.add_argument("file", nargs="?", metavar="FILE", help="import: a CSV or XLSX file")
    p.add_argument("--site", default="", metavar="CODE",
                   help="the station (import: for a file without a 站点 column; list: only this station)")
    p.add_argument("--on", type=day, metavar="DATE", help="add: the day counted (default today)")
    p.add_argument("--occupation", default="", metavar="NAME", help="add: the occupation of --count N")
    p.add_argument("--count", action="append", default=[], metavar="N|OCCUPATION=N",
                   help="add: visitors; repeat as --count 外卖骑手=12 --count 快递员=3 for several occupations")
    p.add_argument("--replace", action="store_true",
                   help="add: set the day's figures to these counts instead of adding to them")
    p.add_argument("--by", choices=("day", "month", "occupation"), default="day", help="list: how to group")
    _period(p)

    p = add("roster", _handler("roster"), "the duty roster (排班) of a site: add shifts, list, check against hours")
    p.add_argument("action", choices=ROSTER_ACTIONS)
    p.add_argument("shift", nargs="?", type=whole_number("SHIFT_ID", LISTING_LIMIT), metavar="SHIFT_ID",
                   help="remove: the shift's number (see roster list)")
    p.add_argument("--site", default="", metavar="CODE", help="the site (required)")
    p.add_argument("--days", default="", metavar="DAYS", help="add: Mo-Fr, Sa,Su, 周一至周五 …")
    p.add_argument("--time", default="", metavar="HH:MM-HH:MM",
                   help="add: 08:00-14:00 (22:00-06:00 runs past midnight)")
    p.add_argument("--person", default="", metavar="NAME", help="add: who is on duty")
