"""The words of compliance: why an item is met or missing, the star rule, facility statuses — in either language.

A reason is a tuple of parts, each a translatable template and its parameters; a parameter may be a `Named`
(data with a Chinese and an English name, such as a facility kind) or a tuple of them, picked by language when the
reason is shown. The core keeps reasons structured; the CLI and the window say them in their language.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from db.models import FacilityStatus
from desktop.core.i18n import QT_TRANSLATE_NOOP, translate

CONTEXT = "Compliance"

STATUS_WORDS = {
    FacilityStatus.IN_USE: QT_TRANSLATE_NOOP("Compliance", "in use"),
    FacilityStatus.BROKEN: QT_TRANSLATE_NOOP("Compliance", "broken"),
    FacilityStatus.REPAIRING: QT_TRANSLATE_NOOP("Compliance", "under repair"),
    FacilityStatus.DISABLED: QT_TRANSLATE_NOOP("Compliance", "out of service"),
    FacilityStatus.SCRAPPED: QT_TRANSLATE_NOOP("Compliance", "scrapped"),
}
WORKING = QT_TRANSLATE_NOOP("Compliance", "{kind} {code}: in use")
ALL_WORKING = QT_TRANSLATE_NOOP("Compliance", "each of {kinds} in use")
NOT_WORKING = QT_TRANSLATE_NOOP("Compliance", "{kind} {code}: {status}")
NONE_OF = QT_TRANSLATE_NOOP("Compliance", "no {kinds} at the site")
FACT_RECORDED = QT_TRANSLATE_NOOP("Compliance", "recorded on {date}")
FACT_RECORDED_UNDATED = QT_TRANSLATE_NOOP("Compliance", "recorded")
FACT_ABSENT = QT_TRANSLATE_NOOP("Compliance", "recorded absent on {date}")
FACT_ABSENT_UNDATED = QT_TRANSLATE_NOOP("Compliance", "recorded absent")
FACT_UNKNOWN = QT_TRANSLATE_NOOP("Compliance", "not recorded")
RULE = QT_TRANSLATE_NOOP(
    "Compliance", "Stars by the weighted share of items met: 1 star from {t1}%, 2 from {t2}%, 3 from {t3}%, "
    "4 from {t4}%, 5 from {t5}%; while a required item is missing, at most {cap} stars. A pre-score only: stars "
    "are awarded by the city union.")
CAPPED = QT_TRANSLATE_NOOP("Compliance", "capped at {cap} stars: a required item is missing")


@dataclass(frozen=True)
class Named:
    """A name held as data in both languages (a facility kind)."""

    zh: str
    en: str

    def pick(self, lang: str) -> str:
        return self.en if lang.startswith("en") and self.en else self.zh


@dataclass(frozen=True)
class Part:
    template: str
    params: tuple[tuple[str, Any], ...] = ()

    def text(self, lang: str) -> str:
        return translate(CONTEXT, self.template, lang).format(**{k: _shown(v, lang) for k, v in self.params})


Reason = tuple[Part, ...]


def part(template: str, **params: Any) -> Part:
    return Part(template, tuple(params.items()))


def say(reason: Reason, lang: str) -> str:
    """A reason in words: its parts joined by semicolons."""
    return ("；" if not lang.startswith("en") else "; ").join(p.text(lang) for p in reason)


def status_word(status: FacilityStatus, lang: str) -> str:
    return translate(CONTEXT, STATUS_WORDS[status], lang)


def rule_text(thresholds: tuple[int, ...], cap: int, lang: str) -> str:
    """The star pre-score's rule in words."""
    named = {f"t{i}": value for i, value in enumerate(thresholds, start=1)}
    return translate(CONTEXT, RULE, lang).format(cap=cap, **named)


def _shown(value: Any, lang: str) -> str:
    if isinstance(value, Named):
        return value.pick(lang)
    if isinstance(value, FacilityStatus):
        return status_word(value, lang)
    if isinstance(value, tuple):
        return ("、" if not lang.startswith("en") else " / ").join(_shown(v, lang) for v in value)
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)
