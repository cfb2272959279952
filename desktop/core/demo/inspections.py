"""The demo's standards, site facts and a year of inspections at every active station, relative to `now`.

Stations are held to 六有 or 6+X in turn; most 六有 facts are recorded (a few recorded absent, a few not at all);
each station has four to six inspections over the past year whose failed items open rectifications: the older
ones closed (some only after a failed re-check and a fix), the recent ones open, some of them overdue, and one
station with an open serious one (a downgrade warning, ten days old). Rows are written in a few batches to keep
`shuyi demo` fast; tests/core/stations/test_demo_inspections.py checks them against the core's rules. It needs
no facilities: compliance simply reads whatever the facilities demo left.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from db.models import (
    Finding,
    Inspection,
    Recheck,
    Rectification,
    RectificationStatus,
    Site,
    SiteFact,
    SiteFactRecord,
    SiteKind,
)
from db.uuid7 import uuid7
from desktop.core.stations import inspections, standards
from desktop.core.stations.inspection_checks import CHECK_KEYS
from desktop.core.stations.inspections import CheckItem

SEED = 320926
KINDS = ("暗访", "自查", "上级检查")
INSPECTORS = ("县总工会 陈立", "县总工会 周敏", "站长自查")
RESPONSIBLE = ("站长 王海", "站长 刘芳", "依托单位 孙强")
FACTS = (SiteFact.UNIFIED_SIGN, SiteFact.REASONABLE_LAYOUT, SiteFact.FUNCTIONS_COMPLETE, SiteFact.RULES_POSTED,
         SiteFact.ON_MAPS, SiteFact.HOTLINE_12351, SiteFact.RECORDS_BOOK, SiteFact.INDOOR_SPACE)
FIXES = ("已更换并张贴", "已补齐台账", "已联系厂家维修", "已调整开放时间并公示", "药箱药品已更换")


def fill(session: Session, *, now: dt.datetime) -> int:
    """Standards, facts and inspections for every active station; the number of inspections made."""
    today = now.astimezone().date()
    rng = random.Random(SEED)
    stations = list(session.scalars(select(Site).where(Site.kind == SiteKind.SERVICE_STATION,
                                                       Site.closed_on.is_(None)).order_by(Site.code)))
    checklists: dict[str, list[CheckItem]] = {}
    plans: list[_Plan] = []
    facts: list[dict[str, object]] = []
    for index, site in enumerate(stations):
        name = "6+X" if index % 3 == 1 else "六有"
        site.standard_id = standards.standard_row(session, name).id
        if name not in checklists:
            checklists[name] = inspections.checklist(session, site)
        facts += _facts(site, rng, today)
        plans += _year(site, checklists[name], rng, today)
        if index == 2:  # a serious failure found ten days ago, still open: the downgrade warning
            on = today - dt.timedelta(days=10)
            plans.append(_Plan(site, on, KINDS[2], INSPECTORS[0], ["hours_kept"],
                               [("fire_safety", on + dt.timedelta(days=20), RESPONSIBLE[0], True)]))
    session.flush()
    if facts:
        session.execute(insert(SiteFactRecord), facts)
    _write(session, plans, {i.key: i.label_zh for listed in checklists.values() for i in listed}, rng, today)
    return len(plans)


@dataclass
class _Plan:
    site: Site
    on: dt.date
    kind: str
    inspector: str
    passed: list[str]
    failed: list[tuple[str, dt.date, str, bool]]


def _facts(site: Site, rng: random.Random, today: dt.date) -> list[dict[str, object]]:
    rows = []
    for fact in FACTS:
        roll = rng.random()
        if roll < 0.12:
            continue  # not recorded
        rows.append({"uuid": uuid7(), "site_id": site.id, "fact": fact, "present": roll > 0.25,
                     "noted_on": today - dt.timedelta(days=rng.randint(20, 300)), "noted_by": rng.choice(INSPECTORS)})
    return rows


def _year(site: Site, checklist: list[CheckItem], rng: random.Random, today: dt.date) -> list[_Plan]:
    keys = [i.key for i in checklist]
    count = rng.randint(4, 6)
    days_ago = sorted((rng.randint(5, 360) for _ in range(count)), reverse=True)
    plans = []
    for n, ago in enumerate(days_ago):
        on = today - dt.timedelta(days=ago)
        failed_keys = rng.sample([k for k in keys if k in CHECK_KEYS or rng.random() < 0.5], rng.randint(0, 2))
        if n == count - 1 and not failed_keys:
            failed_keys = [rng.choice(CHECK_KEYS)]  # the latest one leaves something to follow up
        passed = [k for k in keys if k not in failed_keys and rng.random() < 0.8]
        deadline = on + dt.timedelta(days=rng.choice((7, 14, 30)))
        plans.append(_Plan(site, on, KINDS[(n + len(site.code)) % 3], rng.choice(INSPECTORS), passed,
                           [(k, deadline, rng.choice(RESPONSIBLE), False) for k in failed_keys]))
    return plans


def _ids(session: Session, model: type, rows: list[dict[str, object]]) -> list[int]:
    """Insert rows in one statement; their ids in the rows' order."""
    if not rows:
        return []
    statement = insert(model).returning(model.id, sort_by_parameter_order=True)  # type: ignore[attr-defined]
    return list(session.scalars(statement, rows))


