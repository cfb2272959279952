"""The catalogue search box on the demo database and on added titles: characters, pinyin, ISBNs, codes, call numbers."""

from __future__ import annotations

import pytest

from desktop.core import codes, errors
from desktop.core.app import Shuyi
from desktop.core.catalogue import TitleInput
from desktop.core.search import Hit

PEOPLES_LITERATURE = {"红楼梦", "三国演义", "水浒传", "西游记", "白鹿原", "围城", "骆驼祥子", "朝花夕拾", "边城",
                      "钢铁是怎样炼成的", "草房子"}


def _titles(hits: list[Hit]) -> list[str]:
    return [h.title.title for h in hits]


def _whys(hits: list[Hit]) -> dict[str, str]:
    return {h.title.title: h.why for h in hits}


# ---- characters --------------------------------------------------------------------------------------------


def test_one_character(demo_app: Shuyi) -> None:
    hits = demo_app.catalogue.search("红")
    assert hits[0].title.title == "红楼梦" and hits[0].why == "title"
    assert _whys(hits) == {"红楼梦": "title", "家庭急救手册": "other"}  # 中国红十字会总会编
    assert _titles(demo_app.catalogue.search("梦")) == ["红楼梦"]


def test_two_characters(demo_app: Shuyi) -> None:
    assert set(_titles(demo_app.catalogue.search("世界"))) == {"平凡的世界", "苏菲的世界"}
    assert _titles(demo_app.catalogue.search("红楼")) == ["红楼梦"]
    assert _titles(demo_app.catalogue.search("楼梦")) == ["红楼梦"]


def test_substring_in_the_middle_of_a_title(demo_app: Shuyi) -> None:
    assert _titles(demo_app.catalogue.search("凡的世")) == ["平凡的世界"]
    assert _titles(demo_app.catalogue.search("怎样炼")) == ["钢铁是怎样炼成的"]
    assert _titles(demo_app.catalogue.search("入门到")) == ["Python编程：从入门到实践"]


def test_author_and_publisher_substrings(demo_app: Shuyi) -> None:
    hits = demo_app.catalogue.search("余华")
    assert _titles(hits) == ["活着"] and hits[0].why == "other"
    assert _titles(demo_app.catalogue.search("老舍")) == ["骆驼祥子"]
    assert set(_titles(demo_app.catalogue.search("中华书局"))) == {"史记", "论语译注"}
    assert set(_titles(demo_app.catalogue.search("文学出版"))) == PEOPLES_LITERATURE
    assert len(demo_app.catalogue.search("文学出版", limit=3)) == 3


def test_latin_words_in_titles_ignore_case(demo_app: Shuyi) -> None:
    assert _titles(demo_app.catalogue.search("python")) == ["Python编程：从入门到实践"]
    assert _titles(demo_app.catalogue.search("ＰＹＴＨＯＮ")) == ["Python编程：从入门到实践"]


# ---- pinyin ------------------------------------------------------------------------------------------------


def test_pinyin_initials(demo_app: Shuyi) -> None:
    hits = demo_app.catalogue.search("hlm")
    assert _titles(hits) == ["红楼梦"] and hits[0].why == "pinyin"
    assert _titles(demo_app.catalogue.search("HLM")) == ["红楼梦"]
    assert _titles(demo_app.catalogue.search("pfdsj")) == ["平凡的世界"]
    assert "骆驼祥子" in _titles(demo_app.catalogue.search("ltxz"))


def test_full_pinyin_whole_prefix_and_from_a_later_character(demo_app: Shuyi) -> None:
    assert _titles(demo_app.catalogue.search("hongloumeng")) == ["红楼梦"]
    assert _titles(demo_app.catalogue.search("honglou")) == ["红楼梦"]
    assert _titles(demo_app.catalogue.search("loumeng")) == ["红楼梦"]
    assert "平凡的世界" in _titles(demo_app.catalogue.search("pingfandeshijie"))


@pytest.mark.parametrize(("title", "queries"), [
    ("轻与重", ["qyz", "qyc", "qingyuzhong", "qingyuchong"]),
    ("行与知", ["xyz", "hyz", "xingyuzhi", "hangyuzhi"]),
])
def test_polyphonic_characters_are_found_by_either_reading(app: Shuyi, title: str, queries: list[str]) -> None:
    app.catalogue.add_title(TitleInput(title=title))
    app.catalogue.add_title(TitleInput(title="无关的书"))
    for query in queries:
        hits = app.catalogue.search(query)
        assert _titles(hits) == [title], query
        assert hits[0].why == "pinyin"


# ---- ISBN and EAN-13 ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("query", ["978-7-02-001000-4", "9787020010004", "978 7 02 001000 4",
                                   "7020010008", "7-02-001000-8", "9787020010004\r\n", "９７８７０２００１０００４"])
def test_isbn_in_any_spelling_finds_the_title(demo_app: Shuyi, query: str) -> None:
    hits = demo_app.catalogue.search(query)
    assert len(hits) == 1
    assert (hits[0].title.title, hits[0].why, hits[0].title.isbn13) == ("红楼梦", "isbn", "9787020010004")
    assert hits[0].title.copies == 2


