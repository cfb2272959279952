"""Services held and visitors counted at stations: recorded, listed, totalled; every refusal changes nothing."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from desktop.core import errors
from desktop.core.app import Shuyi
from desktop.core.stations.service_events import NewService
from tests.core.stations.activity_world import TODAY, open_world, snapshot


@pytest.fixture
def world(db_path: Path) -> Iterator[Shuyi]:
    with open_world(db_path) as app:
        yield app


def _service(**changes: object) -> NewService:
    base = {"site_code": "JH12", "category": "技能培训", "title": "电动车维修培训", "held_on": TODAY, "hours": 2.0,
            "attendance": 25, "organiser": "县总工会"}
    return NewService(**{**base, **changes})  # type: ignore[arg-type]


def test_a_service_is_recorded_by_any_name_of_its_category_and_listed_and_totalled(world: Shuyi) -> None:
    first = world.activity.add_service(_service())
    world.activity.add_service(_service(category="rights", title="法律咨询", held_on=TODAY - dt.timedelta(days=40),
                                        hours=1.5, attendance=12))
    world.activity.add_service(_service(site_code="JH15", category="Safety training", title="安全驾驶", hours=3))
    assert first.category == "skills" and first.site == "JH12" and first.hours == 2.0
    assert [s.title for s in world.activity.services(site_code="JH12")] == ["电动车维修培训", "法律咨询"]
    assert [s.site for s in world.activity.services(category="安全培训")] == ["JH15"]
    recent = world.activity.services(start=TODAY - dt.timedelta(days=7), end=TODAY)
    assert {s.title for s in recent} == {"电动车维修培训", "安全驾驶"}
    totals = {t.category: t for t in world.activity.service_totals(site_code="JH12")}
    assert list(totals)[:2] == ["ideology", "skills"] and len(totals) == 6
    assert (totals["skills"].events, totals["skills"].hours, totals["skills"].attendance) == (1, 2.0, 25)
    assert totals["rights"].attendance == 12 and totals["ideology"].events == 0


REFUSALS: list[tuple[str, Callable[[Shuyi], object], type[errors.ShuyiError]]] = [
    ("unknown site", lambda a: a.activity.add_service(_service(site_code="JX99")), errors.UnknownSite),
    ("reading room", lambda a: a.activity.add_service(_service(site_code="JH01")), errors.NotAStation),
    ("unknown category", lambda a: a.activity.add_service(_service(category="烹饪")), errors.UnknownTerm),
    ("future day", lambda a: a.activity.add_service(_service(held_on=TODAY + dt.timedelta(days=1))),
     errors.DateInFuture),
    ("no hours", lambda a: a.activity.add_service(_service(hours=0)), errors.InvalidServiceHours),
    ("25 hours", lambda a: a.activity.add_service(_service(hours=25)), errors.InvalidServiceHours),
    ("no title", lambda a: a.activity.add_service(_service(title="  ")), errors.MissingField),
    ("long title", lambda a: a.activity.add_service(_service(title="讲" * 101)), errors.TextTooLong),
    ("negative attendance", lambda a: a.activity.add_service(_service(attendance=-1)), errors.ShuyiError),
    ("visits at a room", lambda a: a.activity.tally("JH01", TODAY, {"外卖骑手": 1}), errors.NotAStation),
    ("visits tomorrow", lambda a: a.activity.tally("JH12", TODAY + dt.timedelta(days=1), {"外卖骑手": 1}),
     errors.DateInFuture),
    ("unknown occupation", lambda a: a.activity.tally("JH12", TODAY, {"外卖骑手": 2, "飞行员": 1}), errors.UnknownTerm),
    ("negative count", lambda a: a.activity.tally("JH12", TODAY, {"外卖骑手": -1}), errors.ShuyiError),
    ("too many", lambda a: a.activity.tally("JH12", TODAY, {"外卖骑手": 100_001}), errors.ShuyiError),
]


@pytest.mark.parametrize(("case", "attempt", "error"), REFUSALS, ids=[r[0] for r in REFUSALS])
def test_every_refusal_is_typed_and_changes_nothing(world: Shuyi, db_path: Path, case: str,
                                                    attempt: Callable[[Shuyi], object],
                                                    error: type[errors.ShuyiError]) -> None:
    world.activity.tally("JH12", TODAY, {"外卖骑手": 5})
    before = snapshot(db_path)
    with pytest.raises(error):
        attempt(world)
    assert snapshot(db_path) == before


def test_a_tally_adds_to_the_day_and_replace_sets_it(world: Shuyi) -> None:
    day = TODAY - dt.timedelta(days=1)
    world.activity.tally("JH12", day, {"外卖骑手": 3, "courier": 2})
    after = world.activity.tally("JH12", day, {"delivery rider": 4})
    assert after.counts == {"delivery_rider": 7, "courier": 2} and after.total == 9
    replaced = world.activity.tally("JH12", day, {"外卖骑手": 1, "快递员": 0}, replace=True)
    assert replaced.counts == {"delivery_rider": 1}
    assert world.activity.day_tally("JH12", day) == replaced


def test_visits_are_totalled_by_day_month_and_occupation_per_station(world: Shuyi) -> None:
    world.activity.tally("JH12", dt.date(2026, 5, 30), {"外卖骑手": 10, "快递员": 4})
    world.activity.tally("JH12", dt.date(2026, 6, 2), {"外卖骑手": 6})
    world.activity.tally("JH15", dt.date(2026, 6, 2), {"货车司机": 20})
    by_month = world.activity.visit_totals(by="month")
    assert [(r.site, r.period, r.total) for r in by_month] == [("JH12", "2026-05", 14), ("JH12", "2026-06", 6),
                                                                ("JH15", "2026-06", 20)]
    by_day = world.activity.visit_totals(site_code="JH12", start=dt.date(2026, 6, 1))
    assert [(r.period, r.counts) for r in by_day] == [("2026-06-02", {"delivery_rider": 6})]
    jobs = {t.occupation: t.visits for t in world.activity.occupation_totals()}
    assert jobs["delivery_rider"] == 16 and jobs["truck_driver"] == 20 and jobs["traffic_police"] == 0
    assert len(jobs) == 8


def test_a_station_summary_has_this_years_services_twelve_months_and_the_roster(world: Shuyi) -> None:
    world.activity.add_service(_service())
    world.activity.add_service(_service(held_on=dt.date(2025, 12, 30)))  # last year: not in this year's figures
    world.activity.tally("JH12", dt.date(2025, 7, 1), {"外卖骑手": 9})  # the 12th month back
    world.activity.tally("JH12", dt.date(2025, 6, 30), {"外卖骑手": 100})  # the 13th: outside
    world.activity.tally("JH12", TODAY, {"外卖骑手": 3})
    summary = world.activity.station_summary("JH12")
    assert summary.months[0] == ("2025-07", 9) and summary.months[-1] == ("2026-06", 3)
    assert len(summary.months) == 12 and summary.visits == 12
    assert {t.category: t.events for t in summary.services}["skills"] == 1
    assert summary.roster.hours == "Mo-Su 09:00-22:00" and len(summary.roster.uncovered) == 7
    with pytest.raises(errors.NotAStation):
        world.activity.station_summary("JH01")
