"""`shuyi bench search`: a 200,000-title catalogue built through the real CSV import, then every kind of query.

Each query kind is timed through the facade (open a session, search, rank, load the titles: what the search box
does) and, side by side in the same run, the bare SQLite statement at its core, so the ratio shows what Shuyi
adds on top of SQLite itself.
"""

from __future__ import annotations

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
from desktop.core.searchtext import fts_query, initials

QUERIES_PER_KIND = 200
ROWS_PER_FILE = 100_000


def _percentiles(samples: list[float]) -> dict[str, float]:
    ordered = sorted(samples)
    return {"p50_ms": round(statistics.median(ordered), 3),
            "p95_ms": round(ordered[int(len(ordered) * 0.95) - 1], 3)}


def _time(fn: Callable[[], object]) -> float:
    start = time.perf_counter()
    fn()
    return (time.perf_counter() - start) * 1000


def run(*, rows_per_file: int = ROWS_PER_FILE, workdir: Path | None = None,
        report: Callable[[str], None] = lambda _m: None) -> dict[str, Any]:
    with tempfile.TemporaryDirectory(dir=workdir) as tmp:
        folder = Path(tmp)
        app = Shuyi.open(folder / "bench.db")
        try:
            app.load_demo("small")
            imports = []
            for part in range(2):
                csv_path = folder / f"books{part}.csv"
                write_books_csv(csv_path, rows=rows_per_file, seed=part, start=part * rows_per_file)
                report(f"importing {csv_path.name} ({rows_per_file} rows)")
                start = time.perf_counter()
                result = app.import_books(csv_path, site_code="JH01" if part == 0 else "JH02")
                imports.append({"rows": result.read, "titles_added": result.added,
                                "copies_added": result.copies_added, "seconds": round(time.perf_counter() - start, 2)})
            report("searching")
            figures = _queries(app, folder / "bench.db")
            stats = app.stats()
        finally:
            app.close()
    return {"benchmark": "search", "titles": stats.titles, "copies": stats.copies, "imports": imports,
            "queries_per_kind": QUERIES_PER_KIND, "kinds": figures}


def _queries(app: Shuyi, db_file: Path) -> dict[str, dict[str, Any]]:
    rng = random.Random(7)
    raw = sqlite3.connect(db_file)
    try:
        titles = [r[0] for r in raw.execute("SELECT title FROM titles ORDER BY random() LIMIT 2000")]
        isbns = [r[0] for r in raw.execute(
            "SELECT isbn13 FROM titles WHERE isbn13 IS NOT NULL ORDER BY random() LIMIT 2000")]
        codes = [r[0] for r in raw.execute("SELECT code FROM copies ORDER BY random() LIMIT 2000")]
        calls = [f"{c}/{o}" for c, o in raw.execute(
            "SELECT call_class, call_order FROM copies WHERE call_order <> '' ORDER BY random() LIMIT 2000")]

        def piece(n: int) -> str:
            t = rng.choice([t for t in titles if len(t) > n])
            i = rng.randrange(0, len(t) - n)
            return t[i:i + n]

        kinds: dict[str, list[str]] = {
            "chinese_1_char": [piece(1) for _ in range(QUERIES_PER_KIND)],
            "chinese_2_chars": [piece(2) for _ in range(QUERIES_PER_KIND)],
            "chinese_3plus_chars": [piece(rng.randint(3, 5)) for _ in range(QUERIES_PER_KIND)],
            "pinyin_initials": [initials(rng.choice(titles)[:3]).split()[0] for _ in range(QUERIES_PER_KIND)],
            "isbn13": [hyphenated(rng.choice(isbns)) for _ in range(QUERIES_PER_KIND)],
            "isbn10": [isbn10(rng.choice(isbns)) or "" for _ in range(QUERIES_PER_KIND)],
            "copy_code": [rng.choice(codes) for _ in range(QUERIES_PER_KIND)],
            "call_number": [rng.choice(calls) for _ in range(QUERIES_PER_KIND)],
        }
        out: dict[str, dict[str, Any]] = {}
        for kind, queries in kinds.items():
            ours = [_time(lambda q=q: app.search(q)) for q in queries]  # type: ignore[misc]
            bare = [_time(lambda q=q, k=kind: _baseline(raw, k, q)) for q in queries]  # type: ignore[misc]
            hits = sum(1 for q in queries[:20] if app.search(q))
            mine = _percentiles(ours)
            base = _percentiles(bare)
            out[kind] = {**mine, "baseline_p50_ms": base["p50_ms"], "baseline_p95_ms": base["p95_ms"],
                         "ratio_p50": round(mine["p50_ms"] / max(base["p50_ms"], 1e-3), 1),
                         "found_of_first_20": hits}
        return out
    finally:
        raw.close()


def _baseline(raw: sqlite3.Connection, kind: str, query: str) -> list[Any]:
    """The one statement each kind stands on, in bare sqlite3."""
    if kind.startswith("isbn"):
        from desktop.core.isbn import normalise

        return raw.execute("SELECT id FROM titles WHERE isbn13 = ?", (normalise(query),)).fetchall()
    if kind == "copy_code":
        return raw.execute("SELECT title_id FROM copies WHERE code = ?", (query,)).fetchall()
    if kind == "call_number":
        clc, _, order = query.partition("/")
        return raw.execute("SELECT DISTINCT title_id FROM copies WHERE call_class = ? AND call_order = ?",
                           (clc, order)).fetchall()
    match = f"pinyin : {query}*" if kind == "pinyin_initials" else fts_query(query, "title")
    return raw.execute("SELECT rowid FROM fts_titles WHERE fts_titles MATCH ? LIMIT 50", (match,)).fetchall()
