"""Errors about what a station does: services held, visitor tallies, the duty roster and their files."""

from __future__ import annotations

from desktop.core.errors.base import ShuyiError
from desktop.core.i18n import QT_TRANSLATE_NOOP


class InvalidServiceHours(ShuyiError):
    code = "activity.invalid_hours"
    template = QT_TRANSLATE_NOOP("Errors", "A service lasts more than 0 and at most 24 hours, not {value}")


class InvalidShift(ShuyiError):
    code = "roster.invalid_shift"
    template = QT_TRANSLATE_NOOP(
        "Errors", "The shift {text!r} is not understood ({reason}); write the days like Mo-Fr or Sa,Su and the "
        "time like 08:00-14:00")


class UnknownShift(ShuyiError):
    code = "roster.unknown_shift"
    template = QT_TRANSLATE_NOOP("Errors", "There is no shift {id} on the duty roster of {code}")


class NoVisitColumns(ShuyiError):
    code = "visits.no_columns"
    template = QT_TRANSLATE_NOOP(
        "Errors", "{file} has no date column and no count column: it needs 日期/date, and either 职业/occupation "
        "with 人次/count or one column per occupation (外卖骑手, 快递员…)")


class CountPairInvalid(ShuyiError):
    code = "visits.bad_pair"
    template = QT_TRANSLATE_NOOP(
        "Errors", "{text!r} is not an occupation and a count like 外卖骑手=12")


class VisitFileNeedsSite(ShuyiError):
    code = "visits.needs_site"
    template = QT_TRANSLATE_NOOP(
        "Errors", "{file} has no station column (站点): say which station its counts are for with --site CODE")
    window_template = QT_TRANSLATE_NOOP(
        "Errors", "{file} has no station column (站点): choose the station its counts are for")


class DuplicateVisitRow(ShuyiError):
    code = "visits.duplicate_row"
    template = QT_TRANSLATE_NOOP("Errors", "the same station, day and occupation as row {row}")
