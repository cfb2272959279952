"""Errors about station facilities: asset tags, status changes, maintenance plans and records, expiry dates."""

from __future__ import annotations

from desktop.core.errors.base import ShuyiError
from desktop.core.i18n import QT_TRANSLATE_NOOP


class NotAnAssetTag(ShuyiError):
    code = "facility.not_an_asset_tag"
    template = QT_TRANSLATE_NOOP("Errors", "{code} is {what}, not an asset tag of a facility")


class UnknownFacilityStatus(ShuyiError):
    code = "facility.unknown_status"
    template = QT_TRANSLATE_NOOP("Errors", "{value!r} is not a facility status; use one of: {choices}")


class FacilityScrapped(ShuyiError):
    code = "facility.scrapped"
    template = QT_TRANSLATE_NOOP("Errors", "{code} was scrapped on {on}: a scrapped facility takes no more changes")


class StatusUnchanged(ShuyiError):
    code = "facility.status_unchanged"
    template = QT_TRANSLATE_NOOP("Errors", "{code} is already {status}: nothing to change")


class StatusDateOrder(ShuyiError):
    code = "facility.status_date_order"
    template = QT_TRANSLATE_NOOP(
        "Errors", "{code} last changed status on {last}; a new change cannot be dated earlier ({on})")


class QuantityNotCounted(ShuyiError):
    code = "facility.quantity_not_counted"
    template = QT_TRANSLATE_NOOP(
        "Errors", "A {kind} is registered one by one: a quantity of {quantity} is only for counted kinds "
                  "(tables and chairs, rain gear, fire extinguishers…)")


class UnknownFacilitySource(ShuyiError):
    code = "facility.unknown_source"
    template = QT_TRANSLATE_NOOP("Errors", "{value!r} is not where a facility came from; use one of: {choices}")


class InvalidCost(ShuyiError):
    code = "input.bad_cost"
    template = QT_TRANSLATE_NOOP(
        "Errors", "{text!r} is not an amount in yuan; write it like 120.50 (at most 1,000,000 yuan, two decimals)")


class UnknownPlan(ShuyiError):
    code = "maintenance.unknown_plan"
    template = QT_TRANSLATE_NOOP("Errors", "{code} has no maintenance plan number {id}")


class InvalidPlan(ShuyiError):
    code = "maintenance.invalid_plan"
    template = QT_TRANSLATE_NOOP(
        "Errors", "A maintenance plan is either every N months (1 to 120) or before a season (summer or winter), "
                  "not both or neither")


class UnknownExpiry(ShuyiError):
    code = "expiry.unknown"
    template = QT_TRANSLATE_NOOP("Errors", "{code} has nothing called {item!r} waiting to expire")
