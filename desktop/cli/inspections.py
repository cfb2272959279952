"""`shuyi inspection add|recheck|fix|list|checklist|show` and `shuyi list inspections`: inspections at stations and
the rectifications (整改) their failed items open."""

from __future__ import annotations

import argparse
import datetime as dt
from typing import Any

from desktop.cli.arguments import ROW_ID
from desktop.cli.commands import open_database
from desktop.cli.output import Printer
from desktop.core import bounded
from desktop.core.i18n import QT_TRANSLATE_NOOP, translate
from desktop.core.stations.inspections import KIND_NAMES, Failed, NewInspection, parse_day
from desktop.core.stations.inspections_view import InspectionInfo, RectificationInfo

NEEDS = {
    "add": QT_TRANSLATE_NOOP("Cli", "Say where and what kind: shuyi inspection add --site CODE --kind 暗访 "
                                    "[--pass ITEM …] [--fail ITEM … --deadline DATE]"),
    "recheck": QT_TRANSLATE_NOOP("Cli", "Give the rectification's number: shuyi inspection recheck ID --pass "
                                        "(or --fail --deadline DATE)"),
    "fix": QT_TRANSLATE_NOOP("Cli", "Give the rectification's number and what was done: shuyi inspection fix ID "
                                    "--note TEXT"),
    "show": QT_TRANSLATE_NOOP("Cli", "Give the inspection's number: shuyi inspection show ID"),
    "checklist": QT_TRANSLATE_NOOP("Cli", "Name the site: shuyi inspection checklist --site CODE"),
}
BOTH = QT_TRANSLATE_NOOP("Cli", "A re-check either passes (--pass) or fails (--fail --deadline DATE), not both")


def _day(text: str) -> dt.date | None:
    return parse_day(text) if text.strip() else None


def _iso(day: dt.date | None) -> str | None:
    return day.isoformat() if day else None


def rectification_json(r: RectificationInfo, lang: str) -> dict[str, Any]:
    return {"id": r.id, "inspection_id": r.inspection_id, "site": r.site_code, "item": r.item,
            "label": r.label(lang), "serious": r.serious, "responsible": r.responsible,
            "deadline": r.deadline.isoformat(), "status": r.status.value, "closed_on": _iso(r.closed_on),
            "overdue": r.overdue,
            "rechecks": [{"id": c.id, "date": c.checked_on.isoformat(), "passed": c.passed, "inspector": c.inspector,
                          "new_deadline": _iso(c.new_deadline), "note": c.note} for c in r.rechecks],
            "fixes": [{"date": day.isoformat(), "note": note} for day, note in r.fixes]}


def inspection_json(i: InspectionInfo, lang: str) -> dict[str, Any]:
    return {"id": i.id, "site": i.site_code, "site_name": i.site_name, "kind": i.kind.value,
            "date": i.inspected_on.isoformat(), "inspector": i.inspector, "standard": i.standard, "note": i.note,
            "passed": [f.item for f in i.findings if f.passed], "failed": [f.item for f in i.findings if not f.passed],
            "findings": [{"item": f.item, "label": f.label(lang), "passed": f.passed, "serious": f.serious}
                         for f in i.findings],
            "rectification_ids": [r.id for r in i.rectifications],
            "rectifications": [rectification_json(r, lang) for r in i.rectifications]}


def _id(args: argparse.Namespace) -> int | None:
    text = args.id
    if text is None:  # `recheck --pass 7`: the number went to --pass
        text = next((v for v in (*args.passed, *args.failed) if v.strip().isdigit()), None)
    return bounded.whole_number(text, ROW_ID, "ID") if text is not None else None


def inspection(args: argparse.Namespace, out: Printer) -> int:
    if args.action == "list":
        return list_inspections(args, out)
    number = _id(args) if args.action in ("recheck", "fix", "show") else None
    missing = ((args.action == "add" and (not args.site or not args.kind))
               or (args.action in ("recheck", "fix", "show") and number is None)
               or (args.action == "fix" and not args.note.strip()) or (args.action == "checklist" and not args.site))
    if missing:
        out.error(out.tr(NEEDS[args.action]))
        return 2
    if args.action == "recheck" and args.passed and args.failed:
        out.error(out.tr(BOTH))
        return 2
    with open_database(args, out, create=False) as app:
        service = app.inspections
        if args.action == "checklist":
            return _checklist(args, out, service.checklist(args.site))
        if args.action == "add":
            new = NewInspection(
                site_code=args.site, kind=args.kind, inspected_on=_day(args.on), inspector=args.inspector,
                note=args.note, passed=tuple(args.passed),
                failed=tuple(Failed(item, _day(args.deadline), args.responsible, args.serious) for item in args.failed))
            added = service.add(new)
            return _said_inspection(args, out, service.get(added.inspection_id))
        if args.action == "show":
            assert number is not None
            return _said_inspection(args, out, service.get(number))
        assert number is not None
        if args.action == "recheck":
            passed = True if args.passed else False if args.failed else None
            found = service.recheck(number, passed=passed, on=_day(args.on), new_deadline=_day(args.deadline),
                                    inspector=args.inspector, note=args.note)
        else:
            found = service.record_fix(number, args.note, on=_day(args.on))
    if args.json:
        out.json(rectification_json(found, out.lang))
    else:
        _say_rectification(out, found)
    return 0


