"""`shuyi labels …`: book labels, spine labels, reader cards and asset tags as PDF; templates listed and imported."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from desktop.cli.commands import open_database
from desktop.cli.output import Printer
from desktop.core.i18n import QT_TRANSLATE_NOOP
from desktop.core.labels.selection import CopyChoice
from desktop.core.labels.templates import Template


def template_json(t: Template) -> dict[str, Any]:
    g = t.geometry
    return {"slug": t.slug, "name": t.name, "brand": t.brand, "part": t.part, "description": t.description,
            "source": t.source, "kind": g.kind.value, "page_mm": [g.page_width, g.page_height],
            "label_mm": [g.label_width, g.label_height], "columns": g.columns, "rows": g.rows,
            "per_page": g.per_page, "left_mm": g.left, "top_mm": g.top, "pitch_mm": [g.pitch_x, g.pitch_y],
            "corner_radius_mm": g.corner_radius}


def labels(args: argparse.Namespace, out: Printer) -> int:
    if args.what == "templates":
        return _templates(args, out)
    if args.what == "import-templates":
        return _import_templates(args, out)
    if args.what == "set-calibration":
        return _set_calibration(args, out)
    if not args.template or not args.out:
        out.error(out.tr(QT_TRANSLATE_NOOP("Cli", "Say which template and where the PDF goes: --template NAME --out "
                                                  "FILE.pdf")))
        return 2
    target = Path(args.out)
    with open_database(args, out, create=False) as app:
        if args.what == "calibration":
            from desktop.core.labels.render import render_calibration_page

            template = app.labels.label_template(args.template)
            render_calibration_page(template.geometry, target)
            out.say(QT_TRANSLATE_NOOP("Cli", "Calibration page for {template} written to {file}"),
                    template=template.name, file=str(target))
            return 0
        if args.what == "assets":
            run = app.labels.print_asset_tags(codes=tuple(args.codes or ()), site_code=args.room,
                                              template=args.template, out=target, skip=args.skip, printer=args.printer)
        elif args.what == "readers":
            run = app.labels.print_reader_cards(codes=tuple(args.codes or ()), since=args.since, template=args.template,
                                                out=target, skip=args.skip, printer=args.printer)
        else:
            choice = CopyChoice(codes=tuple(args.codes or ()), since=args.since, only_unprinted=args.only_unprinted,
                                call_from=args.call_from, call_to=args.call_to, site_code=args.room)
            run = app.labels.print_copy_labels(choice, template=args.template, out=target, skip=args.skip,
                                               spine=args.what == "spine", printer=args.printer)
    if args.json:
        out.json({"file": str(run.file), "pages": run.pages, "labels": run.labels, "template": run.template,
                  "left_out": run.left_out})
    else:
        out.say(QT_TRANSLATE_NOOP("Cli", "{labels} labels on {pages} pages ({template}) written to {file}"),
                labels=run.labels, pages=run.pages, template=run.template, file=str(run.file))
        if run.left_out:
            out.say(QT_TRANSLATE_NOOP("Cli", "{n} copies without a call number were left out"), n=run.left_out)
    return 0


def _templates(args: argparse.Namespace, out: Printer) -> int:
    with open_database(args, out, create=False) as app:
        found = app.labels.label_templates()
    if args.json:
        out.json([template_json(t) for t in found])
        return 0
    out.table([QT_TRANSLATE_NOOP("Cli", "Template"), QT_TRANSLATE_NOOP("Cli", "Label (mm)"),
               QT_TRANSLATE_NOOP("Cli", "Per sheet"), QT_TRANSLATE_NOOP("Cli", "Source")],
              [(f"{t.name}  ({t.slug})", f"{round(t.geometry.label_width, 1):g}×{round(t.geometry.label_height, 1):g}",
                t.geometry.per_page, t.source) for t in found])
    return 0


def _import_templates(args: argparse.Namespace, out: Printer) -> int:
    if not args.file:
        out.error(out.tr(QT_TRANSLATE_NOOP("Cli", "Name the gLabels template file to import")))
        return 2
    with open_database(args, out, create=False) as app:
        report = app.labels.import_label_templates(Path(args.file))
    if args.json:
        out.json({"added": report.added, "updated": report.updated, "unchanged": report.unchanged,
                  "skipped": report.skipped})
    else:
        out.say(QT_TRANSLATE_NOOP("Cli", "{added} templates added, {updated} updated, {unchanged} unchanged, "
                                         "{skipped} skipped"),
                added=report.added, updated=report.updated, unchanged=report.unchanged, skipped=report.skipped)
    return 0


def _set_calibration(args: argparse.Namespace, out: Printer) -> int:
    if not args.printer.strip():
        out.error(out.tr(QT_TRANSLATE_NOOP("Cli", "Name the printer: --printer NAME")))
        return 2
    with open_database(args, out, create=False) as app:
        saved = app.labels.set_printer_calibration(args.printer.strip(), offset_x_mm=args.offset_x,
                                                   offset_y_mm=args.offset_y, scale_x=args.scale_x,
                                                   scale_y=args.scale_y)
    if args.json:
        out.json({"printer": saved.printer, "offset_x_mm": saved.offset_x_mm, "offset_y_mm": saved.offset_y_mm,
                  "scale_x": saved.scale_x, "scale_y": saved.scale_y})
    else:
        out.say(QT_TRANSLATE_NOOP("Cli", "Calibration saved for {printer}: offset {dx} × {dy} mm, scale {sx} × {sy}"),
                printer=saved.printer, dx=saved.offset_x_mm, dy=saved.offset_y_mm, sx=saved.scale_x, sy=saved.scale_y)
    return 0
