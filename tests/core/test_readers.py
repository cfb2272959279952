"""Readers and reader types through the facade: phones kept private, search by name, pinyin, phone tail and card."""

from __future__ import annotations

import dataclasses
import sqlite3
from pathlib import Path

import pytest

from desktop.core import codes, errors
from desktop.core.app import Shuyi
from desktop.core.readers import ReaderInfo, ReaderInput, mask_phone, normalise_phone
from desktop.core.sites import NewSite, SiteKind


def _dump(path: Path) -> list[str]:
    with sqlite3.connect(path) as conn:
        return list(conn.iterdump())


def _rows(path: Path, sql: str, *params: object) -> list[tuple[object, ...]]:
    with sqlite3.connect(path) as conn:
        return conn.execute(sql, params).fetchall()


@pytest.fixture
def one_room(app: Shuyi) -> Shuyi:
    app.sites.add_site(NewSite(code="JH01", kind=SiteKind.READING_ROOM, name="建湖县总工会职工书屋"))
    app.sites.add_site(NewSite(code="JH11", kind=SiteKind.SERVICE_STATION, name="爱心驿站"))
    return app


def _names(found: list[ReaderInfo]) -> list[str]:
    return [r.name for r in found]


def _no_raw_phone(info: ReaderInfo, phone: str) -> None:
    for field in dataclasses.fields(info):
        value = getattr(info, field.name)
        assert phone not in str(value), field.name
        assert phone[-8:] not in str(value), field.name
    assert phone not in repr(info)


# ---- adding and phones -------------------------------------------------------------------------------------


@pytest.mark.parametrize("typed", ["13812345678", "+86 138 1234 5678", "+86-138-1234-5678", "138-1234-5678",
                                   "86 13812345678", " 138 1234 5678 ", "(138)12345678"])
def test_phone_is_normalised(typed: str) -> None:
    assert normalise_phone(typed) == "13812345678"


def test_full_width_digits_are_folded() -> None:
    assert normalise_phone("13８12345678") == "13812345678"
    assert normalise_phone("１３８ １２３４ ５６７８") == "13812345678"


def test_empty_phone_is_none_and_mask_hides_the_middle() -> None:
    assert normalise_phone("") is None and normalise_phone("  ") is None
    assert mask_phone("13812345678") == "138****5678"
    assert mask_phone(None) == "" and mask_phone("") == ""


@pytest.mark.parametrize("bad", ["1381234567", "138123456789", "23812345678", "12812345678", "1381234567a",
                                 "+86 128 1234 5678", "0515-86123456"])
def test_bad_phone_is_refused_with_a_masked_message(one_room: Shuyi, db_path: Path, bad: str) -> None:
    before = _dump(db_path)
    with pytest.raises(errors.InvalidPhone) as refused:
        one_room.readers.add_reader(ReaderInput(name="张伟", phone=bad))
    digits = "".join(c for c in bad if c.isdigit())
    for lang in ("en", "zh_CN"):
        text = refused.value.message(lang)
        assert "****" in text
        assert digits not in text.replace("*", "") or len(digits) < 8
        assert bad.strip() not in text
    assert digits not in str(refused.value)
    assert _dump(db_path) == before


def test_add_reader_gives_a_card_and_never_the_raw_phone(one_room: Shuyi, db_path: Path) -> None:
    made = one_room.readers.add_reader(ReaderInput(name=" 张伟 ", unit="建湖县环境卫生管理处",
                                                   phone="+86 138-1234-5678", union_card="GH-0001"))
    assert (made.name, made.unit, made.phone_masked, made.union_card) == (
        "张伟", "建湖县环境卫生管理处", "138****5678", "GH-0001")
    assert (made.reader_type, made.site_code, made.status.value, made.anonymised) == ("职工", "JH01", "active", False)
    card = codes.parse(made.card_code)
    assert (card.type, card.site_code, card.serial) == (codes.CodeType.READER, "JH01", 1)
    _no_raw_phone(made, "13812345678")
    _no_raw_phone(one_room.readers.reader(made.id), "13812345678")
    for listed in one_room.readers.list_readers() + one_room.readers.search_readers("张伟"):
        _no_raw_phone(listed, "13812345678")
    assert _rows(db_path, "SELECT phone FROM readers") == [("13812345678",)]
    second = one_room.readers.add_reader(ReaderInput(name="李娜"))
    assert codes.parse(second.card_code).serial == 2 and second.phone_masked == ""


