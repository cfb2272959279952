"""The duty roster (排班): weekly shifts per site, checked against the site's opening hours.

A shift is written as days and a time, as opening hours are ("Mo-Fr" or "周一至周五", "08:00-14:00"); a shift past
midnight ("22:00-06:00") is kept as two rows, the evening and the next morning. The check lists the open hours no
one is on duty for (by weekday and span) and the parts of shifts outside the opening hours. Any site may keep a
roster: a reading room has opening hours and caretakers too.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import DutyShift
from desktop.core import errors, lengths
from desktop.core.i18n import QT_TRANSLATE_NOOP, Term
from desktop.core.stations.hours import DAYS, WeeklyHours, clock, parse_hours, uncovered
from desktop.core.stations.service_events import known_site

__all__ = ["ShiftInfo", "Gap", "RosterCheck", "add_shifts", "list_shifts", "remove_shift", "check_roster"]

PERSON_FIELD = Term("Fields", QT_TRANSLATE_NOOP("Fields", "Person on duty"))
_CHINESE_DAYS = re.compile(r"(?:周|星期|礼拜)([一二三四五六日天])")
_DAY_OF = dict(zip("一二三四五六日", DAYS, strict=True)) | {"天": "Su"}


class WeeklySpan:
    """A weekday's span of minutes, named as the roster shows it ("Mo", "08:00-14:00")."""

    weekday: int
    start: int
    end: int

    @property
    def day(self) -> str:
        return DAYS[self.weekday]

    @property
    def span(self) -> str:
        return f"{clock(self.start)}-{clock(self.end)}"


@dataclass(frozen=True)
class ShiftInfo(WeeklySpan):
    id: int
    site: str
    weekday: int
    """0 = Monday … 6 = Sunday."""
    start: int
    end: int
    """Minutes from midnight; end 1440 is midnight at the day's end."""
    person: str


@dataclass(frozen=True)
class Gap(WeeklySpan):
    weekday: int
    start: int
    end: int
    person: str = ""
    """For a shift outside opening hours: who is on duty then."""

    @property
    def minutes(self) -> int:
        return self.end - self.start


@dataclass(frozen=True)
class RosterCheck:
    site: str
    hours: str
    """The site's opening hours in canonical form; "" when they are not recorded (nothing can be checked)."""
    shifts: int
    uncovered: tuple[Gap, ...]
    """Open hours with no one on duty."""
    outside: tuple[Gap, ...]
    """Parts of shifts when the site is closed."""

    @property
    def covered(self) -> bool:
        return bool(self.hours) and not self.uncovered


def _info(shift: DutyShift, code: str) -> ShiftInfo:
    return ShiftInfo(id=shift.id, site=code, weekday=shift.weekday, start=shift.start_minute,
                     end=shift.end_minute, person=shift.person)


def _week(days: str, time: str) -> WeeklyHours:
    text = f"{days.strip()} {time.strip()}"
    english = _CHINESE_DAYS.sub(lambda m: _DAY_OF[m.group(1)], days.strip())
    try:
        week = parse_hours(f"{english} {time.strip()}") if days.strip() and time.strip() else None
    except errors.InvalidHours as exc:
        raise errors.InvalidShift(text=text, reason=exc.params["reason"]) from None
    if week is None or not any(week.days):
        raise errors.InvalidShift(text=text, reason=Term("Hours", QT_TRANSLATE_NOOP(
            "Hours", "a rule has no days or no times")))
    return week


def add_shifts(session: Session, site_code: str, days: str, time: str, person: str) -> list[ShiftInfo]:
    """One shift per day named (two for a day whose shift runs past midnight)."""
    site = known_site(session, site_code)
    name = person.strip()
    if not name:
        raise errors.MissingField(field=PERSON_FIELD)
    lengths.check(DutyShift, {"person": name})
    added = [DutyShift(site_id=site.id, weekday=day, start_minute=start, end_minute=end, person=name)
             for day, spans in enumerate(_week(days, time).days) for start, end in spans]
    session.add_all(added)
    session.flush()
    return [_info(shift, site.code) for shift in added]


def list_shifts(session: Session, site_code: str) -> list[ShiftInfo]:
    site = known_site(session, site_code)
    query = (select(DutyShift).where(DutyShift.site_id == site.id)
             .order_by(DutyShift.weekday, DutyShift.start_minute, DutyShift.id))
    return [_info(shift, site.code) for shift in session.scalars(query)]


def remove_shift(session: Session, site_code: str, shift_id: int) -> ShiftInfo:
    site = known_site(session, site_code)
    shift = session.get(DutyShift, shift_id)
    if shift is None or shift.site_id != site.id:
        raise errors.UnknownShift(id=shift_id, code=site.code)
    gone = _info(shift, site.code)
    session.delete(shift)
    session.flush()
    return gone


def check_roster(session: Session, site_code: str) -> RosterCheck:
    """The roster against the opening hours: uncovered open hours, and shift hours when the site is closed."""
    site = known_site(session, site_code)
    shifts = list_shifts(session, site.code)
    try:
        hours = parse_hours(site.opening_hours or "")
    except errors.InvalidHours:
        hours = None
    if hours is None:
        return RosterCheck(site=site.code, hours="", shifts=len(shifts), uncovered=(), outside=())
    gaps = tuple(Gap(day, start, end) for day, (start, end) in
                 uncovered(hours, [(s.weekday, (s.start, s.end)) for s in shifts]))
    outside: list[Gap] = []
    open_spans = [(day, span) for day, spans in enumerate(hours.days) for span in spans]
    for s in shifts:
        alone = WeeklyHours(days=tuple(((s.start, s.end),) if day == s.weekday else () for day in range(7)))
        outside.extend(Gap(day, start, end, s.person) for day, (start, end) in uncovered(alone, open_spans))
    return RosterCheck(site=site.code, hours=hours.format(), shifts=len(shifts), uncovered=gaps,
                       outside=tuple(outside))
