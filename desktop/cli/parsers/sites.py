"""`shuyi site add|edit|retire|reopen|show`: the site register from the command line.

Values a user types are taken as text and checked by the core, so every refusal is one translated line (an
argparse refusal would print its usage as well). An option left out of `site edit` leaves that attribute as it
is; given as "" it clears it.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable

from desktop.cli.output import Printer

Handler = Callable[[argparse.Namespace, Printer], int]
ACTIONS = ("add", "edit", "retire", "reopen", "show")
ATTRIBUTES = (
    ("--name", "the site's name"),
    ("--kind", "reading_room or service_station (职工书屋 / 服务站)"),
    ("--address", "its address"),
    ("--lng", "longitude, e.g. 119.7985"),
    ("--lat", "latitude, e.g. 33.4712"),
    ("--coords", "longitude and latitude as a map picker gives them: \"119.7985,33.4712\""),
    ("--crs", "the datum of the position: gcj02 (Gaode, Tencent), bd09 (Baidu) or wgs84 (GPS); default gcj02"),
    ("--station-kind", "户外劳动者服务站, 骑手之家, 卡友之家, 环卫驿站, 爱心母婴室, other … (or their keys)"),
    ("--build-mode", "integrate, enterprise, needs or park (整合现有资源建 …)"),
    ("--host-unit", "依托单位: the bank branch, petrol station, community centre or company housing it"),
    ("--hours", "opening hours, e.g. \"Mo-Fr 08:00-18:00; Sa,Su 09:00-17:00\" or \"24/7\""),
    ("--area", "floor area in m²"),
    ("--seats", "seats"),
    ("--manager", "the person in charge"),
    ("--phone", "the person in charge's phone (shown masked)"),
    ("--stars", "star rating, 1 to 5"),
    ("--stars-on", "the day the stars were awarded (2025-06-01)"),
    ("--stars-by", "who awarded them"),
    ("--standard", "the standard it is held to: 6+X, 七个一, 8个1, 六有 …"),
    ("--opened-on", "the day it opened (2021-06-15)"),
    ("--region-code", "行政区划代码 of its county or district"),
    ("--note", "a note"),
)


def _handler(name: str) -> Handler:
    def run(args: argparse.Namespace, out: Printer) -> int:
        import importlib

        handler: Handler = getattr(importlib.import_module("desktop.cli.sites"), name)
        return handler(args, out)

    return run


def register(add: Callable[[str, Handler, str], argparse.ArgumentParser]) -> None:
    p = add("site", _handler("site"), "the site register: add, edit, retire, re-open or show a reading room or "
                                      "service station")
    p.add_argument("action", choices=ACTIONS)
    p.add_argument("target", nargs="?", metavar="CODE", help="the site (add: or give --code)")
    p.add_argument("--code", default=None, help="add: the new site's code, 2 to 6 capital letters or digits")
    for option, help_text in ATTRIBUTES:
        p.add_argument(option, default=None, help=help_text)
    p.add_argument("--fact", action="append", default=[], metavar="FACT=yes|no",
                   help="record a fact as of today, e.g. on_maps=yes, 12351=yes, rules_posted=no (repeatable)")
