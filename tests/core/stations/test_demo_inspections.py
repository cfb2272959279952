"""The demo's standards, facts and year of inspections: a mix of standards, rectifications open, overdue and closed
(some after a failed re-check), a downgrade warning, every row within the core's rules, the same every time."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

from desktop.core.app import Shuyi
from desktop.core.clock import FixedTime

NOW = dt.datetime(2026, 11, 20, 4, tzinfo=dt.UTC)


def _rows(path: Path) -> dict[str, list[tuple]]:
    with sqlite3.connect(path) as conn:
        return {
            "inspections": conn.execute("SELECT id, site_id, kind, inspected_on, inspector, standard_id "
                                        "FROM inspections "
                                        "ORDER BY id").fetchall(),
            "findings": conn.execute("SELECT id, inspection_id, item, passed, serious, note FROM inspection_findings "
                                     "ORDER BY id").fetchall(),
            "rectifications": conn.execute("SELECT id, finding_id, deadline, status, closed_on FROM rectifications "
                                           "ORDER BY id").fetchall(),
            "rechecks": conn.execute("SELECT rectification_id, checked_on, passed, new_deadline FROM rechecks "
                                     "ORDER BY id").fetchall(),
            "facts": conn.execute("SELECT site_id, fact, present, noted_on FROM site_facts ORDER BY id").fetchall(),
            "standards": conn.execute("SELECT code, standard_id FROM sites ORDER BY code").fetchall(),
        }


def test_the_demo_has_every_state_of_the_cycle_within_the_rules(tmp_path: Path) -> None:
    path = tmp_path / "a.db"
    with Shuyi.open(path, time=FixedTime(NOW)) as app:
        app.demo.load("small")
        rects = app.inspections.rectifications()
        stations = app.standards.all_compliance()
        warnings = app.inspections.downgrade_warnings()
        inspections = app.inspections.list()
    assert {s.standard for s in stations} == {"六有", "6+X"} and all(s.own_standard for s in stations)
    assert len(stations) == 7 and len({i.site_code for i in inspections}) == 7
    today = NOW.astimezone().date()
    assert any(r.overdue for r in rects) and any(r.status.value == "open" and not r.overdue for r in rects)
    closed = [r for r in rects if r.status.value == "closed"]
    assert closed and any(not r.rechecks[0].passed for r in closed)
    assert len(warnings) == 1 and all(r.fixes for r in closed if r.inspected_on < today - dt.timedelta(days=7))
    for r in rects:
        assert r.deadline > r.inspected_on
        assert all(c.checked_on >= r.inspected_on for c in r.rechecks)
        assert (r.status.value == "closed") == bool(r.rechecks and r.rechecks[-1].passed)
        failed = [c for c in r.rechecks if not c.passed]
        if r.status.value == "open" and failed:
            assert r.deadline == failed[-1].new_deadline
        assert all(on >= r.inspected_on and on <= today for on, _ in r.fixes)
    assert max(i.inspected_on for i in inspections) <= today


def test_the_demo_is_the_same_every_time(tmp_path: Path) -> None:
    for name in ("a.db", "b.db"):
        with Shuyi.open(tmp_path / name, time=FixedTime(NOW)) as app:
            app.demo.load("small")
    assert _rows(tmp_path / "a.db") == _rows(tmp_path / "b.db")
