"""`shuyi bench circulation`: desk scans on a 100,000-copy, 20,000-reader, 500,000-loan database.

The database gets its schema from the real migrations (`Shuyi.open`) and its rows from bare sqlite3
executemany (seconds, not the hours lending half a million books through the app would take). Then a desk at
JH01 scans through the real facade, `app.circulation.scan`, as the Desk does: a reader card, one to three
copies lent, the session over, and later the same copies returned with no reader active; once without the
reader panel, then once with it, each visit followed by one of a reader with 500 loans (20 of them open). Beside
it, in the same run, a bare sqlite3 connection with the app's settings (WAL, synchronous=FULL) does the same
writes per loan and per return in one BEGIN IMMEDIATE transaction each: the floor for committing a loan at all.
Each figure has wall-clock time and this process's processor time: on a shared machine the two differ.
"""

from __future__ import annotations

import collections
import datetime as dt
import itertools
import os
import random
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from stdnum import ean

from db.uuid7 import uuid7
from desktop.core import codes
from desktop.core.app import Shuyi
from desktop.core.bench.synthetic import CLASSES, GIVEN, PUBLISHERS, SUFFIXES, SURNAMES, WORDS
from desktop.core.callnumbers import shelf_key
from desktop.core.circulation.dispatch import DeskState
from desktop.core.circulation.results import Action, Level

COPIES, READERS, PAST_LOANS, HEAVY_LOANS, TIMED = 100_000, 20_000, 500_000, 500, 500
ROOMS = (("JH01", "建湖县总工会职工书屋"), ("JH02", "上冈镇总工会职工书屋"), ("JH03", "建湖经济开发区职工书屋"),
         ("JH04", "钟庄街道职工书屋"), ("JH05", "冈东镇职工书屋"), ("JH06", "宝塔镇职工书屋"))
DESK = "JH01"
UNITS = ("建湖县环卫处", "顺丰速运建湖营业部", "美团建湖站", "建湖县人民医院", "江苏悦达纺织", "建湖县公交公司",
         "上冈镇政府", "中通快递建湖分部", "建湖经济开发区管委会", "建湖县供电公司", "")
HEAVY_TYPE = ("班组集体借阅", 600, 30, 1)
"""A collective card (a work team's shelf) may hold many books at once: name, max loans, loan days, renewals."""
DAY = 86_400
HISTORY_DAYS = 3 * 365
PAST_ENDS_DAYS_AGO = 60
"""Past loans lie in the three years up to 60 days ago; open loans were lent in the last 40 days."""


@dataclass(frozen=True)
class Built:
    sizes: dict[str, int]
    seconds: dict[str, float]
    heavy_reader_id: int
    heavy_card: str
    desk_copies: list[str]
    """Codes of copies on the shelf of the desk's room, home there, shuffled."""
    free_readers: list[str]
    """Cards of active 职工 readers with no open loan, shuffled."""


