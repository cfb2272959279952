"""Opening hours said in words for the window: "Mon–Fri 08:00–18:00; Sat, Sun closed", "Open round the clock"."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop.core.errors import ShuyiError
from desktop.core.i18n import QT_TRANSLATE_NOOP
from desktop.core.stations.hours import WeeklyHours, parse_hours

DAY_NAMES = (
    QT_TRANSLATE_NOOP("Hours", "Mon"), QT_TRANSLATE_NOOP("Hours", "Tue"), QT_TRANSLATE_NOOP("Hours", "Wed"),
    QT_TRANSLATE_NOOP("Hours", "Thu"), QT_TRANSLATE_NOOP("Hours", "Fri"), QT_TRANSLATE_NOOP("Hours", "Sat"),
    QT_TRANSLATE_NOOP("Hours", "Sun"),
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("Hours", text)


def _clock(minute: int) -> str:
    return f"{minute // 60:02d}:{minute % 60:02d}"


def text_in_words(text: str) -> str:
    """Stored hours (their canonical text) in words, short, for a table cell; as stored if unreadable."""
    try:
        hours = parse_hours(text)
    except ShuyiError:
        return text
    return in_words(hours, total=False) if hours else ""


def in_words(hours: WeeklyHours, *, total: bool = True) -> str:
    if hours.round_the_clock:
        return _tr(QT_TRANSLATE_NOOP("Hours", "Open round the clock, every day")) if total else "24/7"
    parts: list[str] = []
    day = 0
    while day < 7:
        last = day
        while last + 1 < 7 and hours.days[last + 1] == hours.days[day]:
            last += 1
        days = _tr(DAY_NAMES[day]) if last == day else f"{_tr(DAY_NAMES[day])}–{_tr(DAY_NAMES[last])}"
        spans = "、".join(f"{_clock(s)}–{_clock(e)}" for s, e in hours.days[day]) or _tr(
            QT_TRANSLATE_NOOP("Hours", "closed"))
        parts.append(f"{days} {spans}")
        day = last + 1
    if not total:
        return "；".join(parts)
    weekly = sum(hours.minutes(d) for d in range(7)) / 60
    return _tr(QT_TRANSLATE_NOOP("Hours", "{days} ({total} hours a week)")).format(days="；".join(parts),
                                                                                   total=f"{weekly:g}")
