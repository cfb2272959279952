"""The database commands: init, demo, stats and list, each one call into desktop.core."""

from __future__ import annotations

import argparse
import dataclasses
from typing import Any

from desktop.cli.output import Printer
from desktop.core import database, demo
from desktop.core.app import Shuyi
from desktop.core.i18n import QT_TRANSLATE_NOOP
from desktop.core.sites import SiteInfo

KIND_LABELS = {
    "reading_room": QT_TRANSLATE_NOOP("Cli", "reading room"),
    "service_station": QT_TRANSLATE_NOOP("Cli", "service station"),
}


def open_database(args: argparse.Namespace, out: Printer, *, create: bool) -> Shuyi:
    """Open --db for a command; an upgrade of an older database is said on stderr, with where its backup is."""
    app = Shuyi.open(args.db, create=create)
    if args.command != "init" and app.opened.upgraded_from:
        out.note(QT_TRANSLATE_NOOP("Cli", "Upgraded the database at {path} from schema {old}; backup: {backup}"),
                 path=app.location.display, old=app.opened.upgraded_from, backup=str(app.opened.backup or "-"))
    return app


def init(args: argparse.Namespace, out: Printer) -> int:
    with open_database(args, out, create=True) as app:
        opened, where = app.opened, app.location.display
    database.ensure_sound(app.location)  # every page, however large the file (an open checks small files only)
    if opened.created:
        out.say(QT_TRANSLATE_NOOP("Cli", "Created a new database at {path}"), path=where)
    elif opened.upgraded_from:
        out.say(QT_TRANSLATE_NOOP("Cli", "Upgraded the database at {path} from schema {old}"), path=where,
                old=opened.upgraded_from)
        if opened.backup:
            out.say(QT_TRANSLATE_NOOP("Cli", "Backup of the old database: {backup}"), backup=str(opened.backup))
    else:
        out.say(QT_TRANSLATE_NOOP("Cli", "The database at {path} is up to date"), path=where)
    return 0


def load_demo(args: argparse.Namespace, out: Printer) -> int:
    with open_database(args, out, create=True) as app:
        summary = app.demo.load(args.size)
    if args.json:
        out.json(dataclasses.asdict(summary))
    else:
        out.say(QT_TRANSLATE_NOOP("Cli", "Loaded the {size} demo: {sites} sites in {county}, {titles} titles with "
                                         "{copies} copies, {readers} readers"),
                size=summary.size, sites=summary.sites, county=demo.COUNTY_NAME, titles=summary.titles,
                copies=summary.copies, readers=summary.readers)
    return 0


STAT_LABELS = {
    "sites": QT_TRANSLATE_NOOP("Cli", "Sites"),
    "reading_rooms": QT_TRANSLATE_NOOP("Cli", "Reading rooms"),
    "service_stations": QT_TRANSLATE_NOOP("Cli", "Service stations"),
    "users": QT_TRANSLATE_NOOP("Cli", "Users"),
    "titles": QT_TRANSLATE_NOOP("Cli", "Titles"),
    "copies": QT_TRANSLATE_NOOP("Cli", "Copies"),
    "readers": QT_TRANSLATE_NOOP("Cli", "Readers"),
    "open_loans": QT_TRANSLATE_NOOP("Cli", "Books on loan"),
    "overdue_loans": QT_TRANSLATE_NOOP("Cli", "Overdue loans"),
    "facilities": QT_TRANSLATE_NOOP("Cli", "Facilities"),
    "service_events": QT_TRANSLATE_NOOP("Cli", "Service events"),
    "inspections": QT_TRANSLATE_NOOP("Cli", "Inspections"),
    "open_rectifications": QT_TRANSLATE_NOOP("Cli", "Rectifications open"),
}


def stats(args: argparse.Namespace, out: Printer) -> int:
    with open_database(args, out, create=False) as app:
        counts = app.stats().as_dict()
    if args.json:
        out.json(counts)
    else:
        out.table(["", ""], [(out.tr(STAT_LABELS[k]), v) for k, v in counts.items()])
    return 0


def site_json(site: SiteInfo) -> dict[str, Any]:
    """A site with stable English names; the phone of its person in charge only masked (docs/readers.md)."""
    return {
        "code": site.code,
        "kind": site.kind.value,
        "name": site.name,
        "address": site.address,
        "region_code": site.region_code,
        "coord_system": site.position.system.value if site.position else None,
        "lng": site.position.lng if site.position else None,
        "lat": site.position.lat if site.position else None,
        "lng_wgs84": round(site.position_wgs84.lng, 7) if site.position_wgs84 else None,
        "lat_wgs84": round(site.position_wgs84.lat, 7) if site.position_wgs84 else None,
        "opened_on": site.opened_on.isoformat() if site.opened_on else None,
        "closed_on": site.closed_on.isoformat() if site.closed_on else None,
        "active": site.active,
        "station_kind": site.station_kind.key if site.station_kind else None,
        "build_mode": site.build_mode.value if site.build_mode else None,
        "host_unit": site.host_unit,
        "opening_hours": site.opening_hours,
        "area_m2": site.area_m2,
        "seats": site.seats,
        "manager": site.manager_name,
        "manager_phone": site.manager_phone_masked,
        "star_rating": site.star_rating,
        "star_awarded_on": site.star_awarded_on.isoformat() if site.star_awarded_on else None,
        "star_awarded_by": site.star_awarded_by,
        "standard": site.standard,
        "facts": {f.fact.value: {"present": f.present, "noted_on": f.noted_on.isoformat() if f.noted_on else None}
                  for f in site.facts},
        "note": site.note,
    }


LISTINGS = ("sites", "titles", "copies", "readers", "loans", "facilities", "inspections")
STATION_LISTINGS = {"facilities": "facilities", "inspections": "inspections"}
"""Listings the station half prints: `list X` runs desktop.cli.<module>.list_X."""


def listing(args: argparse.Namespace, out: Printer) -> int:
    if args.what in STATION_LISTINGS:
        import importlib

        module = importlib.import_module(f"desktop.cli.{STATION_LISTINGS[args.what]}")
        return int(getattr(module, f"list_{args.what}")(args, out))
    if args.what == "loans":
        from desktop.cli.circulation import list_loans

        return list_loans(args, out)
    if args.what != "sites":
        from desktop.cli.library import list_library

        return list_library(args, out)
    with open_database(args, out, create=False) as app:
        rows = app.sites.list_sites(limit=args.limit)
    if args.json:
        out.json([site_json(s) for s in rows])
    else:
        out.table(
            [QT_TRANSLATE_NOOP("Cli", "Code"), QT_TRANSLATE_NOOP("Cli", "Kind"), QT_TRANSLATE_NOOP("Cli", "Name"),
             QT_TRANSLATE_NOOP("Cli", "Address")],
            [(s.code, out.tr(KIND_LABELS[s.kind.value]), s.name, s.address) for s in rows],
        )
    return 0
