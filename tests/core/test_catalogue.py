"""Titles and copies through the facade: ISBNs stored as ISBN-13, printed copy codes, 索书号 and shelf order."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from desktop.core import callnumbers, codes, errors
from desktop.core.app import Shuyi
from desktop.core.catalogue import TitleInput
from desktop.core.sites import NewSite, SiteKind


def _dump(path: Path) -> list[str]:
    with sqlite3.connect(path) as conn:
        return list(conn.iterdump())


def _rooms(app: Shuyi, *room_codes: str) -> None:
    for code in room_codes:
        app.sites.add_site(NewSite(code=code, kind=SiteKind.READING_ROOM, name=f"{code}职工书屋"))


@pytest.fixture
def rooms(app: Shuyi) -> Shuyi:
    """The empty database with two reading rooms and one service station."""
    _rooms(app, "JH01", "JH02")
    app.sites.add_site(NewSite(code="JH11", kind=SiteKind.SERVICE_STATION, name="爱心驿站"))
    return app


# ---- titles ---------------------------------------------------------------------------------------------


def test_title_without_isbn_is_stored_trimmed_with_class_normalised(app: Shuyi) -> None:
    made = app.catalogue.add_title(TitleInput(title="  人生  ", author=" 路遥著 ", clc="ｉ２４７．５７"))
    assert made.isbn13 is None
    assert (made.title, made.author, made.clc, made.copies) == ("人生", "路遥著", "I247.57", 0)
    stored, copies = app.catalogue.title(made.id)
    assert stored == made and copies == []


def test_isbn10_input_is_stored_as_isbn13(app: Shuyi) -> None:
    made = app.catalogue.add_title(TitleInput(title="活着", isbn="7-5063-6543-X"))
    assert made.isbn13 == "9787506365437"
    hyphenated = app.catalogue.add_title(TitleInput(title="平凡的世界", isbn="978-7-5302-1164-9"))
    assert hyphenated.isbn13 == "9787530211649"
    assert [t.isbn13 for t in app.catalogue.list_titles()] == ["9787506365437", "9787530211649"]


def test_duplicate_title_is_refused_and_nothing_changes(app: Shuyi, db_path: Path) -> None:
    _rooms(app, "JH01")
    app.catalogue.add_title(TitleInput(title="活着", isbn="9787506365437", author="余华著"), site_code="JH01", copies=2)
    app.catalogue.add_title(TitleInput(title="人生", author="路遥著", publisher="中国青年出版社", year="1982"))
    before, stats = _dump(db_path), app.stats()
    with pytest.raises(errors.DuplicateTitle) as same_isbn:  # the same ISBN in its ISBN-10 spelling
        app.catalogue.add_title(TitleInput(title="活着（新版）", isbn="750636543X"), site_code="JH01", copies=1)
    assert "9787506365437" in str(same_isbn.value)
    with pytest.raises(errors.DuplicateTitle):  # no ISBN: the same main text is the same title
        app.catalogue.add_title(TitleInput(title=" 人生 ", author="路遥著", publisher="中国青年出版社", year="1982"))
    assert _dump(db_path) == before
    assert app.stats() == stats and stats.titles == 2 and stats.copies == 2


def test_bad_isbn_and_missing_title_are_refused(app: Shuyi, db_path: Path) -> None:
    before = _dump(db_path)
    with pytest.raises(errors.InvalidIsbn) as bad:
        app.catalogue.add_title(TitleInput(title="活着", isbn="978-7-5063-6543-8"))
    assert bad.value.params["problem"] == "checksum"
    with pytest.raises(errors.MissingField):
        app.catalogue.add_title(TitleInput(title="   ", isbn="9787506365437"))
    with pytest.raises(errors.InvalidClass):
        app.catalogue.add_title(TitleInput(title="活着", clc="小说"))
    assert _dump(db_path) == before


# ---- copies and their codes -----------------------------------------------------------------------------


def test_copy_codes_parse_with_the_room_code_and_increasing_serials(rooms: Shuyi) -> None:
    title = rooms.catalogue.add_title(TitleInput(title="活着", isbn="9787506365437"))
    first = rooms.catalogue.add_copies(title.id, site_code="jh01", count=3)
    more = rooms.catalogue.add_copies(title.id, site_code="JH01", count=2)
    other = rooms.catalogue.add_copies(title.id, site_code="JH02", count=1)
    parsed = [codes.parse(c.code) for c in first + more]
    assert [p.serial for p in parsed] == [1, 2, 3, 4, 5]
    assert {(p.type, p.site_code) for p in parsed} == {(codes.CodeType.COPY, "JH01")}
    assert codes.parse(other[0].code).site_code == "JH02" and codes.parse(other[0].code).serial == 1
    assert first[0].code == codes.make(codes.CodeType.COPY, "JH01", 1)
    assert {c.site_code for c in first} == {"JH01"} and {c.status.value for c in first} == {"on_shelf"}
    info, copies = rooms.catalogue.title(title.id)
    assert info.copies == 6 and len({c.code for c in copies}) == 6


def test_add_title_with_copies_is_one_action(rooms: Shuyi) -> None:
    made = rooms.catalogue.add_title(TitleInput(title="边城", clc="I246.5"), site_code="JH02", copies=2)
    assert made.copies == 2
    _, copies = rooms.catalogue.title(made.id)
    assert [(c.site_code, c.call_number) for c in copies] == [("JH02", "I246.5/1"), ("JH02", "I246.5/1")]


def test_copies_need_a_known_room_title_and_count(rooms: Shuyi, db_path: Path) -> None:
    title = rooms.catalogue.add_title(TitleInput(title="活着"))
    before = _dump(db_path)
    with pytest.raises(errors.RoomNeeded) as needed:
        rooms.catalogue.add_copies(title.id, site_code="")
    assert "JH01, JH02" in str(needed.value)
    with pytest.raises(errors.UnknownSite):
        rooms.catalogue.add_copies(title.id, site_code="JH99")
    with pytest.raises(errors.UnknownTitle):
        rooms.catalogue.add_copies(title.id + 100, site_code="JH01")
    with pytest.raises(errors.MissingField):
        rooms.catalogue.add_copies(title.id, site_code="JH01", count=0)
    assert _dump(db_path) == before


def test_the_only_reading_room_is_used_when_none_is_named(app: Shuyi) -> None:
    _rooms(app, "SG01")
    app.sites.add_site(NewSite(code="JH11", kind=SiteKind.SERVICE_STATION, name="爱心驿站"))
    title = app.catalogue.add_title(TitleInput(title="活着"))
    assert [c.site_code for c in app.catalogue.add_copies(title.id, site_code="")] == ["SG01"]


# ---- call numbers -----------------------------------------------------------------------------------------


def test_call_numbers_are_shared_per_title_and_counted_per_class_and_room(rooms: Shuyi) -> None:
    alive = rooms.catalogue.add_title(TitleInput(title="活着", clc="I247.57"))
    world = rooms.catalogue.add_title(TitleInput(title="平凡的世界", clc="I247.57"))
    city = rooms.catalogue.add_title(TitleInput(title="围城", clc="I246.5"))
    plain = rooms.catalogue.add_title(TitleInput(title="无分类的书"))
    assert {c.call_number for c in rooms.catalogue.add_copies(alive.id, site_code="JH01", count=3)} == {"I247.57/1"}
    assert [c.call_number for c in rooms.catalogue.add_copies(world.id, site_code="JH01")] == ["I247.57/2"]
    assert [c.call_number for c in rooms.catalogue.add_copies(alive.id, site_code="JH01")] == ["I247.57/1"]
    assert [c.call_number for c in rooms.catalogue.add_copies(city.id, site_code="JH01")] == ["I246.5/1"]
    # another room numbers its own shelves from 1
    assert [c.call_number for c in rooms.catalogue.add_copies(world.id, site_code="JH02")] == ["I247.57/1"]
    assert [c.call_number for c in rooms.catalogue.add_copies(alive.id, site_code="JH02")] == ["I247.57/2"]
    assert [c.call_number for c in rooms.catalogue.add_copies(plain.id, site_code="JH01")] == [""]


def test_an_imported_call_number_raises_the_next_automatic_one(rooms: Shuyi, tmp_path: Path) -> None:
    sheet = tmp_path / "books.csv"
    sheet.write_text("题名,分类号,索书号\n活着,I247.57,I247.57/12\n", encoding="utf-8")
    report = rooms.imports.import_books(sheet, site_code="JH01")
    assert (report.added, report.copies_added) == (1, 1)
    assert [c.call_number for c in rooms.catalogue.list_copies(site_code="JH01")] == ["I247.57/12"]
    world = rooms.catalogue.add_title(TitleInput(title="平凡的世界", clc="I247.57"))
    assert [c.call_number for c in rooms.catalogue.add_copies(world.id, site_code="JH01")] == ["I247.57/13"]
    # the imported title's later copies share its number; the other room is not affected
    alive = next(t for t in rooms.catalogue.list_titles() if t.title == "活着")
    assert [c.call_number for c in rooms.catalogue.add_copies(alive.id, site_code="JH01")] == ["I247.57/12"]
    assert [c.call_number for c in rooms.catalogue.add_copies(world.id, site_code="JH02")] == ["I247.57/1"]


def test_shelf_key_orders_numbers_as_numbers_and_classes_character_by_character() -> None:
    key = callnumbers.shelf_key
    assert key("B43", "6") < key("B43", "11")
    assert key("B43", "") < key("B43.1", "")
    assert key("B43", "99") < key("B43.1", "1")
    assert key("I247.57", "999") < key("I247.57", "L12")  # 著者号 after every 种次号 of its class
    written = ["B43.1/2", "B43/11", "B43/6", "B432/1", "B43/1", "B43.1/10", "A41/3"]
    parsed = [callnumbers.parse(t) for t in written]
    assert [str(c) for c in sorted(parsed, key=lambda c: c.shelf_key)] == [
        "A41/3", "B43/1", "B43/6", "B43/11", "B43.1/2", "B43.1/10", "B432/1"]


def test_parse_call_number() -> None:
    assert callnumbers.parse(" i247.57 / 12 ") == callnumbers.CallNumber("I247.57", "12")
    assert str(callnumbers.parse("Ｄ４１２．６")) == "D412.6"
    with pytest.raises(errors.InvalidClass):
        callnumbers.parse("247/12")


def test_copies_are_listed_in_shelf_order(rooms: Shuyi) -> None:
    made = {}
    for n in range(11):
        made[n] = rooms.catalogue.add_title(TitleInput(title=f"哲学讲义 第{n + 1}册", clc="B43"))
        rooms.catalogue.add_copies(made[n].id, site_code="JH01")
    sub = rooms.catalogue.add_title(TitleInput(title="哲学小品", clc="B43.1"))
    rooms.catalogue.add_copies(sub.id, site_code="JH01")
    listed = [c.call_number for c in rooms.catalogue.list_copies(site_code="JH01")]
    assert listed == [f"B43/{n}" for n in range(1, 12)] + ["B43.1/1"]


# ---- printed codes ----------------------------------------------------------------------------------------


@pytest.mark.parametrize("code_type", list(codes.CodeType))
@pytest.mark.parametrize("serial", [1, 42, 999_999, 1_234_567])
def test_code_round_trip(code_type: codes.CodeType, serial: int) -> None:
    text = codes.make(code_type, "JH01", serial)
    assert text.startswith(f"{code_type.value}JH01-") and text.isascii() and text == text.upper()
    parsed = codes.parse(text)
    assert (parsed.type, parsed.site_code, parsed.serial, parsed.text) == (code_type, "JH01", serial, text)


def test_scanner_input_in_lower_case_or_full_width_is_accepted() -> None:
    text = codes.make(codes.CodeType.COPY, "JH01", 123)
    full_width = "".join(chr(ord(c) + 0xFEE0) for c in text)
    for typed in (text.lower(), f"  {text}\r\n", full_width):
        assert codes.parse(typed).text == text


def test_a_changed_or_swapped_character_fails_the_check() -> None:
    text = codes.make(codes.CodeType.COPY, "JH01", 123)  # CJH01-000123?
    for i, char in enumerate(text):
        if char == "-" or i == 0:
            continue
        pool = "0123456789" if char.isdigit() else "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
        for other in pool.replace(char, ""):
            with pytest.raises(errors.BadCheckCharacter):
                codes.parse(text[:i] + other + text[i + 1:])
    swapped = text[:9] + text[10] + text[9] + text[11:]  # 000123 → 000213
    assert swapped != text
    with pytest.raises(errors.BadCheckCharacter) as bad:
        codes.parse(swapped)
    assert "misread" in str(bad.value)


@pytest.mark.parametrize("foreign", ["9787020010004", "978-7-02-001000-4", "hello 你好", "", "ZJH01-0001239",
                                     "CJH01-123X", "JH01-000123K"])
def test_isbns_and_other_text_are_foreign_codes(foreign: str) -> None:
    with pytest.raises(errors.ForeignCode) as refused:
        codes.parse(foreign)
    assert "not a Shuyi code" in str(refused.value)


def test_classify_routes_search_input() -> None:
    copy = codes.make(codes.CodeType.COPY, "JH01", 7)
    assert [codes.classify(q) for q in (copy.lower(), "978-7-02-001000-4", "702001000X", "红楼梦", "I247.57")] == [
        "code", "isbn", "isbn", "text", "text"]


# ---- stats --------------------------------------------------------------------------------------------


def test_stats_count_titles_copies_and_rooms(rooms: Shuyi) -> None:
    assert rooms.stats().as_dict() == {"sites": 3, "reading_rooms": 2, "service_stations": 1, "users": 0,
                                       "titles": 0, "copies": 0, "readers": 0, "open_loans": 0,
                                       "overdue_loans": 0, "facilities": 0, "service_events": 0, "inspections": 0,
                                       "open_rectifications": 0}
    a = rooms.catalogue.add_title(TitleInput(title="活着"), site_code="JH01", copies=3)
    rooms.catalogue.add_title(TitleInput(title="人生"))
    rooms.catalogue.add_copies(a.id, site_code="JH02", count=2)
    counts = rooms.stats()
    assert (counts.titles, counts.copies, counts.readers) == (2, 5, 0)
    assert [t.copies for t in rooms.catalogue.list_titles()] == [5, 0]


def test_demo_stats(demo_app: Shuyi) -> None:
    counts = demo_app.stats()
    assert (counts.titles, counts.copies, counts.readers) == (40, 89, 30)
    assert len(demo_app.catalogue.list_copies()) == 89 and sum(t.copies for t in demo_app.catalogue.list_titles()) == 89


def test_every_demo_reading_room_holds_books(demo_app: Shuyi) -> None:
    assert {c.site_code for c in demo_app.catalogue.list_copies()} == {"JH01", "JH02", "JH03"}
