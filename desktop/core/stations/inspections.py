"""Inspections (暗访, 自查, 上级检查) and the rectification cycle: a failed item opens a rectification (整改) with a
deadline and a person responsible; the site records its fix; only a re-check that passes closes it, a failed one
keeps it open with a new, later deadline.

Items of the checklist the inspection does not name are "not checked": no finding is kept for them. Every
refusal (unknown site, kind or item, a bad or future date, a deadline not after the inspection, a re-check of a
closed rectification) is raised before anything is written. Reads are in inspections_view.py.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import (
    Finding,
    Inspection,
    InspectionKind,
    Recheck,
    Rectification,
    RectificationStatus,
    Site,
    Standard,
)
from desktop.core import errors, lengths, sites
from desktop.core.i18n import QT_TRANSLATE_NOOP, Term
from desktop.core.stations import inspection_checks, standards

KIND_NAMES = {
    InspectionKind.UNANNOUNCED: ("暗访", QT_TRANSLATE_NOOP("Inspections", "unannounced visit")),
    InspectionKind.SELF_CHECK: ("自查", QT_TRANSLATE_NOOP("Inspections", "self-check")),
    InspectionKind.SUPERIOR: ("上级检查", QT_TRANSLATE_NOOP("Inspections", "superior's inspection")),
}
FIX_LOG_LIMIT = 500
"""The fixes of one rectification are kept, one "DATE note" a line, in its finding's note (VARCHAR 500)."""
_WHAT_INSPECTION = QT_TRANSLATE_NOOP("Inspections", "The inspection date")
_WHAT_RECHECK = QT_TRANSLATE_NOOP("Inspections", "The re-check date")
_WHAT_FIX = QT_TRANSLATE_NOOP("Inspections", "The date of the fix")


@dataclass(frozen=True)
class CheckItem:
    key: str
    label_zh: str
    label_en: str
    from_standard: bool


@dataclass(frozen=True)
class Failed:
    item: str
    deadline: dt.date | None
    responsible: str = ""
    serious: bool = False


@dataclass(frozen=True)
class NewInspection:
    site_code: str
    kind: str
    """暗访 / 自查 / 上级检查, or unannounced / self_check / superior."""
    inspected_on: dt.date | None = None
    """Default: today."""
    inspector: str = ""
    passed: Sequence[str] = ()
    failed: Sequence[Failed] = ()
    note: str = ""


@dataclass(frozen=True)
class Added:
    inspection_id: int
    rectification_ids: tuple[int, ...] = field(default=())


def parse_kind(text: str) -> InspectionKind:
    wanted = text.strip().casefold().replace("-", "_").replace(" ", "_")
    for kind, (zh, en) in KIND_NAMES.items():
        if wanted in (kind.value, zh, en.casefold().replace("-", "_").replace(" ", "_")):
            return kind
    choices = ", ".join(f"{zh} ({kind.value})" for kind, (zh, _) in KIND_NAMES.items())
    raise errors.UnknownInspectionKind(value=text.strip(), choices=choices)


def parse_day(text: str) -> dt.date:
    """A date typed as 2026-11-21 (or 2026/11/21, 2026年11月21日)."""
    cleaned = text.strip().replace("/", "-").replace("年", "-").replace("月", "-").rstrip("日")
    try:
        year, month, day = (int(p) for p in cleaned.split("-"))
        return dt.date(year, month, day)
    except ValueError:
        raise errors.InvalidDate(text=text.strip()) from None


def _not_future(day: dt.date, today: dt.date, what: str) -> None:
    if day > today:
        raise errors.DateInFuture(what=Term("Inspections", what), date=day.isoformat(), today=today.isoformat())


def checklist(session: Session, site: Site) -> list[CheckItem]:
    """The site's standard items (its own, else 六有), then the inspection checks not already among them."""
    standard = standards.site_standard(session, site, None)
    items = [CheckItem(i.key, i.label_zh, i.label_en or i.label_zh, True)
             for i in standards.items_of(session, [standard.id])[standard.id]]
    keys = {i.key for i in items}
    items += [CheckItem(c.key, c.label_in("zh_CN"), c.label_in("en"), False)
              for c in inspection_checks.CHECKS if c.key not in keys]
    return items


def _other_standards_items(session: Session) -> dict[str, CheckItem]:
    """Items of every standard by key (the first standard's wording): an inspector may check a station against an
    item of a standard other than its own (the microwave of 6+X at a 六有 station)."""
    found: dict[str, CheckItem] = {}
    ids = list(session.scalars(select(Standard.id).order_by(Standard.id)))
    items = standards.items_of(session, ids)
    for standard_id in ids:
        for i in items[standard_id]:
            found.setdefault(i.key, CheckItem(i.key, i.label_zh, i.label_en or i.label_zh, True))
    return found


