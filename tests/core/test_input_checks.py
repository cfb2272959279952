"""What a user types or a file holds, checked in the core: ASCII codes, ISBNs and call numbers, one column per
field, and a mobile number typed into a free-text field masked wherever a reader is shown."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.core import callnumbers, codes, errors, isbn
from desktop.core.app import Shuyi
from desktop.core.readers import ReaderInput
from desktop.core.records import RejectReason

ARABIC, DEVANAGARI, MATHS = "٠١٢٣٤٥٦٧٨٩", "०१२३४५६७८९", "𝟎𝟏𝟐𝟑𝟒𝟓𝟔𝟕𝟖𝟗"


def _foreign(ascii_text: str, digits: str) -> str:
    return ascii_text.translate(str.maketrans("0123456789", digits))


@pytest.mark.parametrize("digits", [ARABIC, DEVANAGARI, MATHS])
def test_codes_with_other_digits_are_not_ours(digits: str) -> None:
    good = codes.make(codes.CodeType.COPY, "JH01", 1)
    typed = _foreign(good, digits)
    assert codes.classify(typed) == "code"  # routed to the code check, which refuses it
    with pytest.raises(errors.NonAsciiCode) as refused:
        codes.parse(typed)
    assert refused.value.params["code"] == typed
    assert codes.parse(good).text == good


@pytest.mark.parametrize("digits", [ARABIC, DEVANAGARI])
def test_isbns_and_call_numbers_with_other_digits_are_refused(digits: str) -> None:
    assert not isbn.is_isbn_shaped(_foreign("9787020002207", digits))
    with pytest.raises(errors.InvalidIsbn):
        isbn.normalise(_foreign("9787020002207", digits))
    with pytest.raises(errors.InvalidClass):
        callnumbers.parse("I247.57/" + _foreign("12", digits))
    assert callnumbers.parse("I247.57/12").shelf_key == "I247.57 000000012"


def test_a_typed_word_is_echoed_as_typed() -> None:
    with pytest.raises(errors.ForeignCode) as refused:
        codes.parse(" hello ")
    assert refused.value.params["code"] == "hello"
    assert codes.echo(" hello ") == "hello"
    assert codes.echo(" cjh01-000001k ") == codes.clean("cjh01-000001k")


def test_reader_search_by_phone_digits_takes_ascii_digits_only(demo_app: Shuyi) -> None:
    assert demo_app.readers.search_readers(_foreign("5678", ARABIC)) == []


# ---- one column per field --------------------------------------------------------------------------------


@pytest.mark.parametrize(("header", "readers"), [("题名,书名,作者", False), ("题名,题名,作者", False),
                                                  ("姓名,手机,手机号", True)])
def test_two_columns_for_one_field_refuse_the_file(demo_app: Shuyi, tmp_path: Path, header: str,
                                                   readers: bool) -> None:
    source = tmp_path / "dup.csv"
    source.write_text(f"{header}\n甲,乙,13800138000\n", encoding="utf-8")
    before = demo_app.stats()
    importer = demo_app.imports.import_readers if readers else demo_app.imports.import_books
    with pytest.raises(errors.DuplicateColumn) as refused:
        importer(source, site_code="JH01")
    assert refused.value.params["first"].endswith("(1)") or refused.value.params["first"].endswith("(2)")
    assert demo_app.stats() == before
    mapping = {0: "name" if readers else "title"}  # a mapping chosen in the import window is taken as it is
    assert importer(source, site_code="JH01", mapping=mapping).added == 1


# ---- a mobile number in a free-text field ---------------------------------------------------------------


def test_a_mobile_number_in_unit_or_member_card_is_masked_on_display(demo_app: Shuyi) -> None:
    added = demo_app.readers.add_reader(ReaderInput(name="李四", unit="车间 13812345678", union_card="13987654321",
                                                    site_code="JH01"))
    for shown in (added, demo_app.readers.reader(added.id), demo_app.readers.search_readers("李四")[0]):
        assert shown.unit == "车间 138****5678" and shown.union_card == "139****4321"
    assert all("13812345678" not in r.unit for r in demo_app.readers.list_readers())
    # the masked text shown back by the edit form leaves the stored text as it was
    demo_app.readers.update_reader(added.id, ReaderInput(name="李四", unit=added.unit, union_card=added.union_card),
                           status=added.status)
    assert demo_app.readers.search_readers("13812345678")[0].id == added.id
    changed = demo_app.readers.update_reader(added.id, ReaderInput(name="李四", unit="机修车间", union_card=""),
                                     status=added.status)
    assert (changed.unit, changed.union_card) == ("机修车间", "")


def test_a_too_long_reader_row_is_refused_for_its_row(demo_app: Shuyi, tmp_path: Path) -> None:
    source = tmp_path / "readers.csv"
    source.write_text("姓名,单位\n王五,车间\n赵六," + "长" * 101 + "\n", encoding="utf-8")
    report = demo_app.imports.import_readers(source, site_code="JH01")
    assert report.added == 1
    assert [(r.position.number, r.reason) for r in report.rejected] == [(3, RejectReason.TOO_LONG)]
