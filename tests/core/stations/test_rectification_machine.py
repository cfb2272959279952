"""Random rectification cycles against a plain model: inspections with failed items, fixes, re-checks that pass
or fail with new deadlines, the clock moving, and operations that must be refused.

Invariants after every step, read from the database file with sqlite3: a rectification is closed exactly when a
passing re-check exists and it is its last re-check; an open one's deadline is its last failed re-check's new
deadline, else the one it was opened with; the overdue list is exactly the open ones with a deadline before today;
a refused operation leaves the database as it was.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
import tempfile
from pathlib import Path

from hypothesis import settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, invariant, rule, run_state_machine_as_test

from desktop.core import errors
from desktop.core.app import Shuyi
from desktop.core.clock import FixedTime
from desktop.core.database import copy_sqlite
from desktop.core.sites import NewSite, SiteKind
from desktop.core.stations.inspection_checks import CHECK_KEYS
from desktop.core.stations.inspections import Failed, NewInspection
from tests.core.stations.compliance_world import dump

T0 = dt.datetime(2026, 3, 2, 4, tzinfo=dt.UTC)


class RectificationMachine(RuleBasedStateMachine):
    template: Path

    def __init__(self) -> None:
        super().__init__()
        self.folder = Path(tempfile.mkdtemp(prefix="rect-machine-"))
        self.path = copy_sqlite(self.template, self.folder / "m.db")
        self.time = FixedTime(T0)
        self.app = Shuyi.open(self.path, create=False, time=self.time)
        self.original: dict[int, dt.date] = {}
        self.deadline: dict[int, dt.date] = {}
        self.opened_on: dict[int, dt.date] = {}
        self.closed: set[int] = set()

    @initialize()
    def station(self) -> None:
        self.app.sites.add_site(NewSite(code="JH91", kind=SiteKind.SERVICE_STATION, name="驿站"))

    def teardown(self) -> None:
        self.app.close()

    @property
    def today(self) -> dt.date:
        return self.time.now().astimezone().date()

    def _refused(self, call, error: type[errors.ShuyiError]) -> None:  # noqa: ANN001
        before = dump(self.path)
        try:
            call()
        except error:
            assert dump(self.path) == before
        else:
            raise AssertionError(f"{error.__name__} expected")

    @rule(fails=st.lists(st.sampled_from(CHECK_KEYS), min_size=1, max_size=3, unique=True),
          days=st.integers(1, 40), back=st.integers(0, 5))
    def inspect(self, fails: list[str], days: int, back: int) -> None:
        on = self.today - dt.timedelta(days=back)
        deadline = on + dt.timedelta(days=days)
        added = self.app.inspections.add(NewInspection("JH91", "暗访", inspected_on=on,
                                                       failed=tuple(Failed(f, deadline) for f in fails)))
        for rid in added.rectification_ids:
            self.original[rid] = self.deadline[rid] = deadline
            self.opened_on[rid] = on

    @rule(days=st.integers(0, 30))
    def time_passes(self, days: int) -> None:
        self.time.advance(days=days)

    @rule(data=st.data())
    def recheck_passes(self, data: st.DataObject) -> None:
        if not self.original:
            return
        rid = data.draw(st.sampled_from(sorted(self.original)))
        if rid in self.closed:
            self._refused(lambda: self.app.inspections.recheck(rid, passed=True), errors.RectificationClosed)
            return
        self.app.inspections.recheck(rid, passed=True)
        self.closed.add(rid)

    @rule(data=st.data(), extra=st.integers(-3, 20))
    def recheck_fails(self, data: st.DataObject, extra: int) -> None:
        if not self.original:
            return
        rid = data.draw(st.sampled_from(sorted(self.original)))
        new = max(self.today, self.deadline[rid]) + dt.timedelta(days=extra)
        if rid in self.closed:
            self._refused(lambda: self.app.inspections.recheck(rid, passed=False, new_deadline=new),
                          errors.RectificationClosed)
        elif extra <= 0:
            self._refused(lambda: self.app.inspections.recheck(rid, passed=False, new_deadline=new),
                          errors.DeadlineTooEarly)
        else:
            self.app.inspections.recheck(rid, passed=False, new_deadline=new)
            self.deadline[rid] = new

    @rule(data=st.data())
    def fix(self, data: st.DataObject) -> None:
        if not self.original:
            return
        rid = data.draw(st.sampled_from(sorted(self.original)))
        if rid in self.closed:
            self._refused(lambda: self.app.inspections.record_fix(rid, "修好了"), errors.RectificationClosed)
        else:
            assert self.app.inspections.record_fix(rid, "修好了").status.value == "open"

    @rule()
    def refused_things(self) -> None:
        self._refused(lambda: self.app.inspections.recheck(10_000, passed=True), errors.UnknownRectification)
        self._refused(lambda: self.app.inspections.add(NewInspection(
            "JH91", "暗访", failed=(Failed("fire_safety", self.today),))), errors.DeadlineTooEarly)

    @invariant()
    def matches_the_model(self) -> None:
        with sqlite3.connect(self.path) as conn:
            rows = conn.execute("SELECT id, status, deadline FROM rectifications").fetchall()
            rechecks = conn.execute(
                "SELECT rectification_id, passed, new_deadline FROM rechecks ORDER BY id").fetchall()
        assert {r[0] for r in rows} == set(self.original)
        last = {rid: (bool(passed), new) for rid, passed, new in rechecks}
        failed_last_deadline: dict[int, str] = {rid: new for rid, passed, new in rechecks if not passed}
        for rid, status, deadline in rows:
            assert (status == "closed") == (rid in self.closed)
            assert (status == "closed") == (rid in last and last[rid][0])
            if status == "open":
                expected = failed_last_deadline.get(rid, self.original[rid].isoformat())
                assert deadline == expected == self.deadline[rid].isoformat()
        overdue = {r.id for r in self.app.inspections.rectifications(overdue_only=True)}
        assert overdue == {rid for rid in self.original if rid not in self.closed and self.deadline[rid] < self.today}


def test_the_rectification_cycle_keeps_its_invariants(empty_template: Path) -> None:
    RectificationMachine.template = empty_template
    run_state_machine_as_test(RectificationMachine, settings=settings(max_examples=25, stateful_step_count=20,
                                                                      deadline=None))
