"""`shuyi bench search` at a tiny scale: its queries are the same every run, and its bare baseline never crashes."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from desktop.bench import search_bench
from desktop.core.app import Shuyi
from desktop.core.catalogue import TitleInput

NO_WORD_CHARACTERS = ("（——）", "《》", "……", "！？")


def test_two_draws_on_the_same_data_are_the_same_queries(demo_app: Shuyi, demo_db_path: Path) -> None:
    raw = sqlite3.connect(demo_db_path)
    try:
        first = search_bench.draw_queries(raw, per_kind=30)
        second = search_bench.draw_queries(raw, per_kind=30)
        other_seed = search_bench.draw_queries(raw, seed=search_bench.SEED + 1, per_kind=30)
    finally:
        raw.close()
    assert first == second
    assert first != other_seed
    assert set(first) == {"chinese_1_char", "chinese_2_chars", "chinese_3plus_chars", "pinyin_initials", "isbn13",
                          "isbn10", "copy_code", "call_number"}
    assert all(len(queries) == 30 and all(queries) for queries in first.values())


def test_titles_with_no_word_characters_do_not_crash_the_baseline(demo_app: Shuyi, demo_db_path: Path) -> None:
    """Half the catalogue is punctuation-only titles: the draw skips such pieces and the baseline matches nothing
    for them (before, it sent `MATCH NULL` and ended in "fts5: syntax error")."""
    for n in range(40):
        title = NO_WORD_CHARACTERS[n % len(NO_WORD_CHARACTERS)] * (1 + n % 3)
        demo_app.catalogue.add_title(TitleInput(title=title, author=f"佚名{n}"), site_code="JH01", copies=1)
    raw = sqlite3.connect(demo_db_path)
    try:
        queries = search_bench.draw_queries(raw, per_kind=50)
        for kind, drawn in queries.items():
            for query in drawn:
                search_bench.baseline(raw, kind, query)  # raises sqlite3.OperationalError on a bad MATCH
        for piece in NO_WORD_CHARACTERS:
            assert all(ch not in piece for q in queries["chinese_1_char"] for ch in q)
            for kind in ("chinese_1_char", "chinese_2_chars", "chinese_3plus_chars", "pinyin_initials"):
                assert search_bench.baseline(raw, kind, piece) == []
    finally:
        raw.close()


@pytest.mark.slow
def test_a_whole_run_twice_times_the_same_queries(tmp_path: Path) -> None:
    figures = [search_bench.run(rows_per_file=100, queries_per_kind=5, workdir=tmp_path) for _ in range(2)]
    assert figures[0]["queries_digest"] == figures[1]["queries_digest"]
    assert figures[0]["titles"] == figures[1]["titles"] > 200
    assert set(figures[0]["kinds"]) == set(figures[1]["kinds"])
    for f in figures[0]["kinds"].values():
        assert f["p50_ms"] > 0 and f["baseline_p50_ms"] >= 0