def test_default_type_and_a_named_type(one_room: Shuyi) -> None:
    assert one_room.readers.add_reader(ReaderInput(name="张伟")).reader_type == "职工"
    assert one_room.readers.add_reader(ReaderInput(name="李娜", reader_type="临时读者")).reader_type == "临时读者"
    with pytest.raises(errors.UnknownReaderType):
        one_room.readers.add_reader(ReaderInput(name="王芳", reader_type="学生"))
    with pytest.raises(errors.MissingField):
        one_room.readers.add_reader(ReaderInput(name="  "))
    assert one_room.stats().readers == 2


def test_a_room_must_be_named_when_there_are_several(demo_app: Shuyi, demo_db_path: Path) -> None:
    before = _dump(demo_db_path)
    with pytest.raises(errors.RoomNeeded) as needed:
        demo_app.readers.add_reader(ReaderInput(name="张伟", phone="13812345678"))
    assert "JH01, JH02, JH03" in str(needed.value)
    with pytest.raises(errors.UnknownSite):
        demo_app.readers.add_reader(ReaderInput(name="张伟", site_code="JH99"))
    assert _dump(demo_db_path) == before
    made = demo_app.readers.add_reader(ReaderInput(name="张伟", site_code="jh02"))
    assert made.site_code == "JH02" and made.card_code.startswith("RJH02-")


# ---- search ------------------------------------------------------------------------------------------------


@pytest.fixture
def people(one_room: Shuyi) -> dict[str, ReaderInfo]:
    entries = [
        ReaderInput(name="曾华", unit="顺丰速运建湖营业部", phone="13812345678"),
        ReaderInput(name="单田芳", unit="建湖县公共交通有限公司", phone="13900001111"),
        ReaderInput(name="张伟", unit="建湖县环境卫生管理处", phone="15000002222"),
        ReaderInput(name="张伟华", unit="美团外卖建湖站"),
    ]
    return {e.name: one_room.readers.add_reader(e) for e in entries}


def test_search_by_name_substring(one_room: Shuyi, people: dict[str, ReaderInfo]) -> None:
    assert _names(one_room.readers.search_readers("张伟")) == ["张伟", "张伟华"]  # the exact name first
    assert set(_names(one_room.readers.search_readers("华"))) == {"曾华", "张伟华"}
    assert _names(one_room.readers.search_readers("田")) == ["单田芳"]
    assert _names(one_room.readers.search_readers("顺丰")) == ["曾华"]  # the unit too
    assert one_room.readers.search_readers("  ") == [] and one_room.readers.search_readers("赵") == []


@pytest.mark.parametrize(("query", "name"), [
    ("zh", "曾华"), ("ch", "曾华"), ("zenghua", "曾华"), ("cenghua", "曾华"),
    ("dtf", "单田芳"), ("stf", "单田芳"), ("shantianfang", "单田芳"), ("dantianfang", "单田芳"), ("shantian", "单田芳"),
    ("ZW", "张伟"), ("zhangwei", "张伟"),
])
def test_search_by_pinyin_with_either_reading_of_a_surname(one_room: Shuyi, people: dict[str, ReaderInfo],
                                                           query: str, name: str) -> None:
    assert name in _names(one_room.readers.search_readers(query))


def test_pinyin_search_is_not_a_match_for_everything(one_room: Shuyi, people: dict[str, ReaderInfo]) -> None:
    assert _names(one_room.readers.search_readers("stf")) == ["单田芳"]
    assert _names(one_room.readers.search_readers("cenghua")) == ["曾华"]
    assert one_room.readers.search_readers("wangfang") == []


def test_search_by_last_four_phone_digits_and_card_code(one_room: Shuyi, people: dict[str, ReaderInfo]) -> None:
    assert _names(one_room.readers.search_readers("5678")) == ["曾华"]
    assert _names(one_room.readers.search_readers("2222")) == ["张伟"]
    assert one_room.readers.search_readers("1234") == []  # middle digits are not a key
    card = people["单田芳"].card_code
    assert _names(one_room.readers.search_readers(card)) == ["单田芳"]
    assert _names(one_room.readers.search_readers(card.lower())) == ["单田芳"]
    misread = card[:-1] + ("0" if card[-1] != "0" else "1")
    with pytest.raises(errors.BadCheckCharacter):
        one_room.readers.search_readers(misread)


# ---- reveal and anonymise ------------------------------------------------------------------------------------


