"""Errors about sites and the app's settings: codes, coordinates, rooms, the demo, files written."""

from __future__ import annotations

from desktop.core.errors.base import ShuyiError
from desktop.core.i18n import QT_TRANSLATE_NOOP


class InvalidSiteCode(ShuyiError):
    code = "site.invalid_code"
    template = QT_TRANSLATE_NOOP(
        "Errors", "Site code {code!r} is not valid: 2 to 6 capital letters or digits, starting with a letter"
    )


class DuplicateSiteCode(ShuyiError):
    code = "site.duplicate_code"
    template = QT_TRANSLATE_NOOP("Errors", "Site code {code} is already in use")


class InvalidCoordinate(ShuyiError):
    code = "site.invalid_coordinate"
    template = QT_TRANSLATE_NOOP("Errors", "Coordinate {lng}, {lat} is not a valid longitude and latitude")


class MissingField(ShuyiError):
    code = "input.missing"
    template = QT_TRANSLATE_NOOP("Errors", "{field} must not be empty")


class DemoNeedsEmptyDatabase(ShuyiError):
    code = "demo.not_empty"
    template = QT_TRANSLATE_NOOP(
        "Errors", "Demo data goes only into an empty database; this one already has {sites} sites"
    )


class UnknownSetting(ShuyiError):
    code = "settings.unknown"
    template = QT_TRANSLATE_NOOP("Errors", "There is no setting called {key}")


class InvalidSettingValue(ShuyiError):
    code = "settings.invalid"
    template = QT_TRANSLATE_NOOP("Errors", "{value!r} is not a valid value for setting {key}")


class FileNotWritable(ShuyiError):
    code = "file.not_writable"
    template = QT_TRANSLATE_NOOP("Errors", "Could not write the file {path}")


class UnknownSite(ShuyiError):
    code = "site.unknown"
    template = QT_TRANSLATE_NOOP("Errors", "There is no site with code {code}")


class RoomNeeded(ShuyiError):
    code = "catalogue.room_needed"
    template = QT_TRANSLATE_NOOP(
        "Errors", "Say which reading room this is for (--room CODE); this database has: {rooms}"
    )
    window_template = QT_TRANSLATE_NOOP(
        "Errors", "Choose this desk's reading room first (above the scan box); this database has: {rooms}"
    )


class NotAReadingRoom(ShuyiError):
    code = "catalogue.not_a_room"
    template = QT_TRANSLATE_NOOP(
        "Errors", "{code} is a service station, not a reading room: books and readers belong to rooms"
    )
