"""Parsers of `shuyi standard`, `shuyi compliance` and `shuyi inspection` (handlers in desktop.cli.compliance and
desktop.cli.inspections, imported only when one runs)."""

from __future__ import annotations

import argparse
from collections.abc import Callable

from desktop.cli.arguments import LISTING_LIMIT, whole_number

Handler = Callable[[argparse.Namespace, object], int]
Add = Callable[[str, Handler, str], argparse.ArgumentParser]
STANDARD_ACTIONS = ("list", "show", "import", "edit", "assign")
INSPECTION_ACTIONS = ("add", "recheck", "fix", "list", "checklist", "show")


def _handler(name: str, module: str) -> Handler:
    def run(args: argparse.Namespace, out: object) -> int:
        import importlib

        return int(getattr(importlib.import_module(f"desktop.cli.{module}"), name)(args, out))

    return run


def register(add: Add) -> None:
    p = add("standard", _handler("standard", "compliance"),
            "standards (6+X, 七个一, 8个1, 六有, your own): list, show NAME, import FILE [--replace], "
            "edit NAME --stars T1,…,T5, assign SITE NAME")
    p.add_argument("action", choices=STANDARD_ACTIONS)
    p.add_argument("targets", nargs="*", metavar="ARG", help="show/edit: NAME; import: FILE; assign: SITE NAME")
    p.add_argument("--replace", action="store_true", help="import: replace your own standard of that name")
    p.add_argument("--stars", metavar="T1,T2,T3,T4,T5", help="edit: the percentages that earn 1 to 5 stars")
    p.add_argument("--clear", action="store_true", help="assign: the site has no standard of its own (六有 applies)")
    p = add("compliance", _handler("compliance", "compliance"),
            "which items of a standard a station meets and misses, with a star pre-score; without --site, every "
            "active station")
    p.add_argument("--site", default="", metavar="CODE")
    p.add_argument("--standard", default="", metavar="NAME",
                   help="default: the station's own standard, else 六有")
    p = add("inspection", _handler("inspection", "inspections"),
            "inspections and rectifications: add, recheck ID, fix ID, list, checklist, show ID")
    p.add_argument("action", choices=INSPECTION_ACTIONS)
    p.add_argument("id", nargs="?", metavar="ID",
                   help="recheck, fix: a rectification's number; show: an inspection's")
    p.add_argument("--site", default="", metavar="CODE")
    p.add_argument("--kind", default="", metavar="KIND",
                   help="add: 暗访|unannounced, 自查|self_check, 上级检查|superior")
    p.add_argument("--on", default="", metavar="DATE", help="the day of the inspection, re-check or fix (today)")
    p.add_argument("--inspector", default="", metavar="NAME")
    p.add_argument("--pass", dest="passed", action="append", nargs="?", const="", default=[], metavar="ITEM",
                   help="add: an item that passed (repeatable); recheck: the re-check passed")
    p.add_argument("--fail", dest="failed", action="append", nargs="?", const="", default=[], metavar="ITEM",
                   help="add: an item that failed (repeatable); recheck: the re-check failed (with --deadline)")
    p.add_argument("--deadline", default="", metavar="DATE", help="add, recheck --fail: when to have it put right")
    p.add_argument("--responsible", default="", metavar="NAME", help="add: who puts the failed items right")
    p.add_argument("--serious", action="store_true", help="add: the failed items are serious (downgrade warning)")
    p.add_argument("--note", default="", metavar="TEXT", help="fix: what the site did; add, recheck: a remark")
    p.add_argument("--open", action="store_true", help="list: only inspections with open rectifications")
    p.add_argument("--overdue", action="store_true", help="list: only those with overdue rectifications")
    p.add_argument("--limit", type=whole_number("--limit", LISTING_LIMIT), default=None, metavar="N")
