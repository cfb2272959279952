"""Random status changes, edits and scrapping of a few facilities against a plain model, through app.facilities.

Invariants read from the database file with sqlite3 after every step: each facility has exactly one history row
per successful change plus the one it was registered with; its last history row's to_status is its status (and
each row's from_status the one before's to_status); scrapped is final; a refused step changes no table at all.
"""

from __future__ import annotations

import datetime as dt
import itertools
import sqlite3
from pathlib import Path

from hypothesis import settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, invariant, rule, run_state_machine_as_test

from db.models import FacilityStatus
from desktop.core import errors
from desktop.core.app import Shuyi
from desktop.core.database import copy_sqlite
from desktop.core.sites import NewSite, SiteKind
from desktop.core.stations.facilities import NewFacility
from desktop.core.stations.facilities_words import STATUS_ZH
from tests.core.stations.facility_world import NOW, open_at, snapshot

KINDS = ("微波炉", "桌椅", "空调", "灭火器")
STATUS_WORDS = [*(s.value for s in FacilityStatus), *STATUS_ZH.values(), "坏了"]
_RUN = itertools.count()


class FacilityMachine(RuleBasedStateMachine):
    template: Path
    workdir: Path

    @initialize()
    def open_database(self) -> None:
        self.path = copy_sqlite(self.template, self.workdir / f"machine-{next(_RUN)}.db")
        self.app: Shuyi = open_at(self.path, NOW)
        self.app.sites.add_site(NewSite(code="JH11", kind=SiteKind.SERVICE_STATION, name="驿站"))
        self.tags: list[str] = []
        self.status: dict[str, FacilityStatus] = {}
        self.changes: dict[str, int] = {}
        self.last_on: dict[str, dt.date] = {}
        for kind in KINDS:
            self._add(kind)

    def teardown(self) -> None:
        self.app.close()

    def _add(self, kind: str) -> None:
        f = self.app.facilities.add(NewFacility(site_code="JH11", kind=kind))
        self.tags.append(f.code)
        self.status[f.code] = f.status
        self.changes[f.code] = 0
        self.last_on[f.code] = self.app.uow.clock().today

    def _refused(self, attempt, error: type[errors.ShuyiError]) -> None:  # noqa: ANN001
        before = snapshot(self.path)
        try:
            attempt()
        except error:
            pass
        else:
            raise AssertionError(f"not refused with {error.__name__}")
        assert snapshot(self.path) == before

    @rule(which=st.integers(0, 7), word=st.sampled_from(STATUS_WORDS), back=st.integers(0, 3))
    def change(self, which: int, word: str, back: int) -> None:
        tag = self.tags[which % len(self.tags)]
        today = self.app.uow.clock().today
        on = today - dt.timedelta(days=back)
        call = lambda: self.app.facilities.set_status(tag, word, on=on, note=f"第{back}天")  # noqa: E731
        if self.status[tag] is FacilityStatus.SCRAPPED:
            return self._refused(call, errors.FacilityScrapped)
        if word == "坏了":
            return self._refused(call, errors.UnknownFacilityStatus)
        new = next(s for s in FacilityStatus if word in (s.value, STATUS_ZH[s]))
        if new is self.status[tag]:
            return self._refused(call, errors.StatusUnchanged)
        if on < self.last_on[tag]:
            return self._refused(call, errors.StatusDateOrder)
        assert call().status is new
        self.status[tag] = new
        self.changes[tag] += 1
        self.last_on[tag] = on
        return None

    @rule(which=st.integers(0, 7), brand=st.text(min_size=0, max_size=70))
    def edit(self, which: int, brand: str) -> None:
        tag = self.tags[which % len(self.tags)]
        call = lambda: self.app.facilities.edit(tag, {"brand": brand})  # noqa: E731
        if self.status[tag] is FacilityStatus.SCRAPPED:
            return self._refused(call, errors.FacilityScrapped)
        if len(brand.strip()) > 60:
            return self._refused(call, errors.TextTooLong)
        assert call().brand == brand.strip()
        return None

    @rule(which=st.integers(0, 7))
    def scrap(self, which: int) -> None:
        self.change(which, "报废", 0)

    @rule(days=st.integers(1, 5))
    def pass_days(self, days: int) -> None:
        self.app.time.advance(days=days)

    @rule()
    def register(self) -> None:
        if len(self.tags) < 8:
            self._add("打气筒")

    @invariant()
    def history_matches_status(self) -> None:
        if not hasattr(self, "path"):
            return
        with sqlite3.connect(self.path) as db:
            rows = dict(db.execute("SELECT code, status FROM facilities").fetchall())
            for tag in self.tags:
                history = db.execute(
                    "SELECT h.from_status, h.to_status FROM facility_status_changes h JOIN facilities f "
                    "ON f.id = h.facility_id WHERE f.code = ? ORDER BY h.changed_on, h.id", (tag,)).fetchall()
                assert len(history) == self.changes[tag] + 1
                assert history[0][0] is None
                assert history[-1][1] == rows[tag] == self.status[tag].value
                assert all(a[1] == b[0] for a, b in zip(history, history[1:], strict=False))
                scrapped = [i for i, (_, to) in enumerate(history) if to == "scrapped"]
                assert scrapped in ([], [len(history) - 1])


def test_random_facility_status_changes(empty_template: Path, tmp_path: Path) -> None:
    FacilityMachine.template, FacilityMachine.workdir = empty_template, tmp_path
    run_state_machine_as_test(FacilityMachine, settings=settings(max_examples=30, stateful_step_count=25,
                                                                 deadline=None))
