"""The duty roster against opening hours, and visitor counts imported from CSV and XLSX in both layouts."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import openpyxl
import pytest

from desktop.core import errors
from desktop.core.app import Shuyi
from tests.core.stations.activity_world import open_world, set_hours, snapshot


@pytest.fixture
def world(db_path: Path) -> Iterator[Shuyi]:
    with open_world(db_path) as app:
        yield app


def test_the_roster_check_flags_uncovered_hours_and_shifts_while_closed(world: Shuyi, db_path: Path) -> None:
    set_hours(db_path, "JH12", "Mo-Fr 08:00-18:00; Sa,Su 09:00-17:00")
    world.activity.add_shifts("JH12", "周一至周五", "08:00-13:00", "张三")
    world.activity.add_shifts("JH12", "Mo-Th", "13:00-18:00", "李四")
    world.activity.add_shifts("JH12", "Sa,Su", "08:00-17:00", "王五")
    check = world.activity.check_roster("JH12")
    assert check.hours == "Mo-Fr 08:00-18:00; Sa-Su 09:00-17:00" and check.shifts == 11
    assert [(g.day, g.span) for g in check.uncovered] == [("Fr", "13:00-18:00")]
    assert [(g.day, g.span, g.person) for g in check.outside] == [("Sa", "08:00-09:00", "王五"),
                                                                  ("Su", "08:00-09:00", "王五")]
    assert not check.covered


def test_a_night_shift_is_two_rows_and_a_shift_can_be_removed(world: Shuyi, db_path: Path) -> None:
    set_hours(db_path, "JH15", "24/7")
    night = world.activity.add_shifts("JH15", "Sa", "22:00-06:00", "赵六")
    assert [(s.day, s.span) for s in night] == [("Sa", "22:00-24:00"), ("Su", "00:00-06:00")]
    gone = world.activity.remove_shift("JH15", night[0].id)
    assert [s.id for s in world.activity.shifts("JH15")] == [night[1].id] and gone.person == "赵六"
    with pytest.raises(errors.UnknownShift):
        world.activity.remove_shift("JH12", night[1].id)  # another site's shift


def test_a_site_without_hours_has_nothing_to_check_against(world: Shuyi) -> None:
    world.activity.add_shifts("JH15", "Mo", "08:00-12:00", "张三")
    check = world.activity.check_roster("JH15")
    assert check.hours == "" and check.uncovered == () and not check.covered


@pytest.mark.parametrize(("days", "time", "person", "error"), [
    ("Mo-Xx", "08:00-12:00", "张三", errors.InvalidShift),
    ("Mo", "8-12", "张三", errors.InvalidShift),
    ("Mo", "08:00-08:00", "张三", errors.InvalidShift),
    ("", "08:00-12:00", "张三", errors.InvalidShift),
    ("Mo", "08:00-12:00", " ", errors.MissingField),
])
def test_bad_shifts_are_refused_and_change_nothing(world: Shuyi, db_path: Path, days: str, time: str, person: str,
                                                   error: type[errors.ShuyiError]) -> None:
    before = snapshot(db_path)
    with pytest.raises(error):
        world.activity.add_shifts("JH12", days, time, person)
    with pytest.raises(errors.UnknownSite):
        world.activity.add_shifts("JX99", "Mo", "08:00-12:00", "张三")
    assert snapshot(db_path) == before


def _write_csv(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def test_a_long_csv_goes_in_with_bad_rows_listed_and_again_changes_nothing(world: Shuyi, db_path: Path,
                                                                          tmp_path: Path) -> None:
    sheet = _write_csv(tmp_path / "visits.csv", "站点,日期,职业,人次\n"
                       "JH12,2026-06-01,外卖骑手,12\n"
                       "JH12,2026/6/1,courier,3\n"
                       "JH01,2026-06-01,外卖骑手,4\n"      # row 4: a reading room
                       "JH12,2026-06-31,外卖骑手,4\n"      # row 5: no such day
                       "JH12,2026-07-01,外卖骑手,4\n"      # row 6: the future
                       "JH12,2026-06-02,飞行员,4\n"        # row 7: unknown occupation
                       "JH12,2026-06-02,快递员,-2\n"       # row 8: negative
                       "JH15,2026年6月2日,货车司机,30\n"
                       "JH12,2026-06-01,外卖骑手,5\n")     # row 10: the same as row 2
    report = world.activity.import_visits(sheet)
    assert report.layout == "long" and report.read == 9 and report.figures == 3
    assert [(r.position.number, type(r.error).__name__) for r in report.rejected] == [
        (4, "NotAStation"), (5, "InvalidDate"), (6, "DateInFuture"), (7, "UnknownTerm"), (8, "OutOfRange"),
        (10, "DuplicateVisitRow")]
    assert world.activity.day_tally("JH12", dt.date(2026, 6, 1)).counts == {"delivery_rider": 12, "courier": 3}
    before = snapshot(db_path)
    again = world.activity.import_visits(sheet)
    assert again.changed == 0 and snapshot(db_path) == before


def test_a_wide_xlsx_for_one_station_replaces_the_days_it_holds(world: Shuyi, tmp_path: Path) -> None:
    world.activity.tally("JH12", dt.date(2026, 6, 3), {"外卖骑手": 99, "交警": 1})
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["日期", "外卖骑手", "快递员", "环卫工人", "备注"])
    sheet.append([dt.datetime(2026, 6, 3), 20, 5, None, "雨天"])
    sheet.append(["2026-06-04", 18, "abc", 2, ""])
    sheet.append(["2026-06-05", 0, 1, 0, ""])
    path = tmp_path / "wide.xlsx"
    book.save(path)
    with pytest.raises(errors.VisitFileNeedsSite):
        world.activity.import_visits(path)
    report = world.activity.import_visits(path, site_code="JH12")
    assert report.layout == "wide" and [r.position.number for r in report.rejected] == [3]
    assert world.activity.day_tally("JH12", dt.date(2026, 6, 3)).counts == {
        "delivery_rider": 20, "courier": 5, "traffic_police": 1}
    assert world.activity.day_tally("JH12", dt.date(2026, 6, 5)).counts == {"courier": 1}


def test_a_file_without_the_columns_is_refused_whole(world: Shuyi, db_path: Path, tmp_path: Path) -> None:
    before = snapshot(db_path)
    with pytest.raises(errors.NoVisitColumns):
        world.activity.import_visits(_write_csv(tmp_path / "x.csv", "姓名,电话\n张三,13800000000\n"))
    assert snapshot(db_path) == before
