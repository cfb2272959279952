"""The synthetic database of `shuyi bench circulation`: copies, readers and years of loans, built in seconds.

The schema comes from the real migrations (`Shuyi.open`); the rows from bare sqlite3 executemany, drawn from one
seeded random generator, so the same arguments build the same database (the loans' dates follow `now`).
"""

from __future__ import annotations

import collections
import datetime as dt
import itertools
import random
import sqlite3
import time
from collections.abc import Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from stdnum import ean

from db.uuid7 import uuid7
from desktop.bench.synthetic import CLASSES, GIVEN, PUBLISHERS, SUFFIXES, SURNAMES, WORDS
from desktop.core import codes
from desktop.core.app import Shuyi
from desktop.core.callnumbers import shelf_key

ROOMS = (("JH01", "建湖县总工会职工书屋"), ("JH02", "上冈镇总工会职工书屋"), ("JH03", "建湖经济开发区职工书屋"),
         ("JH04", "钟庄街道职工书屋"), ("JH05", "冈东镇职工书屋"), ("JH06", "宝塔镇职工书屋"))
DESK = "JH01"
"""The room whose desk is timed."""
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



def build(path: Path, *, copies: int, readers: int, past_loans: int, open_loans: int, heavy_loans: int,
          now: dt.datetime, seed: int = 11) -> Built:
    """A synthetic database at `path` (which must not exist): schema by migrations, rows by bare sqlite3."""
    start = time.perf_counter()
    Shuyi.open(path).close()
    schema_s = time.perf_counter() - start
    raw = sqlite3.connect(path, isolation_level=None)
    raw.create_function("uuid7", 0, uuid7_hex)
    try:
        raw.execute("PRAGMA synchronous = OFF")
        raw.execute("PRAGMA cache_size = -262144")
        raw.execute("BEGIN")
        built = Filler(raw, random.Random(seed), now).fill(copies, readers, past_loans, open_loans, heavy_loans)
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


def uuid7_hex() -> str:
    """A row's merge identity as SQLAlchemy stores a Uuid on SQLite (SQL function uuid7() of the raw connections)."""
    return uuid7().hex


def stamp(ts: float) -> str:
    """A UTC instant (to the second) as SQLAlchemy stores a DateTime on SQLite."""
    return (_EPOCH + dt.timedelta(seconds=int(ts))).isoformat(" ") + ".000000"


class Filler:
    """Fills an empty database's tables with rows drawn from `rng`."""


    def __init__(self, raw: sqlite3.Connection, rng: random.Random, now: dt.datetime) -> None:
        self.raw = raw
        self.rng = rng
        self.now = now.timestamp()
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
        raw = self.raw
        rng = self.rng
        raw.executemany("INSERT INTO sites (id, code, kind, name, address, opened_on, uuid) "
                        "VALUES (?, ?, ?, ?, ?, ?, uuid7())",
                        [(i, code, "reading_room", name, f"建湖县{name[:3]}", f"{2009 + i}-05-01")
                         for i, (code, name) in enumerate(ROOMS, start=1)])
        site_ids = list(range(1, len(ROOMS) + 1))
        types = dict(raw.execute("SELECT name, id FROM reader_types"))
        staff = types["职工"]
        temp = types["临时读者"]
        heavy_type = raw.execute("INSERT INTO reader_types (name, max_loans, loan_days, max_renewals, uuid) "
                                 "VALUES (?, ?, ?, ?, uuid7())", HEAVY_TYPE).lastrowid
        loan_days = dict(raw.execute("SELECT id, loan_days FROM reader_types"))

        n_titles = max(n_copies // 2, 1)
        titles = self._titles(n_titles)
        raw.executemany("INSERT INTO titles (id, kind, match_key, isbn13, title, author, publisher, year, clc, uuid) "
                        "VALUES (?, 'book', ?, ?, ?, ?, ?, ?, ?, uuid7())", titles)
        copy_rows, serials, orders = self._copies(n_copies, [t[-1] for t in titles], site_ids)

        # Readers: id 1 is the heavy reader (a collective card of JH01); the rest mostly 职工, some 临时读者.
        reader_rows = []
        reader_serials: collections.Counter[int] = collections.Counter()
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
        rng = self.rng
        rows = []
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
        first = self.now - HISTORY_DAYS * DAY
        last = self.now - PAST_ENDS_DAYS_AGO * DAY
        loans = []
        n = 0
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
            renewals = 0
            renewed_at: str | None = None
            due = self.local_day(lent, days)
            if returned is not None and returned - lent > (days - 5) * DAY and self.rng.random() < 0.5:
                renewed = lent + (days - 5) * DAY
                renewals = 1
                renewed_at = stamp(renewed)
                due = self.local_day(renewed, days)
            yield (copy_id, reader, site, stamp(lent), due, renewals, renewed_at,
                   stamp(returned) if returned is not None else None, site if returned is not None else None)
