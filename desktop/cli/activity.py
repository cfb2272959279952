"""`shuyi service`, `shuyi visits`, `shuyi roster`: services held, visitor tallies and the duty roster of stations.

JSON names are stable English: a category or an occupation is its term's key (skills, delivery_rider …). Each
refusal is one line on stderr with nothing changed.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from desktop.cli.commands import open_database
from desktop.cli.output import Printer
from desktop.core import bounded, errors
from desktop.core.i18n import QT_TRANSLATE_NOOP
from desktop.core.stations.roster import Gap, RosterCheck, ShiftInfo
from desktop.core.stations.service_events import NewService, ServiceInfo
from desktop.core.stations.terms import Vocabulary

WEEKDAYS = (QT_TRANSLATE_NOOP("Cli", "Mon"), QT_TRANSLATE_NOOP("Cli", "Tue"), QT_TRANSLATE_NOOP("Cli", "Wed"),
            QT_TRANSLATE_NOOP("Cli", "Thu"), QT_TRANSLATE_NOOP("Cli", "Fri"), QT_TRANSLATE_NOOP("Cli", "Sat"),
            QT_TRANSLATE_NOOP("Cli", "Sun"))


def _need(out: Printer, missing: bool, text: str) -> bool:
    if missing:
        out.error(out.tr(text))
    return missing


def _named(out: Printer, zh: str, en: str) -> str:
    return en if out.lang.startswith("en") and en else zh


# -- services ----------------------------------------------------------------------------------------------------
def service_json(info: ServiceInfo) -> dict[str, Any]:
    return {"id": info.id, "site": info.site, "category": info.category, "held_on": info.held_on.isoformat(),
            "hours": info.hours, "title": info.title, "organiser": info.organiser, "attendance": info.attendance,
            "note": info.note}


def service(args: argparse.Namespace, out: Printer) -> int:
    if args.action == "add" and _need(out, not (args.site and args.category and args.title and args.hours),
                                      QT_TRANSLATE_NOOP("Cli", "Say where, what and how long: --site CODE --category "
                                                               "NAME --title TEXT --hours H")):
        return 2
    with open_database(args, out, create=False) as app:
        if args.action == "add":
            today = args.on or app.uow.clock().today
            info = app.activity.add_service(NewService(
                site_code=args.site, category=args.category, title=args.title, held_on=today, hours=args.hours,
                attendance=args.attendance, organiser=args.organiser, note=args.note))
            if args.json:
                out.json(service_json(info))
            else:
                out.say(QT_TRANSLATE_NOOP("Cli", "Recorded service {id} at {site}: {category} “{title}” on {day}, "
                                                 "{hours} h, {people} attended"),
                        id=info.id, site=info.site, category=_named(out, info.category_zh, info.category_en),
                        title=info.title, day=info.held_on.isoformat(), hours=f"{info.hours:g}",
                        people=info.attendance)
            return 0
        query = {"site_code": args.site or None, "category": args.category or None, "start": args.start,
                 "end": args.end}
        if args.by == "category":
            totals = app.activity.service_totals(**query)
            if args.json:
                out.json([{"category": t.category, "events": t.events, "hours": t.hours, "attendance": t.attendance}
                          for t in totals])
            else:
                out.table([QT_TRANSLATE_NOOP("Cli", "Category"), QT_TRANSLATE_NOOP("Cli", "Events"),
                           QT_TRANSLATE_NOOP("Cli", "Hours"), QT_TRANSLATE_NOOP("Cli", "Attendance")],
                          [(_named(out, t.name_zh, t.name_en), t.events, f"{t.hours:g}", t.attendance)
                           for t in totals])
            return 0
        found = app.activity.services(**query, limit=args.limit)
    if args.json:
        out.json([service_json(s) for s in found])
    else:
        out.table([QT_TRANSLATE_NOOP("Cli", "Id"), QT_TRANSLATE_NOOP("Cli", "Station"),
                   QT_TRANSLATE_NOOP("Cli", "Date"), QT_TRANSLATE_NOOP("Cli", "Category"),
                   QT_TRANSLATE_NOOP("Cli", "Title"),
                   QT_TRANSLATE_NOOP("Cli", "Hours"), QT_TRANSLATE_NOOP("Cli", "Attendance"),
                   QT_TRANSLATE_NOOP("Cli", "Organiser")],
                  [(s.id, s.site, s.held_on.isoformat(), _named(out, s.category_zh, s.category_en), s.title,
                    f"{s.hours:g}", s.attendance, s.organiser) for s in found])
    return 0


# -- visitors ----------------------------------------------------------------------------------------------------
def _counts(args: argparse.Namespace) -> dict[str, int]:
    """--occupation X --count N, or --count X=N as often as needed; numbers refused before anything is opened."""
    counts: dict[str, int] = {}
    bound = bounded.bounds.VISITS_A_DAY
    for text in args.count:
        name, sep, number = text.replace("＝", "=").partition("=")
        if not sep:
            name, number = args.occupation, text
        if not name.strip():
            raise errors.CountPairInvalid(text=text)
        value = bounded.whole_number(number, bounded.Bound(-bound.high, bound.high), "--count")
        counts[name.strip()] = counts.get(name.strip(), 0) + value
    return counts


def visits(args: argparse.Namespace, out: Printer) -> int:
    if args.action == "add":
        if _need(out, not args.site or not args.count, QT_TRANSLATE_NOOP(
                "Cli", "Say where and how many: --site CODE --occupation NAME --count N (or --count NAME=N)")):
            return 2
        counts = _counts(args)
    if args.action == "import" and _need(out, not args.file, QT_TRANSLATE_NOOP(
            "Cli", "Give the file: shuyi visits import FILE [--site CODE]")):
        return 2
    with open_database(args, out, create=False) as app:
        if args.action == "add":
            day = args.on or app.uow.clock().today
            tally = app.activity.tally(args.site, day, counts, replace=args.replace)
            if args.json:
                out.json({"site": tally.site, "day": tally.day.isoformat(), "total": tally.total,
                          "counts": tally.counts})
            else:
                out.say(QT_TRANSLATE_NOOP("Cli", "{site} on {day}: {total} visitors so far"), site=tally.site,
                        day=tally.day.isoformat(), total=tally.total)
            return 0
        if args.action == "import":
            return _imported(args, out, app.activity.import_visits(Path(args.file), site_code=args.site))
        return _visit_list(args, out, app)


def _imported(args: argparse.Namespace, out: Printer, report: Any) -> int:
    for r in report.rejected:
        out.error(out.tr(QT_TRANSLATE_NOOP("Cli", "row {n}: {reason}"), n=r.position.number,
                         reason=r.explanation(out.lang)))
    if args.json:
        out.json({"file": report.path, "layout": report.layout, "read": report.read, "figures": report.figures,
                  "changed": report.changed,
                  "rejected": [{"row": r.position.number, "error": r.error.code if r.error else None,
                                "reason": r.explanation("en")} for r in report.rejected]})
    else:
        out.say(QT_TRANSLATE_NOOP("Cli", "{read} rows read: {figures} counts in, {changed} of them changed, "
                                         "{rejected} rows refused"),
                read=report.read, figures=report.figures, changed=report.changed, rejected=len(report.rejected))
    return 0 if report.figures or not report.rejected else 1


def _visit_list(args: argparse.Namespace, out: Printer, app: Any) -> int:
    where = {"site_code": args.site or None, "start": args.start, "end": args.end}
    if args.by == "occupation":
        totals = app.activity.occupation_totals(**where)
        if args.json:
            out.json([{"occupation": t.occupation, "visits": t.visits} for t in totals])
        else:
            out.table([QT_TRANSLATE_NOOP("Cli", "Occupation"), QT_TRANSLATE_NOOP("Cli", "Visitors")],
                      [(_named(out, t.name_zh, t.name_en), t.visits) for t in totals])
        return 0
    rows = app.activity.visit_totals(by=args.by, **where)
    if args.json:
        out.json([{"site": r.site, args.by: r.period, "total": r.total, "counts": r.counts} for r in rows])
    else:
        names = {t.key: _named(out, t.name_zh, t.name_en) for t in app.terms.list(Vocabulary.OCCUPATION)}
        out.table([QT_TRANSLATE_NOOP("Cli", "Station"), QT_TRANSLATE_NOOP("Cli", "Period"),
                   QT_TRANSLATE_NOOP("Cli", "Visitors"), QT_TRANSLATE_NOOP("Cli", "By occupation")],
                  [(r.site, r.period, r.total, "、".join(f"{names.get(k, k)} {n}" for k, n in r.counts.items()))
                   for r in rows])
    return 0


# -- the duty roster ---------------------------------------------------------------------------------------------
def shift_json(s: ShiftInfo) -> dict[str, Any]:
    return {"id": s.id, "site": s.site, "weekday": s.day, "start": s.span[:5], "end": s.span[6:],
            "person": s.person}


def _gap_json(g: Gap) -> dict[str, Any]:
    return {"weekday": g.day, "start": g.span[:5], "end": g.span[6:], "minutes": g.minutes,
            **({"person": g.person} if g.person else {})}


def roster(args: argparse.Namespace, out: Printer) -> int:
    if _need(out, not args.site, QT_TRANSLATE_NOOP("Cli", "Say which site: --site CODE")):
        return 2
    if args.action == "add" and _need(out, not (args.days and args.time and args.person), QT_TRANSLATE_NOOP(
            "Cli", "Say when and who: --days Mo-Fr --time 08:00-14:00 --person NAME")):
        return 2
    if args.action == "remove" and _need(out, not args.shift, QT_TRANSLATE_NOOP(
            "Cli", "Give the shift's number: shuyi roster remove SHIFT_ID --site CODE")):
        return 2
    with open_database(args, out, create=False) as app:
        if args.action == "check":
            return _checked(args, out, app.activity.check_roster(args.site))
        if args.action == "add":
            shifts = app.activity.add_shifts(args.site, args.days, args.time, args.person)
        elif args.action == "remove":
            shifts = [app.activity.remove_shift(args.site, args.shift)]
        else:
            shifts = app.activity.shifts(args.site)
    if args.json:
        out.json([shift_json(s) for s in shifts])
    else:
        out.table([QT_TRANSLATE_NOOP("Cli", "Id"), QT_TRANSLATE_NOOP("Cli", "Day"), QT_TRANSLATE_NOOP("Cli", "Time"),
                   QT_TRANSLATE_NOOP("Cli", "On duty")],
                  [(s.id, out.tr(WEEKDAYS[s.weekday]), s.span, s.person) for s in shifts])
    return 0


def _checked(args: argparse.Namespace, out: Printer, check: RosterCheck) -> int:
    if args.json:
        out.json({"site": check.site, "hours": check.hours, "shifts": check.shifts, "covered": check.covered,
                  "uncovered": [_gap_json(g) for g in check.uncovered],
                  "outside": [_gap_json(g) for g in check.outside]})
        return 0
    if not check.hours:
        out.say(QT_TRANSLATE_NOOP("Cli", "{site} has no opening hours recorded: there is nothing to check the roster "
                                         "against"), site=check.site)
        return 0
    out.say(QT_TRANSLATE_NOOP("Cli", "{site} is open {hours}; {n} shifts on the roster"), site=check.site,
            hours=check.hours, n=check.shifts)
    if not check.uncovered:
        out.say(QT_TRANSLATE_NOOP("Cli", "Every open hour has someone on duty."))
    for g in check.uncovered:
        out.say(QT_TRANSLATE_NOOP("Cli", "  no one on duty: {day} {span}"), day=out.tr(WEEKDAYS[g.weekday]),
                span=g.span)
    for g in check.outside:
        out.say(QT_TRANSLATE_NOOP("Cli", "  on duty while closed: {day} {span} ({person})"),
                day=out.tr(WEEKDAYS[g.weekday]), span=g.span, person=g.person)
    return 0

