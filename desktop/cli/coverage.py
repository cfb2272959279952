"""`shuyi coverage` (the figures), `coverage gaps`, `coverage site` and `coverage stations`: printing the engine.

JSON names are the contract of issue 12; shares are fractions 0–1 of the demand weight, minutes and metres
rounded for reading (the engine keeps full precision).
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from desktop.cli.commands import open_database
from desktop.cli.output import Printer
from desktop.core.coords import CoordSystem
from desktop.core.coverage.travel import Travel, travel
from desktop.core.i18n import QT_TRANSLATE_NOOP


def _travel(args: argparse.Namespace) -> Travel:
    return travel(args.mode, minutes=args.minutes, speed_kmh=args.speed_kmh, detour=args.detour)


def _round(value: float | None, digits: int = 2) -> float | None:
    return None if value is None else round(value, digits)


def _travel_json(t: Travel) -> dict[str, Any]:
    return {"mode": t.mode, "speed_kmh": t.speed_kmh, "minutes": t.minutes, "detour": t.detour,
            "radius_m": round(t.radius_m, 1)}


def measures(args: argparse.Namespace, out: Printer) -> int:
    t = _travel(args)
    with open_database(args, out, create=False) as app:
        figures = app.coverage.measures(t, include_rooms=args.include_rooms, layer=args.layer)
    m, stations = figures.measures, figures.stations
    if args.json:
        loads = [{"code": code, "name": name, "seats": seats, "served_weight": round(load.served, 3),
                  "served_within_weight": round(load.served_within, 3), "per_seat": _round(load.per_seat, 3)}
                 for code, name, seats, load in zip(stations.codes, stations.names, stations.seats, m.loads,
                                                    strict=True)]
        out.json({"covered_share": round(m.covered_share, 6), "cross_covered_share": round(m.cross_covered_share, 6),
                  "mean_minutes": _round(m.mean_minutes), "p95_minutes": _round(m.p95_minutes),
                  "max_minutes": _round(m.max_minutes), "demand_weight": m.demand_weight, "stations": m.stations,
                  **_travel_json(t), "station_loads": loads})
        return 0
    out.say(QT_TRANSLATE_NOOP("Cli", "{stations} stations, demand weight {weight:g}; within {minutes:g} minutes "
                                     "({radius:.0f} m straight line): {covered:.1%} covered, {cross:.1%} by two or "
                                     "more"), stations=m.stations, weight=m.demand_weight, minutes=t.minutes,
            radius=t.radius_m, covered=m.covered_share, cross=m.cross_covered_share)
    if m.mean_minutes is not None:
        out.say(QT_TRANSLATE_NOOP("Cli", "Minutes to the nearest station: mean {mean:.1f}, 95% within {p95:.1f}, "
                                         "worst {worst:.1f}"), mean=m.mean_minutes, p95=m.p95_minutes,
                worst=m.max_minutes)
    return 0


def _gap_json(place: Any) -> dict[str, Any]:
    from desktop.core.coverage.gap_sheet import gcj02

    lng, lat = gcj02(place)
    return {"lng_wgs84": round(place.lng_wgs84, 7), "lat_wgs84": round(place.lat_wgs84, 7),
            "lng_gcj02": round(lng, 7), "lat_gcj02": round(lat, 7), "weight": place.weight, "points": place.points,
            "nearest_m": _round(place.nearest_m, 1), "nearest_minutes": _round(place.nearest_minutes, 1)}


def gaps(args: argparse.Namespace, out: Printer) -> int:
    t = _travel(args)
    with open_database(args, out, create=False) as app:
        places = app.coverage.gaps(t, include_rooms=args.include_rooms, layer=args.layer)
        if args.xlsx:
            app.coverage.write_gaps_xlsx(places, Path(args.xlsx), out.lang)
    if args.json:
        out.json([_gap_json(p) for p in places])
        return 0
    if args.xlsx:
        out.say(QT_TRANSLATE_NOOP("Cli", "Wrote {count} uncovered places to {file}"), count=len(places),
                file=args.xlsx)
        return 0
    rows = [(n, f"{p.weight:g}", p.points, f"{p.lng_wgs84:.5f}", f"{p.lat_wgs84:.5f}",
             "-" if p.nearest_m is None else f"{p.nearest_m:.0f}") for n, p in enumerate(places, start=1)]
    out.table([QT_TRANSLATE_NOOP("Cli", "Rank"), QT_TRANSLATE_NOOP("Cli", "Weight"),
               QT_TRANSLATE_NOOP("Cli", "Points"), QT_TRANSLATE_NOOP("Cli", "Longitude"),
               QT_TRANSLATE_NOOP("Cli", "Latitude"), QT_TRANSLATE_NOOP("Cli", "Nearest station (m)")], rows)
    return 0


def _candidates(app: Any, args: argparse.Namespace, t: Travel) -> Any:
    source = args.candidates if args.candidates in ("demand", "grid") else Path(args.candidates)
    datum = CoordSystem(args.crs) if args.crs else None
    return app.coverage.candidates(source, t, spacing_m=args.spacing, datum=datum, layer=args.layer)


def site(args: argparse.Namespace, out: Printer) -> int:
    if args.objective == "all" and args.add is not None:
        out.error(out.tr(QT_TRANSLATE_NOOP("Cli", "--objective all finds how many stations are needed: leave out "
                                                  "--add")))
        return 2
    if args.objective != "all" and args.add is None:
        out.error(out.tr(QT_TRANSLATE_NOOP("Cli", "Say how many stations to add: --add K")))
        return 2
    t = _travel(args)
    with open_database(args, out, create=False) as app:
        places = _candidates(app, args, t)
        answer = app.coverage.site(t, args.add, candidates=places, objective=args.objective,
                                   include_rooms=args.include_rooms, layer=args.layer,
                                   time_limit_s=args.time_limit, run_exact=not args.greedy)
    s = answer.siting
    chosen = [{"lng_wgs84": round(float(places.points.lng[j]), 7), "lat_wgs84": round(float(places.points.lat[j]), 7),
               "name": places.names[j], "candidate": j} for j in s.chosen]
    if args.json:
        out.json({"chosen": chosen, "covered_weight_before": s.covered_weight_before,
                  "covered_weight_after": s.covered_weight_after, "optimal": s.optimal, "bound": round(s.bound, 6),
                  "bound_method": s.bound_method, "objective": s.objective,
                  "cross_covered_weight_before": s.cross_covered_weight_before,
                  "cross_covered_weight_after": s.cross_covered_weight_after,
                  "objective_before": s.value_before, "objective_after": s.value_after,
                  "greedy_objective_after": s.value_before + s.greedy.gain if s.objective != "all" else None,
                  "marginal_gains": [round(g, 6) for g in s.curve], "candidates": len(places.points),
                  "candidate_source": places.source, "reduced_rows": s.rows, **_travel_json(t)})
        return 0
    for n, c in enumerate(chosen, start=1):
        out.say(QT_TRANSLATE_NOOP("Cli", "{n}. {lng:.6f}, {lat:.6f} {name}"), n=n, lng=c["lng_wgs84"],
                lat=c["lat_wgs84"], name=c["name"])
    out.say(QT_TRANSLATE_NOOP("Cli", "Covered demand weight {before:g} → {after:g}; {state}"),
            before=s.covered_weight_before, after=s.covered_weight_after,
            state=out.tr(QT_TRANSLATE_NOOP("Cli", "proven optimal")) if s.optimal else
            out.tr(QT_TRANSLATE_NOOP("Cli", "the best possible is at most {bound:g}"), bound=s.bound))
    return 0


def stations(args: argparse.Namespace, out: Printer) -> int:
    t = _travel(args)
    with open_database(args, out, create=False) as app:
        places = _candidates(app, args, t)
        whatif = app.coverage.station_changes(t, candidates=places, objective="cross" if args.objective == "cross"
                                              else "cover", include_rooms=args.include_rooms, layer=args.layer)
    rows = []
    for change in whatif.changes:
        j = change.station
        to = change.move_to
        rows.append({"code": whatif.stations.codes[j], "name": whatif.stations.names[j],
                     "close_loss": change.close_loss, "move_loss": change.move_loss,
                     "move_to": None if to is None else {"lng_wgs84": round(float(places.points.lng[to]), 7),
                                                         "lat_wgs84": round(float(places.points.lat[to]), 7),
                                                         "name": places.names[to]}})
    if args.json:
        out.json(rows)
        return 0
    out.table([QT_TRANSLATE_NOOP("Cli", "Code"), QT_TRANSLATE_NOOP("Cli", "Name"),
               QT_TRANSLATE_NOOP("Cli", "Lost if closed"), QT_TRANSLATE_NOOP("Cli", "Lost if moved")],
              [(r["code"], r["name"], f"{r['close_loss']:g}", f"{r['move_loss']:g}") for r in rows])
    return 0