def test_isbn10_finds_its_isbn13_twin(app: Shuyi) -> None:
    app.catalogue.add_title(TitleInput(title="活着", isbn="9787506365437"))
    app.catalogue.add_title(TitleInput(title="平凡的世界", isbn="9787530211649"))
    assert _titles(app.catalogue.search("750636543X")) == ["活着"]
    assert _titles(app.catalogue.search("7-5063-6543-x")) == ["活着"]
    assert _titles(app.catalogue.search("7530211641")) == ["平凡的世界"]


def test_a_valid_isbn_that_is_not_catalogued_finds_nothing(demo_app: Shuyi) -> None:
    assert demo_app.catalogue.search("9787506365437") == []


@pytest.mark.parametrize("query", ["9787020010005", "978-7-02-001000-5", "7020010009"])
def test_a_misread_isbn_is_an_error(demo_app: Shuyi, query: str) -> None:
    with pytest.raises(errors.InvalidIsbn) as bad:
        demo_app.catalogue.search(query)
    assert bad.value.params["problem"] == "checksum"


# ---- codes ---------------------------------------------------------------------------------------------------


def test_a_copy_code_returns_its_title(demo_app: Shuyi) -> None:
    copy = next(c for c in demo_app.catalogue.list_copies() if c.title == "平凡的世界")
    for typed in (copy.code, copy.code.lower(), f" {copy.code}\n"):
        hits = demo_app.catalogue.search(typed)
        assert len(hits) == 1
        assert (hits[0].title.title, hits[0].why, hits[0].copy_code) == ("平凡的世界", "code", copy.code)
        assert hits[0].title.id == copy.title_id


def test_codes_that_name_no_copy_find_nothing_and_a_misread_one_is_an_error(demo_app: Shuyi) -> None:
    assert demo_app.catalogue.search(codes.make(codes.CodeType.COPY, "JH01", 999_999)) == []
    reader_card = demo_app.readers.list_readers()[0].card_code
    assert demo_app.catalogue.search(reader_card) == []
    code = demo_app.catalogue.list_copies()[0].code
    misread = code[:-2] + ("1" if code[-2] != "1" else "2") + code[-1]
    with pytest.raises(errors.BadCheckCharacter):
        demo_app.catalogue.search(misread)


# ---- call numbers ------------------------------------------------------------------------------------------


def test_a_call_number_finds_its_title(demo_app: Shuyi) -> None:
    hits = demo_app.catalogue.search("D412.6/1")
    assert _titles(hits) == ["职工权益维护指南"] and hits[0].why == "call_number"
    copy = next(c for c in demo_app.catalogue.list_copies() if c.title == "活着")
    assert copy.call_number.startswith("I247.57/")
    assert _titles(demo_app.catalogue.search(copy.call_number.lower()))[0] == "活着"


def test_a_bare_class_finds_titles_in_it_and_its_subclasses(demo_app: Shuyi) -> None:
    classics = {"红楼梦", "三国演义", "水浒传", "西游记"}
    hits = demo_app.catalogue.search("I242.4")
    assert set(_titles(hits)) == classics and {h.why for h in hits} == {"call_number"}
    assert set(_titles(demo_app.catalogue.search("I242"))) == classics
    assert set(_titles(demo_app.catalogue.search("K2"))) == {"史记", "万历十五年", "盐城简史"}


# ---- ranking and edge cases --------------------------------------------------------------------------------


def test_exact_title_is_ranked_before_longer_titles_containing_it(demo_app: Shuyi) -> None:
    demo_app.catalogue.add_title(TitleInput(title="活着的理由"))
    demo_app.catalogue.add_title(TitleInput(title="我们为什么活着"))
    demo_app.catalogue.add_title(TitleInput(title="世界"))
    assert _titles(demo_app.catalogue.search("活着")) == ["活着", "活着的理由", "我们为什么活着"]
    hits = demo_app.catalogue.search("世界")
    assert hits[0].title.title == "世界"
    assert set(_titles(hits[1:])) == {"平凡的世界", "苏菲的世界"}


def test_added_titles_are_found_at_once(app: Shuyi) -> None:
    made = app.catalogue.add_title(TitleInput(title="工会驿站服务指南", author="建湖县总工会编",
                                              publisher="江苏人民出版社"))
    assert [h.title.id for h in app.catalogue.search("驿站")] == [made.id]
    assert [h.title.id for h in app.catalogue.search("总工会")] == [made.id]
    assert [h.title.id for h in app.catalogue.search("ghyzfwzn")] == [made.id]


@pytest.mark.parametrize("query", ["", "   ", "\n", "，。！", "☃"])
def test_empty_or_unsearchable_query_gives_nothing(demo_app: Shuyi, query: str) -> None:
    assert demo_app.catalogue.search(query) == []


def test_text_nobody_catalogued_finds_nothing(demo_app: Shuyi) -> None:
    assert demo_app.catalogue.search("量子力学") == []
    assert demo_app.catalogue.search("qzlx") == []
