"""Text prepared for search grows in step with the text: a long title costs what its length says, not its square."""

from __future__ import annotations

import time

from desktop.core.app import Shuyi
from desktop.core.catalogue import TitleInput
from desktop.core.searchtext import WINDOW, pinyin_tokens

LONG = "中华人民共和国宪法学习读本" * 200  # 2,600 characters


def test_pinyin_tokens_grow_linearly() -> None:
    short, long_ = pinyin_tokens(LONG[:1300]), pinyin_tokens(LONG)
    assert len(long_) < 2.2 * len(short)  # every whole suffix would make it four times as long
    assert len(long_) < 400 * len(LONG)


def test_a_forty_thousand_character_title_is_indexed_quickly() -> None:
    started = time.perf_counter()
    tokens = pinyin_tokens("红楼梦" * 13_334)
    assert time.perf_counter() - started < 5
    assert len(tokens) < 200 * 40_000


def test_the_windows_keep_what_a_title_is_found_by(app: Shuyi) -> None:
    title = "中华人民共和国宪法学习读本以及有关的法律法规和司法解释汇编"
    app.catalogue.add_title(TitleInput(title=title))
    app.catalogue.add_title(TitleInput(title="无关的书"))
    assert len(title) > WINDOW + 2
    for query in ("zhrmghgxfxxdbyjygdflfghsfjshb",  # every initial, from the first character: any length
                  "xianfaxuexi", "xfxxdb",  # from a later character, full pinyin and initials
                  "hb", "jieshihuibian"):  # the last characters
        assert [h.title.title for h in app.catalogue.search(query)] == [title], query
