"""The timed desk of `shuyi bench circulation`: scans through the real facade, and the bare sqlite3 baseline.

A desk at the benchmark's room scans as the Desk does (a reader card, one to three copies lent, the session over,
later the copies returned with no reader active), each scan timed in wall-clock and processor time; beside it a
bare sqlite3 connection does the same writes per loan and per return. Choices come from a seeded generator.
"""

from __future__ import annotations

import collections
import datetime as dt
import itertools
import random
import sqlite3
import statistics
import time
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

from desktop.bench.circulation_data import DESK, Built, stamp, uuid7_hex
from desktop.core.app import Shuyi
from desktop.core.circulation.dispatch import DeskState
from desktop.core.circulation.results import Action, Level


def _p95(ordered: list[float]) -> float:
    return round(ordered[max(int(len(ordered) * 0.95) - 1, 0)], 2)


def _percentiles(samples: list[float], cpu: list[float] | None = None) -> dict[str, Any]:
    """Wall-clock p50/p95/max in ms; with cpu, also this process's processor time per scan (p50/p95)."""
    ordered = sorted(samples)
    out = {"count": len(ordered), "p50_ms": round(statistics.median(ordered), 2), "p95_ms": _p95(ordered),
           "max_ms": round(ordered[-1], 2)}
    if cpu:
        ordered = sorted(cpu)
        out |= {"cpu_p50_ms": round(statistics.median(ordered), 2), "cpu_p95_ms": _p95(ordered)}
    return out