def run(*, copies: int = COPIES, readers: int = READERS, past_loans: int = PAST_LOANS,
        open_loans: int | None = None, heavy_loans: int = HEAVY_LOANS, timed: int = TIMED,
        db_file: Path | None = None, workdir: Path | None = None,
        report: Callable[[str], None] = lambda _m: None) -> dict[str, Any]:
    """Build, then time the desk. db_file: build there and keep it (else a temporary folder, removed after)."""
    with _database_file(db_file, workdir) as path:
        now = dt.datetime.now(dt.UTC).replace(microsecond=0)
        report(f"building {copies} copies, {readers} readers, {past_loans} past loans")
        if open_loans is None:
            open_loans = min(copies // 10, readers // 2)
        built = build(path, copies=copies, readers=readers, past_loans=past_loans, open_loans=open_loans,
                      heavy_loans=heavy_loans, now=now)
        report(f"built in {built.seconds['total']} s; timing the desk")
        app = Shuyi.open(path, create=False)
        try:
            figures = _Desk(app, path, built, now=now, timed=timed, report=report).measure()
        finally:
            app.close()
        raw = sqlite3.connect(path)
        try:
            figures["heavy_reader"]["loans_after"] = raw.execute(
                "SELECT count(*) FROM loans WHERE reader_id = ?", (built.heavy_reader_id,)).fetchone()[0]
        finally:
            raw.close()
    return {"benchmark": "circulation", "date": dt.date.today().isoformat(), "cpus": os.cpu_count(),
            "python": sys.version.split()[0], "sqlite": sqlite3.sqlite_version, "sizes": built.sizes,
            "build_seconds": built.seconds, "timed_per_figure": timed, **figures}


@contextmanager
def _database_file(db_file: Path | None, workdir: Path | None) -> Iterator[Path]:
    if db_file is not None:
        yield db_file
        return
    with tempfile.TemporaryDirectory(dir=workdir) as tmp:
        yield Path(tmp) / "circulation.db"


# -- building ---------------------------------------------------------------------------------------------------
def build(path: Path, *, copies: int, readers: int, past_loans: int, open_loans: int, heavy_loans: int,
          now: dt.datetime, seed: int = 11) -> Built:
    """A synthetic database at `path` (which must not exist): schema by migrations, rows by bare sqlite3."""
    start = time.perf_counter()
    Shuyi.open(path).close()
    schema_s = time.perf_counter() - start
    raw = sqlite3.connect(path, isolation_level=None)
    raw.create_function("uuid7", 0, _uuid7_hex)
    try:
        raw.execute("PRAGMA synchronous = OFF")
        raw.execute("PRAGMA cache_size = -262144")
        raw.execute("BEGIN")
        built = _Filler(raw, random.Random(seed), now).fill(copies, readers, past_loans, open_loans, heavy_loans)
        raw.execute("COMMIT")
        fill_s = time.perf_counter() - start - schema_s
        raw.execute("ANALYZE")
        raw.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        raw.close()
    total = time.perf_counter() - start
    seconds = {"schema": round(schema_s, 2), "fill": round(fill_s, 2),
               "analyze": round(total - schema_s - fill_s, 2), "total": round(total, 2)}
    return replace(built, seconds=seconds)


_EPOCH = dt.datetime(1970, 1, 1)


def _uuid7_hex() -> str:
    """A row's merge identity as SQLAlchemy stores a Uuid on SQLite (SQL function uuid7() of the raw connections)."""
    return uuid7().hex


def _stamp(ts: float) -> str:
    """A UTC instant (to the second) as SQLAlchemy stores a DateTime on SQLite."""
    return (_EPOCH + dt.timedelta(seconds=int(ts))).isoformat(" ") + ".000000"


class _Filler:
    def __init__(self, raw: sqlite3.Connection, rng: random.Random, now: dt.datetime) -> None:
        self.raw, self.rng, self.now = raw, rng, now.timestamp()
        offset = now.astimezone().utcoffset() or dt.timedelta(0)
        self.local_offset = offset.total_seconds()
        self.days: dict[int, str] = {}

    def local_day(self, ts: float, plus_days: int = 0) -> str:
        """The local calendar day of an instant (due dates are local days), plus some days, as ISO text."""
        n = int((ts + self.local_offset) // DAY) + plus_days
        if n not in self.days:
            self.days[n] = (dt.date(1970, 1, 1) + dt.timedelta(days=n)).isoformat()
        return self.days[n]

    def fill(self, n_copies: int, n_readers: int, n_past: int, n_open: int, n_heavy: int) -> Built:
        raw, rng = self.raw, self.rng
        raw.executemany("INSERT INTO sites (id, code, kind, name, address, opened_on, uuid) "
                        "VALUES (?, ?, ?, ?, ?, ?, uuid7())",
                        [(i, code, "reading_room", name, f"建湖县{name[:3]}", f"{2009 + i}-05-01")
                         for i, (code, name) in enumerate(ROOMS, start=1)])
        site_ids = list(range(1, len(ROOMS) + 1))
        types = dict(raw.execute("SELECT name, id FROM reader_types"))
        staff, temp = types["职工"], types["临时读者"]
        heavy_type = raw.execute("INSERT INTO reader_types (name, max_loans, loan_days, max_renewals, uuid) "
                                 "VALUES (?, ?, ?, ?, uuid7())", HEAVY_TYPE).lastrowid
        loan_days = dict(raw.execute("SELECT id, loan_days FROM reader_types"))

        n_titles = max(n_copies // 2, 1)
        titles = self._titles(n_titles)
        raw.executemany("INSERT INTO titles (id, kind, match_key, isbn13, title, author, publisher, year, clc, uuid) "
                        "VALUES (?, 'book', ?, ?, ?, ?, ?, ?, ?, uuid7())", titles)
        copy_rows, serials, orders = self._copies(n_copies, [t[-1] for t in titles], site_ids)

        # Readers: id 1 is the heavy reader (a collective card of JH01); the rest mostly 职工, some 临时读者.
        reader_rows, reader_serials = [], collections.Counter()
        for rid in range(1, n_readers + 1):
            site = 1 if rid == 1 else rng.choice(site_ids)
            reader_serials[site] += 1
            rtype = heavy_type if rid == 1 else (temp if rng.random() < 0.05 else staff)
            status = "active" if rid == 1 else rng.choices(("active", "suspended", "left"), (97, 2, 1))[0]
            name = rng.choice(SURNAMES) + "".join(rng.choice(GIVEN) for _ in range(rng.randint(1, 2)))
            phone = f"1{rng.choice('3456789')}{rng.randrange(10**9):09d}" if rng.random() < 0.8 else None
            reader_rows.append((rid, codes.make(codes.CodeType.READER, ROOMS[site - 1][0], reader_serials[site]),
                                name, rng.choice(UNITS), phone, rtype, status, site,
                                self.local_day(self.now - rng.uniform(0, 5 * 365) * DAY)))
        raw.executemany("INSERT INTO readers (id, card_code, name, unit, phone, type_id, status, home_site_id, "
                        "registered_on, uuid) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, uuid7())", reader_rows)
        reader_type = {r[0]: r[5] for r in reader_rows}

        heavy_open = min(20, n_heavy // 2)
        loans = self._past_loans(n_copies, n_readers, n_past, n_heavy - heavy_open)
        open_rows, on_loan = self._open_loans(n_copies, n_readers, n_open, heavy_open, reader_rows, temp)
        copy_site = {row[0]: row[3] for row in copy_rows}
        statuses: dict[int, str] = {}
        for copy_id in range(1, n_copies + 1):
            if copy_id in on_loan:
                statuses[copy_id] = "on_loan"
            else:
                x = rng.random()
                statuses[copy_id] = "withdrawn" if x < 0.005 else "lost" if x < 0.008 else "on_shelf"
        raw.executemany(
            "INSERT INTO copies (id, code, title_id, home_site_id, status, call_class, call_order, shelf_key, "
            "acquired_on, source, uuid) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, uuid7())",
            [(c, code, t, s, statuses[c], clc, order, shelf_key(clc, order), acq, src)
             for c, code, t, s, clc, order, acq, src in copy_rows])
        raw.executemany(
            "INSERT INTO loans (copy_id, reader_id, site_id, lent_at, due_on, renewals, renewed_at, returned_at, "
            "returned_site_id, uuid) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, uuid7())",
            itertools.chain(self._loan_rows(loans, copy_site, reader_type, loan_days),
                            self._loan_rows(open_rows, copy_site, reader_type, loan_days)))
        raw.executemany("INSERT INTO counters (scope, key, value) VALUES (?, ?, ?)",
                        [("copy", ROOMS[s - 1][0], n) for s, n in serials.items()]
                        + [("reader", ROOMS[s - 1][0], n) for s, n in reader_serials.items()]
                        + [("order", f"{s}:{clc}", n) for (s, clc), n in orders.items()])

        desk_copies = [code for c, code, _t, s, *_ in copy_rows if s == 1 and statuses[c] == "on_shelf"]
        busy = {row[2] for row in open_rows}
        free = [r[1] for r in reader_rows if r[0] != 1 and r[5] == staff and r[6] == "active" and r[0] not in busy]
        rng.shuffle(desk_copies)
        rng.shuffle(free)
        sizes = {"sites": len(ROOMS), "titles": n_titles, "copies": n_copies, "readers": n_readers,
                 "loans_past": len(loans), "loans_open": len(open_rows), "loans": len(loans) + len(open_rows),
                 "heavy_reader_loans": n_heavy, "heavy_reader_open": heavy_open}
        return Built(sizes=sizes, seconds={}, heavy_reader_id=1, heavy_card=reader_rows[0][1],
                     desk_copies=desk_copies, free_readers=free)

    def _titles(self, n: int) -> list[tuple[Any, ...]]:
        rng, rows = self.rng, []
        for tid in range(1, n + 1):
            words = "".join(rng.choice(WORDS) for _ in range(rng.randint(1, 3)))
            isbn = None
            if tid % 5:  # 80 % have an ISBN; a bijection of the title number keeps them unique
                body = f"9787{(tid * 7919 + 12345) % 10**8:08d}"
                isbn = body + ean.calc_check_digit(body)
            author = rng.choice(SURNAMES) + "".join(rng.choice(GIVEN) for _ in range(rng.randint(1, 2))) + "著"
            rows.append((tid, f"isbn:{isbn}" if isbn else f"text:bench-{tid}", isbn,
                         f"{words}{rng.choice(SUFFIXES)}", author, rng.choice(PUBLISHERS),
                         str(rng.randint(1980, 2026)), rng.choice(CLASSES)))
        return rows

    def _copies(self, n: int, clcs: list[str], site_ids: list[int]) -> tuple[list[tuple[Any, ...]], Any, Any]:
        """Every title gets a copy, the rest go to random titles; a title's copies in a room share its 种次号."""
        rng = self.rng
        serials: collections.Counter[int] = collections.Counter()
        orders: collections.Counter[tuple[int, str]] = collections.Counter()
        order_of: dict[tuple[int, int], int] = {}
        rows = []
        for cid in range(1, n + 1):
            title = cid if cid <= len(clcs) else rng.randint(1, len(clcs))
            site = rng.choice(site_ids)
            serials[site] += 1
            clc = clcs[title - 1]
            if (site, title) not in order_of:
                orders[(site, clc)] += 1
                order_of[(site, title)] = orders[(site, clc)]
            acquired = self.local_day(self.now - rng.uniform(HISTORY_DAYS, 8 * 365) * DAY)
            rows.append((cid, codes.make(codes.CodeType.COPY, ROOMS[site - 1][0], serials[site]), title, site, clc,
                         str(order_of[(site, title)]), acquired, rng.choice(("采购", "捐赠", "调拨"))))
        return rows, serials, orders

    def _past_loans(self, n_copies: int, n_readers: int, n_past: int, n_heavy_past: int) -> list[tuple[Any, ...]]:
        """(lent_at, copy, reader, returned_at): popular copies lent more often, never two at a time."""
        rng = self.rng
        per_copy = collections.Counter(rng.choices(
            range(1, n_copies + 1), weights=[rng.choice((1, 1, 1, 2, 2, 3, 5, 8)) for _ in range(n_copies)],
            k=n_past))
        ordinary = range(2, n_readers + 1)
        who = rng.choices(ordinary, weights=[rng.choice((1, 1, 2, 3, 5, 10)) for _ in ordinary],
                          k=n_past - n_heavy_past) + [1] * n_heavy_past
        rng.shuffle(who)
        first, last = self.now - HISTORY_DAYS * DAY, self.now - PAST_ENDS_DAYS_AGO * DAY
        loans, n = [], 0
        for copy_id, k in per_copy.items():
            slot = (last - first) / k
            for j in range(k):
                lent = first + j * slot + rng.random() * slot * 0.3
                returned = lent + min(rng.uniform(1, 45) * DAY, slot * 0.65)
                loans.append((lent, copy_id, who[n], returned))
                n += 1
        loans.sort()
        return loans

    def _open_loans(self, n_copies: int, n_readers: int, n_open: int, heavy_open: int,
                    reader_rows: list[tuple[Any, ...]], temp: int) -> tuple[list[tuple[Any, ...]], set[int]]:
        """Open loans on distinct copies: the heavy reader's (none overdue), up to three per other reader (two
        for a 临时读者, their limit); a quarter or so are overdue."""
        rng = self.rng
        if n_open > n_readers:
            raise ValueError("open loans are at most two or three per reader: too many for so few readers")
        chosen = rng.sample(range(1, n_copies + 1), max(n_open, heavy_open))
        held: collections.Counter[int] = collections.Counter()
        rows = []
        for n, copy_id in enumerate(chosen):
            if n < heavy_open:
                rows.append((self.now - rng.uniform(0.1, 20) * DAY, copy_id, 1, None))
                continue
            reader = rng.randint(2, n_readers)
            while held[reader] >= (2 if reader_rows[reader - 1][5] == temp else 3) \
                    or reader_rows[reader - 1][6] != "active":
                reader = rng.randint(2, n_readers)
            held[reader] += 1
            rows.append((self.now - rng.uniform(0.1, 40) * DAY, copy_id, reader, None))
        rows.sort()
        return rows, set(chosen)

    def _loan_rows(self, loans: list[tuple[Any, ...]], copy_site: dict[int, int], reader_type: dict[int, int],
                   loan_days: dict[int, int]) -> Iterator[tuple[Any, ...]]:
        for lent, copy_id, reader, returned in loans:
            days = loan_days[reader_type[reader]]
            site = copy_site[copy_id]
            renewals, renewed_at, due = 0, None, self.local_day(lent, days)
            if returned is not None and returned - lent > (days - 5) * DAY and self.rng.random() < 0.5:
                renewed = lent + (days - 5) * DAY
                renewals, renewed_at, due = 1, _stamp(renewed), self.local_day(renewed, days)
            yield (copy_id, reader, site, _stamp(lent), due, renewals, renewed_at,
                   _stamp(returned) if returned is not None else None, site if returned is not None else None)


# -- timing -------------------------------------------------------------------------------------------------------
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


class _Desk:
    """A desk at JH01 driven through app.circulation.scan, each call timed; and the bare sqlite3 baseline."""

    RETURN_PILE = 20
    """Lent copies come back once this many more have been lent since (returns mixed in with lending)."""

    def __init__(self, app: Shuyi, path: Path, built: Built, *, now: dt.datetime, timed: int,
                 report: Callable[[str], None]) -> None:
        if len(built.desk_copies) < 3 * self.RETURN_PILE or len(built.free_readers) < timed + 6:
            raise ValueError("too few copies on the desk room's shelf or free readers for that many timed scans")
        self.app, self.path, self.built, self.timed, self.report = app, path, built, timed, report
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
        cpu, start = time.process_time(), time.perf_counter()
        result, shown = self.app.circulation.scan(state, code, now=at, with_panel=panel)
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
        timed, free = self.timed, self.built.free_readers[:-6]
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
            f, b = figures[name], base[against]
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
        raw.create_function("uuid7", 0, _uuid7_hex)
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
                                "VALUES (?, ?, ?, ?, ?, 0, uuid7())", (copy_id, reader_id, site, _stamp(at.timestamp()),
                                                               (at + dt.timedelta(days=30)).date().isoformat()))
                    raw.execute("UPDATE copies SET status = 'on_loan', updated_at = ? WHERE id = ?",
                                (_stamp(at.timestamp()), copy_id))
                    raw.execute("COMMIT")
                    lends.append((time.perf_counter() - start) * 1000)
                    batch.append(copy_id)
                for copy_id in batch:
                    at = self.at()
                    start = time.perf_counter()
                    raw.execute("BEGIN IMMEDIATE")
                    raw.execute("UPDATE loans SET returned_at = ?, returned_site_id = ? "
                                "WHERE copy_id = ? AND returned_at IS NULL", (_stamp(at.timestamp()), site, copy_id))
                    raw.execute("UPDATE copies SET status = 'on_shelf', updated_at = ? WHERE id = ?",
                                (_stamp(at.timestamp()), copy_id))
                    raw.execute("COMMIT")
                    returns.append((time.perf_counter() - start) * 1000)
        finally:
            raw.close()
        return lends, returns
