"""`shuyi bench NAME`: run a benchmark on data it builds itself and print its figures (never a pass or a fail)."""

from __future__ import annotations

import argparse
import sys

from desktop.cli.output import Printer

BENCHMARKS = ("search",)


def bench(args: argparse.Namespace, out: Printer) -> int:
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
