"""Opening hours said in words for the window: "Mon–Fri 08:00–18:00; Sat, Sun closed", "Open round the clock"."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop.core.errors import ShuyiError
from desktop.core.i18n import QT_TRANSLATE_NOOP
from desktop.core.stations.hours import WeeklyHours, clock, parse_hours

DAY_NAMES = (
    QT_TRANSLATE_NOOP("Hours", "Mon"), QT_TRANSLATE_NOOP("Hours", "Tue"), QT_TRANSLATE_NOOP("Hours", "Wed"),
    QT_TRANSLATE_NOOP("Hours", "Thu"), QT_TRANSLATE_NOOP("Hours", "Fri"), QT_TRANSLATE_NOOP("Hours", "Sat"),
    QT_TRANSLATE_NOOP("Hours", "Sun"),
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("Hours", text)


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
    for first, last, run in hours.runs():
        days = _tr(DAY_NAMES[first]) if last == first else f"{_tr(DAY_NAMES[first])}–{_tr(DAY_NAMES[last])}"
        spans = "、".join(f"{clock(s)}–{clock(e)}" for s, e in run) or _tr(QT_TRANSLATE_NOOP("Hours", "closed"))
        parts.append(f"{days} {spans}")
    if not total:
        return "；".join(parts)
    weekly = sum(hours.minutes(d) for d in range(7)) / 60
    return _tr(QT_TRANSLATE_NOOP("Hours", "{days} ({total} hours a week)")).format(days="；".join(parts),
                                                                                   total=f"{weekly:g}")
