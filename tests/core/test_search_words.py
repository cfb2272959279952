"""Queries of several words, and text that looks like search syntax or SQL: words, never operators."""

from __future__ import annotations

import pytest

from desktop.core.app import Shuyi


@pytest.mark.parametrize(("query", "title"), [
    ("红楼梦 曹雪芹", "红楼梦"),  # title and author in one query
    ("平凡 世界", "平凡的世界"),  # two parts of one title
    ("hong lou", "红楼梦"),  # full pinyin with a space
    ("pf dsj", "平凡的世界"),  # initials in two groups
    ("人民文学出版社 水浒", "水浒传"),  # publisher and title
])
def test_words_are_each_required_wherever_they_are(demo_app: Shuyi, query: str, title: str) -> None:
    assert title in [h.title.title for h in demo_app.catalogue.search(query)]


@pytest.mark.parametrize("query", ['"', "(", ")", "*", "^红", "红 NEAR 楼", "NEAR(红 楼)", "'; DROP TABLE titles;--",
                                   "title:红楼", "红" * 300, "：", "-"])
def test_syntax_in_a_query_is_inert(demo_app: Shuyi, query: str) -> None:
    before = demo_app.stats()
    demo_app.catalogue.search(query)  # no exception, whatever it finds
    assert demo_app.stats() == before


def test_a_word_that_matches_nothing_empties_the_result(demo_app: Shuyi) -> None:
    assert demo_app.catalogue.search("红楼梦 不存在的词") == []