def _write(session: Session, plans: list[_Plan], labels: dict[str, str], rng: random.Random,
           today: dt.date) -> None:
    """The planned inspections, their findings and rectifications, and each one's follow-up, in a few statements."""
    ids = _ids(session, Inspection, [
        {"uuid": uuid7(), "site_id": p.site.id, "kind": inspections.parse_kind(p.kind), "inspected_on": p.on,
         "inspector": p.inspector, "standard_id": p.site.standard_id} for p in plans])
    session.execute(insert(Finding), [{"uuid": uuid7(), "inspection_id": i, "item": k, "label": labels[k],
                                       "passed": True} for p, i in zip(plans, ids, strict=True) for k in p.passed])
    failed = [(p, i, item, _follow_up(p.on, item[1], rng, today)) for p, i in zip(plans, ids, strict=True)
              for item in p.failed]
    finding_ids = _ids(session, Finding, [
        {"uuid": uuid7(), "inspection_id": i, "item": item[0], "label": labels[item[0]], "passed": False,
         "serious": item[3], "note": after.fix} for _p, i, item, after in failed])
    rect_ids = _ids(session, Rectification, [
        {"uuid": uuid7(), "finding_id": f, "site_id": p.site.id, "deadline": after.deadline, "responsible": item[2],
         "status": after.status, "closed_on": after.closed_on}
        for f, (p, _i, item, after) in zip(finding_ids, failed, strict=True)])
    rechecks = [{"uuid": uuid7(), "rectification_id": r, "checked_on": on, "passed": passed, "new_deadline": new,
                 "inspector": rng.choice(INSPECTORS), "note": "" if passed else "未整改到位"}
                for r, (_p, _i, _item, after) in zip(rect_ids, failed, strict=True)
                for on, passed, new in after.rechecks]
    if rechecks:
        session.execute(insert(Recheck), rechecks)


@dataclass
class _After:
    fix: str
    rechecks: list[tuple[dt.date, bool, dt.date | None]]
    deadline: dt.date
    status: RectificationStatus = RectificationStatus.OPEN
    closed_on: dt.date | None = None


def _follow_up(on: dt.date, deadline: dt.date, rng: random.Random, today: dt.date) -> _After:
    """Old rectifications get fixed and re-checked (some fail once first); recent ones stay open, overdue or not."""
    fixed_on = on + dt.timedelta(days=rng.randint(2, 6))
    after = _After(fix=f"{fixed_on.isoformat()} {rng.choice(FIXES)}" if fixed_on < today else "", rechecks=[],
                   deadline=deadline)
    check_on = deadline + dt.timedelta(days=rng.randint(-2, 3))
    if check_on >= today or rng.random() < 0.15:
        return after  # still open; overdue once its deadline is past
    if rng.random() < 0.3:
        after.deadline = check_on + dt.timedelta(days=14)
        after.rechecks.append((check_on, False, after.deadline))
        check_on = after.deadline + dt.timedelta(days=rng.randint(-3, 2))
        if check_on >= today:
            return after
    after.rechecks.append((check_on, True, None))
    after.status, after.closed_on = RectificationStatus.CLOSED, check_on
    return after
