"""Errors about standards, compliance, inspections and rectifications (整改)."""

from __future__ import annotations

from desktop.core.errors.base import ShuyiError
from desktop.core.i18n import QT_TRANSLATE_NOOP


class UnknownStandard(ShuyiError):
    code = "standard.unknown"
    template = QT_TRANSLATE_NOOP("Errors", "There is no standard called {name!r}; there are: {choices}")


class DuplicateStandard(ShuyiError):
    code = "standard.duplicate"
    template = QT_TRANSLATE_NOOP(
        "Errors", "A standard called {name!r} already exists; import with --replace to replace it")
    window_template = QT_TRANSLATE_NOOP(
        "Errors", "A standard called {name!r} already exists; choose to replace it, or give the new one another name")


class BuiltinStandard(ShuyiError):
    code = "standard.builtin"
    template = QT_TRANSLATE_NOOP(
        "Errors", "{name!r} is a built-in standard and cannot be replaced; import yours under another name")


class InvalidStandard(ShuyiError):
    code = "standard.invalid"
    template = QT_TRANSLATE_NOOP("Errors", "The standard in {file} cannot be used: {reason}")


class InvalidStandardItem(ShuyiError):
    code = "standard.invalid_item"
    template = QT_TRANSLATE_NOOP("Errors", "Item {item!r} of the standard cannot be used: {reason}")


class UnknownItemKind(ShuyiError):
    code = "standard.unknown_kind"
    template = QT_TRANSLATE_NOOP(
        "Errors", "Item {item!r} names the facility kind {value!r}, which is not in the list; it has: {choices}")


class UnknownFact(ShuyiError):
    code = "standard.unknown_fact"
    template = QT_TRANSLATE_NOOP(
        "Errors", "Item {item!r} names the fact {value!r}, which Shuyi does not record; it records: {choices}")


class DuplicateItemKey(ShuyiError):
    code = "standard.duplicate_key"
    template = QT_TRANSLATE_NOOP("Errors", "The item key {key!r} appears more than once in the standard")


class InvalidStarThresholds(ShuyiError):
    code = "standard.invalid_stars"
    template = QT_TRANSLATE_NOOP(
        "Errors", "Star thresholds {text!r} are not understood: give five percentages from 0 to 100, each at least "
        "the one before, like 20,40,60,80,100")


class UnknownInspectionKind(ShuyiError):
    code = "inspection.unknown_kind"
    template = QT_TRANSLATE_NOOP("Errors", "{value!r} is not a kind of inspection; the kinds are: {choices}")


class UnknownCheckItem(ShuyiError):
    code = "inspection.unknown_item"
    template = QT_TRANSLATE_NOOP(
        "Errors", "{item!r} is not on the checklist of {site}; the items are: {choices}")


class ItemAnsweredTwice(ShuyiError):
    code = "inspection.item_twice"
    template = QT_TRANSLATE_NOOP("Errors", "Item {item!r} is answered more than once in this inspection")


class NothingChecked(ShuyiError):
    code = "inspection.nothing_checked"
    template = QT_TRANSLATE_NOOP(
        "Errors", "An inspection needs at least one item passed or failed (--pass ITEM, --fail ITEM)")
    window_template = QT_TRANSLATE_NOOP("Errors", "Mark at least one item of the checklist as passed or failed")


class DeadlineNeeded(ShuyiError):
    code = "inspection.deadline_needed"
    template = QT_TRANSLATE_NOOP("Errors", "A failed item needs a deadline to put it right (--deadline DATE)")
    window_template = QT_TRANSLATE_NOOP("Errors", "Give every failed item a deadline to put it right")


class DeadlineTooEarly(ShuyiError):
    code = "inspection.deadline_too_early"
    template = QT_TRANSLATE_NOOP("Errors", "The deadline {deadline} must be after {after}")


class DayTooEarly(ShuyiError):
    code = "inspection.date_too_early"
    template = QT_TRANSLATE_NOOP(
        "Errors", "{what} {date} is before {earliest}, the day of the inspection or of the last re-check")


class UnknownRectification(ShuyiError):
    code = "rectification.unknown"
    template = QT_TRANSLATE_NOOP("Errors", "There is no rectification number {id}")


class UnknownInspection(ShuyiError):
    code = "inspection.unknown"
    template = QT_TRANSLATE_NOOP("Errors", "There is no inspection number {id}")


class RectificationClosed(ShuyiError):
    code = "rectification.closed"
    template = QT_TRANSLATE_NOOP("Errors", "Rectification {id} was closed on {closed_on} by a passing re-check")


class RecheckVerdictNeeded(ShuyiError):
    code = "rectification.verdict_needed"
    template = QT_TRANSLATE_NOOP(
        "Errors", "Say whether the re-check passed (--pass) or failed (--fail --deadline DATE)")
    window_template = QT_TRANSLATE_NOOP("Errors", "Say whether the re-check passed or failed")


class FixLogFull(ShuyiError):
    code = "rectification.fix_log_full"
    template = QT_TRANSLATE_NOOP(
        "Errors", "The fixes recorded for rectification {id} would pass {limit} characters; say it shorter")
