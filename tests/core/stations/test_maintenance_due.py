"""Maintenance plans, the log, expiries and the one due-and-overdue calendar across sites."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest

from db.models import Season
from desktop.core import errors
from desktop.core.app import Shuyi
from desktop.core.errors.ranges import OutOfRange
from desktop.core.stations.due import add_months, next_due, season_year
from desktop.core.stations.facilities import NewFacility
from desktop.core.stations.maintenance import parse_cost
from tests.core.stations.facility_world import TODAY, two_stations, unchanged

D = dt.date



@pytest.fixture
def fac(db_path: Path) -> Iterator[Shuyi]:
    yield from two_stations(db_path)


def test_months_keep_to_the_end_of_a_short_month() -> None:
    assert add_months(D(2026, 1, 31), 1) == D(2026, 2, 28)
    assert add_months(D(2028, 1, 31), 1) == D(2028, 2, 29)
    assert add_months(D(2026, 11, 15), 3) == D(2027, 2, 15)
    assert add_months(D(2026, 3, 31), -1) == D(2026, 2, 28)


@pytest.mark.parametrize(("season", "starts", "done", "due"), [
    (Season.SUMMER, D(2026, 2, 1), None, D(2026, 6, 1)),      # nothing done: this year's deadline
    (Season.SUMMER, D(2026, 7, 1), None, D(2027, 6, 1)),      # started after it: next year's
    (Season.SUMMER, D(2025, 1, 1), D(2026, 5, 10), D(2027, 6, 1)),  # done in time for this summer
    (Season.SUMMER, D(2025, 1, 1), D(2026, 7, 10), D(2027, 6, 1)),  # done late: still this summer's
    (Season.SUMMER, D(2025, 1, 1), D(2026, 1, 10), D(2026, 6, 1)),  # done in winter: last summer's, late
    (Season.WINTER, D(2026, 1, 1), None, D(2026, 11, 1)),
    (Season.WINTER, D(2025, 1, 1), D(2026, 9, 20), D(2027, 11, 1)),
    (Season.WINTER, D(2025, 1, 1), D(2026, 2, 1), D(2026, 11, 1)),  # last winter's work, done late
])
def test_a_season_plan_is_due_by_1_june_or_1_november(season: Season, starts: dt.date, done: dt.date | None,
                                                       due: dt.date) -> None:
    assert next_due(interval_months=None, season=season, starts_on=starts, last_done=done) == due


def test_season_windows_open_three_months_before_the_deadline() -> None:
    assert season_year(Season.SUMMER, D(2026, 3, 1)) == 2026
    assert season_year(Season.SUMMER, D(2026, 2, 28)) == 2025
    assert season_year(Season.WINTER, D(2026, 8, 1)) == 2026
    assert season_year(Season.WINTER, D(2026, 7, 31)) == 2025


def test_an_interval_plan_counts_from_its_last_record_else_its_start(fac: Shuyi) -> None:
    tag = fac.facilities.add(NewFacility(site_code="JH11", kind="饮水机")).code
    plan = fac.facilities.add_plan(tag, "换滤芯", every_months=3, starts_on=D(2026, 6, 1))
    assert plan.next_due == D(2026, 9, 1) and plan.last_done is None
    fac.facilities.record_service(tag, "换滤芯", done_on=D(2026, 10, 20), plan_id=plan.id, done_by="王师傅",
                                  cost="45")
    fac.facilities.record_service(tag, "擦洗外壳", done_on=D(2026, 11, 20))  # no plan: moves nothing
    again = fac.facilities.get(tag).plans[0]
    assert (again.last_done, again.next_due) == (D(2026, 10, 20), D(2027, 1, 20))
    records = fac.facilities.get(tag).records
    assert [(r.work, r.cost_fen, r.plan_id) for r in records] == [("擦洗外壳", None, None), ("换滤芯", 4500, plan.id)]


def test_bad_plans_and_records_are_refused_and_change_nothing(fac: Shuyi, db_path: Path) -> None:
    tag = fac.facilities.add(NewFacility(site_code="JH11", kind="空调")).code
    other = fac.facilities.add(NewFacility(site_code="JH12", kind="空调")).code
    plan = fac.facilities.add_plan(other, "清洗", season="summer")
    for attempt, error in [
        (lambda: fac.facilities.add_plan(tag, "清洗"), errors.InvalidPlan),
        (lambda: fac.facilities.add_plan(tag, "清洗", every_months=3, season="summer"), errors.InvalidPlan),
        (lambda: fac.facilities.add_plan(tag, "清洗", season="spring"), errors.InvalidPlan),
        (lambda: fac.facilities.add_plan(tag, "清洗", every_months=0), OutOfRange),
        (lambda: fac.facilities.add_plan(tag, " ", every_months=3), errors.MissingField),
        (lambda: fac.facilities.record_service(tag, "清洗", plan_id=plan.id), errors.UnknownPlan),
        (lambda: fac.facilities.record_service(tag, "清洗", done_on=TODAY + dt.timedelta(days=1)),
         errors.DateInFuture),
        (lambda: fac.facilities.record_service(tag, "清洗", cost="12.345"), errors.InvalidCost),
        (lambda: fac.facilities.record_service(tag, "清洗", cost="-5"), errors.InvalidCost),
        (lambda: fac.facilities.record_service(tag, ""), errors.MissingField),
        (lambda: fac.facilities.close_expiry(tag, "碘伏"), errors.UnknownExpiry),
    ]:
        with unchanged(db_path), pytest.raises(error):
            attempt()
    assert fac.facilities.add_plan(tag, "夏前清洗", season="夏季").season is Season.SUMMER


def test_costs_are_typed_in_yuan_and_kept_in_fen() -> None:
    assert [parse_cost(t) for t in ("120.50", "¥80", "80元", "0", "", None, Decimal("1.5"))] == [
        12050, 8000, 8000, 0, None, None, 150]
    for bad in ("abc", "1e309", "NaN", "1000000.01", "1.001"):
        with pytest.raises(errors.InvalidCost):
            parse_cost(bad)


def test_a_new_expiry_of_the_same_item_replaces_the_open_one(fac: Shuyi) -> None:
    tag = fac.facilities.add(NewFacility(site_code="JH11", kind="急救药箱")).code
    first = fac.facilities.add_expiry(tag, "碘伏", D(2026, 12, 1))
    fac.facilities.add_expiry(tag, "创可贴", D(2027, 6, 1))
    second = fac.facilities.add_expiry(tag, "碘伏", D(2028, 12, 1))
    expiries = {(e.id, e.item, e.expires_on, e.replaced_on) for e in fac.facilities.get(tag).expiries}
    assert (first.id, "碘伏", D(2026, 12, 1), TODAY) in expiries
    assert (second.id, "碘伏", D(2028, 12, 1), None) in expiries
    closed = fac.facilities.close_expiry(tag, "创可贴")
    assert closed.replaced_on == TODAY
    assert [i.what for i in fac.facilities.due(days=None)] == ["碘伏"]


def test_the_calendar_is_one_sorted_window_across_sites_without_disabled_and_scrapped(fac: Shuyi) -> None:
    ac = fac.facilities.add(NewFacility(site_code="JH12", kind="空调")).code
    kit = fac.facilities.add(NewFacility(site_code="JH11", kind="急救药箱")).code
    water = fac.facilities.add(NewFacility(site_code="JH11", kind="饮水机")).code
    gone = fac.facilities.add(NewFacility(site_code="JH11", kind="取暖设备")).code
    off = fac.facilities.add(NewFacility(site_code="JH12", kind="灭火器", quantity=2)).code
    fac.facilities.add_plan(ac, "夏前清洗", season="summer", starts_on=D(2026, 1, 1))  # overdue since 1 June
    fac.facilities.add_expiry(kit, "碘伏", TODAY + dt.timedelta(days=20))
    fac.facilities.add_expiry(kit, "绷带", TODAY + dt.timedelta(days=200))
    fac.facilities.add_plan(water, "换滤芯", every_months=1, starts_on=TODAY)
    fac.facilities.add_plan(gone, "冬前检修", season="winter", starts_on=D(2026, 1, 1))
    fac.facilities.add_expiry(off, "有效期", TODAY - dt.timedelta(days=5))
    fac.facilities.set_status(gone, "报废")
    fac.facilities.set_status(off, "停用")
    due = fac.facilities.due(days=60)
    assert [(i.facility_code, i.what, i.days_left) for i in due] == [
        (ac, "夏前清洗", (D(2026, 6, 1) - TODAY).days), (kit, "碘伏", 20), (water, "换滤芯", 31)]
    assert due[0].overdue and not due[1].overdue and due[0].site_code == "JH12"
    assert [i.what for i in fac.facilities.due(site_code="JH11", days=60)] == ["碘伏", "换滤芯"]
    assert [i.what for i in fac.facilities.due(days=0)] == ["夏前清洗"]
    assert len(fac.facilities.due(days=None)) == 4
    fac.facilities.set_status(off, "在用")
    assert [i.what for i in fac.facilities.due(days=0)] == ["夏前清洗", "有效期"]
    with pytest.raises(OutOfRange):
        fac.facilities.due(days=-1)
    with pytest.raises(errors.UnknownSite):
        fac.facilities.due(site_code="XX")
