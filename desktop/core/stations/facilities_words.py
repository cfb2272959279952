"""The words of facilities: statuses and sources as typed (English or Chinese) and as shown, translated.

A status is typed as its English value (`broken`, `in use`, `in-use`) or its Chinese word (故障); a source as
`union` / 工会配发, `host` / 依托单位自有, `donated` / 捐赠. JSON prints the English values.
"""

from __future__ import annotations

from db.models import FacilitySource, FacilityStatus
from desktop.core import errors
from desktop.core.i18n import QT_TRANSLATE_NOOP, Term

CONTEXT = "Facilities"
STATUS_ZH = {
    FacilityStatus.IN_USE: "在用",
    FacilityStatus.BROKEN: "故障",
    FacilityStatus.REPAIRING: "维修中",
    FacilityStatus.DISABLED: "停用",
    FacilityStatus.SCRAPPED: "报废",
}
STATUS_LABELS = {
    FacilityStatus.IN_USE: QT_TRANSLATE_NOOP("Facilities", "In use"),
    FacilityStatus.BROKEN: QT_TRANSLATE_NOOP("Facilities", "Broken"),
    FacilityStatus.REPAIRING: QT_TRANSLATE_NOOP("Facilities", "Being repaired"),
    FacilityStatus.DISABLED: QT_TRANSLATE_NOOP("Facilities", "Out of service"),
    FacilityStatus.SCRAPPED: QT_TRANSLATE_NOOP("Facilities", "Scrapped"),
}
SOURCE_ZH = {
    FacilitySource.UNION: "工会配发",
    FacilitySource.HOST: "依托单位自有",
    FacilitySource.DONATED: "捐赠",
}
SOURCE_LABELS = {
    FacilitySource.UNION: QT_TRANSLATE_NOOP("Facilities", "Provided by the union"),
    FacilitySource.HOST: QT_TRANSLATE_NOOP("Facilities", "Owned by the host unit"),
    FacilitySource.DONATED: QT_TRANSLATE_NOOP("Facilities", "Donated"),
}
ACTIVE_STATUSES = (FacilityStatus.IN_USE, FacilityStatus.BROKEN, FacilityStatus.REPAIRING)
"""Facilities still looked after: disabled and scrapped ones drop out of the due calendar."""


def _fold(text: str) -> str:
    return text.strip().casefold().replace("-", "_").replace(" ", "_")


def status_word(status: FacilityStatus) -> Term:
    """The status as a word translated where it is shown."""
    return Term(CONTEXT, STATUS_LABELS[status])


def source_word(source: FacilitySource) -> Term:
    return Term(CONTEXT, SOURCE_LABELS[source])


def parse_status(text: str | FacilityStatus) -> FacilityStatus:
    """A status from its English value or Chinese word; errors.UnknownFacilityStatus lists the choices."""
    if isinstance(text, FacilityStatus):
        return text
    folded = _fold(text)
    for status, zh in STATUS_ZH.items():
        if folded in (status.value, _fold(zh)):
            return status
    choices = "、".join(f"{zh} ({status.value})" for status, zh in STATUS_ZH.items())
    raise errors.UnknownFacilityStatus(value=text.strip(), choices=choices)


def parse_source(text: str | FacilitySource | None) -> FacilitySource | None:
    """Where a facility came from, from its English value or Chinese words; blank is "not recorded"."""
    if text is None or isinstance(text, FacilitySource):
        return text
    folded = _fold(text)
    if not folded:
        return None
    for source, zh in SOURCE_ZH.items():
        if folded in (source.value, _fold(zh)):
            return source
    choices = "、".join(f"{zh} ({source.value})" for source, zh in SOURCE_ZH.items())
    raise errors.UnknownFacilitySource(value=text.strip(), choices=choices)
