"""Facilities: registered with an asset tag, read back by it, edited, listed, their status changed with history."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest

from db.models import FacilitySource, FacilityStatus
from desktop.core import codes, errors
from desktop.core.app import Shuyi
from desktop.core.errors.ranges import OutOfRange
from desktop.core.stations.facilities import NewFacility
from desktop.core.stations.facilities_words import parse_source, parse_status
from tests.core.stations.facility_world import TODAY, two_stations, unchanged


@pytest.fixture
def fac(db_path: Path) -> Iterator[Shuyi]:
    yield from two_stations(db_path)


def test_a_facility_gets_the_next_asset_tag_of_its_site_with_a_valid_check(fac: Shuyi) -> None:
    first = fac.facilities.add(NewFacility(site_code="jh11", kind="微波炉", brand="美的", source="工会配发",
                                           acquired_on=dt.date(2025, 5, 1)))
    second = fac.facilities.add(NewFacility(site_code="JH11", kind="microwave"))
    other = fac.facilities.add(NewFacility(site_code="JH12", kind="Microwave"))
    assert [first.code, second.code, other.code] == [codes.make(codes.CodeType.ASSET, "JH11", 1),
                                                      codes.make(codes.CodeType.ASSET, "JH11", 2),
                                                      codes.make(codes.CodeType.ASSET, "JH12", 1)]
    assert codes.parse(first.code).type is codes.CodeType.ASSET
    assert (first.kind_key, first.kind_zh, first.site_code, first.brand, first.source, first.status) == (
        "microwave", "微波炉", "JH11", "美的", FacilitySource.UNION, FacilityStatus.IN_USE)
    detail = fac.facilities.get(" " + first.code.lower() + " ")  # a scanner with caps lock, stray blanks
    assert detail.facility == first
    assert [(h.from_status, h.to_status, h.changed_on) for h in detail.history] == [
        (None, FacilityStatus.IN_USE, TODAY)]


def test_only_a_counted_kind_takes_a_quantity(fac: Shuyi, db_path: Path) -> None:
    chairs = fac.facilities.add(NewFacility(site_code="JH11", kind="桌椅", quantity=8))
    assert chairs.quantity == 8 and chairs.counted
    with unchanged(db_path), pytest.raises(errors.QuantityNotCounted):
        fac.facilities.add(NewFacility(site_code="JH11", kind="AED", quantity=2))
    with unchanged(db_path), pytest.raises(OutOfRange):
        fac.facilities.add(NewFacility(site_code="JH11", kind="桌椅", quantity=0))
    with unchanged(db_path), pytest.raises(errors.QuantityNotCounted):
        fac.facilities.edit(chairs.code, {"kind": "微波炉"})  # 8 microwaves under one tag: no
    assert fac.facilities.edit(chairs.code, {"kind": "微波炉", "quantity": 1}).kind_key == "microwave"


@pytest.mark.parametrize(("new", "error"), [
    (NewFacility(site_code="XX99", kind="微波炉"), errors.UnknownSite),
    (NewFacility(site_code="JH11", kind="洗衣机"), errors.UnknownTerm),
    (NewFacility(site_code="JH11", kind=" "), errors.MissingField),
    (NewFacility(site_code="JH11", kind="微波炉", status="坏了"), errors.UnknownFacilityStatus),
    (NewFacility(site_code="JH11", kind="微波炉", source="买的"), errors.UnknownFacilitySource),
    (NewFacility(site_code="JH11", kind="微波炉", acquired_on=TODAY + dt.timedelta(days=1)), errors.DateInFuture),
    (NewFacility(site_code="JH11", kind="微波炉", brand="x" * 61), errors.TextTooLong),
], ids=["site", "kind", "no-kind", "status", "source", "future", "too-long"])
def test_bad_registrations_are_refused_and_change_nothing(fac: Shuyi, db_path: Path, new: NewFacility,
                                                          error: type[errors.ShuyiError]) -> None:
    with unchanged(db_path), pytest.raises(error) as refused:
        fac.facilities.add(new)
    assert refused.value.message("zh_CN") and refused.value.message("en")


def test_status_changes_are_kept_with_date_and_note_and_scrapped_is_final(fac: Shuyi, db_path: Path) -> None:
    tag = fac.facilities.add(NewFacility(site_code="JH11", kind="空调")).code
    with unchanged(db_path), pytest.raises(errors.StatusDateOrder):  # before it was registered
        fac.facilities.set_status(tag, "故障", on=TODAY - dt.timedelta(days=1))
    fac.time.advance(days=5)
    today = TODAY + dt.timedelta(days=5)
    assert fac.facilities.set_status(tag, "故障", note="不制冷", on=today - dt.timedelta(days=3)).status is \
        FacilityStatus.BROKEN
    with unchanged(db_path), pytest.raises(errors.StatusUnchanged):
        fac.facilities.set_status(tag, "broken")
    with unchanged(db_path), pytest.raises(errors.StatusDateOrder):
        fac.facilities.set_status(tag, "维修中", on=today - dt.timedelta(days=4))
    with unchanged(db_path), pytest.raises(errors.DateInFuture):
        fac.facilities.set_status(tag, "维修中", on=today + dt.timedelta(days=1))
    fac.facilities.set_status(tag, "repairing")
    fac.facilities.set_status(tag, "in use")
    scrapped = fac.facilities.set_status(tag, "报废", note="压缩机坏")
    assert (scrapped.status, scrapped.status_since) == (FacilityStatus.SCRAPPED, today)
    for attempt in (lambda: fac.facilities.set_status(tag, "在用"), lambda: fac.facilities.edit(tag, {"brand": "x"}),
                    lambda: fac.facilities.add_plan(tag, "清洗", every_months=3),
                    lambda: fac.facilities.record_service(tag, "修"),
                    lambda: fac.facilities.add_expiry(tag, "氟", TODAY)):
        with unchanged(db_path), pytest.raises(errors.FacilityScrapped):
            attempt()
    history = fac.facilities.get(tag).history
    assert [(h.from_status, h.to_status) for h in history] == [
        (None, "in_use"), ("in_use", "broken"), ("broken", "repairing"), ("repairing", "in_use"),
        ("in_use", "scrapped")]
    assert history[1].note == "不制冷" and history[1].changed_on == today - dt.timedelta(days=3)


def test_a_tag_of_another_kind_a_misread_and_an_unknown_tag_are_told_apart(fac: Shuyi, db_path: Path) -> None:
    tag = fac.facilities.add(NewFacility(site_code="JH11", kind="空调")).code
    misread = tag[:-1] + ("0" if tag[-1] != "0" else "1")
    cases = [(codes.make(codes.CodeType.COPY, "JH01", 1), errors.NotAnAssetTag),
             (codes.make(codes.CodeType.READER, "JH01", 1), errors.NotAnAssetTag),
             (misread, errors.BadCheckCharacter), ("9787020002207", errors.ForeignCode),
             (codes.make(codes.CodeType.ASSET, "JH11", 99), errors.UnknownCode)]
    for code, error in cases:
        with unchanged(db_path), pytest.raises(error):
            fac.facilities.set_status(code, "broken")
        with pytest.raises(error):
            fac.facilities.get(code)
    with pytest.raises(errors.NotAnAssetTag) as wrong:
        fac.facilities.get(codes.make(codes.CodeType.COPY, "JH01", 1))
    assert "book's label" in wrong.value.message("en") and "图书标签" in wrong.value.message("zh_CN")


def test_listing_filters_by_site_kind_status_and_text(fac: Shuyi, db_path: Path) -> None:
    a = fac.facilities.add(NewFacility(site_code="JH11", kind="微波炉", brand="格兰仕"))
    b = fac.facilities.add(NewFacility(site_code="JH11", kind="冰箱"))
    c = fac.facilities.add(NewFacility(site_code="JH12", kind="微波炉", status="故障"))
    assert [f.code for f in fac.facilities.list()] == [b.code, a.code, c.code]  # by site, then the list's order
    assert [f.code for f in fac.facilities.list(site_code="jh11")] == [b.code, a.code]
    assert [f.code for f in fac.facilities.list(kind="microwave")] == [a.code, c.code]
    assert [f.code for f in fac.facilities.list(status="故障")] == [c.code]
    assert [f.code for f in fac.facilities.list(text="格兰")] == [a.code]
    assert [f.code for f in fac.facilities.list(text="JH12 驿站")] == [c.code]
    for bad, error in (({"site_code": "XX"}, errors.UnknownSite), ({"kind": "洗衣机"}, errors.UnknownTerm),
                       ({"status": "坏"}, errors.UnknownFacilityStatus)):
        with pytest.raises(error):
            fac.facilities.list(**bad)


def test_edit_changes_attributes_and_refuses_bad_values(fac: Shuyi, db_path: Path) -> None:
    tag = fac.facilities.add(NewFacility(site_code="JH11", kind="饮水机")).code
    edited = fac.facilities.edit(tag, {"brand": " 安吉尔 ", "model": "Y1351", "serial_no": "SN-1", "source": "host",
                                       "acquired_on": dt.date(2024, 3, 1), "note": "二楼"})
    assert (edited.brand, edited.model, edited.serial_no, edited.source, edited.acquired_on, edited.note) == (
        "安吉尔", "Y1351", "SN-1", FacilitySource.HOST, dt.date(2024, 3, 1), "二楼")
    assert edited.status is FacilityStatus.IN_USE
    for changes, error in (({"acquired_on": TODAY + dt.timedelta(days=2)}, errors.DateInFuture),
                           ({"kind": "洗衣机"}, errors.UnknownTerm),
                           ({"source": "偷的"}, errors.UnknownFacilitySource)):
        with unchanged(db_path), pytest.raises(error):
            fac.facilities.edit(tag, changes)


def test_status_and_source_words_in_both_languages() -> None:
    assert [parse_status(w) for w in ("在用", "故障", "维修中", "停用", "报废")] == list(FacilityStatus)
    assert [parse_status(w) for w in ("in_use", "In use", "in-use", "BROKEN")] == [
        FacilityStatus.IN_USE] * 3 + [FacilityStatus.BROKEN]
    assert [parse_source(w) for w in ("工会配发", "依托单位自有", "捐赠", "donated", "", None)] == [
        FacilitySource.UNION, FacilitySource.HOST, FacilitySource.DONATED, FacilitySource.DONATED, None, None]
