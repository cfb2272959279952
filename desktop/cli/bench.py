"""`shuyi bench NAME`: run a benchmark on data it builds itself and print its figures (never a pass or a fail)."""

from __future__ import annotations

import argparse
import sys

from desktop.cli.output import Printer

BENCHMARKS = ("search", "labels")


def bench(args: argparse.Namespace, out: Printer) -> int:
    if args.name == "labels":
        return _labels(args, out)
    from desktop.core.bench import search_bench

    figures = search_bench.run(rows_per_file=args.rows, report=lambda m: print(m, file=sys.stderr, flush=True))
    if args.json:
        out.json(figures)
        return 0
    print(f"titles {figures['titles']}, copies {figures['copies']}")
    for n, imp in enumerate(figures["imports"], start=1):
        print(f"import {n}: {imp['rows']} CSV rows, {imp['titles_added']} titles, {imp['copies_added']} copies "
              f"in {imp['seconds']} s")
    print(f"{'query kind':<22}{'p50 ms':>9}{'p95 ms':>9}{'bare p50':>10}{'bare p95':>10}{'ratio':>7}{'found':>7}")
    for kind, f in figures["kinds"].items():
        print(f"{kind:<22}{f['p50_ms']:>9}{f['p95_ms']:>9}{f['baseline_p50_ms']:>10}{f['baseline_p95_ms']:>10}"
              f"{f['ratio_p50']:>7}{f['found_of_first_20']:>5}/20")
    return 0


def _labels(args: argparse.Namespace, out: Printer) -> int:
    from desktop.core.bench import labels_bench

    figures = labels_bench.run()
    if args.json:
        out.json(figures)
        return 0
    for name in ("book_labels_65_up", "reader_cards"):
        f = figures[name]
        print(f"{name:<20} {f['template']:<16} {f['seconds_per_1000']:>7} s per 1000   bare reportlab "
              f"{f['baseline_seconds_per_1000']} s   ratio {f['ratio']}   {f['pdf_kib']} KiB")
    return 0