def add_inspection(session: Session, new: NewInspection, today: dt.date) -> Added:
    site = sites.site_by_code(session, new.site_code)
    kind = parse_kind(new.kind)
    on = new.inspected_on or today
    _not_future(on, today, _WHAT_INSPECTION)
    listed = {i.key: i for i in checklist(session, site)}
    answered = [*new.passed, *(f.item for f in new.failed)]
    items = listed if set(answered) <= set(listed) else {**_other_standards_items(session), **listed}
    answered = [*new.passed, *(f.item for f in new.failed)]
    for key in answered:
        if key not in items:
            raise errors.UnknownCheckItem(item=key, site=site.code, choices=", ".join(listed))
        if answered.count(key) > 1:
            raise errors.ItemAnsweredTwice(item=key)
    if not answered:
        raise errors.NothingChecked()
    for failed in new.failed:
        if failed.deadline is None:
            raise errors.DeadlineNeeded()
        if failed.deadline <= on:
            raise errors.DeadlineTooEarly(deadline=failed.deadline.isoformat(), after=on.isoformat())
        lengths.check(Rectification, {"responsible": failed.responsible})
    lengths.check(Inspection, {"inspector": new.inspector, "note": new.note})
    standard = standards.site_standard(session, site, None)
    inspection = Inspection(site_id=site.id, kind=kind, inspected_on=on, inspector=new.inspector.strip(),
                            standard_id=standard.id, note=new.note.strip())
    session.add(inspection)
    session.flush()
    for key in new.passed:
        session.add(Finding(inspection_id=inspection.id, item=key, label=items[key].label_zh, passed=True))
    rectifications = []
    for failed in new.failed:
        finding = Finding(inspection_id=inspection.id, item=failed.item, label=items[failed.item].label_zh,
                          passed=False, serious=failed.serious)
        session.add(finding)
        session.flush()
        assert failed.deadline is not None
        rectification = Rectification(finding_id=finding.id, site_id=site.id, deadline=failed.deadline,
                                      responsible=failed.responsible.strip(), status=RectificationStatus.OPEN)
        session.add(rectification)
        rectifications.append(rectification)
    session.flush()
    return Added(inspection.id, tuple(r.id for r in rectifications))


def _open_rectification(session: Session, rectification_id: int) -> tuple[Rectification, Inspection, Finding]:
    rectification = session.get(Rectification, rectification_id)
    if rectification is None:
        raise errors.UnknownRectification(id=rectification_id)
    if rectification.status is RectificationStatus.CLOSED:
        assert rectification.closed_on is not None
        raise errors.RectificationClosed(id=rectification_id, closed_on=rectification.closed_on.isoformat())
    finding = session.get_one(Finding, rectification.finding_id)
    return rectification, session.get_one(Inspection, finding.inspection_id), finding


def _last_recheck(session: Session, rectification_id: int) -> dt.date | None:
    return session.scalar(select(Recheck.checked_on).where(Recheck.rectification_id == rectification_id)
                          .order_by(Recheck.checked_on.desc(), Recheck.id.desc()).limit(1))


def recheck(session: Session, rectification_id: int, *, passed: bool | None, today: dt.date,
            on: dt.date | None = None, new_deadline: dt.date | None = None, inspector: str = "",
            note: str = "") -> int:
    """A re-check: passed closes the rectification; failed keeps it open with `new_deadline`, which must be after
    both the re-check and the deadline it replaces. Returns the re-check's id."""
    rectification, inspection, _finding = _open_rectification(session, rectification_id)
    if passed is None:
        raise errors.RecheckVerdictNeeded()
    on = on or today
    _not_future(on, today, _WHAT_RECHECK)
    earliest = max(filter(None, (inspection.inspected_on, _last_recheck(session, rectification_id))))
    if on < earliest:
        raise errors.DayTooEarly(what=Term("Inspections", _WHAT_RECHECK), date=on.isoformat(),
                                 earliest=earliest.isoformat())
    if not passed:
        if new_deadline is None:
            raise errors.DeadlineNeeded()
        after = max(on, rectification.deadline)
        if new_deadline <= after:
            raise errors.DeadlineTooEarly(deadline=new_deadline.isoformat(), after=after.isoformat())
    lengths.check(Recheck, {"inspector": inspector, "note": note})
    row = Recheck(rectification_id=rectification.id, checked_on=on, passed=passed, inspector=inspector.strip(),
                  new_deadline=None if passed else new_deadline, note=note.strip())
    session.add(row)
    if passed:
        rectification.status = RectificationStatus.CLOSED
        rectification.closed_on = on
    else:
        assert new_deadline is not None
        rectification.deadline = new_deadline
    session.flush()
    return row.id


def record_fix(session: Session, rectification_id: int, note: str, *, today: dt.date,
               on: dt.date | None = None) -> None:
    """The site says what it did to put it right; the rectification stays open until a re-check passes. Kept one
    "DATE note" a line in the finding's note, the newest last."""
    _rectification, inspection, finding = _open_rectification(session, rectification_id)
    text = " ".join(note.split())
    if not text:
        raise errors.MissingField(field=Term("Inspections", QT_TRANSLATE_NOOP("Inspections", "What was done")))
    on = on or today
    _not_future(on, today, _WHAT_FIX)
    if on < inspection.inspected_on:
        raise errors.DayTooEarly(what=Term("Inspections", _WHAT_FIX), date=on.isoformat(),
                                 earliest=inspection.inspected_on.isoformat())
    log = "\n".join(filter(None, (finding.note, f"{on.isoformat()} {text}")))
    if len(log) > FIX_LOG_LIMIT:
        raise errors.FixLogFull(id=rectification_id, limit=FIX_LOG_LIMIT)
    finding.note = log
    session.flush()


def fixes_of(note: str) -> list[tuple[dt.date, str]]:
    """The fixes kept in a finding's note by record_fix."""
    found = []
    for line in note.splitlines():
        day, _, text = line.partition(" ")
        try:
            found.append((dt.date.fromisoformat(day), text))
        except ValueError:
            continue
    return found
