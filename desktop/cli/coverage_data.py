"""`shuyi coverage boundary import`, `coverage demand import` and `coverage demand grid`: printing what the core did.

Refused demand rows are listed on stderr, one line each (`第 5 行：…`), so stdout stays the summary (or JSON).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop.cli.commands import open_database
from desktop.cli.library import position_text
from desktop.cli.output import Printer
from desktop.core import errors
from desktop.core.coords import parse_system
from desktop.core.i18n import QT_TRANSLATE_NOOP
from desktop.core.records import Rejected

if TYPE_CHECKING:
    from desktop.core.coords import CoordSystem

_DATUM_NOTES = {
    "datav": QT_TRANSLATE_NOOP("Cli", "{file} is a DataV GeoAtlas file: its coordinates are taken as GCJ-02 "
                                      "(give --crs to say otherwise)"),
    "rfc7946": QT_TRANSLATE_NOOP("Cli", "{file} is plain GeoJSON: its coordinates are taken as WGS-84, as RFC 7946 "
                                        "says (give --crs to say otherwise)"),
}


def _file(args: argparse.Namespace, out: Printer) -> Path | None:
    if not args.file:
        out.error(out.tr(QT_TRANSLATE_NOOP("Cli", "coverage {action} import needs a FILE"), action=args.action))
        return None
    return Path(args.file)


def _crs(args: argparse.Namespace) -> CoordSystem | None:
    return parse_system(args.crs) if args.crs else None


def boundary_import(args: argparse.Namespace, out: Printer) -> int:
    path = _file(args, out)
    if path is None:
        return 2
    with open_database(args, out, create=False) as app:
        report = app.coverage_data.import_boundaries(path, _crs(args))
    if report.datum_from in _DATUM_NOTES:
        out.note(_DATUM_NOTES[report.datum_from], file=path.name)
    if args.json:
        out.json({"file": report.path, "coord_system": report.coord_system.value, "datum_from": report.datum_from,
                  "added": list(report.added), "replaced": list(report.replaced),
                  "count": len(report.added) + len(report.replaced)})
        return 0
    out.say(QT_TRANSLATE_NOOP("Cli", "{added} boundaries added, {replaced} replaced from {file} ({datum}, stored in "
                                     "WGS-84): {names}"),
            added=len(report.added), replaced=len(report.replaced), file=path.name,
            datum=report.coord_system.value, names="、".join(report.added + report.replaced))
    return 0


def demand_import(args: argparse.Namespace, out: Printer) -> int:
    path = _file(args, out)
    if path is None:
        return 2
    try:
        with open_database(args, out, create=False) as app:
            report = app.coverage_data.import_demand(path, _crs(args), layer=args.layer,
                                                     weight_column=args.weight_column)
    except errors.NoDemandRows as exc:
        _list_rejected(out, exc.params.get("rejected", ()))
        raise
    _list_rejected(out, report.rejected)
    if report.datum_from == "rfc7946":
        out.note(_DATUM_NOTES["rfc7946"], file=path.name)
    if args.json:
        out.json({"file": report.path, "layer": report.layer, "read": report.rows_read, "added": report.added,
                  "kept": report.kept, "removed": report.removed, "datum_from": report.datum_from,
                  "rejected": [_rejected_json(out, r) for r in report.rejected]})
        return 0
    out.say(QT_TRANSLATE_NOOP("Cli", "{read} rows read into layer {layer}: {added} added, {kept} already there, "
                                     "{removed} removed, {rejected} refused"),
            read=report.rows_read, layer=report.layer, added=report.added, kept=report.kept, removed=report.removed,
            rejected=len(report.rejected))
    return 0


def _list_rejected(out: Printer, rejected: Iterable[Rejected]) -> None:
    for r in rejected:
        print(out.tr(QT_TRANSLATE_NOOP("Cli", "{where}: {reason}"), where=position_text(out.lang, r),
                     reason=r.explanation(out.lang)), file=sys.stderr, flush=True)


def _rejected_json(out: Printer, r: Rejected) -> dict[str, Any]:
    return {"kind": r.position.kind, "number": r.position.number, "error": r.error.code if r.error else None,
            "message": r.explanation("en")}


def demand_grid(args: argparse.Namespace, out: Printer) -> int:
    if args.cell is None:
        out.error(out.tr(QT_TRANSLATE_NOOP("Cli", "coverage demand grid needs --cell METRES")))
        return 2
    with open_database(args, out, create=False) as app:
        report = app.coverage_data.make_grid(args.cell, boundary=args.boundary, weight_layer=args.weight_layer,
                                             layer=args.layer)
    if args.json:
        out.json({"count": report.count, "layer": report.layer, "cell_m": report.cell_m,
                  "boundaries": list(report.boundaries), "area_km2": round(report.area_km2, 3)})
        return 0
    out.say(QT_TRANSLATE_NOOP("Cli", "{count} grid points ({cell} m cells over {area} km² of {boundaries}) in layer "
                                     "{layer}"),
            count=report.count, cell=f"{report.cell_m:g}", area=f"{report.area_km2:,.0f}",
            boundaries="、".join(report.boundaries), layer=report.layer)
    return 0
