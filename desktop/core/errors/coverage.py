"""Errors of the coverage engine: travel settings, demand and stations to measure, siting and its candidates."""

from __future__ import annotations

from desktop.core.errors.base import ShuyiError
from desktop.core.i18n import QT_TRANSLATE_NOOP


class InvalidSpeed(ShuyiError):
    code = "coverage.speed"
    template = QT_TRANSLATE_NOOP("Errors", "A travel speed of {value} km/h is not possible: give one above 0 and "
                                           "at most {most} km/h")


class InvalidMinutes(ShuyiError):
    code = "coverage.minutes"
    template = QT_TRANSLATE_NOOP("Errors", "A travel time of {value} minutes is not possible: give one above 0 "
                                           "and at most {most} minutes")


class InvalidDetour(ShuyiError):
    code = "coverage.detour"
    template = QT_TRANSLATE_NOOP("Errors", "A detour factor of {value} is not possible: a road is never shorter "
                                           "than the straight line, so give 1 to {most}")


class NoDemandPoints(ShuyiError):
    code = "coverage.no_demand"
    template = QT_TRANSLATE_NOOP("Errors", "There are no demand points to measure: import demand points or make a "
                                           "grid first")


class UnknownDemandLayer(ShuyiError):
    code = "coverage.unknown_layer"
    template = QT_TRANSLATE_NOOP("Errors", "There is no demand layer called {name!r}; this database has: {layers}")


class AreaTooLarge(ShuyiError):
    code = "coverage.area_too_large"
    template = QT_TRANSLATE_NOOP("Errors", "The points lie up to {km} km from their centre; coverage is computed for "
                                           "one county or city at a time (at most {most} km)")


class TooManySites(ShuyiError):
    code = "coverage.too_many_sites"
    template = QT_TRANSLATE_NOOP("Errors", "Cannot choose {k} new stations from {candidates} candidate places")


class NoCandidates(ShuyiError):
    code = "coverage.no_candidates"
    template = QT_TRANSLATE_NOOP("Errors", "There are no candidate places to choose new stations from ({reason})")


class CandidateFileUnreadable(ShuyiError):
    code = "coverage.candidates_unreadable"
    template = QT_TRANSLATE_NOOP("Errors", "Cannot read the candidate places in {path}: {reason}")


class CandidateDatumNeeded(ShuyiError):
    code = "coverage.candidates_datum"
    template = QT_TRANSLATE_NOOP("Errors", "Say which datum the coordinates in {path} are in: a column "
                                           "datum (wgs84, gcj02 or bd09) or --crs")
    window_template = QT_TRANSLATE_NOOP("Errors", "Say which datum the coordinates in {path} are in: a column "
                                                  "datum (wgs84, gcj02 or bd09), or choose one")


class InvalidSpacing(ShuyiError):
    code = "coverage.spacing"
    template = QT_TRANSLATE_NOOP("Errors", "A candidate grid spacing of {value} m is not possible: give {least} to "
                                           "{most} m")
