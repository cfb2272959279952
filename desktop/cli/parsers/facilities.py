"""Parser of `shuyi facility …`: register facilities, change their status, log maintenance, plans, expiries, the
due calendar. Dates and amounts are read by the handler (one translated line when they are wrong)."""

from __future__ import annotations

import argparse
from collections.abc import Callable

from desktop.cli.arguments import LISTING_LIMIT, ROW_ID, whole_number

Handler = Callable[[argparse.Namespace, object], int]
ACTIONS = ("add", "edit", "status", "service", "plan", "expiry", "due", "show")


def _handler(name: str) -> Handler:
    """desktop.cli.facilities.<name>, imported only when the command runs."""

    def run(args: argparse.Namespace, out: object) -> int:
        import importlib

        return int(getattr(importlib.import_module("desktop.cli.facilities"), name)(args, out))

    return run


def register(add: Callable[..., argparse.ArgumentParser]) -> None:
    p = add("facility", _handler("facility"),
            "station facilities: add, edit, status, service (maintenance log), plan, expiry, due, show")
    p.add_argument("action", choices=ACTIONS)
    p.add_argument("target", nargs="*", metavar="CODE [STATUS]",
                   help="the asset tag (A…); for status, then the new status (故障, broken, 在用, in_use …)")
    p.add_argument("--site", default="", metavar="CODE", help="add: the site; due: only this site")
    p.add_argument("--kind", default="", help="add, edit: the facility kind (微波炉, microwave …)")
    p.add_argument("--status", default="", help="add: the status it starts with (default 在用 / in_use)")
    p.add_argument("--brand", default=None)
    p.add_argument("--model", default=None)
    p.add_argument("--serial", dest="serial_no", default=None, help="the maker's serial number")
    p.add_argument("--acquired", default=None, metavar="DATE", help="when it was acquired (not in the future)")
    p.add_argument("--source", default=None, help="union (工会配发), host (依托单位自有) or donated (捐赠)")
    p.add_argument("--quantity", type=whole_number("--quantity", LISTING_LIMIT), default=None, metavar="N",
                   help="for counted kinds (桌椅, 雨具, 灭火器): how many like things the tag stands for")
    p.add_argument("--note", default=None, help="add, edit: a note; status: why it changed")
    p.add_argument("--on", default=None, metavar="DATE", help="status, service: the date (default today)")
    p.add_argument("--work", default="", help="service: what was done")
    p.add_argument("--by", default="", help="service: who did it")
    p.add_argument("--cost", default=None, metavar="YUAN", help="service: what it cost, in yuan (120.50)")
    p.add_argument("--plan", type=whole_number("--plan", ROW_ID), default=None, metavar="ID",
                   help="service: the plan this work fulfils")
    p.add_argument("--every", type=whole_number("--every", LISTING_LIMIT), default=None, metavar="N",
                   help="plan: every N months")
    p.add_argument("--season", default=None, metavar="summer|winter",
                   help="plan: before summer (due 1 June, 夏季送清凉) or winter (due 1 November, 冬季送温暖)")
    p.add_argument("--task", default="", help="plan: what is to be done")
    p.add_argument("--starts", default=None, metavar="DATE", help="plan: when it starts (default today)")
    p.add_argument("--item", default="", help="expiry: what runs out (碘伏, 灭火器有效期, AED电极片)")
    p.add_argument("--expires", default=None, metavar="DATE", help="expiry: the date it runs out")
    p.add_argument("--removed", action="store_true", help="expiry: close the item's open date with no next one")
    p.add_argument("--days", type=whole_number("--days", LISTING_LIMIT), default=60, metavar="N",
                   help="due: what falls due within N days, besides everything overdue (default 60)")
