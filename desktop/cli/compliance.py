"""`shuyi standard …` and `shuyi compliance`: standards held as data, and which items a station meets or misses."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from desktop.cli.commands import open_database
from desktop.cli.output import Printer
from desktop.core.i18n import QT_TRANSLATE_NOOP, translate
from desktop.core.stations.compliance import ItemResult, SiteCompliance
from desktop.core.stations.compliance_words import CAPPED, say
from desktop.core.stations.inspections_view import DowngradeWarning
from desktop.core.stations.standards import DEFAULT_STANDARD, REQUIRED_CAP, StandardInfo

_USAGE = {
    "show": QT_TRANSLATE_NOOP("Cli", "Name the standard: shuyi standard show NAME"),
    "import": QT_TRANSLATE_NOOP("Cli", "Give the file: shuyi standard import FILE [--replace]"),
    "edit": QT_TRANSLATE_NOOP("Cli", "Name the standard and its thresholds: shuyi standard edit NAME --stars "
                                     "20,40,60,80,100"),
    "assign": QT_TRANSLATE_NOOP("Cli", "Name the site and the standard: shuyi standard assign SITE NAME (or SITE "
                                       "--clear)"),
}
WARNING = QT_TRANSLATE_NOOP("Cli", "Downgrade warning: {n} serious rectification(s) open ({ids}); the stars "
                                   "awarded are not changed by Shuyi")


def standard_json(info: StandardInfo) -> dict[str, Any]:
    return {"name": info.name, "title": info.title, "region": info.region, "description": info.description,
            "builtin": info.builtin, "stars": ",".join(map(str, info.thresholds)), "thresholds": list(info.thresholds),
            "sites": info.sites,
            "items": [{"key": i.key, "label": i.label_zh, "label_en": i.label_en, "required": i.required,
                       "weight": i.weight, "needs_all": i.needs_all, "kinds": list(i.kinds),
                       "fact": i.fact.value if i.fact else None} for i in info.items]}


def _needs(args: argparse.Namespace, out: Printer, count: int) -> bool:
    if len(args.targets) >= count or (args.action == "assign" and args.clear and args.targets):
        return True
    out.error(out.tr(_USAGE[args.action]))
    return False


def standard(args: argparse.Namespace, out: Printer) -> int:
    wanted = {"list": 0, "show": 1, "import": 1, "edit": 1, "assign": 2}[args.action]
    if not _needs(args, out, wanted):
        return 2
    if args.action == "edit" and not args.stars:
        out.error(out.tr(_USAGE["edit"]))
        return 2
    with open_database(args, out, create=False) as app:
        service = app.standards
        if args.action == "list":
            return _list(args, out, service.list())
        if args.action == "assign":
            site = args.targets[0]
            info = service.assign(site, None if args.clear else args.targets[1])
            if args.json:
                out.json({"site": site.strip().upper(), "standard": info.name if info else None})
            elif info is None:
                out.say(QT_TRANSLATE_NOOP("Cli", "{site} has no standard of its own now: {default} applies"),
                        site=site.strip().upper(), default=DEFAULT_STANDARD)
            else:
                out.say(QT_TRANSLATE_NOOP("Cli", "{site} is held to {name} now"), site=site.strip().upper(),
                        name=info.name)
            return 0
        if args.action == "import":
            info = service.import_file(Path(args.targets[0]), replace=args.replace)
        elif args.action == "edit":
            info = service.set_thresholds(args.targets[0], args.stars)
        else:
            info = service.get(args.targets[0])
    if args.json:
        out.json(standard_json(info))
        return 0
    if args.action == "import":
        out.say(QT_TRANSLATE_NOOP("Cli", "Imported the standard {name} with {n} items"), name=info.name,
                n=len(info.items))
    _show(out, info)
    return 0


def _list(args: argparse.Namespace, out: Printer, rows: list[StandardInfo]) -> int:
    if args.json:
        out.json([standard_json(s) for s in rows])
        return 0
    out.table([QT_TRANSLATE_NOOP("Cli", "Name"), QT_TRANSLATE_NOOP("Cli", "Region"), QT_TRANSLATE_NOOP("Cli", "Items"),
               QT_TRANSLATE_NOOP("Cli", "Stars from (%)"), QT_TRANSLATE_NOOP("Cli", "Sites"),
               QT_TRANSLATE_NOOP("Cli", "Title")],
              [(s.name, s.region, len(s.items), ",".join(map(str, s.thresholds)), s.sites, s.title) for s in rows])
    return 0


def _show(out: Printer, info: StandardInfo) -> None:
    out.say(QT_TRANSLATE_NOOP("Cli", "{name}: {title} ({region}); stars from {stars} %"), name=info.name,
            title=info.title or "-", region=info.region or "-", stars=",".join(map(str, info.thresholds)))
    rows = []
    for i in info.items:
        meets = i.fact.value if i.fact else ("+" if i.needs_all else " / ").join(i.kind_names)
        rows.append((i.key, i.label(out.lang), out.tr(QT_TRANSLATE_NOOP("Cli", "required")) if i.required else "",
                     i.weight, meets))
    out.table([QT_TRANSLATE_NOOP("Cli", "Key"), QT_TRANSLATE_NOOP("Cli", "Item"), "",
               QT_TRANSLATE_NOOP("Cli", "Weight"), QT_TRANSLATE_NOOP("Cli", "Met by")], rows)


def item_json(result: ItemResult, lang: str) -> dict[str, Any]:
    i = result.item
    return {"key": i.key, "label": i.label(lang), "required": i.required, "weight": i.weight,
            "reason": say(result.reason, lang)}


def compliance_json(found: SiteCompliance, warning: DowngradeWarning | None, lang: str) -> dict[str, Any]:
    return {"site": found.site_code, "site_name": found.site_name, "standard": found.standard,
            "own_standard": found.own_standard, "met": [item_json(r, lang) for r in found.met],
            "missing": [item_json(r, lang) for r in found.missing], "score": found.score, "stars": found.stars,
            "capped": found.capped, "thresholds": list(found.thresholds), "rule": found.rule(lang),
            "star_rating": found.star_rating,
            "downgrade_warning": {"rectifications": list(warning.rectification_ids)} if warning else None}


def compliance(args: argparse.Namespace, out: Printer) -> int:
    with open_database(args, out, create=False) as app:
        if args.site:
            found = [app.standards.compliance(args.site, args.standard or None)]
        else:
            found = app.standards.all_compliance(args.standard or None)
        warnings = {w.site_code: w for w in app.inspections.downgrade_warnings(site_code=args.site or None)}
    if args.json:
        rows = [compliance_json(f, warnings.get(f.site_code), out.lang) for f in found]
        out.json(rows[0] if args.site else rows)
        return 0
    if args.site:
        _say_site(out, found[0], warnings.get(found[0].site_code))
        return 0
    out.table([QT_TRANSLATE_NOOP("Cli", "Code"), QT_TRANSLATE_NOOP("Cli", "Name"),
               QT_TRANSLATE_NOOP("Cli", "Standard"), QT_TRANSLATE_NOOP("Cli", "Score"),
               QT_TRANSLATE_NOOP("Cli", "Pre-score stars"), QT_TRANSLATE_NOOP("Cli", "Missing")],
              [(f.site_code, f.site_name, f.standard, f"{f.score:g}%", f.stars,
                "、".join(r.item.label(out.lang) for r in f.missing) + (" !" if f.site_code in warnings else ""))
               for f in found])
    return 0


def _say_site(out: Printer, found: SiteCompliance, warning: DowngradeWarning | None) -> None:
    out.say(QT_TRANSLATE_NOOP("Cli", "{code} {name} against {standard}"), code=found.site_code,
            name=found.site_name, standard=found.standard)
    out.table(["", "", ""], [("✓" if r.met else "✗", r.item.label(out.lang), say(r.reason, out.lang))
                             for r in found.items])
    out.say(QT_TRANSLATE_NOOP("Cli", "Pre-score: {score}% of the weighted items met, {stars} star(s)"),
            score=f"{found.score:g}", stars=found.stars)
    if found.capped:
        print(translate("Compliance", CAPPED, out.lang).format(cap=REQUIRED_CAP))
    print(found.rule(out.lang))
    if warning is not None:
        out.say(WARNING, n=len(warning.rectification_ids), ids=", ".join(map(str, warning.rectification_ids)))
