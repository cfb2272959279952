"""`shuyi bench search`: a 200,000-title catalogue built through the real CSV import, then every kind of query.

Each query kind is timed through the facade (open a session, search, rank, load the titles: what the search box
does) and, side by side in the same run, the bare SQLite statement at its core, so the ratio shows what Shuyi
adds on top of SQLite itself.
"""

from __future__ import annotations

import hashlib
import json
import random
import sqlite3
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from desktop.bench.synthetic import write_books_csv
from desktop.core.app import Shuyi
from desktop.core.isbn import hyphenated, isbn10
from desktop.core.searchtext import fts_query, initials, pinyin_query

QUERIES_PER_KIND = 200
ROWS_PER_FILE = 100_000
SEED = 7
"""Seeds the generator that draws the queries: every run on the same data times the same queries."""
POOL = 2000
"""Titles, ISBNs, copy codes and call numbers drawn first; each query is picked from these."""


def _percentiles(samples: list[float]) -> dict[str, float]:
    ordered = sorted(samples)
    return {"p50_ms": round(statistics.median(ordered), 3),
            "p95_ms": round(ordered[int(len(ordered) * 0.95) - 1], 3)}


def _time(fn: Callable[[], object]) -> float:
    start = time.perf_counter()
    fn()
    return (time.perf_counter() - start) * 1000


def run(*, rows_per_file: int = ROWS_PER_FILE, queries_per_kind: int = QUERIES_PER_KIND,
        workdir: Path | None = None, report: Callable[[str], None] = lambda _m: None) -> dict[str, Any]:
    with tempfile.TemporaryDirectory(dir=workdir) as tmp:
        folder = Path(tmp)
        app = Shuyi.open(folder / "bench.db")
        try:
            app.demo.load("small")
            imports = []
            for part in range(2):
                csv_path = folder / f"books{part}.csv"
                write_books_csv(csv_path, rows=rows_per_file, seed=part, start=part * rows_per_file)
                report(f"importing {csv_path.name} ({rows_per_file} rows)")
                start = time.perf_counter()
                result = app.imports.import_books(csv_path, site_code="JH01" if part == 0 else "JH02")
                imports.append({"rows": result.read, "titles_added": result.added,
                                "copies_added": result.copies_added, "seconds": round(time.perf_counter() - start, 2)})
            report("searching")
            figures, digest = _queries(app, folder / "bench.db", queries_per_kind)
            stats = app.stats()
        finally:
            app.close()
    return {"benchmark": "search", "titles": stats.titles, "copies": stats.copies, "imports": imports,
            "queries_per_kind": queries_per_kind, "queries_digest": digest, "seed": SEED, "kinds": figures}


def draw_queries(raw: sqlite3.Connection, *, seed: int = SEED, per_kind: int = QUERIES_PER_KIND
                 ) -> dict[str, list[str]]:
    """`per_kind` queries of each kind, drawn from the catalogue by a Python generator seeded with `seed`.

    The same database and seed give the same queries (rows are read in id order, never by SQL's random()).
    Pieces of titles are drawn until they hold a word character: a piece that is only punctuation ("（）")
    is no query anyone would type, and would find nothing in either the facade or the bare statement."""
    rng = random.Random(seed)

    def sample(sql: str) -> list[Any]:
        rows = [r[0] if len(r) == 1 else r for r in raw.execute(sql)]
        return rng.sample(rows, min(POOL, len(rows)))

    titles = sample("SELECT title FROM titles ORDER BY id")
    isbns = sample("SELECT isbn13 FROM titles WHERE isbn13 IS NOT NULL ORDER BY id")
    codes = sample("SELECT code FROM copies ORDER BY id")
    calls = [f"{c}/{o}" for c, o in sample("SELECT call_class, call_order FROM copies WHERE call_order <> '' "
                                           "ORDER BY id")]
    searchable = [t for t in titles if fts_query(t) is not None]
    spelled = [letters for t in titles if (letters := pinyin_query(initials(t[:3]).split(" ")[0]))]

    def piece(n: int) -> str:
        while True:
            text = rng.choice([t for t in searchable if len(t) > n])
            start = rng.randrange(0, len(text) - n)
            if fts_query(text[start:start + n]) is not None:
                return text[start:start + n]

    return {
        "chinese_1_char": [piece(1) for _ in range(per_kind)],
        "chinese_2_chars": [piece(2) for _ in range(per_kind)],
        "chinese_3plus_chars": [piece(rng.randint(3, 5)) for _ in range(per_kind)],
        "pinyin_initials": [rng.choice(spelled) for _ in range(per_kind)],
        "isbn13": [hyphenated(rng.choice(isbns)) for _ in range(per_kind)],
        "isbn10": [isbn10(rng.choice(isbns)) or "" for _ in range(per_kind)],
        "copy_code": [rng.choice(codes) for _ in range(per_kind)],
        "call_number": [rng.choice(calls) for _ in range(per_kind)],
    }


def _queries(app: Shuyi, db_file: Path, per_kind: int) -> tuple[dict[str, dict[str, Any]], str]:
    """Figures per kind, and a digest of the queries drawn (the same in every run on the same data)."""
    raw = sqlite3.connect(db_file)
    try:
        kinds = draw_queries(raw, per_kind=per_kind)
        out: dict[str, dict[str, Any]] = {}
        for kind, queries in kinds.items():
            ours = [_time(lambda q=q: app.catalogue.search(q)) for q in queries]  # type: ignore[misc]
            bare = [_time(lambda q=q, k=kind: baseline(raw, k, q)) for q in queries]  # type: ignore[misc]
            hits = sum(1 for q in queries[:20] if app.catalogue.search(q))
            mine = _percentiles(ours)
            base = _percentiles(bare)
            out[kind] = {**mine, "baseline_p50_ms": base["p50_ms"], "baseline_p95_ms": base["p95_ms"],
                         "ratio_p50": round(mine["p50_ms"] / max(base["p50_ms"], 1e-3), 1),
                         "found_of_first_20": hits}
        return out, hashlib.sha256(json.dumps(kinds, ensure_ascii=False).encode()).hexdigest()[:16]
    finally:
        raw.close()


def baseline(raw: sqlite3.Connection, kind: str, query: str) -> list[Any]:
    """The one statement each kind stands on, in bare sqlite3; no statement (no rows) when the query holds nothing
    the full-text index can match (draw_queries never draws such a query; the facade falls back to a scan)."""
    if kind.startswith("isbn"):
        from desktop.core.isbn import normalise

        return raw.execute("SELECT id FROM titles WHERE isbn13 = ?", (normalise(query),)).fetchall()
    if kind == "copy_code":
        return raw.execute("SELECT title_id FROM copies WHERE code = ?", (query,)).fetchall()
    if kind == "call_number":
        clc, _, order = query.partition("/")
        return raw.execute("SELECT DISTINCT title_id FROM copies WHERE call_class = ? AND call_order = ?",
                           (clc, order)).fetchall()
    if kind == "pinyin_initials":
        letters = pinyin_query(query)
        match = f"pinyin : {letters}*" if letters else None
    else:
        match = fts_query(query, "title")
    if match is None:
        return []
    return raw.execute("SELECT rowid FROM fts_titles WHERE fts_titles MATCH ? LIMIT 50", (match,)).fetchall()
