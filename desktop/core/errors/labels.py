"""Errors about label templates, calibration and printing."""

from __future__ import annotations

from desktop.core.errors.base import ShuyiError
from desktop.core.i18n import QT_TRANSLATE_NOOP


# -- labels: templates and printers ---
class UnreadableTemplateFile(ShuyiError):
    code = "labels.unreadable_template_file"
    template = QT_TRANSLATE_NOOP("Errors", "Cannot read the label template file {path}: {reason}; nothing was imported")


class NotATemplateFile(ShuyiError):
    code = "labels.not_a_template_file"
    template = QT_TRANSLATE_NOOP(
        "Errors", "{path} is not a gLabels template file (it holds <{root}>); nothing was imported"
    )


class InvalidTemplate(ShuyiError):
    code = "labels.invalid_template"
    template = QT_TRANSLATE_NOOP(
        "Errors", "Label template {name} in {path} has a missing or invalid {field} ({value!r}); nothing was imported"
    )


class UnknownTemplate(ShuyiError):
    code = "labels.unknown_template"
    template = QT_TRANSLATE_NOOP("Errors", "There is no label template called {name} (close names: {suggestions})")


class InvalidCalibration(ShuyiError):
    code = "labels.invalid_calibration"
    template = QT_TRANSLATE_NOOP(
        "Errors", "Printer calibration {field} = {value} is out of range ({low} to {high}); nothing was saved"
    )


class NothingToPrint(ShuyiError):
    code = "labels.nothing_to_print"
    template = QT_TRANSLATE_NOOP("Errors", "There are no labels to print")


class BadSkip(ShuyiError):
    code = "labels.bad_skip"
    template = QT_TRANSLATE_NOOP(
        "Errors", "Cannot skip {skip} labels: a sheet of this template holds {per_page}, so skip 0 to {last}"
    )


class LabelsOffPage(ShuyiError):
    code = "labels.off_page"
    template = QT_TRANSLATE_NOOP(
        "Errors", "{columns}×{rows} labels of {label} mm do not fit on the template's {page} mm page"
    )


class LabelTooSmall(ShuyiError):
    code = "labels.too_small"
    template = QT_TRANSLATE_NOOP(
        "Errors", "A {size} mm label is too small for a QR code that scans reliably (it needs at least {needed} mm)"
    )


class NoChineseFont(ShuyiError):
    code = "labels.no_font"
    template = QT_TRANSLATE_NOOP(
        "Errors", "No Chinese TrueType font was found for printing (looked for {fonts}); please reinstall Shuyi"
    )
