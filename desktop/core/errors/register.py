"""Errors of the site register: positions typed or pasted, station attributes, retiring and re-opening a site."""

from __future__ import annotations

from desktop.core.errors.base import ShuyiError
from desktop.core.i18n import QT_TRANSLATE_NOOP


class UnreadableCoordinates(ShuyiError):
    code = "site.unreadable_coordinates"
    template = QT_TRANSLATE_NOOP(
        "Errors", "{text!r} is not a position: paste it as a map picker gives it, longitude first, e.g. "
                  "119.7985,33.4712")


class ZeroCoordinate(ShuyiError):
    code = "site.zero_coordinate"
    template = QT_TRANSLATE_NOOP(
        "Errors", "Position {lng}, {lat} has a zero in it, the placeholder of a place nobody located; leave the "
                  "position empty or give the real one")


class CoordinateOutsideChina(ShuyiError):
    code = "site.outside_china"
    template = QT_TRANSLATE_NOOP(
        "Errors", "Position {lng}, {lat} is outside China (longitude 73.4–135.1, latitude 3.8–53.6); check the "
                  "numbers and their order")


class CoordinateHalf(ShuyiError):
    code = "site.coordinate_half"
    template = QT_TRANSLATE_NOOP("Errors", "A position needs both a longitude and a latitude")



class UnknownBuildMode(ShuyiError):
    code = "site.unknown_build_mode"
    template = QT_TRANSLATE_NOOP("Errors", "{text!r} is not a way a station is built; it is one of: {choices}")


class UnknownSiteFact(ShuyiError):
    code = "site.unknown_fact"
    template = QT_TRANSLATE_NOOP("Errors", "{text!r} is not a fact recorded about a site; they are: {choices}")


class UnknownSiteStandard(ShuyiError):
    code = "site.unknown_standard"
    template = QT_TRANSLATE_NOOP("Errors", "There is no standard called {text!r}; there are: {choices}")


class StationFieldOnRoom(ShuyiError):
    code = "site.station_field_on_room"
    template = QT_TRANSLATE_NOOP("Errors", "{code} is a reading room: {field} belongs to service stations only")


class InvalidSitePhone(ShuyiError):
    code = "site.invalid_phone"
    template = QT_TRANSLATE_NOOP(
        "Errors", "{phone} is neither a mobile number (11 digits starting 13–19) nor a landline like 0515-86212345")


class InvalidArea(ShuyiError):
    code = "site.invalid_area"
    template = QT_TRANSLATE_NOOP("Errors", "The area must be a number of square metres above 0 and at most {high}, "
                                           "not {text}")


class StarDateWithoutStars(ShuyiError):
    code = "site.star_date_without_stars"
    template = QT_TRANSLATE_NOOP("Errors", "A date or body awarding stars needs the stars themselves (1 to 5)")


class SiteAlreadyRetired(ShuyiError):
    code = "site.already_retired"
    template = QT_TRANSLATE_NOOP("Errors", "{code} was already retired on {closed_on}")


class SiteNotRetired(ShuyiError):
    code = "site.not_retired"
    template = QT_TRANSLATE_NOOP("Errors", "{code} is open; only a retired site can be re-opened")


class SiteRetiredEdit(ShuyiError):
    code = "site.retired"
    template = QT_TRANSLATE_NOOP("Errors", "{code} is retired; re-open it before changing it")


class SiteStillLending(ShuyiError):
    code = "site.still_lending"
    template = QT_TRANSLATE_NOOP(
        "Errors", "{code} still has {loans} books on loan and {transfers} transfers under way; receive them back "
                  "or move them before retiring it")


class SiteKindLocked(ShuyiError):
    code = "site.kind_locked"
    template = QT_TRANSLATE_NOOP(
        "Errors", "{code} already has {what}; its kind cannot change now (retire it and add a new site)")


class UnknownSiteKind(ShuyiError):
    code = "site.unknown_kind"
    template = QT_TRANSLATE_NOOP("Errors", "{text!r} is not a kind of site; use reading_room (职工书屋) or "
                                           "service_station (服务站)")


class MissingSiteCode(ShuyiError):
    code = "site.missing_code"
    template = QT_TRANSLATE_NOOP("Errors", "The row has no site code; every site needs one (2 to 6 capital letters "
                                           "or digits)")


class NoSiteCodeColumn(ShuyiError):
    code = "import.no_code_column"
    template = QT_TRANSLATE_NOOP(
        "Errors", "{path} has no column of site codes (代码, 编号 or code); every site needs its code")


class DuplicateCodeInFile(ShuyiError):
    code = "site.duplicate_in_file"
    template = QT_TRANSLATE_NOOP("Errors", "Site code {code} is already used by row {first} of this file")



class UnreadableSiteValue(ShuyiError):
    code = "site.unreadable_value"
    template = QT_TRANSLATE_NOOP("Errors", "{field} {text!r} is not understood")