class TimedDesk:
    """A desk at JH01 driven through app.circulation.scan, each call timed; and the bare sqlite3 baseline."""

    RETURN_PILE = 20
    """Lent copies come back once this many more have been lent since (returns mixed in with lending)."""

    def __init__(self, app: Shuyi, path: Path, built: Built, *, now: dt.datetime, timed: int,
                 report: Callable[[str], None]) -> None:
        if len(built.desk_copies) < 3 * self.RETURN_PILE or len(built.free_readers) < timed + 6:
            raise ValueError("too few copies on the desk room's shelf or free readers for that many timed scans")
        self.app = app
        self.path = path
        self.built = built
        self.timed = timed
        self.report = report
        self.rng = random.Random(5)
        self.tick = itertools.count(1)
        self.now = now
        self.samples: dict[str, list[float]] = collections.defaultdict(list)
        self.cpu: dict[str, list[float]] = collections.defaultdict(list)
        """Processor time of this process per scan: what the code costs, without waiting for a shared CPU."""
        self.unexpected: collections.Counter[str] = collections.Counter()
        self.examples: list[str] = []
        self.shelf = itertools.cycle(built.desk_copies)
        self.last_panel_loans: int | None = None
        self.heavy_open: list[int] = []

    def at(self) -> dt.datetime:
        """Each scan half a minute after the one before."""
        return self.now + dt.timedelta(seconds=30 * next(self.tick))

    def scan(self, figure: str | None, state: DeskState, code: str, *, panel: bool,
             expect: Action) -> tuple[int | None, int | None]:
        """One timed scan; returns the active reader after it and, with the panel, its number of open loans."""
        at = self.at()
        self.app.time.set(at)
        cpu = time.process_time()
        start = time.perf_counter()
        result, shown = self.app.circulation.scan(state, code, with_panel=panel)
        elapsed = (time.perf_counter() - start) * 1000
        if figure is not None:
            self.samples[figure].append(elapsed)
            self.cpu[figure].append((time.process_time() - cpu) * 1000)
        if (result.action is not expect or result.level is Level.REFUSAL
                or (panel and result.reader_id is not None and shown is None)):
            self.unexpected[figure or "warm_up"] += 1
            if len(self.examples) < 5:
                self.examples.append(f"{figure}: {code} → {result.action.value} {result.level.value} "
                                     f"{result.message('en')}")
        return result.reader_id, (len(shown.loans) if shown is not None else None)

    def visit(self, card: str, *, panel: bool, reader_figure: str, lend_figure: str) -> list[str]:
        """A reader card, then one to three copies lent; the session ends. Returns the codes lent."""
        state = DeskState(site_code=DESK)
        reader_id, _ = self.scan(reader_figure, state, card, panel=panel, expect=Action.READER)
        state = replace(state, reader_id=reader_id)
        lent = [next(self.shelf) for _ in range(self.rng.randint(1, 3))]
        for code in lent:
            reader_id, self.last_panel_loans = self.scan(lend_figure, state, code, panel=panel, expect=Action.LEND)
            state = replace(state, reader_id=reader_id)
        return lent

    def give_back(self, codes_: list[str], figure: str, *, panel: bool) -> None:
        for code in codes_:
            self.scan(figure, DeskState(site_code=DESK), code, panel=panel, expect=Action.RETURN)

    def passes(self, *, panel: bool, cards: list[str]) -> None:
        """Ordinary readers' visits; with the panel, each followed by a visit of the heavy reader (his copies come
        back at once), so that both meet the same moment of a shared machine."""
        suffix = "_panel" if panel else ""
        pile: list[str] = []
        for card in cards:
            pile += self.visit(card, panel=panel, reader_figure=f"reader_scan{suffix}", lend_figure=f"lend{suffix}")
            if panel:
                lent = self.visit(self.built.heavy_card, panel=True, reader_figure="reader_scan_heavy",
                                  lend_figure="lend_panel_heavy")
                self.heavy_open.append(self.last_panel_loans or 0)
                self.give_back(lent, "return_heavy", panel=True)
            if len(pile) > self.RETURN_PILE:
                self.give_back(pile[:-self.RETURN_PILE], "return", panel=panel)
                pile = pile[-self.RETURN_PILE:]
        self.give_back(pile, "return", panel=panel)

    def first_scans(self) -> dict[str, float]:
        """The first scans after opening pay for compiling statements: timed apart, then five untimed visits."""
        first = {}
        lent = self.visit(self.built.free_readers[-1], panel=True, reader_figure="first_reader_scan",
                          lend_figure="first_lend_panel")
        self.give_back(lent, "first_return", panel=True)
        for name in ("first_reader_scan", "first_lend_panel", "first_return"):
            first[name.removeprefix("first_")] = round(self.samples.pop(name)[0], 2)
            self.cpu.pop(name)
        for card in self.built.free_readers[-6:-1]:
            self.give_back(self.visit(card, panel=True, reader_figure="warm_up", lend_figure="warm_up"), "warm_up",
                           panel=True)
        self.samples.pop("warm_up")
        self.cpu.pop("warm_up")
        return first

    def measure(self) -> dict[str, Any]:
        timed = self.timed
        free = self.built.free_readers[:-6]
        first = self.first_scans()
        base_lend, base_return = self.baseline(timed // 2)
        self.report("ordinary readers, no panel")
        self.passes(panel=False, cards=self.rng.sample(free, timed))
        self.report("ordinary readers and the reader with many loans, with the panel")
        self.passes(panel=True, cards=self.rng.sample(free, timed))
        more_lend, more_return = self.baseline(timed - timed // 2)
        base = {"lend": _percentiles(base_lend + more_lend), "return": _percentiles(base_return + more_return)}
        figures = {name: _percentiles(self.samples[name], self.cpu[name]) for name in (
            "reader_scan", "lend", "reader_scan_panel", "lend_panel", "reader_scan_heavy", "lend_panel_heavy",
            "return", "return_heavy")}
        ratios = {}
        for name, against in (("lend", "lend"), ("lend_panel", "lend"), ("lend_panel_heavy", "lend"),
                              ("return", "return"), ("return_heavy", "return")):
            f = figures[name]
            b = base[against]
            ratios[name] = {"against": f"baseline_{against}",
                            "p50": round(f["p50_ms"] / max(b["p50_ms"], 1e-3), 1),
                            "p95": round(f["p95_ms"] / max(b["p95_ms"], 1e-3), 1)}
        return {"first_scan_ms": first, "figures": figures, "baseline": base, "ratios": ratios,
                "heavy_reader": {"loans_before": self.built.sizes["heavy_reader_loans"],
                                 "open_on_panel_max": max(self.heavy_open)},
                "unexpected": dict(self.unexpected), "unexpected_examples": self.examples}

    def baseline(self, count: int) -> tuple[list[float], list[float]]:
        """The same writes per loan and per return, each in one BEGIN IMMEDIATE transaction, in bare sqlite3."""
        raw = sqlite3.connect(self.path, isolation_level=None)
        raw.create_function("uuid7", 0, uuid7_hex)
        lends: list[float] = []
        returns: list[float] = []
        try:
            for pragma in ("busy_timeout = 5000", "foreign_keys = ON", "journal_mode = WAL", "synchronous = FULL",
                           "cache_size = -65536"):
                raw.execute(f"PRAGMA {pragma}")
            site = raw.execute("SELECT id FROM sites WHERE code = ?", (DESK,)).fetchone()[0]
            while len(lends) < count:
                cards = self.rng.sample(self.built.free_readers, self.RETURN_PILE)
                batch = []
                for card in cards:
                    code = next(self.shelf)
                    copy_id = raw.execute("SELECT id FROM copies WHERE code = ?", (code,)).fetchone()[0]
                    reader_id = raw.execute("SELECT id FROM readers WHERE card_code = ?", (card,)).fetchone()[0]
                    at = self.at()
                    start = time.perf_counter()
                    raw.execute("BEGIN IMMEDIATE")
                    raw.execute("INSERT INTO loans (copy_id, reader_id, site_id, lent_at, due_on, renewals, uuid) "
                                "VALUES (?, ?, ?, ?, ?, 0, uuid7())", (copy_id, reader_id, site, stamp(at.timestamp()),
                                                               (at + dt.timedelta(days=30)).date().isoformat()))
                    raw.execute("UPDATE copies SET status = 'on_loan', updated_at = ? WHERE id = ?",
                                (stamp(at.timestamp()), copy_id))
                    raw.execute("COMMIT")
                    lends.append((time.perf_counter() - start) * 1000)
                    batch.append(copy_id)
                for copy_id in batch:
                    at = self.at()
                    start = time.perf_counter()
                    raw.execute("BEGIN IMMEDIATE")
                    raw.execute("UPDATE loans SET returned_at = ?, returned_site_id = ? "
                                "WHERE copy_id = ? AND returned_at IS NULL", (stamp(at.timestamp()), site, copy_id))
                    raw.execute("UPDATE copies SET status = 'on_shelf', updated_at = ? WHERE id = ?",
                                (stamp(at.timestamp()), copy_id))
                    raw.execute("COMMIT")
                    returns.append((time.perf_counter() - start) * 1000)
        finally:
            raw.close()
        return lends, returns
