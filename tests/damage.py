"""Damage a real SQLite file the way a failing disk does: whole pages overwritten with noise, seeded."""

from __future__ import annotations

import random
import sqlite3
from contextlib import closing
from pathlib import Path


def overwrite_pages(path: Path, count: int = 3, *, seed: int = 7, pages: list[int] | None = None) -> list[int]:
    """Overwrite `count` pages (never page 1, the header) with seeded noise until SQLite's quick_check notices.

    `pages` picks them instead of the seed. Returns the pages overwritten. The file must be closed (no -wal).
    """
    with closing(sqlite3.connect(path)) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        page_size = conn.execute("PRAGMA page_size").fetchone()[0]
        page_count = conn.execute("PRAGMA page_count").fetchone()[0]
    rng = random.Random(seed)
    chosen = list(pages) if pages is not None else rng.sample(range(2, page_count + 1), min(count, page_count - 1))
    for page in chosen:
        _overwrite(path, page, page_size, rng)
    spare = [p for p in range(2, page_count + 1) if p not in chosen]
    rng.shuffle(spare)
    while not _damaged(path):  # the noise fell on free pages only: one more page, until SQLite sees it
        page = spare.pop()
        _overwrite(path, page, page_size, rng)
        chosen.append(page)
    return chosen


def pages_of(path: Path, table: str) -> list[int]:
    """The pages of a table's b-tree (SQLite's dbstat), to damage one table and leave the others sound."""
    with closing(sqlite3.connect(path)) as conn:
        return [row[0] for row in conn.execute("SELECT pageno FROM dbstat WHERE name = ? ORDER BY pageno", (table,))]


def _overwrite(path: Path, page: int, page_size: int, rng: random.Random) -> None:
    with path.open("r+b") as fh:
        fh.seek((page - 1) * page_size)
        fh.write(rng.randbytes(page_size))


def _damaged(path: Path) -> bool:
    try:
        with closing(sqlite3.connect(path)) as conn:
            return conn.execute("PRAGMA quick_check").fetchall() != [("ok",)]
    except sqlite3.DatabaseError:
        return True
