"""`shuyi bench NAME`: run a benchmark on data it builds itself and print its figures (never a pass or a fail)."""

from __future__ import annotations

import argparse
import sys

from desktop.cli.output import Printer

BENCHMARKS = ("search", "labels", "circulation", "startup", "stations", "coverage")


def bench(args: argparse.Namespace, out: Printer) -> int:
    if args.name == "labels":
        return _labels(args, out)
    if args.name == "circulation":
        return _circulation(args, out)
    if args.name == "startup":
        return _startup(args, out)
    if args.name == "stations":
        return _stations(args, out)
    if args.name == "coverage":
        return _coverage(args, out)
    from desktop.bench import search_bench

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
    from desktop.bench import labels_bench

    figures = labels_bench.run()
    if args.json:
        out.json(figures)
        return 0
    for name in ("book_labels_65_up", "reader_cards"):
        f = figures[name]
        print(f"{name:<20} {f['template']:<16} {f['seconds_per_1000']:>7} s per 1000   bare reportlab "
              f"{f['baseline_seconds_per_1000']} s   ratio {f['ratio']}   {f['pdf_kib']} KiB")
    return 0


_CIRCULATION_ROWS = (
    ("reader_scan", "reader card", None),
    ("lend", "lend", "lend"),
    ("reader_scan_panel", "reader card + panel", None),
    ("lend_panel", "lend + panel", "lend_panel"),
    ("reader_scan_heavy", "heavy: card + panel", None),
    ("lend_panel_heavy", "heavy: lend + panel", "lend_panel_heavy"),
    ("return", "return", "return"),
    ("return_heavy", "heavy: return", "return_heavy"),
)


def _circulation(args: argparse.Namespace, out: Printer) -> int:
    from desktop.bench import circulation_bench

    figures = circulation_bench.run(report=lambda m: print(m, file=sys.stderr, flush=True))
    if args.json:
        out.json(figures)
        return 0
    sizes = figures["sizes"]
    built = figures["build_seconds"]
    print(f"copies {sizes['copies']}, readers {sizes['readers']}, loans {sizes['loans']} "
          f"({sizes['loans_open']} open); heavy reader {sizes['heavy_reader_loans']} loans "
          f"({sizes['heavy_reader_open']} open); built in {built['total']} s")
    print(f"{'scan':<22}{'count':>6}{'p50 ms':>9}{'p95 ms':>9}{'max ms':>9}{'ratio p50':>11}{'ratio p95':>11}"
          f"{'cpu p50':>9}{'cpu p95':>9}")
    for key, label, ratio_key in _CIRCULATION_ROWS:
        f = figures["figures"][key]
        ratio = figures["ratios"].get(ratio_key or "", {})
        print(f"{label:<22}{f['count']:>6}{f['p50_ms']:>9}{f['p95_ms']:>9}{f['max_ms']:>9}"
              f"{ratio.get('p50', ''):>11}{ratio.get('p95', ''):>11}{f['cpu_p50_ms']:>9}{f['cpu_p95_ms']:>9}")
    for key, f in figures["baseline"].items():
        print(f"{'bare sqlite3 ' + key:<22}{f['count']:>6}{f['p50_ms']:>9}{f['p95_ms']:>9}{f['max_ms']:>9}")
    if figures["unexpected"]:
        print(f"unexpected answers: {figures['unexpected']}", file=sys.stderr)
    return 0


def _startup(args: argparse.Namespace, out: Printer) -> int:
    from desktop.bench import startup_bench

    figures = startup_bench.run(runs=max(args.runs, 1), report=lambda m: print(m, file=sys.stderr, flush=True))
    if args.json:
        out.json(figures)
        return 0
    print(f"shuyi window {figures['window_s']} s (its desk page {figures['page_s']} s), "
          f"bare PySide6 window {figures['bare_qt_s']} s, ratio {figures['ratio']} "
          f"(medians of {figures['runs']} runs, {figures['platform']})")
    return 0


_STATION_ROWS = (("register", "register (list_sites)"), ("station_detail", "station detail"),
                 ("due_calendar", "due calendar"))


def _stations(args: argparse.Namespace, out: Printer) -> int:
    from desktop.bench import stations

    figures = stations.run(stations=args.stations, report=lambda m: print(m, file=sys.stderr, flush=True))
    if args.json:
        out.json(figures)
        return 0
    sizes = figures["sizes"]
    print(f"{sizes['stations']} stations, {sizes['facilities']} facilities, {sizes['visit_counts']} visit rows, "
          f"{sizes['services']} services, {sizes['inspections']} inspections ({sizes['rectifications_open']} open "
          f"rectifications); built in {figures['build_seconds']} s; load average {figures['load_average']}")
    print(f"{'screen':<24}{'p50 ms':>9}{'p95 ms':>9}{'bare p50':>10}{'bare p95':>10}{'ratio p95':>11}")
    for key, label in _STATION_ROWS:
        f = figures[key]
        print(f"{label:<24}{f['p50_ms'] if f['p50_ms'] is not None else '-':>9}"
              f"{f['p95_ms'] if f['p95_ms'] is not None else '-':>9}{f['baseline_p50_ms']:>10}"
              f"{f['baseline_p95_ms']:>10}{f['ratio_p95'] if f['ratio_p95'] is not None else '-':>11}")


def _coverage(args: argparse.Namespace, out: Printer) -> int:
    from desktop.bench import coverage

    sizes = coverage.Sizes(demand=args.demand, candidates=args.candidates, fixed=args.fixed, k=args.add,
                           spopt_demand=max(args.demand // 20, 1), spopt_candidates=max(args.candidates // 2, 1),
                           spopt_fixed=args.fixed // 2, spopt_k=max(args.add // 2, 1))
    figures = coverage.run(sizes, report=lambda m: print(m, file=sys.stderr, flush=True))
    if args.json:
        out.json(figures)
        return 0
    print(f"{args.demand} demand × {args.candidates} candidates, {args.fixed} fixed, k = {args.add}: measures "
          f"{figures['measures_s']} s, coverage matrix {figures['matrix_s']} s, greedy {figures['greedy_s']} s, "
          f"exact {figures['exact_s']} s (optimal: {figures['optimal']}), peak {figures['peak_mb']} MB")
    spopt = figures["spopt_s"]
    print(f"spopt's instance: spopt {spopt if spopt is not None else figures.get('spopt_reason')} s, ours "
          f"{figures['ours_on_spopt_instance_s']} s, optima agree: {figures.get('objectives_agree')}")
    return 0