def _checklist(args: argparse.Namespace, out: Printer, items: list) -> int:  # noqa: ANN401
    en = out.lang.startswith("en")
    if args.json:
        out.json([{"key": i.key, "label": i.label_en if en else i.label_zh, "from_standard": i.from_standard}
                  for i in items])
    else:
        out.table([QT_TRANSLATE_NOOP("Cli", "Key"), QT_TRANSLATE_NOOP("Cli", "Item")],
                  [(i.key, i.label_en if en else i.label_zh) for i in items])
    return 0


def _kind(info: InspectionInfo | RectificationInfo, lang: str) -> str:
    zh, en = KIND_NAMES[info.kind]
    return translate("Inspections", en, lang) if lang.startswith("en") else zh


def _said_inspection(args: argparse.Namespace, out: Printer, info: InspectionInfo) -> int:
    if args.json:
        out.json(inspection_json(info, out.lang))
        return 0
    out.say(QT_TRANSLATE_NOOP("Cli", "Inspection {id}: {kind} at {site} {name} on {date}"), id=info.id,
            kind=_kind(info, out.lang), site=info.site_code, name=info.site_name, date=info.inspected_on.isoformat())
    by_item = {r.item: r for r in info.rectifications}
    rows = []
    for f in info.findings:
        r = by_item.get(f.item)
        rows.append(("✓" if f.passed else "✗", f.item, f.label(out.lang),
                     out.tr(QT_TRANSLATE_NOOP("Cli", "rectification {id}, by {deadline}"), id=r.id,
                            deadline=r.deadline.isoformat()) if r else ""))
    out.table(["", "", "", ""], rows)
    return 0


def _say_rectification(out: Printer, r: RectificationInfo) -> None:
    if r.status.value == "closed":
        out.say(QT_TRANSLATE_NOOP("Cli", "Rectification {id} ({item}) at {site}: closed on {date}"), id=r.id,
                item=r.label(out.lang), site=r.site_code, date=_iso(r.closed_on))
    else:
        out.say(QT_TRANSLATE_NOOP("Cli", "Rectification {id} ({item}) at {site}: open, deadline {date}"), id=r.id,
                item=r.label(out.lang), site=r.site_code, date=r.deadline.isoformat())


def list_inspections(args: argparse.Namespace, out: Printer) -> int:
    """`shuyi list inspections` and `shuyi inspection list`: newest first; --open/--overdue keep the inspections
    with such rectifications, and only those."""
    with open_database(args, out, create=False) as app:
        rows = app.inspections.list(site_code=args.site or None, open_only=args.open, overdue_only=args.overdue,
                                    limit=args.limit)
        warnings = app.inspections.downgrade_warnings(site_code=args.site or None)
    if args.json:
        out.json([inspection_json(i, out.lang) for i in rows])
        return 0
    table = []
    for i in rows:
        open_ones = [r for r in i.rectifications if r.status.value == "open"]
        overdue = [r for r in open_ones if r.overdue]
        table.append((i.id, i.inspected_on.isoformat(), i.site_code, _kind(i, out.lang),
                      sum(f.passed for f in i.findings), sum(not f.passed for f in i.findings),
                      ", ".join(f"{r.id}:{r.item}{'!' if r.overdue else ''}" for r in open_ones), len(overdue)))
    out.table([QT_TRANSLATE_NOOP("Cli", "No."), QT_TRANSLATE_NOOP("Cli", "Date"), QT_TRANSLATE_NOOP("Cli", "Site"),
               QT_TRANSLATE_NOOP("Cli", "Kind"), QT_TRANSLATE_NOOP("Cli", "Passed"),
               QT_TRANSLATE_NOOP("Cli", "Failed"), QT_TRANSLATE_NOOP("Cli", "Open rectifications"),
               QT_TRANSLATE_NOOP("Cli", "Overdue")], table)
    for w in warnings:
        out.say(QT_TRANSLATE_NOOP("Cli", "{site} {name}: downgrade warning, serious rectification(s) {ids} open; the "
                                         "stars awarded are not changed by Shuyi"),
                site=w.site_code, name=w.site_name, ids=", ".join(map(str, w.rectification_ids)))
    return 0