def test_reveal_phone_returns_the_number_and_logs_it(one_room: Shuyi, people: dict[str, ReaderInfo],
                                                     db_path: Path) -> None:
    reader = people["曾华"]
    assert _rows(db_path, "SELECT count(*) FROM phone_reveals") == [(0,)]
    assert one_room.readers.reveal_phone(reader.id, channel="cli") == "13812345678"
    rows = _rows(db_path, "SELECT reader_id, channel, revealed_by, revealed_at FROM phone_reveals")
    assert len(rows) == 1
    reader_id, channel, by, at = rows[0]
    assert (reader_id, channel) == (reader.id, "cli") and isinstance(by, str) and by.strip() and at
    assert one_room.readers.reveal_phone(people["张伟华"].id, channel="gui") == ""
    assert _rows(db_path, "SELECT reader_id, channel FROM phone_reveals ORDER BY id") == [
        (reader.id, "cli"), (people["张伟华"].id, "gui")]
    with pytest.raises(errors.UnknownReader):
        one_room.readers.reveal_phone(9999, channel="cli")
    assert _rows(db_path, "SELECT count(*) FROM phone_reveals") == [(2,)]


def test_anonymise_keeps_card_type_unit_and_the_count(one_room: Shuyi, people: dict[str, ReaderInfo],
                                                      db_path: Path) -> None:
    reader = people["曾华"]
    one_room.readers.update_reader(reader.id, ReaderInput(name="曾华", unit=reader.unit, phone="138****5678",
                                                          union_card="GH-7", reader_type="临时读者", note="夜班"),
                                   status=reader.status)
    assert _rows(db_path, "SELECT phone, union_card, note FROM readers WHERE id = ?", reader.id) == [
        ("13812345678", "GH-7", "夜班")]  # a masked phone shown back means "unchanged"
    gone = one_room.readers.anonymise_reader(reader.id)
    assert (gone.card_code, gone.reader_type, gone.unit) == (reader.card_code, "临时读者", "顺丰速运建湖营业部")
    assert gone.name != "曾华" and gone.phone_masked == "" and gone.union_card == ""
    assert gone.anonymised and gone.status.value == "left"
    assert _rows(db_path, "SELECT name, phone, union_card, note, name_pinyin FROM readers WHERE id = ?",
                 reader.id) == [(gone.name, None, "", "", "")]
    assert one_room.stats().readers == 4
    assert one_room.readers.search_readers("曾") == [] and one_room.readers.search_readers("zenghua") == []
    assert one_room.readers.search_readers("5678") == []


# ---- reader types ------------------------------------------------------------------------------------------


def test_reader_types_add_and_rename(app: Shuyi) -> None:
    types = app.readers.reader_types()
    assert [(t.name, t.is_default) for t in types] == [("职工", True), ("临时读者", False)]
    added = app.readers.save_reader_type(None, name=" 骑手 ", max_loans=3, loan_days=21, max_renewals=2)
    assert (added.name, added.max_loans, added.loan_days, added.max_renewals, added.is_default) == (
        "骑手", 3, 21, 2, False)
    renamed = app.readers.save_reader_type(added, name="快递骑手", max_loans=4, loan_days=21, max_renewals=2)
    assert renamed.id == added.id and renamed.name == "快递骑手" and renamed.max_loans == 4
    assert [t.name for t in app.readers.reader_types()] == ["职工", "临时读者", "快递骑手"]
    same = app.readers.save_reader_type(renamed, name="快递骑手", max_loans=5, loan_days=30, max_renewals=1)
    assert same.id == added.id and same.max_loans == 5


def test_reader_type_duplicate_name_and_bad_rules_are_refused(app: Shuyi, db_path: Path) -> None:
    worker = app.readers.reader_types()[0]
    before = _dump(db_path)
    with pytest.raises(errors.DuplicateReaderType):
        app.readers.save_reader_type(None, name="临时读者", max_loans=1, loan_days=7, max_renewals=0)
    with pytest.raises(errors.DuplicateReaderType):
        app.readers.save_reader_type(worker, name="临时读者", max_loans=1, loan_days=7, max_renewals=0)
    for rules in ({"max_loans": -1, "loan_days": 7, "max_renewals": 0},
                  {"max_loans": 1, "loan_days": 0, "max_renewals": 0},
                  {"max_loans": 1, "loan_days": 7, "max_renewals": -1}):
        with pytest.raises(errors.InvalidLoanRules):
            app.readers.save_reader_type(None, name="新类型", **rules)
    with pytest.raises(errors.MissingField):
        app.readers.save_reader_type(None, name="  ", max_loans=1, loan_days=7, max_renewals=0)
    assert _dump(db_path) == before


def test_a_new_type_is_usable_for_readers(one_room: Shuyi) -> None:
    one_room.readers.save_reader_type(None, name="骑手", max_loans=3, loan_days=21, max_renewals=2)
    assert one_room.readers.add_reader(ReaderInput(name="刘强", reader_type="骑手")).reader_type == "骑手"
