"""`shuyi site …` and `shuyi import sites`: the site register, one call into app.sites each."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path
from typing import Any

from desktop.cli.commands import KIND_LABELS, open_database, site_json
from desktop.cli.output import Printer
from desktop.core import bounded, errors
from desktop.core.bounded import bounds
from desktop.core.i18n import QT_TRANSLATE_NOOP, translate
from desktop.core.sites import NewSite
from desktop.core.stations import facts as site_facts
from desktop.core.stations import register, register_position
from desktop.core.stations.register_detail import SiteDetail
from desktop.core.stations.site_import import SiteImportReport

_TEXTS = {"name": "name", "address": "address", "station_kind": "station_kind", "build_mode": "build_mode",
          "host_unit": "host_unit", "hours": "hours", "manager": "manager_name", "phone": "manager_phone",
          "stars_by": "star_awarded_by", "standard": "standard", "note": "note"}
"""Options taken as typed: option's dest -> NewSite's field."""
_DONE = {
    "add": QT_TRANSLATE_NOOP("Cli", "Added {code} {name}"),
    "edit": QT_TRANSLATE_NOOP("Cli", "Changed {code} {name}"),
    "retire": QT_TRANSLATE_NOOP("Cli", "Retired {code} {name} as of {day}"),
    "reopen": QT_TRANSLATE_NOOP("Cli", "Re-opened {code} {name}"),
}


def _float(text: str, what: str) -> float:
    try:
        return float(text.strip().replace("，", ""))
    except ValueError:
        raise errors.UnreadableCoordinates(text=f"{what} {text.strip()[:24]}") from None


def _day(text: str, what: str) -> dt.date | None:
    if not text.strip():
        return None
    try:
        return dt.date.fromisoformat(text.strip())
    except ValueError:
        raise errors.UnreadableSiteValue(field=what, text=text.strip()[:24]) from None


def _area(text: str) -> float | None:
    if not text.strip():
        return None
    try:
        return float(text.strip().removesuffix("㎡").removesuffix("m2"))
    except ValueError:
        raise errors.UnreadableSiteValue(field="--area", text=text.strip()[:24]) from None


def _whole(text: str, bound: bounded.Bound, what: str) -> int | None:
    return bounded.whole_number(text, bound, what) if text.strip() else None


def _position(args: argparse.Namespace, out: Printer, current: Any) -> dict[str, Any]:
    """The position the options give ({} when they give none); --crs alone re-tags the numbers already stored."""
    datum = args.crs if args.crs is not None else (current.system if current is not None else "gcj02")
    if args.coords is not None:
        found, swapped = register_position.parse_position(args.coords, datum)
        if swapped:
            out.note(QT_TRANSLATE_NOOP("Cli", "Read {pair} as latitude, longitude (it lies in China only that way)"),
                     pair=args.coords.strip())
        return {"position": found}
    if args.lng is not None or args.lat is not None:
        lng = _float(args.lng, "--lng") if args.lng and args.lng.strip() else None
        lat = _float(args.lat, "--lat") if args.lat and args.lat.strip() else None
        return {"position": register_position.position(lng, lat, datum)}
    if args.crs is not None:
        register_position.parse_datum(args.crs)
        if current is not None:
            return {"position": register_position.position(current.lng, current.lat, args.crs)}
    return {}


def _changes(args: argparse.Namespace, out: Printer, current: Any = None) -> dict[str, Any]:
    """The attributes the options give, checked as far as the command line can (the core checks the rest)."""
    changes: dict[str, Any] = {field: getattr(args, dest) for dest, field in _TEXTS.items()
                               if getattr(args, dest) is not None}
    if args.kind is not None:
        changes["kind"] = register.parse_kind(args.kind)
    if args.region_code is not None:
        changes["region_code"] = args.region_code.strip() or None
    if args.area is not None:
        changes["area_m2"] = _area(args.area)
    if args.seats is not None:
        changes["seats"] = _whole(args.seats, bounds.SEATS, "--seats")
    if args.stars is not None:
        changes["star_rating"] = _whole(args.stars.rstrip("星"), bounds.STARS, "--stars")
    if args.stars_on is not None:
        changes["star_awarded_on"] = _day(args.stars_on, "--stars-on")
    if args.opened_on is not None:
        changes["opened_on"] = _day(args.opened_on, "--opened-on")
    changes.update(_position(args, out, current))
    return changes


def _facts(args: argparse.Namespace) -> dict[str, bool]:
    found: dict[str, bool] = {}
    for text in args.fact:
        name, _, answer = text.partition("=")
        present = site_facts.parse_yes_no(answer)
        if present is None:
            raise errors.UnreadableSiteValue(field="--fact", text=text.strip()[:40])
        found[site_facts.parse_fact(name).value] = present
    return found


def _target(args: argparse.Namespace) -> str:
    code = args.target or (args.code if args.action == "add" else None)
    if not code or not code.strip():
        raise errors.MissingField(field="CODE")
    return code


def site(args: argparse.Namespace, out: Printer) -> int:
    code = _target(args)
    with open_database(args, out, create=False) as app:
        if args.action == "show":
            detail = app.sites.site_detail(code)
            return _show(out, detail, as_json=args.json)
        if args.action == "add":
            changes = _changes(args, out)
            if "kind" not in changes:
                raise errors.MissingField(field="--kind")
            info = app.sites.add_site(NewSite(code=code, name=changes.pop("name", ""), kind=changes.pop("kind"),
                                              **changes), facts=_facts(args))
        elif args.action == "edit":
            facts = _facts(args)
            info = app.sites.edit_site(code, _changes(args, out, app.sites.site(code).position), facts=facts)
        elif args.action == "retire":
            info = app.sites.retire_site(code)
        else:
            info = app.sites.reopen_site(code)
    if args.json:
        out.json(site_json(info))
    else:
        out.say(_DONE[args.action], code=info.code, name=info.name,
                day=info.closed_on.isoformat() if info.closed_on else "")
    return 0


def detail_json(detail: SiteDetail) -> dict[str, Any]:
    return {**site_json(detail.site), "counts": _plain(detail.counts)}


def _plain(counts: Any) -> dict[str, Any]:
    return {k: v.isoformat() if isinstance(v, dt.date) else v for k, v in vars(counts).items()}


_SHOWN = (
    (QT_TRANSLATE_NOOP("Cli", "Code"), "code"), (QT_TRANSLATE_NOOP("Cli", "Name"), "name"),
    (QT_TRANSLATE_NOOP("Cli", "Kind"), "kind"), (QT_TRANSLATE_NOOP("Cli", "Station kind"), "station_kind"),
    (QT_TRANSLATE_NOOP("Cli", "Build mode"), "build_mode"), (QT_TRANSLATE_NOOP("Cli", "Address"), "address"),
    (QT_TRANSLATE_NOOP("Cli", "Position"), "position"), (QT_TRANSLATE_NOOP("Cli", "Position (WGS-84)"), "wgs84"),
    (QT_TRANSLATE_NOOP("Cli", "Host unit"), "host_unit"), (QT_TRANSLATE_NOOP("Cli", "Opening hours"), "opening_hours"),
    (QT_TRANSLATE_NOOP("Cli", "Area m²"), "area_m2"), (QT_TRANSLATE_NOOP("Cli", "Seats"), "seats"),
    (QT_TRANSLATE_NOOP("Cli", "Person in charge"), "manager"), (QT_TRANSLATE_NOOP("Cli", "Phone"), "manager_phone"),
    (QT_TRANSLATE_NOOP("Cli", "Stars"), "stars"), (QT_TRANSLATE_NOOP("Cli", "Standard"), "standard"),
    (QT_TRANSLATE_NOOP("Cli", "Opened"), "opened_on"), (QT_TRANSLATE_NOOP("Cli", "Retired"), "closed_on"),
)


def _show(out: Printer, detail: SiteDetail, *, as_json: bool) -> int:
    if as_json:
        out.json(detail_json(detail))
        return 0
    data = site_json(detail.site)
    data["position"] = f"{data['lng']}, {data['lat']} ({data['coord_system']})" if data["lng"] is not None else ""
    data["wgs84"] = f"{data['lng_wgs84']}, {data['lat_wgs84']}" if data["lng"] is not None else ""
    if detail.site.station_kind is not None:
        data["station_kind"] = detail.site.station_kind.name(out.lang)
    if detail.site.build_mode is not None:
        data["build_mode"] = register.BUILD_MODE_NAMES[detail.site.build_mode]
    data["kind"] = out.tr(KIND_LABELS[detail.site.kind.value])
    stars = detail.site.star_rating
    data["stars"] = (f"{'★' * stars} {data['star_awarded_on'] or ''} {data['star_awarded_by']}".strip()
                     if stars else "")
    out.table(["", ""], [(out.tr(label), data.get(key) or "") for label, key in _SHOWN])
    for fact in detail.site.facts:
        answer = out.tr(QT_TRANSLATE_NOOP("Cli", "yes") if fact.present else QT_TRANSLATE_NOOP("Cli", "no"))
        print(f"{site_facts.FACT_NAMES_ZH[fact.fact]}: {answer} ({fact.noted_on or ''})")
    return 0


def import_sites(args: argparse.Namespace, out: Printer) -> int:
    with open_database(args, out, create=False) as app:
        report = app.sites.import_sites(Path(args.file), datum=args.crs)
    for rejected in report.rejected:
        print(out.tr(QT_TRANSLATE_NOOP("Cli", "row {n}: {reason}"), n=rejected.position.number,
                     reason=rejected.explanation(out.lang)), file=sys.stderr, flush=True)
    if args.json:
        out.json(report_json(report, out.lang))
    else:
        out.say(QT_TRANSLATE_NOOP("Cli", "{read} rows read: {added} sites added, {already} already there, "
                                         "{rejected} refused"),
                read=report.read, added=report.added, already=report.already, rejected=len(report.rejected))
    return 0 if report.added or report.already else 1


def report_json(report: SiteImportReport, lang: str) -> dict[str, Any]:
    return {"file": report.path, "read": report.read, "added": report.added, "already": report.already,
            "codes": list(report.codes),
            "rejected": [{"row": r.position.number, "error": r.error.code if r.error else r.reason.value,
                          "message": r.explanation(lang) or translate("Import", r.reason.value, lang)}
                         for r in report.rejected]}

