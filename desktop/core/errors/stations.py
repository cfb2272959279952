"""Errors about the station half: configurable lists and opening hours (the modules beside it add their own)."""

from __future__ import annotations

from desktop.core.errors.base import ShuyiError
from desktop.core.i18n import QT_TRANSLATE_NOOP


class UnknownTerm(ShuyiError):
    code = "term.unknown"
    template = QT_TRANSLATE_NOOP("Errors", "{value!r} is not in the list of {vocabulary}; it has: {choices}")


class DuplicateTerm(ShuyiError):
    code = "term.duplicate"
    template = QT_TRANSLATE_NOOP("Errors", "{value!r} is already in the list of {vocabulary}")


class InvalidHours(ShuyiError):
    code = "hours.invalid"
    template = QT_TRANSLATE_NOOP(
        "Errors", "Opening hours {text!r} are not understood ({reason}); write them like \"Mo-Fr 08:00-18:00; "
        "Sa,Su 09:00-17:00\" or \"24/7\"")


class NotAStation(ShuyiError):
    code = "site.not_a_station"
    template = QT_TRANSLATE_NOOP("Errors", "{code} is a reading room, not a service station")


class InvalidDate(ShuyiError):
    code = "input.bad_date"
    template = QT_TRANSLATE_NOOP("Errors", "{text!r} is not a date; write it like 2026-11-01")


class DateInFuture(ShuyiError):
    code = "input.date_in_future"
    template = QT_TRANSLATE_NOOP("Errors", "{what} {date} is after today ({today}): record what has happened")
