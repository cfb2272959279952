"""Opening hours as a weekly schedule, written in OpenStreetMap's opening_hours form (the common subset).

    "24/7"                                  open round the clock
    "Mo-Fr 08:00-18:00; Sa,Su 09:00-17:00"  rules separated by ";", a later rule replaces earlier ones on its days
    "Mo-Su 06:00-09:00,11:00-14:00"         several spans a day
    "Mo-Su 22:00-06:00"                     a span past midnight runs into the next morning
    "Mo-Fr 08:00-18:00; Su off"             a day closed
    "07:00-21:00"                           no days named: every day

Full-width colons and dashes, "~" and "至" are read as their ASCII forms, "24小时" as "24/7". The result is seven
lists of minute spans (Monday first) that the register shows, the roster is checked against and an inspection
compares with the hours a station keeps.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from desktop.core import errors
from desktop.core.i18n import QT_TRANSLATE_NOOP, Term

__all__ = ["DAYS", "Span", "WeeklyHours", "clock", "parse_hours", "uncovered"]

DAYS = ("Mo", "Tu", "We", "Th", "Fr", "Sa", "Su")
DAY_MINUTES = 24 * 60
Span = tuple[int, int]
"""Minutes from midnight, start inclusive, end exclusive (1440 = midnight at the day's end)."""

_FOLD = str.maketrans({"：": ":", "－": "-", "—": "-", "–": "-", "~": "-", "～": "-", "；": ";", "，": ",",
                       "、": ",", "至": "-"})
_TIME = re.compile(r"^(\d{1,2}):(\d{2})-(\d{1,2}):(\d{2})$")
_REASONS = {
    "day": QT_TRANSLATE_NOOP("Hours", "a day is not one of Mo Tu We Th Fr Sa Su"),
    "time": QT_TRANSLATE_NOOP("Hours", "a time span is not like 08:00-18:00"),
    "clock": QT_TRANSLATE_NOOP("Hours", "a time is past 24:00 or its minutes past 59"),
    "empty": QT_TRANSLATE_NOOP("Hours", "a span starts and ends at the same time"),
    "rule": QT_TRANSLATE_NOOP("Hours", "a rule has no days or no times"),
}


@dataclass(frozen=True)
class WeeklyHours:
    days: tuple[tuple[Span, ...], ...]
    """Seven tuples of sorted, non-overlapping spans, Monday first."""

    def is_open(self, weekday: int, minute: int) -> bool:
        return any(start <= minute < end for start, end in self.days[weekday])

    def minutes(self, weekday: int) -> int:
        return sum(end - start for start, end in self.days[weekday])

    @property
    def round_the_clock(self) -> bool:
        return all(spans == ((0, DAY_MINUTES),) for spans in self.days)

    def runs(self) -> list[tuple[int, int, tuple[Span, ...]]]:
        """Consecutive days with the same spans, as (first weekday, last weekday, spans), Monday first."""
        runs: list[tuple[int, int, tuple[Span, ...]]] = []
        for day, spans in enumerate(self.days):
            if runs and runs[-1][2] == spans:
                runs[-1] = (runs[-1][0], day, spans)
            else:
                runs.append((day, day, spans))
        return runs

    def format(self) -> str:
        """The canonical text: consecutive days with the same spans grouped ("Mo-Fr 08:00-18:00; Sa off")."""
        if self.round_the_clock:
            return "24/7"
        rules = []
        for first, last, spans in self.runs():
            days = DAYS[first] if last == first else f"{DAYS[first]}-{DAYS[last]}"
            rules.append(f"{days} {','.join(f'{clock(s)}-{clock(e)}' for s, e in spans) or 'off'}")
        return "; ".join(rules)


def clock(minute: int) -> str:
    """Minutes from midnight as HH:MM (1440 is 24:00)."""
    return f"{minute // 60:02d}:{minute % 60:02d}"


def _refuse(text: str, reason: str) -> errors.InvalidHours:
    return errors.InvalidHours(text=text, reason=Term("Hours", _REASONS[reason]))


def _days(text: str, part: str) -> list[int]:
    found: list[int] = []
    for piece in part.split(","):
        ends = piece.split("-")
        if len(ends) > 2 or any(end not in DAYS for end in ends):
            raise _refuse(text, "day")
        first, last = DAYS.index(ends[0]), DAYS.index(ends[-1])
        found.extend((first + i) % 7 for i in range((last - first) % 7 + 1))
    return found


def _spans(text: str, part: str) -> list[tuple[int, int]]:
    """Spans as (start, end) minutes; an end before the start runs past midnight (end + 1440)."""
    if part == "off":
        return []
    spans = []
    for piece in part.split(","):
        match = _TIME.fullmatch(piece)
        if match is None:
            raise _refuse(text, "time")
        h1, m1, h2, m2 = (int(g) for g in match.groups())
        if max(m1, m2) > 59 or max(h1, h2) > 24 or (h1 == 24 and m1) or (h2 == 24 and m2):
            raise _refuse(text, "clock")
        start, end = h1 * 60 + m1, h2 * 60 + m2
        if start == end:
            raise _refuse(text, "empty")
        spans.append((start, end if end > start else end + DAY_MINUTES))
    return spans


def _merge(spans: list[Span]) -> tuple[Span, ...]:
    merged: list[list[int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    return tuple((start, end) for start, end in merged)


def parse_hours(text: str) -> WeeklyHours | None:
    """The weekly schedule a text describes; None for an empty text (hours not known)."""
    folded = " ".join(text.translate(_FOLD).split())
    if not folded:
        return None
    if folded.casefold() in {"24/7", "24小时", "24h", "全天"}:
        folded = "Mo-Su 00:00-24:00"
    week: list[list[tuple[int, int]]] = [[] for _ in DAYS]
    for rule in filter(None, (r.strip() for r in folded.split(";"))):
        parts = rule.split(" ", 1)
        if len(parts) == 1 and _TIME.fullmatch(parts[0].split(",")[0]):
            parts = ["Mo-Su", parts[0]]
        if len(parts) != 2:
            raise _refuse(text, "rule")
        days, spans = _days(text, parts[0]), _spans(text, parts[1].replace(" ", ""))
        for day in days:
            week[day] = list(spans)
    spill: list[list[Span]] = [[] for _ in DAYS]
    for day, spans in enumerate(week):
        for start, end in spans:
            spill[day].append((start, min(end, DAY_MINUTES)))
            if end > DAY_MINUTES:
                spill[(day + 1) % 7].append((0, end - DAY_MINUTES))
    return WeeklyHours(days=tuple(_merge(spans) for spans in spill))


def uncovered(hours: WeeklyHours, covered: list[tuple[int, Span]]) -> list[tuple[int, Span]]:
    """The open spans no (weekday, span) of `covered` reaches: the hours a duty roster leaves unstaffed."""
    gaps: list[tuple[int, Span]] = []
    for day in range(7):
        shifts = _merge([span for weekday, span in covered if weekday == day])
        for start, end in hours.days[day]:
            cursor = start
            for s, e in shifts:
                if e <= cursor or s >= end:
                    continue
                if s > cursor:
                    gaps.append((day, (cursor, s)))
                cursor = max(cursor, e)
            if cursor < end:
                gaps.append((day, (cursor, end)))
    return gaps
