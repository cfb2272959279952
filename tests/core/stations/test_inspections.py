"""Inspections and the rectification cycle: failed items open rectifications, only a passing re-check closes one,
a failed re-check needs a later deadline, fixes keep it open, overdue by the clock, downgrade warnings shown and
never applied, and every refusal changes nothing."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.core import errors
from desktop.core.app import Shuyi
from desktop.core.clock import FixedTime
from desktop.core.sites import NewSite, SiteKind
from desktop.core.stations.inspection_checks import CHECK_KEYS
from desktop.core.stations.inspections import Failed, NewInspection
from tests.core.stations.compliance_world import dump

DAY = dt.date(2026, 6, 1)


@pytest.fixture
def timed(db_path: Path) -> Iterator[Shuyi]:
    with Shuyi.open(db_path, create=False, time=FixedTime(dt.datetime(2026, 6, 1, 4, tzinfo=dt.UTC))) as app:
        app.sites.add_site(NewSite(code="JH91", kind=SiteKind.SERVICE_STATION, name="测试驿站"))
        yield app


def _add(app: Shuyi, *fails: str, deadline: dt.date = DAY + dt.timedelta(days=14), serious: bool = False,
         on: dt.date | None = None, passed: tuple[str, ...] = ("hours_kept",)) -> tuple[int, ...]:
    new = NewInspection("JH91", "暗访", inspected_on=on, inspector="李检", passed=passed,
                        failed=tuple(Failed(f, deadline, "王站长", serious) for f in fails))
    return app.inspections.add(new).rectification_ids


def test_the_checklist_is_the_standard_then_the_checks_asked_once(timed: Shuyi) -> None:
    keys = [i.key for i in timed.inspections.checklist("JH91")]
    assert keys[:6] == ["unified_sign", "reasonable_layout", "facilities", "functions", "rules_posted", "on_maps"]
    assert keys.count("rules_posted") == 1 and set(CHECK_KEYS) <= set(keys)
    timed.standards.assign("JH91", "6+X")
    assert timed.inspections.checklist("JH91")[2].key == "microwave"


def test_failed_items_open_rectifications_and_only_a_passing_recheck_closes_one(timed: Shuyi) -> None:
    fire, microwave = _add(timed, "fire_safety", "microwave")
    inspection = timed.inspections.list()[0]
    assert inspection.kind.value == "unannounced" and inspection.standard == "六有"
    assert [(f.item, f.passed) for f in inspection.findings] == [
        ("hours_kept", True), ("fire_safety", False), ("microwave", False)]
    assert {r.id for r in inspection.rectifications} == {fire, microwave}
    timed.time.advance(days=3)
    fixed = timed.inspections.record_fix(fire, "换了新灭火器")
    assert fixed.status.value == "open" and fixed.fixes == ((DAY + dt.timedelta(days=3), "换了新灭火器"),)
    with pytest.raises(errors.DeadlineTooEarly):  # a failed re-check needs a deadline after the one it replaces
        timed.inspections.recheck(fire, passed=False, new_deadline=DAY + dt.timedelta(days=10))
    again = timed.inspections.recheck(fire, passed=False, new_deadline=DAY + dt.timedelta(days=30))
    assert again.status.value == "open" and again.deadline == DAY + dt.timedelta(days=30)
    closed = timed.inspections.recheck(fire, passed=True, inspector="李检")
    assert closed.status.value == "closed" and closed.closed_on == DAY + dt.timedelta(days=3)
    assert [c.passed for c in closed.rechecks] == [False, True]
    assert [r.id for r in timed.inspections.rectifications(open_only=True)] == [microwave]


def test_overdue_follows_the_clock(timed: Shuyi) -> None:
    (rect,) = _add(timed, "records_book", deadline=DAY + dt.timedelta(days=7))
    assert timed.inspections.rectifications(overdue_only=True) == []
    timed.time.advance(days=7)
    assert timed.inspections.rectifications(overdue_only=True) == []  # due today is not overdue yet
    timed.time.advance(days=1)
    assert [r.id for r in timed.inspections.rectifications(overdue_only=True)] == [rect]
    assert [i.id for i in timed.inspections.list(overdue_only=True)] == [timed.inspections.list()[0].id]


def test_open_serious_ones_warn_of_a_downgrade_that_is_never_applied(timed: Shuyi, db_path: Path) -> None:
    import sqlite3

    with sqlite3.connect(db_path) as conn:
        conn.execute("UPDATE sites SET star_rating = 4, star_awarded_on = '2026-01-10' WHERE code = 'JH91'")
    (serious,) = _add(timed, "fire_safety", serious=True)
    _add(timed, "visitor_flow")
    (warning,) = timed.inspections.downgrade_warnings()
    assert (warning.site_code, warning.star_rating, warning.rectification_ids) == ("JH91", 4, (serious,))
    timed.time.advance(days=60)
    assert timed.standards.compliance("JH91").star_rating == 4  # still 4: shown, never applied
    timed.inspections.recheck(serious, passed=True)
    assert timed.inspections.downgrade_warnings() == []
    with sqlite3.connect(db_path) as conn:
        assert conn.execute("SELECT star_rating FROM sites WHERE code = 'JH91'").fetchone() == (4,)


@pytest.mark.parametrize(("call", "error"), [
    (lambda a: a.inspections.add(NewInspection("ZZ99", "暗访", passed=("hours_kept",))), errors.UnknownSite),
    (lambda a: a.inspections.add(NewInspection("JH91", "夜访", passed=("hours_kept",))), errors.UnknownInspectionKind),
    (lambda a: a.inspections.add(NewInspection("JH91", "self_check", passed=("tea",))), errors.UnknownCheckItem),
    (lambda a: a.inspections.add(NewInspection("JH91", "自查")), errors.NothingChecked),
    (lambda a: a.inspections.add(NewInspection("JH91", "自查", passed=("hours_kept",),
                                               failed=(Failed("hours_kept", DAY + dt.timedelta(days=3)),))),
     errors.ItemAnsweredTwice),
    (lambda a: a.inspections.add(NewInspection("JH91", "superior", inspected_on=DAY + dt.timedelta(days=1),
                                               passed=("hours_kept",))), errors.DateInFuture),
    (lambda a: a.inspections.add(NewInspection("JH91", "上级检查", failed=(Failed("fire_safety", DAY),))),
     errors.DeadlineTooEarly),
    (lambda a: a.inspections.add(NewInspection("JH91", "上级检查", failed=(Failed("fire_safety", None),))),
     errors.DeadlineNeeded),
    (lambda a: a.inspections.recheck(99, passed=True), errors.UnknownRectification),
    (lambda a: a.inspections.recheck(1, passed=None), errors.RecheckVerdictNeeded),
    (lambda a: a.inspections.recheck(1, passed=False), errors.DeadlineNeeded),
    (lambda a: a.inspections.recheck(1, passed=True, on=DAY - dt.timedelta(days=20)), errors.DayTooEarly),
    (lambda a: a.inspections.record_fix(1, "  "), errors.MissingField),
    (lambda a: a.inspections.record_fix(1, "x" * 600), errors.FixLogFull),
])
def test_refusals_change_nothing(timed: Shuyi, db_path: Path, call, error: type[errors.ShuyiError]) -> None:
    _add(timed, "fire_safety", on=DAY - dt.timedelta(days=5))
    before = dump(db_path)
    with pytest.raises(error):
        call(timed)
    assert dump(db_path) == before


def test_a_closed_rectification_refuses_rechecks_and_fixes(timed: Shuyi, db_path: Path) -> None:
    (rect,) = _add(timed, "fire_safety")
    timed.inspections.recheck(rect, passed=True)
    before = dump(db_path)
    with pytest.raises(errors.RectificationClosed):
        timed.inspections.recheck(rect, passed=True)
    with pytest.raises(errors.RectificationClosed):
        timed.inspections.record_fix(rect, "again")
    assert dump(db_path) == before
